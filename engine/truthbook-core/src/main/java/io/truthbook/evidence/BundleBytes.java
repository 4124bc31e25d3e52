package io.truthbook.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bytes of an evidence bundle named by a source: a file inside the truth's repository, or an {@code
 * https://} URL (plain {@code http://} only to this machine), as a CI system publishes artifacts. A
 * manifest is reviewed text, so what it names is held to the repository: a file outside it, or a URL
 * to another host in the clear, is refused unread. URLs are shown without credentials or query.
 */
final class BundleBytes {
  /**
   * The largest bundle read: the 100x benchmark product (100,000 endpoints, 50,000 files) writes 34 MB,
   * and the reader holds the whole bundle as a tree; eight times that fits the default heap of a CI runner.
   */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  /** The longest a download may take, response and body together. */
  private static final Duration DEADLINE = Duration.ofMinutes(5);

  private BundleBytes() {}

  /** A bundle read, or why not. */
  sealed interface Fetched permits Bytes, Problem {}

  /** The bundle's bytes; {@code display} names it in findings. */
  record Bytes(String display, byte[] bytes) implements Fetched {}

  /** Why the bundle was not read: {@code bundle.missing}, or {@code bundle.outside} when it was refused. */
  record Problem(String display, String rule, String why) implements Fetched {}

  static Fetched fetch(Path root, String name) {
    if (name.regionMatches(true, 0, "http://", 0, 7) || name.regionMatches(true, 0, "https://", 0, 8)) {
      return download(name);
    }
    Path file;
    try {
      file = root.resolve(name).normalize();
    } catch (InvalidPathException e) {
      return new Problem(name, "bundle.missing", "not a file name (" + e.getReason() + ")");
    }
    String display = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : name;
    try {
      if (!file.startsWith(root) || (Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath()))) {
        return new Problem(display, "bundle.outside", "it lies outside this repository, so it was not read");
      }
      if (!Files.isRegularFile(file)) {
        return new Problem(display, "bundle.missing", "no such file");
      }
      if (Files.size(file) > MAX_BYTES) {
        return new Problem(display, "bundle.missing", "it is larger than " + MAX_BYTES + " bytes");
      }
      return new Bytes(display, Files.readAllBytes(file));
    } catch (IOException e) {
      return new Problem(display, "bundle.missing", e.getClass().getSimpleName());
    }
  }

  private static Fetched download(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new Problem("(a URL)", "bundle.missing", "not a valid URL");
    }
    if (uri.getHost() == null) {
      return new Problem("(a URL)", "bundle.missing", "not a valid URL");
    }
    String display = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + (uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getScheme().equalsIgnoreCase("http") && !loopback(uri.getHost())) {
      return new Problem(display, "bundle.outside", "plain http is read only from this machine; use https");
    }
    ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "truthbook-bundle-download");
      thread.setDaemon(true);
      return thread;
    });
    Future<Fetched> reading = worker.submit(() -> get(uri, display));
    try {
      return reading.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      return new Problem(display, "bundle.missing", "the download took longer than " + DEADLINE.toMinutes()
          + " minutes");
    } catch (ExecutionException e) {
      return new Problem(display, "bundle.missing", e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Problem(display, "bundle.missing", "interrupted");
    } finally {
      worker.shutdownNow();
    }
  }

  private static Fetched get(URI uri, String display) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30)).build();
    HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).timeout(DEADLINE).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        return new Problem(display, "bundle.missing", "the server answered HTTP " + response.statusCode());
      }
      byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return new Problem(display, "bundle.missing", "it is larger than " + MAX_BYTES + " bytes");
      }
      return new Bytes(display, bytes);
    }
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
