package io.truthbook.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The bytes of an evidence bundle named by a source: a file (relative to the truth's root, or absolute) or
 * an {@code http(s)://} URL, as a CI system publishes build artifacts. What cannot be read says why.
 */
final class BundleBytes {
  /** The largest bundle read: the 100x benchmark product (100,000 endpoints, 50,000 files) writes 34 MB. */
  static final long MAX_BYTES = 1L << 30;

  private BundleBytes() {}

  /** The bundle's bytes, or the problem; {@code display} names the bundle in findings. */
  record Fetched(String display, Optional<byte[]> bytes, String problem) {}

  static Fetched fetch(Path root, String name) {
    if (name.regionMatches(true, 0, "http://", 0, 7) || name.regionMatches(true, 0, "https://", 0, 8)) {
      return download(name);
    }
    Path file = root.resolve(name).normalize();
    String display = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        return new Fetched(display, Optional.empty(), "no such file");
      }
      if (Files.size(file) > MAX_BYTES) {
        return new Fetched(display, Optional.empty(), "it is larger than " + MAX_BYTES + " bytes");
      }
      return new Fetched(display, Optional.of(Files.readAllBytes(file)), "");
    } catch (IOException e) {
      return new Fetched(display, Optional.empty(), e.getMessage());
    }
  }

  private static Fetched download(String url) {
    try {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(30)).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          return new Fetched(url, Optional.empty(), "the server answered HTTP " + response.statusCode());
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        if (bytes.length > MAX_BYTES) {
          return new Fetched(url, Optional.empty(), "it is larger than " + MAX_BYTES + " bytes");
        }
        return new Fetched(url, Optional.of(bytes), "");
      }
    } catch (IllegalArgumentException e) {
      return new Fetched(url, Optional.empty(), "not a valid URL");
    } catch (IOException e) {
      return new Fetched(url, Optional.empty(), e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Fetched(url, Optional.empty(), "interrupted");
    }
  }
}
