package io.truthbook.policy;

import io.truthbook.model.CheckResult;
import io.truthbook.model.FileOrigin;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names every file of a check as reports for CI need it: relative to the root of the git repository that
 * holds it, not to the truth's root, so that a truth in {@code docs/truth/} reports
 * {@code docs/truth/manifests/domains.yaml}. A repository checked out in the workspace ({@code paths:} in
 * {@code truthbook.yaml}; by default only the truth's) is named by its folder there; any other keeps its
 * name, {@code source-id:path}, and stays a foreign origin for SARIF's {@code originalUriBaseIds}.
 */
public final class ReportPaths {
  private final Map<String, String> checkouts;

  /** {@code checkouts}: repository ({@code truth} or a source id) → its folder in the workspace. */
  public ReportPaths(Map<String, String> checkouts) {
    this.checkouts = Map.copyOf(checkouts);
  }

  public CheckResult apply(CheckResult result) {
    Map<String, FileOrigin> foreign = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      Location at = f.location();
      String file = reported(result, at.file(), foreign);
      findings.add(file.equals(at.file()) ? f : new Finding(f.ruleId(), f.severity(),
          new Location(file, at.line(), at.column(), at.commit()), f.message(), f.hint()));
    }
    Map<String, List<String>> sources = new LinkedHashMap<>();
    result.sources().forEach((file, lines) -> sources.put(reported(result, file, new LinkedHashMap<>()), lines));
    return result.with(findings, sources, List.copyOf(foreign.values()), result.baselined());
  }

  /** The file as reports name it; a foreign repository it lies in is added to {@code foreign}. */
  private String reported(CheckResult result, String file, Map<String, FileOrigin> foreign) {
    Optional<FileOrigin> origin = result.originOf(file);
    if (origin.isEmpty()) {
      return file;
    }
    String repository = origin.get().repository();
    String path = normalized(origin.get().inRepository(file));
    String checkout = checkouts.isEmpty() && !origin.get().foreign() ? "." : checkouts.get(repository);
    if (checkout != null) {
      String folder = checkout.replace('\\', '/').replaceAll("^(\\./)+|/+$", "");
      return folder.isEmpty() || folder.equals(".") ? path : normalized(folder + "/" + path);
    }
    foreign.putIfAbsent(repository, new FileOrigin(repository + ":", repository, "", origin.get().url()));
    return repository + ":" + path;
  }

  /** {@code a/../b} as {@code b}; the file's own spelling when it is not a path. */
  private static String normalized(String path) {
    try {
      return java.nio.file.Path.of(path).normalize().toString().replace('\\', '/');
    } catch (java.nio.file.InvalidPathException e) {
      return path;
    }
  }
}
