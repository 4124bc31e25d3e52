package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.Gate;
import io.truthbook.model.GateState;
import io.truthbook.model.Readiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gates as the check evaluated them at the book's commit: the state and why, each criterion met or
 * not with its reason (the implicit ones spelled out), the required reviewers, and each sign-off with
 * its date and whether it still approves the content as it is.
 */
final class GateCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Gates");
    out.paragraph("A gate passes when every criterion holds and every required reviewer has a valid sign-off. "
        + "Besides the criteria its manifest lists, every gate has implicit ones, marked _implicit_ below: "
        + "``check``, no error finding in the manifests of the kinds it governs; and for a gate that governs "
        + "claims, ``claims``, no contradicted claim and every must-hold claim current. A criterion that names "
        + "nothing to evaluate is the reviewers' judgement: it holds once every required reviewer has signed. "
        + "The required reviewers are the owners of the content the gate governs (every owner when none is "
        + "found). A sign-off approves a digest of that content: it is valid while the digest matches the "
        + "content at this commit and lapses when the content changes; a sign-off by anyone else counts for "
        + "nothing. The state is judged from the truth at this commit alone, never from a build's output.");
    for (Gate g : c.truth().gates()) {
      writeGate(c, out, g, c.gateState(g.id()));
    }
  }

  private static void writeGate(ReferenceContext c, AsciiDocWriter out, Gate g, Optional<GateState> state) {
    out.section(2, c.place(EntityKind.GATE, g.id()), "Gate " + c.mono(g.id()) + ": " + c.text(g.title()));
    out.fields()
        .field("State", state.map(s -> state(c, s))
            .orElse("not evaluated: this book was built without a check"))
        .field("Governs", String.join(", ", g.governs().stream().map(c::mono).toList()))
        .field("Required reviewers", state.map(s -> owners(c, s.requiredReviewers())))
        .field("Sign-offs", g.signoffs().isEmpty() ? "none" : g.signoffs().size() + ", listed below")
        .field("Makes true", String.join(", ", c.truth().readiness().stream()
            .filter(r -> r.gate().map(x -> x.id().equals(g.id())).orElse(false))
            .map(Readiness::statement).map(c::text).toList()))
        .field("Referenced from", c.referencedFrom(EntityKind.GATE, g.id()));
    criteria(c, out, g, state);
    signoffs(c, out, g, state);
  }

  /** {@code passed}, or {@code blocked} and why: the unmet criteria, the reviewers without a valid sign-off. */
  private static String state(ReferenceContext c, GateState s) {
    if (s.passed()) {
      return "*passed*: every criterion holds and every required reviewer has a valid sign-off";
    }
    List<String> why = new ArrayList<>();
    List<GateState.CriterionResult> unmet = s.unmet();
    if (!unmet.isEmpty()) {
      why.add(unmet.size() + " of " + s.criteria().size() + " criteria unmet ("
          + String.join(", ", unmet.stream().map(k -> c.mono(k.id())).toList()) + ")");
    }
    List<String> unsigned = s.reviewers().stream()
        .filter(r -> s.requiredReviewers().contains(r.reviewer()) && r.standing() != GateState.Standing.SIGNED)
        .map(r -> c.link(EntityKind.OWNER, r.reviewer()) + " " + standing(r.standing())).toList();
    if (!unsigned.isEmpty()) {
      why.add("no valid sign-off of " + String.join(", ", unsigned));
    }
    return "*blocked*: " + String.join("; ", why);
  }

  private static String standing(GateState.Standing standing) {
    return switch (standing) {
      case SIGNED -> "(signed)";
      case STALE -> "(lapsed)";
      case UNJUDGED -> "(not judged)";
      case MISSING -> "(not signed)";
      case NOT_REQUIRED -> "(not required)";
    };
  }

  private static String owners(ReferenceContext c, List<String> ids) {
    return String.join(", ", ids.stream().map(o -> c.link(EntityKind.OWNER, o)).toList());
  }

  private static void criteria(ReferenceContext c, AsciiDocWriter out, Gate g, Optional<GateState> state) {
    List<List<String>> rows = new ArrayList<>();
    if (state.isPresent()) {
      for (GateState.CriterionResult k : state.get().criteria()) {
        Optional<Gate.Criterion> listed = g.criteria().stream().filter(x -> x.id().equals(k.id()) && !k.implicit())
            .findFirst();
        rows.add(List.of(c.mono(k.id()) + (k.implicit() ? " _implicit_" : ""), k.met() ? "met" : "*unmet*",
            c.text(k.description()), listed.map(x -> needs(c, x)).orElse(""),
            String.join(" +\n", k.notes().stream().map(c::text).toList())));
      }
    } else {
      g.criteria().forEach(k -> rows.add(List.of(c.mono(k.id()), "not evaluated", c.text(k.description()),
          needs(c, k), "")));
    }
    if (!rows.isEmpty()) {
      out.table("Criteria of " + c.text(g.id()), "2,1,3,2,4",
          List.of("Criterion", "State", "Description", "Needs", "Why unmet"), rows);
    }
  }

  /** What a listed criterion evaluates: a workstream, an artifact, clean kinds, the matrix, or judgement. */
  private static String needs(ReferenceContext c, Gate.Criterion k) {
    List<String> needs = new ArrayList<>();
    k.workstream().ifPresent(w -> needs.add("workstream "
        + c.link(EntityKind.WORKSTREAM, w.id(), w.id().toUpperCase(Locale.ROOT)) + " done"));
    k.artifact().ifPresent(a -> needs.add("artifact " + c.mono(a.path())));
    if (!k.clean().isEmpty()) {
      needs.add("clean " + String.join(", ", k.clean().stream().map(c::mono).toList()));
    }
    if (k.reconciled()) {
      needs.add("every claim reconciled");
    }
    if (k.judgement()) {
      needs.add("the required reviewers' judgement");
    }
    return String.join(" +\n", needs);
  }

  private static void signoffs(ReferenceContext c, AsciiDocWriter out, Gate g, Optional<GateState> state) {
    List<List<String>> rows = new ArrayList<>();
    for (Gate.Signoff s : g.signoffs()) {
      rows.add(List.of(c.link(EntityKind.OWNER, s.reviewer()), c.text(s.date()),
          c.mono(s.digest().substring(0, Math.min(s.digest().length(), 19))), state.map(st -> validity(c, st, s))
              .orElse("not evaluated")));
    }
    if (!rows.isEmpty()) {
      out.table("Sign-offs of " + c.text(g.id()), "2,1,2,5", List.of("Reviewer", "Date", "Digest", "Valid"), rows);
    }
  }

  /** Whether one sign-off approves the content as it is now. */
  private static String validity(ReferenceContext c, GateState state, Gate.Signoff s) {
    String reviewer = s.reviewer().id();
    if (!state.requiredReviewers().contains(reviewer)) {
      return "does not count: not a required reviewer";
    }
    Optional<GateState.ReviewerResult> result = state.reviewers().stream()
        .filter(r -> r.reviewer().equals(reviewer)).findFirst();
    if (result.filter(r -> r.standing() == GateState.Standing.UNJUDGED).isPresent()) {
      return "not judged: " + c.text(result.get().detail());
    }
    if (s.digest().equals(state.digest())) {
      return "*valid*: the digest matches the governed content at this commit";
    }
    String changed = result.filter(r -> r.standing() == GateState.Standing.STALE && r.date().equals(
        Optional.of(s.date()))).map(GateState.ReviewerResult::detail).orElse("");
    return "*lapsed*: the governed content changed since" + (changed.isEmpty() ? "" : " (" + c.text(changed) + ")");
  }
}
