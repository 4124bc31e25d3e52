package io.truthbook.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code bench/ajv.sh} on a root's manifests and schemas and reads its one line of figures.
 * When ajv-cli is not available (no npm, no network) the script says so, the reason is shown, and
 * the benchmark goes on without the comparison.
 */
final class AjvComparison {
  private final Path script;
  private final PrintStream progress;

  AjvComparison(Path script, PrintStream progress) {
    this.script = script;
    this.progress = progress;
  }

  Optional<SizeFigures.Ajv> run(Path root) {
    List<String> command = List.of("bash", script.toString(), root.resolve("manifests").toString(),
        root.resolve("schemas").toString());
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      process.waitFor();
      String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
      if (!last.startsWith("ajv ")) {
        progress.println(last.isEmpty() ? "ajv-cli not available: " + script + " printed nothing" : last);
        return Optional.empty();
      }
      Map<String, String> values = new HashMap<>();
      for (String pair : last.substring(4).split(" ")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
      return Optional.of(new SizeFigures.Ajv(millis(values, "cli_ms"), millis(values, "parse_ms"),
          millis(values, "validate_ms"), Integer.parseInt(values.getOrDefault("files", "0")),
          Integer.parseInt(values.getOrDefault("invalid", "0"))));
    } catch (IOException | NumberFormatException e) {
      progress.println("ajv-cli not available: " + e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static long millis(Map<String, String> values, String key) {
    return (long) (Double.parseDouble(values.getOrDefault(key, "0")) * 1_000_000);
  }
}
