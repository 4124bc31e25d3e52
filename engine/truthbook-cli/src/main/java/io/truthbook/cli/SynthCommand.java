package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.SynthRun;
import io.truthbook.Truthbook;
import io.truthbook.render.TextReport;
import io.truthbook.synth.SynthWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook synth}: synthetic client graphs from the truth's brief, deterministic by seed. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Generates synthetic client graphs from the truth's synthetic-data brief.",
    description = {"Follows the brief (the manifest of kind synthetic) alone: the pool once, then COUNT graphs, each "
            + "a folder with a CSV per canonical table (the truth's column order, PostgreSQL COPY CSV), a JSON "
            + "Lines graph of nodes and edges and a manifest with row counts and SHA-256s; beside them "
            + "schema.sql (the DDL of the canonical tables), graphs.csv and the run's manifest.json. The same "
            + "seed gives the same bytes. Refuses, with the findings, when the manifests or the brief have "
            + "errors (the synth.* rules of check).",
        "Exit codes: 0 written, 1 the brief cannot be followed (nothing written), 2 the tool cannot run."})
final class SynthCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = "--count", paramLabel = "N", description = "How many graphs (default: the brief's graphs).")
  Integer count;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "The output folder, replaced whole (default ROOT/target/synth).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    if (count != null && count < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
    }
    int graphs = count != null ? count
        : truthbook.truth().synthBrief().map(b -> b.graphs()).orElse(1);
    SynthRun run = truthbook.synth(graphs, seed, out != null ? out : root.resolve("target").resolve("synth"));
    if (!run.written()) {
      w.print(new TextReport().render(run.refusals()));
      w.println("not generating: the brief cannot be followed (" + run.refusals().errors() + " error(s))");
      w.flush();
      return ExitStatus.ERRORS.code();
    }
    SynthWriter.Summary summary = run.summary().orElseThrow();
    w.println("synth: " + summary.graphs() + " graphs (seed " + seed + ") -> " + run.folder());
    summary.personas().forEach((persona, n) -> w.println("  " + persona + ": " + n));
    long rows = summary.rows().values().stream().mapToLong(Long::longValue).sum();
    w.println("rows: " + rows + " in " + summary.rows().size() + " tables; " + summary.bytes() + " bytes");
    w.flush();
    return ExitStatus.CLEAN.code();
  }
}
