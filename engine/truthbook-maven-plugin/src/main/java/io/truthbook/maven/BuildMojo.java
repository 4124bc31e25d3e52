package io.truthbook.maven;

import io.truthbook.Audit;
import io.truthbook.BookRun;
import io.truthbook.SiteWritten;
import io.truthbook.Built;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.model.PdfReference;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds what the truth publishes: the diagrams (SVG and PlantUML), the monolithic book (HTML and
 * PDF) and the Maven site's source, for the Maven Site plugin to render. It never fails on findings:
 * a truth with errors is published with every page marked DRAFT, and the {@code check} goal, in
 * {@code verify}, fails the build on them. Each folder is staged and swapped in whole.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public final class BuildMojo extends TruthbookMojo {

  /** Where the diagrams ({@code diagrams/}), the book ({@code book/}) and the render cache go. */
  @Parameter(property = "truthbook.outputDirectory", defaultValue = "${project.build.directory}")
  File outputDirectory;

  /** Where the site source goes: the Maven Site plugin's {@code siteDirectory}. */
  @Parameter(property = "truthbook.siteSource", defaultValue = "${project.build.directory}/site-source")
  File siteSource;

  /** Builds the book (HTML and PDF); the diagrams and site source are built either way. */
  @Parameter(property = "truthbook.book", defaultValue = "true")
  boolean book;

  /** Writes the site source. */
  @Parameter(property = "truthbook.site", defaultValue = "true")
  boolean site;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("truthbook: build skipped");
      return;
    }
    PdfReference pdfReference = config().pdfReference();
    engine(() -> {
      long start = System.nanoTime();
      Truthbook truthbook = truthbook(Truthbook.Options.defaults());
      // begun before the check: a first build starts Asciidoctor meanwhile
      Optional<BookRun> run = book ? Optional.of(truthbook.startBuild(outputDirectory.toPath(), pdfReference))
          : Optional.empty();
      try {
        return built(truthbook, run, start);
      } finally {
        run.ifPresent(BookRun::close);
      }
    });
  }

  private Void built(Truthbook truthbook, Optional<BookRun> run, long start) {
    Audit audit = truthbook.audit();
    CheckResult result = audit.result();
    boolean draft = !result.passed();
    if (draft) {
      getLog().warn("truthbook: the truth has " + result.errors() + " error(s): every page is marked DRAFT;"
          + " the check goal lists them and fails the build");
    }
    progress("checked", start);
    Built built = null;
    if (run.isPresent()) {
      built = run.get().build(audit, stage -> { });
      built.book().messages().forEach(m -> getLog().warn("asciidoctor: " + m));
      getLog().info("truthbook: " + built.diagrams().summary());
      getLog().info("truthbook: book " + (built.book().converted() ? "" : "up to date, ")
          + built.book().html() + ", " + built.book().pdf());
      progress("book", start);
    }
    if (site) {
      // the book first, so the site serves it (one page and PDF) and its landing page links it
      Path cache = outputDirectory.toPath().resolve("diagram-cache");
      SiteWritten written = built == null ? truthbook.siteSource(siteSource.toPath(), cache, audit)
          : truthbook.siteSource(siteSource.toPath(), cache, audit, built);
      getLog().info("truthbook: " + written.summary());
      progress("site source", start);
    }
    return null;
  }

  private void progress(String stage, long start) {
    getLog().info(String.format(java.util.Locale.ROOT, "truthbook: %s (%.1f s)", stage,
        (System.nanoTime() - start) / 1e9));
  }
}
