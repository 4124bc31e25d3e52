package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archive the build writes beside the jar: the real jar maps it, and the
 * launcher names it only when it is newer than the jar; an archive the JVM cannot use (garbage, made
 * for another jar) changes nothing a user sees: the same output, nothing on stderr.
 */
class ClassDataArchiveIT {
  private static final Path ARCHIVE = Path.of(Jar.JAR.toString().replaceFirst("\\.jar$", ".jsa"));

  @TempDir Path temp;
  private Path launcher;
  private Path jar;
  private Path archive;

  /** A checkout's layout: the launcher at the top, the jar (a link to the real one) where the build puts it. */
  @BeforeEach
  void checkout() throws IOException {
    launcher = Files.copy(Shell.REPOSITORY.resolve("truthbook"), temp.resolve("truthbook"));
    jar = temp.resolve("engine/truthbook-cli/target/truthbook.jar");
    Files.createDirectories(jar.getParent());
    Files.createSymbolicLink(jar, Jar.JAR);
    archive = jar.resolveSibling("truthbook.jsa");
  }

  @Test
  void theBuildsArchiveIsMappedByTheRealJar() throws Exception {
    assumeThat(ARCHIVE).as("the archive (not built with -Dtruthbook.cds.skip or -Dexec.skip)").exists();
    assertThat(loadedFrom(ARCHIVE, Jar.JAR)).isEqualTo("shared objects file (top)");
  }

  @Test
  void aGarbageArchiveNewerThanTheJarIsIgnoredSilently() throws Exception {
    Jar.Run without = launch("check", "--format", "json", "--root", Jar.ROOT.toString());
    Files.write(archive, "not a class-data archive\n".repeat(400).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    newerThanTheJar(archive);

    assertThat(trace()).contains("-XX:SharedArchiveFile=" + archive);
    Jar.Run with = launch("check", "--format", "json", "--root", Jar.ROOT.toString());
    assertThat(with.err()).isEmpty();
    assertThat(with.exit()).isEqualTo(without.exit());
    assertThat(with.out()).isEqualTo(without.out()).startsWith("{");
    assertThat(launch("--version").all()).matches("truthbook \\S+\n");
  }

  @Test
  void anArchiveMadeForAnotherJarIsIgnoredSilently() throws Exception {
    // an archive dumped for this jar, then the jar rebuilt (another time stamp): the JVM refuses to map it
    Files.delete(jar);
    Files.copy(Jar.JAR, jar);
    Jar.Run dump = java("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=error", "-cp", jar.toString(),
        "io.truthbook.cli.Main", "--version");
    assertThat(dump.exit()).as(dump.all()).isZero();
    assertThat(loadedFrom(archive, jar)).as("the archive, before the jar changed").isEqualTo("shared objects file (top)");
    Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minus(Duration.ofHours(2))));
    assertThat(loadedFrom(archive, jar)).as("the archive, after").endsWith(jar.toString());

    assertThat(trace()).contains("-XX:SharedArchiveFile=" + archive);
    Jar.Run version = launch("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.all()).matches("truthbook \\S+\n");
  }

  @Test
  void anArchiveOlderThanTheJarIsNotNamed() throws Exception {
    Files.write(archive, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(archive, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minus(Duration.ofHours(1))));

    assertThat(trace()).doesNotContain("SharedArchiveFile");
    Files.delete(archive);
    assertThat(trace()).doesNotContain("SharedArchiveFile");
  }

  @AfterEach
  void unlink() throws IOException {
    // the link goes before JUnit cleans up, which would warn about a link out of its folder
    Files.deleteIfExists(jar);
  }

  /** Where the JVM took the main class from: the archive, or the jar. */
  private static String loadedFrom(Path archive, Path jar) throws Exception {
    Jar.Run run = java("-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info", "-cp", jar.toString(),
        "io.truthbook.cli.Main", "--version");
    return run.out().lines().filter(l -> l.contains(" io.truthbook.cli.Main source: ")).findFirst().orElseThrow()
        .replaceFirst(".* source: ", "");
  }

  private static Jar.Run java(String... args) throws Exception {
    String[] command = new String[args.length + 3];
    command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    command[1] = "-XX:+UseSerialGC";
    command[2] = "-XX:TieredStopAtLevel=1";
    System.arraycopy(args, 0, command, 3, args.length);
    return Shell.run(Path.of(System.getProperty("java.io.tmpdir")), Map.of(), command);
  }

  private void newerThanTheJar(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plus(Duration.ofHours(1))));
  }

  private Jar.Run launch(String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "sh";
    command[1] = launcher.toString();
    System.arraycopy(args, 0, command, 2, args.length);
    return Shell.run(temp, Map.of("TRUTHBOOK_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"), command);
  }

  /** The java command the launcher starts, from the shell's trace (the JVM itself is only asked for its version). */
  private String trace() throws Exception {
    Jar.Run run = Shell.run(temp, Map.of(), "sh", "-x", launcher.toString(), "--version");
    assertThat(run.exit()).as(run.all()).isZero();
    return run.err().lines().filter(l -> l.contains("exec java")).findFirst().orElseThrow();
  }
}
