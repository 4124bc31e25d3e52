package io.truthbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the real {@code truthbook.jar} in a new JVM, as a user's shell would. */
final class Jar {
  static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity")).toAbsolutePath();
  static final Path JAR = Path.of(System.getProperty("truthbook.jar", "target/truthbook.jar")).toAbsolutePath();

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Jar() {}

  static Run run(Path workingDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("truthbook-out", ".txt");
    Path err = Files.createTempFile("truthbook-err", ".txt");
    Process process = new ProcessBuilder(command).directory(workingDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("truthbook " + String.join(" ", args) + " did not finish in 60 s");
    }
    Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  /** How many manifests a truth has: the YAML files of its manifests folder (what check reports reading). */
  static long manifests(Path root) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(root.resolve("manifests"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).count();
    }
  }

  /**
   * A copy of the Velocity truth (manifests and chapters) to break on purpose, without the sources
   * manifest: the copy is not a git repository and holds no product to check against.
   */
  static Path copyOfVelocity(Path target) throws IOException {
    for (String folder : List.of("manifests", "chapters")) {
      io.truthbook.fixtures.FixtureTree.copy(ROOT.resolve(folder), target.resolve(folder));
    }
    Files.delete(target.resolve("manifests/sources.yaml"));
    return target;
  }
}
