package io.truthbook.maven;

import io.truthbook.Truthbook;
import io.truthbook.TruthbookException;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Severity;
import io.truthbook.render.ReportFormat;
import io.truthbook.render.ReportFormats;
import io.truthbook.render.TextReport;
import io.truthbook.policy.Config;
import io.truthbook.policy.Policy;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the truth: manifests against their schemas and each other, chapters and diagrams against
 * the truth, and the truth against the product's repository. Every finding is logged compiler style
 * ({@code file:line:col: error [rule] message}, the line, a caret, the hint); the build fails when
 * a finding reaches {@link #failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CheckMojo extends TruthbookMojo {

  /** Report formats written besides the log: text, json, junit, sarif, github, markdown. */
  @Parameter(property = "truthbook.formats")
  List<String> formats = new ArrayList<>();

  /** One file per format, in the same order. */
  @Parameter
  List<File> outputs = new ArrayList<>();

  /** Severity overrides: {@code drift.*=warning}, {@code domain.unserved=error}; the most specific pattern wins. */
  @Parameter(property = "truthbook.severities")
  List<String> severities = new ArrayList<>();

  /** The lowest severity that fails the build: {@code error} (the default), {@code warning}, or {@code never}. */
  @Parameter(property = "truthbook.failOn", defaultValue = "error")
  String failOn;

  /** Whether findings recorded in the baseline file are set aside (they are by default). */
  @Parameter(property = "truthbook.baseline", defaultValue = "true")
  boolean baseline;

  /** Read the sources' working trees (uncommitted edits count) instead of a commit. */
  @Parameter(property = "truthbook.worktree", defaultValue = "false")
  boolean worktree;

  /** Read every source at this git revision instead of its manifest's {@code ref}. */
  @Parameter(property = "truthbook.ref")
  String ref;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("truthbook: check skipped");
      return;
    }
    Optional<Severity> threshold = threshold();
    if (outputs.size() != formats.size()) {
      throw new MojoExecutionException("truthbook: give one output file per format (" + formats.size()
          + " formats, " + outputs.size() + " outputs)");
    }
    Config configured = config();
    if (formats.isEmpty()) {
      for (Config.Report report : configured.reports()) {
        if (report.out().isPresent()) {
          formats.add(report.format());
          outputs.add(report.out().get().toFile());
        }
      }
    }
    Policy policy;
    try {
      policy = Policy.of(root.toPath(), configured, severities, baseline);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("truthbook: " + e.getMessage());
    }
    Truthbook.Options defaults = Truthbook.Options.defaults();
    Truthbook.Options options = new Truthbook.Options(defaults.limits(), worktree, Optional.ofNullable(ref),
        defaults.cache(), defaults.maxFileBytes());
    CheckResult result = engine(() -> {
      CheckResult checked;
      try {
        checked = policy.judged(truthbook(options).check());
      } catch (IllegalArgumentException e) {
        throw new TruthbookException(e.getMessage(), e);
      }
      writeReports(policy.reported(checked), configured.site());
      return checked;
    });
    for (Finding finding : result.findings()) {
      String text = TextReport.finding(finding, result.sources()).stripTrailing();
      switch (finding.severity()) {
        case ERROR -> getLog().error(text);
        case WARNING -> getLog().warn(text);
        default -> getLog().info(text);
      }
    }
    String summary = TextReport.summary(result);
    getLog().info("truthbook: " + summary);
    boolean failed = threshold.isPresent() && result.findings().stream()
        .anyMatch(f -> f.severity().compareTo(threshold.get()) <= 0);
    if (failed) {
      throw new MojoFailureException("the truth has findings at or above '" + failOn + "': " + summary
          + " (listed above)");
    }
  }

  private void writeReports(CheckResult result, Optional<String> site) {
    if (formats.isEmpty()) {
      return;
    }
    ReportFormats registry = new ReportFormats(Truthbook.rules().all(), Truthbook.version(), site);
    for (int i = 0; i < formats.size(); i++) {
      String name = formats.get(i);
      ReportFormat format = registry.byName(name).orElseThrow(() -> new TruthbookException(
          "unknown format '" + name + "'; use one of " + registry.names()));
      Truthbook.writeAtomically(outputs.get(i).toPath(), format.render(result));
      getLog().info("truthbook: " + name + " report " + outputs.get(i));
    }
  }

  private Optional<Severity> threshold() throws MojoExecutionException {
    return switch (failOn.toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(Severity.ERROR);
      case "warning" -> Optional.of(Severity.WARNING);
      case "never" -> Optional.empty();
      default -> throw new MojoExecutionException("truthbook: failOn is 'error', 'warning' or 'never', not '"
          + failOn + "'");
    };
  }
}
