package io.truthbook.maven;

import io.truthbook.Truthbook;
import io.truthbook.TruthbookException;
import io.truthbook.policy.Config;
import io.truthbook.render.TextReport;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the truth's root, skipping, and running the engine with the project's
 * rule pack. A fault of the tool or the disk (exit code 2 in the CLI) is a {@link MojoExecutionException}
 * with the engine's one-line message, never a stack trace.
 */
abstract class TruthbookMojo extends AbstractMojo {

  /** The folder holding {@code manifests/} (and chapters, diagrams): the project's folder by default. */
  @Parameter(property = "truthbook.root", defaultValue = "${project.basedir}")
  File root;

  /** Skips every Truthbook goal. */
  @Parameter(property = "truthbook.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The configuration file (default: {@code truthbook.yaml} at the root, when it exists). */
  @Parameter(property = "truthbook.config")
  File config;

  /** The configuration; one that cannot be used fails the goal, its findings logged {@code file:line:col}. */
  Config config() throws MojoExecutionException {
    Config.Loaded loaded = Config.load(root.toPath(), Optional.ofNullable(config).map(File::toPath));
    if (!loaded.findings().isEmpty()) {
      loaded.findings().forEach(f -> getLog().error(TextReport.finding(f, java.util.Map.of()).stripTrailing()));
      throw new MojoExecutionException("truthbook: the configuration " + loaded.findings().get(0).location().file()
          + " cannot be used (logged above); fix it, or name another with <config>");
    }
    return loaded.config();
  }

  Truthbook truthbook(Truthbook.Options options) {
    return new Truthbook(root.toPath(), options);
  }

  /** Runs engine work with the project's compiled rule pack visible; engine faults become one-line failures. */
  <T> T engine(Supplier<T> work) throws MojoExecutionException {
    List<String> classpath;
    try {
      classpath = project.getCompileClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's classpath is not resolved: " + e.getMessage(), e);
    }
    try {
      return RulePacks.withProjectClasses(classpath, work);
    } catch (TruthbookException e) {
      throw new MojoExecutionException("truthbook: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("truthbook: I/O error: " + e.getCause().getMessage());
    }
  }
}
