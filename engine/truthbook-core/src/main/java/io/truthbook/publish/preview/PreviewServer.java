package io.truthbook.publish.preview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.truthbook.publish.book.PageConverter;
import io.truthbook.publish.book.PublishException;
import io.truthbook.render.site.SitePage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's HTTP side, on the JDK's own server ({@code jdk.httpserver}): the pages of the current
 * {@link PreviewSnapshot}, each converted by Asciidoctor the first time it is asked for after its source
 * changed (so a chapter edit converts that chapter, not the site); the files beside them; the check's
 * findings as JSON; and a stream of server-sent events telling open pages what changed. It answers only
 * requests addressed to it by a loopback name or the address it is bound to (a page elsewhere cannot
 * read the preview through DNS rebinding), and only GET and HEAD.
 */
public final class PreviewServer implements AutoCloseable {
  static final String EVENTS = "/_truthbook/events";
  static final String FINDINGS = "/_truthbook/findings.json";
  /** Open event streams at most: each holds a thread while its page is open. */
  private static final int MAX_STREAMS = 32;
  private static final long KEEP_ALIVE_MILLIS = 15_000;
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("puml", "text/plain; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("pdf", "application/pdf"));
  private static final Map<String, byte[]> OWN_FILES = Map.of(
      "/" + PreviewShell.LIVE_SCRIPT, resource("live.js"),
      "/" + PreviewShell.LIVE_STYLE, resource("preview.css"));

  private final HttpServer server;
  private final ExecutorService threads;
  private final PageConverter converter;
  private final Object changes = new Object();
  private final AtomicInteger streams = new AtomicInteger();
  /** Converted pages by the digest of what they were converted from; pages no longer served are dropped. */
  private final Map<String, String> converted = new HashMap<>();
  private volatile PreviewSnapshot snapshot;
  private volatile int version;
  private volatile boolean closed;

  private PreviewServer(HttpServer server, ExecutorService threads, PageConverter converter, PreviewSnapshot first) {
    this.server = server;
    this.threads = threads;
    this.converter = converter;
    this.snapshot = first;
  }

  /**
   * Starts serving {@code first} at {@code address} (port 0: any free port).
   *
   * @throws UncheckedIOException when the address cannot be bound (the port is taken, the address is not this machine's)
   */
  public static PreviewServer start(InetSocketAddress address, PageConverter converter, PreviewSnapshot first) {
    HttpServer http;
    try {
      http = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve at " + address.getHostString() + ":" + address.getPort() + ": "
          + e.getMessage(), e);
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "truthbook-preview-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    PreviewServer preview = new PreviewServer(http, threads, converter, first);
    http.setExecutor(threads);
    http.createContext("/", preview::handle);
    http.start();
    threads.execute(preview::warm);
    return preview;
  }

  /**
   * Converts the contents page and the chapters of the first snapshot in the background, so that the
   * first pages a reader opens come at once (Asciidoctor's start, several seconds, is paid here). The
   * reference pages, some of them long, are converted when asked for: a long conversion in the background
   * would hold the converter while the page being edited waits for it. Stops at the first refresh.
   */
  private void warm() {
    int at = version;
    PreviewSnapshot first = snapshot;
    for (SitePage page : first.pages()) {
      if (closed || version != at) {
        return;
      }
      if (page.kind() == SitePage.Kind.HOME || page.kind() == SitePage.Kind.CHAPTER) {
        try {
          page(first, page);
        } catch (RuntimeException e) {
          // the reader who opens it sees why (the same fault, said in the page)
        }
      }
    }
  }

  /** Where the preview answers: {@code http://HOST:PORT/}. */
  public URI uri() {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
  }

  /** Serves {@code next} from now on, and tells every open page; returns the pages whose source changed. */
  public Set<String> publish(PreviewSnapshot next) {
    Map<String, String> before = snapshot.pageDigests();
    Map<String, String> after = next.pageDigests();
    Set<String> changed = new HashSet<>();
    after.forEach((url, digest) -> {
      if (!digest.equals(before.get(url))) {
        changed.add(url);
      }
    });
    Set<String> current = new HashSet<>();
    after.forEach((url, digest) -> current.add(url + " " + digest));
    synchronized (converted) {
      converted.keySet().retainAll(current);
    }
    synchronized (changes) {
      snapshot = next;
      version++;
      changes.notifyAll();
    }
    return changed;
  }

  /** The snapshot being served. */
  public PreviewSnapshot snapshot() {
    return snapshot;
  }

  @Override
  public void close() {
    closed = true;
    synchronized (changes) {
      changes.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      answer(exchange);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        text(exchange, 405, "the preview only reads: GET or HEAD\n");
        return;
      }
      if (!addressedToUs(exchange.getRequestHeaders().getFirst("Host"))) {
        text(exchange, 403, "the preview answers only requests addressed to it (Host: localhost or 127.0.0.1)\n");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path.equals(EVENTS)) {
        events(exchange);
        return;
      }
      PreviewSnapshot now = snapshot;
      if (path.equals(FINDINGS)) {
        send(exchange, 200, "json", findings(now).getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] own = OWN_FILES.get(path);
      if (own != null) {
        send(exchange, 200, extension(path), own);
        return;
      }
      String relative = path.equals("/") ? "index.html" : path.substring(1);
      Optional<SitePage> page = now.page(relative);
      if (page.isPresent()) {
        send(exchange, 200, "html", page(now, page.get()).getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] file = relative.contains("..") ? null : now.files().get(relative);
      if (file != null) {
        send(exchange, 200, extension(relative), file);
        return;
      }
      text(exchange, 404, "no page or file " + path + " in this truth's site\n");
    } catch (PublishException e) {
      text(exchange, 500, e.getMessage() + "\n");
    } catch (RuntimeException e) {
      // a fault of the preview itself: said in the page, never a dropped connection
      text(exchange, 500, "the preview could not answer " + exchange.getRequestURI().getPath() + ": " + e + "\n");
    }
  }

  private String page(PreviewSnapshot now, SitePage page) {
    // by page and digest: two pages of the same text still differ in their menu's active item
    String key = page.url() + " " + now.pageDigests().get(page.url());
    String html;
    synchronized (converted) {
      html = converted.get(key);
    }
    if (html == null) {
      String body = converter.html(page.asciidoc(), now.date());
      html = PreviewShell.wrap(body, page, now.pages(), now.title(), now.pageDigests().get(page.url()));
      synchronized (converted) {
        converted.put(key, html);
      }
    }
    return html;
  }

  /** The findings as the JSON report, with the refresh's problem when there is one. */
  private static String findings(PreviewSnapshot now) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("digest", now.findingsDigest());
      if (now.problem().isPresent()) {
        json.writeStringField("problem", now.problem().get());
      }
      json.writeFieldName("report");
      json.writeRawValue(now.findingsJson());
      json.writeEndObject();
    }
    return out.toString();
  }

  /**
   * A stream of {@code state} events, one now and one after each refresh: the digest of every page and of
   * the findings. A page reloads when its own digest changed; the overlay updates when the findings did.
   * A comment every 15 s finds out when the page is gone.
   */
  private void events(HttpExchange exchange) throws IOException {
    if (streams.incrementAndGet() > MAX_STREAMS) {
      streams.decrementAndGet();
      text(exchange, 503, "too many open preview pages\n");
      return;
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      int seen = -1;
      while (!closed) {
        PreviewSnapshot now;
        int at;
        synchronized (changes) {
          if (seen == version) {
            changes.wait(KEEP_ALIVE_MILLIS);
          }
          now = snapshot;
          at = version;
        }
        if (closed) {
          return;
        }
        String event = at != seen ? "event: state\ndata: " + state(now) + "\n\n" : ": still here\n\n";
        seen = at;
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the page was closed or reloaded: its stream ends here
    } finally {
      streams.decrementAndGet();
    }
  }

  private static String state(PreviewSnapshot now) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeObjectFieldStart("pages");
      for (Map.Entry<String, String> page : now.pageDigests().entrySet()) {
        json.writeStringField(page.getKey(), page.getValue());
      }
      json.writeEndObject();
      json.writeStringField("findings", now.findingsDigest());
      json.writeEndObject();
    }
    return out.toString();
  }

  /**
   * Whether a request names this server in its {@code Host}: a loopback name, or the address it is bound to.
   * Bound to every address ({@code --bind 0.0.0.0}, shared on purpose), any name reaching it is accepted.
   */
  private boolean addressedToUs(String host) {
    if (host == null) {
      return false;
    }
    InetAddress bound = server.getAddress().getAddress();
    if (bound.isAnyLocalAddress()) {
      return true;
    }
    String name = host.toLowerCase(Locale.ROOT);
    int port = server.getAddress().getPort();
    String suffix = ":" + port;
    if (name.endsWith(suffix)) {
      name = name.substring(0, name.length() - suffix.length());
    } else if (port != 80 || (name.startsWith("[") ? name.contains("]:") : name.contains(":"))) {
      // a Host without a port means port 80; with another port it names another server
      return false;
    }
    String address = bound.getHostAddress();
    return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]")
        || name.equals(address) || name.equals("[" + address + "]");
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "txt", message.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String extension, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "text/plain; charset=utf-8"));
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the tool's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the tool's jar", e);
    }
  }
}
