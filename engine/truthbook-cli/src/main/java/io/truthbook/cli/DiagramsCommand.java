package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.publish.diagram.RenderReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook diagrams}: renders every diagram to SVG in-process, through a content cache. */
@Command(name = "diagrams", header = "Renders every diagram, generated and hand-written, to SVG in-process (no Graphviz).", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Renders every diagram (generated from the truth, and hand-written in diagrams/) to SVG "
            + "in-process with PlantUML's smetana layout (no Graphviz), through a content-keyed cache.",
        "Exit codes: 0 all rendered, 1 a manifest has errors (nothing rendered) or PlantUML rejected a "
            + "diagram, 2 the tool cannot run as asked."})
final class DiagramsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/diagrams",
      description = "Where the SVG and .puml files go (default ${DEFAULT-VALUE}, under the root).")
  Path out;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/diagram-cache",
      description = "The render cache (default ${DEFAULT-VALUE}, under the root).")
  Path cache;

  @Override
  public Integer call() {
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    if (ManifestErrors.report(truthbook.manifestProblems(), spec.commandLine().getErr())) {
      return ExitStatus.ERRORS.code();
    }
    RenderReport report = truthbook.diagrams(root.resolve(out), root.resolve(cache));
    PrintWriter w = spec.commandLine().getOut();
    report.failures().forEach(f -> w.println(f.id() + ".puml:" + f.line() + ": error [diagram.syntax] " + f.message()));
    w.println(report.summary());
    w.flush();
    return ExitStatus.of(report.failures().isEmpty()).code();
  }
}
