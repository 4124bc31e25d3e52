package io.truthbook.cli;

import io.truthbook.Audit;
import io.truthbook.BookRun;
import io.truthbook.Built;
import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.policy.Config;
import io.truthbook.render.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook build}: the diagrams and the monolithic book (HTML and PDF), refused when check fails. */
@Command(name = "build", header = "Checks the truth, then writes its diagrams and its book as one HTML page and a PDF.", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Checks the truth, then renders the diagrams and publishes the truth book as one HTML page and a "
            + "PDF under OUT/book (diagrams under OUT/diagrams). Refuses to publish when check has errors, "
            + "unless --allow-drift, which marks every page DRAFT.",
        "Exit codes: 0 published, 1 the truth has errors (nothing published), 2 the tool cannot run."})
final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ROOT/target).")
  Path out;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration file (default: truthbook.yaml at the root, when it exists): its pdf.reference.")
  Path config;

  @Option(names = "--allow-drift", description = "Publish even when check has errors, marking every page DRAFT.")
  boolean allowDrift;

  @Option(names = {"-q", "--quiet"}, description = "Print no progress to standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    Progress progress = new Progress(spec.commandLine().getErr(), quiet);
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    Path target = out != null ? out : root.resolve("target");
    Config config = CheckOptions.config(spec, root, Optional.ofNullable(this.config));
    // begun before the check: a first build starts Asciidoctor meanwhile
    try (BookRun run = truthbook.startBuild(target, config.pdfReference())) {
      Audit audit = truthbook.audit();
      CheckResult result = audit.result();
      progress.done("check");
      PrintWriter w = spec.commandLine().getOut();
      w.print(new TextReport().render(result));
      if (!result.passed() && !allowDrift) {
        w.println("not publishing: " + result.errors() + " error(s) in the truth (use --allow-drift for a DRAFT)");
        w.flush();
        return ExitStatus.ERRORS.code();
      }
      return published(run.build(audit, progress::done), w);
    }
  }

  private int published(Built built, PrintWriter w) {
    built.book().messages().forEach(m -> spec.commandLine().getErr().println("asciidoctor: " + m));
    w.println(built.diagrams().summary());
    if (!built.book().converted()) {
      w.println("book: up to date, nothing changed since the last build (Asciidoctor not started)");
    }
    w.println("book: " + built.book().html());
    w.println("book: " + built.book().pdf());
    w.flush();
    return ExitStatus.CLEAN.code();
  }
}
