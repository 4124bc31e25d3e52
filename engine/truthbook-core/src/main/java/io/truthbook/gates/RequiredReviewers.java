package io.truthbook.gates;

import io.truthbook.model.Claim;
import io.truthbook.model.Gate;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Owner;
import io.truthbook.model.Ref;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import io.truthbook.reconcile.claims.SubjectIndex;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who must sign a gate: the owners referenced by the entities of each kind it governs.
 *
 * <ul>
 *   <li>owners: every owner; domains: the domains' owners; routes: the families' owners and the
 *       endpoints' explicit owners;
 *   <li>ingress, topology: the runtime stewards ({@code runtime: true});
 *   <li>claims: the owners of the claims' subjects (as in the reconciliation matrix);
 *   <li>gates: the owners of the workstreams criteria name; workstreams, risks: their owners; book:
 *       the chapters' owners.
 * </ul>
 *
 * Only ids the owners manifest defines count. When nothing yields an owner, every owner must sign,
 * so that no gate passes unreviewed.
 */
public final class RequiredReviewers {
  private RequiredReviewers() {}

  public static SortedSet<String> of(Gate gate, Truth truth) {
    Set<String> defined = truth.owners().stream().map(Owner::id).collect(Collectors.toSet());
    SortedSet<String> required = new TreeSet<>();
    for (ManifestKind kind : ContentDigest.kinds(gate.governs())) {
      required.addAll(owners(kind, truth));
    }
    required.retainAll(defined);
    return required.isEmpty() ? new TreeSet<>(defined) : required;
  }

  private static Set<String> owners(ManifestKind kind, Truth truth) {
    Set<String> owners = new TreeSet<>();
    switch (kind) {
      case OWNERS -> truth.owners().forEach(o -> owners.add(o.id()));
      case DOMAINS -> truth.domains().forEach(d -> owners.add(d.owner().id()));
      case ROUTES -> {
        truth.families().forEach(f -> owners.add(f.owner().id()));
        truth.endpoints().forEach(e -> e.owner().map(Ref::id).ifPresent(owners::add));
      }
      case INGRESS, TOPOLOGY -> truth.owners().stream().filter(Owner::runtime).forEach(o -> owners.add(o.id()));
      case CLAIMS -> {
        SubjectIndex subjects = new SubjectIndex(truth);
        for (Claim claim : truth.claims()) {
          subjects.find(claim.subjectKind(), claim.subjectId()).ifPresent(s -> owners.addAll(s.owners()));
        }
      }
      case GATES -> truth.gates().forEach(g -> g.criteria().forEach(c -> c.workstream().ifPresent(w ->
          truth.workstreams().stream().filter(x -> x.id().equals(w.id())).map(Workstream::owner)
              .forEach(o -> owners.add(o.id())))));
      case WORKSTREAMS -> truth.workstreams().forEach(w -> owners.add(w.owner().id()));
      case RISKS -> truth.risks().forEach(r -> owners.add(r.owner().id()));
      case BOOK -> truth.chapters().forEach(c -> owners.add(c.owner().id()));
      case SOURCES -> { }
    }
    return owners;
  }
}
