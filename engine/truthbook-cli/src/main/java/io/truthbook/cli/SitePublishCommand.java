package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.publish.site.SitePublisher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code truthbook site-publish}: the last step of the site build (the Maven Site Plugin renders into
 * a staging folder, this swaps it in whole with its dates pinned to the truth's commit). Hidden: the
 * pom runs it.
 */
@Command(name = "site-publish", hidden = true, header = "Swaps a rendered site into place whole, its pages dated with the truth's commit.", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Moves a site rendered into FROM in place of TO, whole, with every page's date set to the date of "
            + "the truth's commit (so two builds give the same bytes).",
        "Exit codes: 0 published, 2 the tool cannot run."})
final class SitePublishCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = "--from", paramLabel = "DIR", required = true, description = "The rendered site (it is moved).")
  Path from;

  @Option(names = "--to", paramLabel = "DIR", required = true, description = "The published site.")
  Path to;

  @Override
  public Integer call() {
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    java.util.Optional<Integer> pages = truthbook.publishSite(from, to);
    // not rendered (mvn -Dmaven.site.skip=true): the published site stays as it is
    spec.commandLine().getOut().println(pages.isEmpty() ? "site: nothing rendered at " + from + "; " + to + " left as it is"
        : "site: " + to.resolve(SitePublisher.MARKER) + " (" + pages.get() + " pages dated " + truthbook.stamp().date() + ")");
    spec.commandLine().getOut().flush();
    return ExitStatus.CLEAN.code();
  }
}
