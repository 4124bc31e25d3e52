package io.truthbook.cli;

import io.truthbook.Audit;
import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.render.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code truthbook site-src}: writes the Maven site source of the chaptered book (pages, menu,
 * diagrams, search), which the Maven Site plugin then turns into {@code target/site/}.
 */
@Command(name = "site-src", header = "Writes the chaptered book as the source of a Maven site: pages, menu, diagrams, search.", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Writes the chaptered book as a Maven site source folder: site.xml with the menu in book order, "
            + "asciidoc/ with a page per chapter and per reference area, resources/ with the diagrams and the "
            + "search index. Refuses when the check has errors, unless --allow-drift, which marks every page "
            + "DRAFT.",
        "Exit codes: 0 written, 1 the truth has errors, 2 the tool cannot run as asked."})
final class SiteSourceCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "target/site-source",
      description = "The site source folder (default ${DEFAULT-VALUE}, under the root); replaced whole.")
  Path out;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "The diagram render cache (default: diagram-cache beside the output folder).")
  Path cache;

  @Option(names = "--allow-drift", description = "Write the site even when the check has errors, every page marked DRAFT.")
  boolean allowDrift;

  @Option(names = {"-q", "--quiet"}, description = "Print no progress to standard error.")
  boolean quiet;

  @Override
  public Integer call() {
    Path base = root.toAbsolutePath().normalize();
    Path outDir = base.resolve(out).normalize();
    Path cacheDir = cache != null ? base.resolve(cache).normalize() : outDir.resolveSibling("diagram-cache");
    PrintWriter stdout = spec.commandLine().getOut();
    Truthbook truthbook = new Truthbook(base, Truthbook.Options.defaults());
    Progress progress = new Progress(spec.commandLine().getErr(), quiet);
    Audit audit = truthbook.audit();
    progress.done("check");
    CheckResult result = audit.result();
    boolean draft = !result.passed();
    if (draft && !allowDrift) {
      stdout.print(new TextReport().render(result));
      stdout.println("site source not written: the truth has errors (--allow-drift writes it marked DRAFT)");
      stdout.flush();
      return ExitStatus.ERRORS.code();
    }
    String written = truthbook.siteSource(outDir, cacheDir, audit).summary();
    progress.done("site source");
    stdout.println(written);
    stdout.flush();
    return ExitStatus.CLEAN.code();
  }
}
