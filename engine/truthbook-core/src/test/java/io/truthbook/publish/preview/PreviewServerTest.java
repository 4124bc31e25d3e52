package io.truthbook.publish.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.publish.book.PageConverter;
import io.truthbook.render.site.SitePage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview's HTTP side on a real socket: pages, files, findings, the event stream, and what it refuses. */
class PreviewServerTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 2);
  /** A report as JsonReport writes it, in the fields live.js reads. */
  private static final String CLEAN = "{\"summary\":{\"errors\":0,\"warnings\":0},\"findings\":[]}";
  private static PageConverter converter;
  private static PreviewServer server;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    converter = new PageConverter(Path.of("."));
    server = PreviewServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), converter,
        snapshot("First words.", CLEAN));
  }

  /** Each test starts from the first snapshot, whatever an earlier test published. */
  @BeforeEach
  void firstSnapshot() {
    server.publish(snapshot("First words.", CLEAN));
  }

  @AfterAll
  static void stop() {
    server.close();
    converter.close();
  }

  private static PreviewSnapshot snapshot(String chapterText, String findings) {
    List<SitePage> pages = List.of(
        new SitePage("index", "Home <b>", SitePage.Kind.HOME, "= Contents\n\nThe contents.\n"),
        new SitePage("intro", "Intro <script>alert(1)</script>", SitePage.Kind.CHAPTER, "= Intro\n\n" + chapterText + "\n"));
    return new PreviewSnapshot("A <i>truth</i>", DAY, pages,
        Map.of("css/site.css", "body{}".getBytes(StandardCharsets.UTF_8)), findings, Optional.empty());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPageIsConvertedAndDressedWithTheMenuTitlesAsText() throws Exception {
    HttpResponse<String> page = get("intro.html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("First words.").contains("id=\"leftColumn\"")
        .contains("Intro &lt;script&gt;alert(1)&lt;/script&gt;").contains("A &lt;i&gt;truth&lt;/i&gt;")
        .contains("<li class=\"active\"><a href=\"intro.html\">")
        .contains("<script src=\"_truthbook/live.js\" defer></script>")
        .doesNotContain("<script>alert");
    assertThat(get("").body()).contains("The contents.");
  }

  @Test
  void filesFindingsAndTheScriptAreServedAndNothingOutsideThem() throws Exception {
    assertThat(get("css/site.css").body()).isEqualTo("body{}");
    assertThat(get("css/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(get("_truthbook/live.js").body()).contains("EventSource");
    assertThat(get("_truthbook/findings.json").body()).contains("\"report\":" + CLEAN);
    assertThat(get("nothing.html").statusCode()).isEqualTo(404);
    assertThat(raw("GET /css/../../etc/passwd HTTP/1.1", "127.0.0.1")).startsWith("HTTP/1.1 404");
  }

  @Test
  void onlyReadsAndOnlyRequestsAddressedToTheLoopbackName() throws Exception {
    assertThat(raw("GET /intro.html HTTP/1.1", "attacker.example")).startsWith("HTTP/1.1 403");
    assertThat(raw("GET /intro.html HTTP/1.1", null)).startsWith("HTTP/1.1 403");
    assertThat(raw("POST /intro.html HTTP/1.1", "localhost")).startsWith("HTTP/1.1 405");
    assertThat(raw("HEAD /css/site.css HTTP/1.1", "localhost")).startsWith("HTTP/1.1 200");
  }

  @Test
  void aPublishedChangeNamesTheChangedPageAndReachesTheEventStream() throws Exception {
    HttpResponse<Stream<String>> events = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("_truthbook/events"))
        .build(), HttpResponse.BodyHandlers.ofLines());
    Iterator<String> lines = events.body().iterator();
    String first = nextData(lines);
    String index = server.snapshot().pageDigests().get("index.html");
    String intro = server.snapshot().pageDigests().get("intro.html");
    assertThat(first).contains("\"index.html\":\"" + index + "\"").contains("\"intro.html\":\"" + intro + "\"");

    PreviewSnapshot edited = snapshot("Second words.", "{\"summary\":{\"errors\":1,\"warnings\":0},\"findings\":[{\"rule\":\"ref.unknown\","
        + "\"severity\":\"error\",\"file\":\"manifests/a.yaml\",\"line\":3,\"column\":5,\"message\":\"m\",\"hint\":\"h\"}]}");
    assertThat(server.publish(edited)).containsExactly("intro.html");
    String next = nextData(lines);
    assertThat(next).contains("\"index.html\":\"" + index + "\"").doesNotContain(intro)
        .contains("\"findings\":\"" + edited.findingsDigest() + "\"");
    assertThat(get("intro.html").body()).contains("Second words.").doesNotContain("First words.");

    server.publish(edited.failed("cannot read manifests/: gone"));
    assertThat(get("_truthbook/findings.json").body()).contains("\"problem\":\"cannot read manifests/: gone\"");
    assertThat(get("intro.html").body()).as("the last site stays").contains("Second words.");
    events.body().close();
  }

  private static String nextData(Iterator<String> lines) {
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.startsWith("data: ")) {
        return line;
      }
    }
    throw new AssertionError("the event stream ended");
  }

  /** A request as a browser elsewhere (or a tool) could send it, with any Host header. */
  private static String raw(String requestLine, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String hostLine = host == null ? "" : "Host: " + host + ":" + server.uri().getPort() + "\r\n";
      out.write((requestLine + "\r\n" + hostLine + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }
  }
}
