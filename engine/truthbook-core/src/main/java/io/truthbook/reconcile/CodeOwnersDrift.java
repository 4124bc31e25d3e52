package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.owners.CodeOwners;
import io.truthbook.model.Finding;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Owner;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** CODEOWNERS against the truth's ownership: known owners, and router files owned by their family's owner. */
final class CodeOwnersDrift implements DriftRule {
  static final RuleInfo UNKNOWN = new RuleInfo("drift.codeowners.unknown", Severity.ERROR,
      "CODEOWNERS names someone the truth does not know",
      "Every handle in CODEOWNERS (@ana, @org/team → team) must be an owner in the owners manifest.",
      "add the owner to the owners manifest, or fix the handle");
  static final RuleInfo ROUTE = new RuleInfo("drift.codeowners.route", Severity.ERROR,
      "a router file's code owners exclude its route family's owner",
      "The file that serves a route family's endpoints must be owned (in CODEOWNERS) by the family's owner,"
          + " so that the truth's ownership is the one reviews enforce.",
      "add the family's owner to the CODEOWNERS rule for the file, or give the family to the code's owner");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNKNOWN, ROUTE);
  }

  @Override
  public Set<ManifestKind> compares() {
    return EnumSet.of(ManifestKind.OWNERS, ManifestKind.ROUTES);
  }

  @Override
  public List<Finding> check(Truth truth, EvidenceSet evidence) {
    List<Evidence.CodeOwner> rules = evidence.all(Evidence.CodeOwner.class);
    if (rules.isEmpty()) {
      return List.of();
    }
    Set<String> owners = new LinkedHashSet<>();
    truth.owners().stream().map(Owner::id).forEach(owners::add);
    List<Finding> findings = new ArrayList<>();
    for (Evidence.CodeOwner rule : rules) {
      for (String handle : rule.owners()) {
        String id = id(handle);
        if (!owners.contains(id)) {
          findings.add(Finding.error(UNKNOWN.id(), rule.at(),
              "CODEOWNERS names '" + handle + "', who is not an owner in the truth", UNKNOWN.fix()));
        }
      }
    }
    // each CODEOWNERS file sits at the root of the source that holds it and speaks for that source alone;
    // of two at one root, GitHub reads .github/CODEOWNERS, then the root's, then docs/CODEOWNERS
    Map<String, List<Evidence.CodeOwner>> byFile = new LinkedHashMap<>();
    rules.forEach(rule -> byFile.computeIfAbsent(rule.at().file(), f -> new ArrayList<>()).add(rule));
    Map<String, String> fileOfBase = new LinkedHashMap<>();
    for (String file : byFile.keySet()) {
      fileOfBase.merge(base(file), file, (kept, other) -> precedence(other) < precedence(kept) ? other : kept);
    }
    List<String> bases = fileOfBase.keySet().stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    Map<String, Map<String, Served>> servedByBase = new LinkedHashMap<>();
    for (Evidence.Route route : evidence.all(Evidence.Route.class)) {
      Optional<RouteFamily> family = truth.familyOf(route.path());
      String file = route.at().file();
      // the nearest source root holding a CODEOWNERS judges the file
      Optional<String> base = bases.stream().filter(file::startsWith).findFirst();
      if (family.isPresent() && base.isPresent()) {
        servedByBase.computeIfAbsent(base.get(), b -> new LinkedHashMap<>())
            .putIfAbsent(file + " " + family.get().id(), new Served(route, family.get()));
      }
    }
    for (Map.Entry<String, Map<String, Served>> group : servedByBase.entrySet()) {
      judgeAll(CodeOwners.of(byFile.get(fileOfBase.get(group.getKey()))), group.getKey(),
          List.copyOf(group.getValue().values()), findings);
    }
    return findings;
  }

  /**
   * Judges the files of one source against its CODEOWNERS, compiled once and asked for each file on every
   * core; an ordered stream keeps the findings in route order.
   */
  private static void judgeAll(CodeOwners codeOwners, String base, List<Served> checked, List<Finding> findings) {
    List<Judged> owned = checked.parallelStream()
        .map(s -> judge(codeOwners, s.route().at().file().substring(base.length())))
        .toList();
    Set<Evidence.CodeOwner> tooComplex = new LinkedHashSet<>();
    owned.forEach(j -> j.tooComplex().ifPresent(tooComplex::add));
    for (Evidence.CodeOwner rule : tooComplex) {
      findings.add(Finding.error("evidence.parse", rule.at(),
          "codeowners: pattern '" + abbreviate(rule.pattern()) + "' is too complex to match; no path was judged by it",
          "write the pattern with fewer folders and wildcards"));
    }
    for (int i = 0; i < checked.size(); i++) {
      Evidence.Route route = checked.get(i).route();
      RouteFamily family = checked.get(i).family();
      if (owned.get(i).tooComplex().isPresent()) {
        continue;
      }
      List<String> fileOwners = owned.get(i).owners();
      String owner = family.owner().id();
      if (!fileOwners.isEmpty() && !fileOwners.contains(owner)) {
        findings.add(Finding.error(ROUTE.id(), route.at(),
            "'" + route.at().file() + "' serves route family '" + family.id() + "' (owner " + owner
                + "), but CODEOWNERS gives it to " + fileOwners, ROUTE.fix()));
      }
    }
  }

  /** The source root a CODEOWNERS file speaks for: {@code app/.github/CODEOWNERS} → {@code app/}. */
  private static String base(String codeOwnersFile) {
    return codeOwnersFile.replaceFirst("(^|/)(\\.github/|docs/)?CODEOWNERS$", "$1");
  }

  /** GitHub's order among the places a CODEOWNERS file may be: .github/, the root, docs/. */
  private static int precedence(String codeOwnersFile) {
    return codeOwnersFile.endsWith(".github/CODEOWNERS") ? 0 : codeOwnersFile.endsWith("docs/CODEOWNERS") ? 2 : 1;
  }

  /** A file's owners, or the rule that could not be matched against it. */
  private record Judged(List<String> owners, Optional<Evidence.CodeOwner> tooComplex) {}

  private static Judged judge(CodeOwners codeOwners, String file) {
    try {
      return new Judged(codeOwners.ownersOf(file).stream().map(CodeOwnersDrift::id).toList(), Optional.empty());
    } catch (CodeOwners.TooComplex e) {
      return new Judged(List.of(), Optional.of(e.rule()));
    }
  }

  private static String abbreviate(String pattern) {
    return pattern.length() <= 80 ? pattern : pattern.substring(0, 77) + "...";
  }

  /** The first route of a file in a family: the file is judged once per family it serves. */
  private record Served(Evidence.Route route, RouteFamily family) {}

  /** {@code @ana} → ana, {@code @org/team} → team. */
  static String id(String handle) {
    String bare = handle.startsWith("@") ? handle.substring(1) : handle;
    return bare.contains("/") ? bare.substring(bare.lastIndexOf('/') + 1) : bare;
  }
}
