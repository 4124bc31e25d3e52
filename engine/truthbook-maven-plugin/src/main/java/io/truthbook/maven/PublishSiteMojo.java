package io.truthbook.maven;

import io.truthbook.Truthbook;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The last step of the site: the Maven Site plugin renders into a staging folder, and this goal
 * swaps it in place of the published one whole, every page dated with the truth's commit, so a
 * failed or killed site build leaves the previous site and two builds give the same bytes.
 */
@Mojo(name = "publish-site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class PublishSiteMojo extends TruthbookMojo {

  /** Where the Maven Site plugin rendered the site ({@code outputDirectory} of its configuration). */
  @Parameter(property = "truthbook.siteStaging", defaultValue = "${project.build.directory}/site-staging")
  File staging;

  /** The published site. */
  @Parameter(property = "truthbook.siteOutput", defaultValue = "${project.build.directory}/site")
  File output;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      return;
    }
    Truthbook truthbook = truthbook(Truthbook.Options.defaults());
    Optional<Integer> pages = engine(() -> truthbook.publishSite(staging.toPath(), output.toPath()));
    getLog().info(pages.isEmpty() ? "truthbook: no site rendered at " + staging + "; " + output + " left as it is"
        : "truthbook: site " + output + " (" + pages.get() + " pages dated " + truthbook.stamp().date() + ")");
  }
}
