package io.truthbook.gates;

import io.truthbook.model.Finding;
import io.truthbook.model.ManifestKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which manifest kind a finding speaks of: the kind of the manifest it points into (read from the
 * file's {@code kind:} line); for evidence in product files, the kind its rule family checks
 * ({@code drift.table} and {@code drift.column} domains, {@code drift.route} routes, {@code drift.ingress} ingress,
 * {@code drift.service} topology, {@code drift.codeowners} owners); prose in chapters, the book.
 */
final class FindingKinds {
  private static final Pattern KIND_LINE = Pattern.compile("^kind:\\s*['\"]?([a-z]+)");
  private static final Map<String, ManifestKind> RULE_FAMILIES = Map.of(
      "drift.table.", ManifestKind.DOMAINS,
      "drift.column.", ManifestKind.DOMAINS,
      "drift.route.", ManifestKind.ROUTES,
      "drift.ingress.", ManifestKind.INGRESS,
      "drift.service.", ManifestKind.TOPOLOGY,
      "drift.codeowners.", ManifestKind.OWNERS,
      "prose.", ManifestKind.BOOK);

  private final Map<String, List<String>> sources;
  /** The kind each file declares, found once per file: a file may carry thousands of findings. */
  private final Map<String, Optional<ManifestKind>> declared = new java.util.HashMap<>();

  /** {@code sources}: the lines of every file the check read, by repository-relative path. */
  FindingKinds(Map<String, List<String>> sources) {
    this.sources = sources;
  }

  Optional<ManifestKind> of(Finding finding) {
    Optional<ManifestKind> known = declared.computeIfAbsent(finding.location().file(), this::declaredIn);
    if (known.isPresent()) {
      return known;
    }
    return RULE_FAMILIES.entrySet().stream()
        .filter(e -> finding.ruleId().startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private Optional<ManifestKind> declaredIn(String file) {
    for (String line : sources.getOrDefault(file, List.of())) {
      Matcher kind = KIND_LINE.matcher(line);
      if (kind.find()) {
        Optional<ManifestKind> known = ManifestKind.byId(kind.group(1));
        if (known.isPresent()) {
          return known;
        }
      }
    }
    return Optional.empty();
  }
}
