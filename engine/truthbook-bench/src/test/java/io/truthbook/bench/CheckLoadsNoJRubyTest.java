package io.truthbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code truthbook check} never boots JRuby: the Velocity truth is checked in a fresh JVM (the test
 * JVM may have booted Asciidoctor for other tests) whose class-load log must name no JRuby or
 * Asciidoctor class, while it does name the classes check is known to use.
 */
class CheckLoadsNoJRubyTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity")).toAbsolutePath().normalize();

  @TempDir Path temp;

  @Test
  void checkOfTheVelocityTruthLoadsNoJRubyClass() throws IOException, InterruptedException {
    Path log = temp.resolve("classes.log");
    Process process = new ProcessBuilder(TimedProcess.java(), "-Xlog:class+load=info:file=" + log, "-cp",
        System.getProperty("java.class.path"), "io.truthbook.cli.Main", "check", "--root", ROOT.toString())
        .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("check finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(temp.resolve("err.txt"))).isZero();

    List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains("[class,load]"))
        .map(l -> l.substring(l.indexOf("[class,load]") + "[class,load]".length()).strip())
        .map(l -> l.substring(0, l.indexOf(' ') < 0 ? l.length() : l.indexOf(' '))).toList();
    assertThat(loaded).contains("io.truthbook.Truthbook", "io.truthbook.schema.SchemaValidator")
        .noneMatch(name -> name.startsWith("org.jruby.") || name.startsWith("org.asciidoctor."));
  }
}
