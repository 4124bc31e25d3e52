package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.render.ReviewReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truthbook review BASE [HEAD]}: a Markdown summary of a change for a pull request. */
@Command(
    name = "review", header = "Writes a pull request's Markdown summary: changes, gates touched, sign-offs, reviewers, findings.",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Writes a Markdown summary for a pull request: entities added, removed and changed, the gates the "
            + "change touches, the sign-offs it invalidates, who must review, and the findings it introduces."})
final class ReviewCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "The revision the pull request starts from.")
  String base;

  @Parameters(index = "1", arity = "0..1", paramLabel = "HEAD", description = "The revision under review (default HEAD).")
  String head = "HEAD";

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the summary to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    String markdown = ReviewReport.markdown(new Truthbook(root, Truthbook.Options.defaults()).review(base, head));
    if (out != null) {
      CheckCommand.write(out, markdown);
    } else {
      spec.commandLine().getOut().print(markdown);
      spec.commandLine().getOut().flush();
    }
    return ExitStatus.CLEAN.code();
  }
}
