package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands that read the truth without checking it (matrix, gates, diagrams) report broken
 * manifests and exit 1; a failed write leaves no temporary file; running out of heap is exit 2 in one line.
 */
class CommandRobustnessTest {
  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void siteSrcTellsEachFinishedStageOnStandardErrorUnlessQuiet() {
    Path root = repo();

    int code = run("site-src", "--root", root.toString(), "--out", temp.resolve("site").toString(), "--allow-drift");

    assertThat(code).isZero();
    assertThat(err.toString().lines().toList()).hasSize(2).satisfies(lines -> {
      assertThat(lines.get(0)).matches("truthbook: check done \\(\\d+\\.\\d s\\)");
      assertThat(lines.get(1)).matches("truthbook: site source done \\(\\d+\\.\\d s\\)");
    });
    assertThat(err.toString()).doesNotContain("\u001b");
    assertThat(out.toString()).contains("site source: ");

    err.getBuffer().setLength(0);
    assertThat(run("site-src", "--quiet", "--root", root.toString(), "--out", temp.resolve("site2").toString(),
        "--allow-drift")).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void matrixOnABrokenClaimsManifestReportsTheSyntaxErrorAndWritesNothing() throws IOException {
    Path root = repo();
    append(root.resolve("manifests/claims.yaml"), "  - {\n");
    int line = Files.readAllLines(root.resolve("manifests/claims.yaml")).size();
    Path csv = temp.resolve("matrix.csv");

    int code = run("matrix", "-f", "json", "--root", root.toString(), "-o", csv.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("manifests/claims.yaml:" + line + ":6: error [yaml.syntax] ")
        .contains("  hint: ");
    assertThat(csv).doesNotExist();
  }

  @Test
  void matrixOnABrokenOwnersManifestKeepsStandardOutputEmpty() throws IOException {
    Path root = repo();
    append(root.resolve("manifests/owners.yaml"), "owners: [[[\n");
    int line = Files.readAllLines(root.resolve("manifests/owners.yaml")).size();

    int code = run("matrix", "-f", "csv", "--root", root.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("manifests/owners.yaml:" + line + ":");
    assertThat(err.toString()).contains("error [yaml.syntax]");
  }

  @Test
  void gatesPrintTheSchemaErrorOfTheGatesManifest() throws IOException {
    Path root = repo();
    Path gates = root.resolve("manifests/gates.yaml");
    String text = Files.readString(gates);
    int at = text.indexOf("  - id: ");
    int lineEnd = text.indexOf('\n', at);
    Files.writeString(gates, text.substring(0, lineEnd + 1) + "    bogus: 1\n" + text.substring(lineEnd + 1));
    int line = (int) text.substring(0, lineEnd + 1).lines().count() + 1;

    int code = run("gates", "--root", root.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("manifests/gates.yaml:" + line + ":5: error [schema.additionalProperties] "
        + "unknown key 'bogus'");
  }

  @Test
  void diagramsOnABrokenManifestRenderNothing() throws IOException {
    Path root = repo();
    append(root.resolve("manifests/claims.yaml"), "  - {\n");
    Path diagrams = temp.resolve("diagrams");

    int code = run("diagrams", "--root", root.toString(), "-o", diagrams.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("manifests/claims.yaml:").contains("error [yaml.syntax]");
    assertThat(diagrams).doesNotExist();
  }

  @Test
  void checkOutIntoAFolderLeavesNoTemporaryFile() throws IOException {
    Path root = repo();
    Path folder = Files.createDirectories(temp.resolve("reports/out"));

    int code = run("check", "--root", root.toString(), "-o", folder.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("truthbook: cannot write ").contains("Is a directory");
    assertThat(hiddenTemporaries(folder.getParent())).isZero();
  }

  @Test
  void matrixOutIntoAFolderLeavesNoTemporaryFile() throws IOException {
    Path root = repo();
    Path folder = Files.createDirectories(temp.resolve("reports/out"));

    int code = run("matrix", "-f", "csv", "--root", root.toString(), "-o", folder.toString());

    assertThat(code).isEqualTo(2);
    assertThat(hiddenTemporaries(folder.getParent())).isZero();
  }

  @Test
  void outOfMemoryIsExitTwoWithOneLineAndNoTrace() {
    CommandLine line = new CommandLine(new Exhausting());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));

    int code = Main.run(line);

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("truthbook: " + Main.OUT_OF_MEMORY + System.lineSeparator());
    assertThat(err.toString()).contains("-Xmx").contains("TRUTHBOOK_JAVA_OPTS").doesNotContain("at io.truthbook");
  }

  @Test
  void buildRefusesAConfigurationItCannotUseBeforeStartingAnything() throws IOException {
    Path root = repo();
    Files.writeString(root.resolve("truthbook.yaml"), "pdf:\n  reference: tables\n");
    Path target = temp.resolve("out");

    int code = run("build", "--root", root.toString(), "--out", target.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("truthbook.yaml:2:14: error [config.enum] ")
        .contains("the configuration ").contains("cannot be used").doesNotContain("at io.truthbook");
    assertThat(target).doesNotExist();
  }

  /** Stands in for a command whose manifest did not fit in the heap, without exhausting this JVM's. */
  @CommandLine.Command(name = "exhausting")
  static final class Exhausting implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  private int run(String... args) {
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return Main.run(line, args);
  }

  private Path repo() {
    return FixtureTree.build(null, temp.resolve("repo"));
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardOpenOption.APPEND);
  }

  private static long hiddenTemporaries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".truthbook-")).count();
    }
  }
}
