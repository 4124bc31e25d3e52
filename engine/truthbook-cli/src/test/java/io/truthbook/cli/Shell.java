package io.truthbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's shell scripts (the pre-commit hook, the GitHub Action's script) as git or a
 * runner would: in a folder, with nothing of the caller's environment but what a test gives.
 */
final class Shell {
  /** This repository's root: the hooks, the launcher and the action live here. */
  static final Path REPOSITORY = Path.of(System.getProperty("truthbook.module", ".")).toAbsolutePath()
      .resolve("../..").normalize();

  /** The folders of a plain PATH: git, bash and coreutils, and this JVM's java, nothing named truthbook. */
  static final String PATH = Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin";

  private Shell() {}

  /** Runs {@code command} in {@code dir} with {@code env} alone (HOME points into the folder's parent). */
  static Jar.Run run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(Map.of("PATH", PATH, "HOME", dir.getParent().toString(), "GIT_CONFIG_NOSYSTEM", "1",
        "LC_ALL", "C"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile("shell-out", ".txt");
    Path err = Files.createTempFile("shell-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
      }
      return new Jar.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
