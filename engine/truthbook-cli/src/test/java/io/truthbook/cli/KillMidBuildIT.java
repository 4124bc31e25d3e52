package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's fault safety on the real jar: a build killed with SIGKILL while it publishes leaves the
 * previous book and diagrams whole, byte for byte; the next build succeeds; and two builds of the
 * same input write byte-identical files (book.adoc, book.html, book.pdf and the diagrams).
 */
class KillMidBuildIT {
  private static final long BUILD_SECONDS = 300;

  @TempDir Path temp;

  @Test
  void aKilledBuildLeavesThePreviousBookWholeAndTwoBuildsAreByteIdentical() throws Exception {
    Path root = Jar.copyOfVelocity(temp.resolve("velocity"));
    Path out = temp.resolve("out");
    Jar.Run first = build(root, out);
    assertThat(first.exit()).as(first.all()).isZero();
    Map<String, String> published = digests(out.resolve("book"));
    assertThat(published).containsKeys("book.adoc", "book.html", "book.pdf");

    Path fresh = temp.resolve("again");
    Jar.Run second = build(root, fresh);
    assertThat(second.exit()).as(second.all()).isZero();
    assertThat(digests(fresh.resolve("book"))).as("a second build of the same input").isEqualTo(published);
    assertThat(digests(fresh.resolve("diagrams"))).isEqualTo(digests(out.resolve("diagrams")));

    Path chapter = root.resolve("chapters/00-start-here.adoc");
    Files.writeString(chapter, Files.readString(chapter) + "\nA paragraph the killed build never publishes.\n");
    killWhilePublishing(root, out);
    assertThat(digests(out.resolve("book"))).as("the book after a killed build").isEqualTo(published);
    List<String> killed = stagingFolders(out);
    assertThat(digests(out.resolve("diagrams"))).as("the diagrams after a killed build")
        .isEqualTo(digests(fresh.resolve("diagrams")));

    Jar.Run rerun = build(root, out);
    assertThat(rerun.exit()).as(rerun.all()).isZero();
    assertThat(out.resolve("book/book.adoc")).content().contains("A paragraph the killed build never publishes.");
    // nothing can delete the killed build's staging folder at SIGKILL; a build that ends leaves none of its own
    assertThat(stagingFolders(out)).as("staging folders after the rerun").isSubsetOf(killed);
  }

  /** Runs {@code truthbook build} to its end (a build with the PDF takes longer than {@link Jar#run} waits). */
  private static Jar.Run build(Path root, Path out) throws IOException, InterruptedException {
    Path log = Files.createTempFile("truthbook-build", ".txt");
    Process process = start(root, out).redirectOutput(log.toFile()).start();
    if (!process.waitFor(BUILD_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("truthbook build did not finish in " + BUILD_SECONDS + " s");
    }
    Jar.Run run = new Jar.Run(process.exitValue(), Files.readString(log), "");
    Files.delete(log);
    return run;
  }

  private static ProcessBuilder start(Path root, Path out) {
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
        Jar.JAR.toString(), "build", "--out", out.toString()).directory(root.toFile()).redirectErrorStream(true);
  }

  /** Starts a build and kills it (SIGKILL) as soon as its staging folder beside the book appears. */
  private static void killWhilePublishing(Path root, Path out) throws Exception {
    Process process = start(root, out).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BUILD_SECONDS);
    try {
      while (!staging(out)) {
        assertThat(process.isAlive()).as("the build ended before it staged the book").isTrue();
        assertThat(System.nanoTime()).as("the build never staged the book").isLessThan(deadline);
        Thread.sleep(20);
      }
      // let it write into the staging folder for a moment before it dies
      Thread.sleep(500);
      assertThat(process.isAlive()).as("still running when killed").isTrue();
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static boolean staging(Path out) throws IOException {
    return Files.isDirectory(out) && !stagingFolders(out).isEmpty();
  }

  /** The book's staging folders beside it in {@code out}, by name. */
  private static List<String> stagingFolders(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".book.building-")).sorted()
          .toList();
    }
  }

  /** The SHA-256 of every file under a folder, by relative path. */
  private static Map<String, String> digests(Path folder) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        digests.put(folder.relativize(file).toString(), HexFormat.of().formatHex(hash));
      }
    }
    return digests;
  }
}
