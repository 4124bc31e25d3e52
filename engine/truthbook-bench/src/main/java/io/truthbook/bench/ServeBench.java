package io.truthbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The writer's loop of {@code truthbook serve}, measured from outside as a browser sees it: a copy of the
 * truth (a git repository of its own, so the product is read as in the original), the real jar serving
 * it, an event stream open like a page's. Each edit appends a sentence to the first chapter; the time is
 * from the write to the moment the chapter's page, fetched over HTTP after the event that says it
 * changed, holds the sentence. The first edit finds the page and is not counted. CPU is the serving
 * JVM's, per edit.
 */
final class ServeBench {
  private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final List<String> COPIED = List.of("manifests", "chapters", "diagrams", "schemas", "examples",
      "truthbook.yaml");

  /** What was measured: the start (check and first site), and each counted edit's wall and CPU time. */
  record Figures(long startNanos, List<Long> editNanos, List<Long> editCpuNanos) {
    long median(List<Long> values) {
      List<Long> sorted = values.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }
  }

  private final BenchOptions options;
  private final PrintStream progress;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  ServeBench(BenchOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  Figures measure(Path root, int edits) {
    try {
      Path truth = copy(root, options.work().resolve("serve-truth"));
      List<String> command = new ArrayList<>(List.of(TimedProcess.java(), "-Xmx" + options.xmx()));
      // as ./truthbook starts it: C1 alone, which matters most here (C2 compiling JRuby made the first edits 2-3 times
      // slower, BENCHMARKS.md session 10)
      command.addAll(options.launcherFlags());
      Path rules = root.resolve("target/classes");
      command.addAll(List.of("-cp", options.jar() + (Files.isDirectory(rules) ? java.io.File.pathSeparator + rules : ""),
          "io.truthbook.cli.Main", "serve", "--root", truth.toString(), "--port", "0"));
      long started = System.nanoTime();
      Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
      try {
        URI site = URI.create(address(serve).get(WAIT.toSeconds(), TimeUnit.SECONDS));
        long start = System.nanoTime() - started;
        BlockingQueue<JsonNode> states = events(site);
        Map<String, String> known = fields(states.poll(WAIT.toSeconds(), TimeUnit.SECONDS).get("pages"));
        Path chapter = firstChapter(truth);
        String page = null;
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int edit = 0; edit <= edits; edit++) {
          String marker = "Benchmark sentence " + edit + " of the preview.";
          long cpuBefore = cpu(serve);
          long saved = System.nanoTime();
          Files.writeString(chapter, Files.readString(chapter) + "\n" + marker + "\n");
          String changed = null;
          while (changed == null) {
            JsonNode state = states.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (state == null) {
              throw new IllegalStateException("serve told of no change " + WAIT.toSeconds() + " s after an edit");
            }
            Map<String, String> now = fields(state.get("pages"));
            for (Map.Entry<String, String> p : now.entrySet()) {
              if (!p.getValue().equals(known.get(p.getKey())) && (page == null || page.equals(p.getKey()))) {
                changed = p.getKey();
              }
            }
            known = now;
          }
          page = changed;
          String body = http.send(HttpRequest.newBuilder(site.resolve(page)).timeout(WAIT).build(),
              HttpResponse.BodyHandlers.ofString()).body();
          long took = System.nanoTime() - saved;
          if (!body.contains(marker)) {
            throw new IllegalStateException("the page " + page + " did not show the edit");
          }
          if (edit > 0) {
            wall.add(took);
            cpu.add(cpu(serve) - cpuBefore);
            progress.printf("serve: edit %d of %s: %.0f ms to the updated page%n", edit, page, took / 1e6);
          }
          Thread.sleep(300);
        }
        return new Figures(start, wall, cpu);
      } finally {
        serve.destroy();
        if (!serve.waitFor(10, TimeUnit.SECONDS)) {
          serve.destroyForcibly();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure serve: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring serve", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("serve did not start: " + e.getMessage(), e);
    }
  }

  private static long cpu(Process process) {
    return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  private Map<String, String> fields(JsonNode object) {
    Map<String, String> values = new HashMap<>();
    object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }

  /** The {@code state} events of the preview's stream, parsed, in order. */
  private BlockingQueue<JsonNode> events(URI site) throws IOException, InterruptedException {
    BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
    HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(site.resolve("_truthbook/events")).build(),
        HttpResponse.BodyHandlers.ofLines());
    Thread reader = new Thread(() -> {
      try {
        stream.body().forEach(line -> {
          if (line.startsWith("data: ")) {
            try {
              states.add(json.readTree(line.substring(6)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
      } catch (UncheckedIOException e) {
        // the server stopped at the end of the measurement: the stream ends with it
      }
    }, "serve-events");
    reader.setDaemon(true);
    reader.start();
    return states;
  }

  private CompletableFuture<String> address(Process serve) {
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        List<String> seen = new ArrayList<>();
        while ((line = lines.readLine()) != null) {
          seen.add(line);
          Matcher serving = SERVING.matcher(line);
          if (serving.find()) {
            address.complete(serving.group(1));
          }
        }
        address.completeExceptionally(new IllegalStateException("serve stopped: " + String.join("\n", seen)));
      } catch (IOException e) {
        address.completeExceptionally(e);
      }
    }, "serve-output");
    reader.setDaemon(true);
    reader.start();
    return address;
  }

  /** The truth's files in a git repository of their own, committed, so evidence reads as in the original. */
  private static Path copy(Path root, Path target) throws IOException, InterruptedException {
    if (Files.exists(target)) {
      try (Stream<Path> old = Files.walk(target)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(target);
    for (String name : COPIED) {
      Path from = root.resolve(name);
      if (!Files.exists(from)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.toList()) {
          Path to = target.resolve(root.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else {
            Files.copy(file, to);
          }
        }
      }
    }
    git(target, "init", "-q");
    git(target, "add", "-A");
    git(target, "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-q", "-m", "serve benchmark");
    return target;
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (git.waitFor() != 0) {
      throw new IOException("git " + String.join(" ", args) + " failed: " + out.strip());
    }
  }

  private static Path firstChapter(Path truth) throws IOException {
    try (Stream<Path> files = Files.list(truth.resolve("chapters"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".adoc")).sorted().findFirst()
          .orElseThrow(() -> new IllegalStateException("no chapter in " + truth.resolve("chapters")));
    }
  }
}
