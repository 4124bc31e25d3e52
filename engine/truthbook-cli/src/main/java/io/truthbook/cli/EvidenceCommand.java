package io.truthbook.cli;

import io.truthbook.EvidenceRun;
import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.render.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook evidence}: one source's evidence as a bundle, written in the product's own CI. */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Writes one source's evidence as a bundle that check reads in place of the repository.",
    description = {"Runs the source's extractors exactly as check runs them (its globs, variables, subdir and ref "
            + "from the sources manifest) and writes a versioned, deterministic JSON bundle: every item with "
            + "its file, line, column and commit, the extraction's findings, and the Truthbook version. Run it "
            + "in the product repository's own CI with --repository (the product's checkout), publish the "
            + "bundle, and name it with 'bundle:' in the truth's sources manifest: check then judges the bundle "
            + "as it would the repository. Fan out over many products with your CI system's matrix, one source "
            + "per job.",
        "Exit codes: 0 written (the findings it carries are printed), 1 the source cannot be read "
            + "(nothing written), 2 the tool cannot run (an unknown source, bad flags, an I/O fault)."})
final class EvidenceCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = "--source", paramLabel = "ID", required = true, description = "The source of the sources manifest.")
  String source;

  @Option(names = "--repository", paramLabel = "DIR",
      description = "Read this local git repository (the product's checkout) instead of the place the source names.")
  Path repository;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "-",
      description = "Where to write the bundle, whole or not at all (default: standard output).")
  String out;

  @Option(names = "--worktree", description = "Read the working tree (uncommitted edits count) instead of a commit.")
  boolean worktree;

  @Option(names = "--ref", paramLabel = "REV", description = "Read this git revision instead of the source's 'ref' (default HEAD).")
  String ref;

  @Option(names = "--max-file-bytes", paramLabel = "BYTES", description = "Largest repository file an extractor reads (default ${DEFAULT-VALUE}).")
  long maxFileBytes = Truthbook.Options.defaults().maxFileBytes();

  @Override
  public Integer call() {
    if (worktree && ref != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--worktree and --ref exclude each other");
    }
    Truthbook.Options defaults = Truthbook.Options.defaults();
    Truthbook truthbook = new Truthbook(root, new Truthbook.Options(defaults.limits(), worktree,
        Optional.ofNullable(ref), defaults.cache(), maxFileBytes));
    EvidenceRun run = truthbook.evidence(source, Optional.ofNullable(repository));
    PrintWriter err = spec.commandLine().getErr();
    run.findings().findings().stream().sorted()
        .forEach(finding -> err.print(TextReport.finding(finding, run.findings().sources())));
    if (!run.written()) {
      err.println("no bundle written: source '" + source + "' cannot be read");
      err.flush();
      return ExitStatus.ERRORS.code();
    }
    String where;
    if (out.equals("-")) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(run.bundle().get());
      w.flush();
      where = "standard output";
    } else {
      Truthbook.writeAtomically(Path.of(out), run.bundle().get());
      where = out;
    }
    err.println("evidence: source '" + source + "' at " + run.commit().map(c -> c.substring(0, Math.min(7, c.length())))
        .orElse("the working tree") + ": " + run.items() + " items from " + run.filesRead() + " files, "
        + run.findings().findings().size() + " findings carried -> " + where);
    err.flush();
    return ExitStatus.CLEAN.code();
  }
}
