package io.truthbook.diff;

import io.truthbook.model.Finding;
import io.truthbook.model.Gate;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a reviewer of a change needs: the semantic diff, the gates it touches, the sign-offs it
 * invalidates, who must review, and the findings it introduces.
 */
public record Review(String base, String head, TruthDiff diff, List<TouchedGate> gates, Set<String> reviewers,
    List<Finding> newFindings, List<RecordedSignoff> recordedSignoffs) {

  public Review {
    gates = List.copyOf(gates);
    recordedSignoffs = List.copyOf(recordedSignoffs);
    reviewers = java.util.Collections.unmodifiableSet(new TreeSet<>(reviewers));
    newFindings = List.copyOf(newFindings);
  }

  /**
   * A gate whose governed content the change touches, the sign-offs that no longer hold, and who
   * must sign it after the change.
   */
  public record TouchedGate(String id, String title, List<String> kinds, List<String> invalidatedSignoffs,
      Set<String> required) {
    public TouchedGate {
      kinds = List.copyOf(kinds);
      invalidatedSignoffs = List.copyOf(invalidatedSignoffs);
      required = java.util.Collections.unmodifiableSet(new TreeSet<>(required));
    }
  }

  /** A sign-off the change adds to a gate (whether it still holds is a finding of the head, if not). */
  public record RecordedSignoff(String gate, String reviewer, String date) {}

  /**
   * The review of the change from {@code before} to {@code after}; {@code requiredReviewers} says who
   * must sign a gate of the head truth (the owners of the content it governs).
   */
  public static Review of(String base, String head, Truth before, Truth after, List<Finding> baseFindings,
      List<Finding> headFindings, java.util.function.Function<Gate, Set<String>> requiredReviewers) {
    TruthDiff diff = TruthDiff.between(before, after);
    Set<ManifestKind> touched = diff.touchedKinds();
    List<TouchedGate> gates = new ArrayList<>();
    Set<String> reviewers = new TreeSet<>();
    diff.changes().forEach(c -> reviewers.addAll(c.owners()));
    for (Gate gate : after.gates()) {
      List<String> kinds = gate.governs().stream()
          .filter(k -> ManifestKind.byId(k).map(touched::contains).orElse(false)).toList();
      if (kinds.isEmpty()) {
        continue;
      }
      Optional<Gate> earlier = before.gates().stream().filter(g -> g.id().equals(gate.id())).findFirst();
      List<String> invalidated = earlier.map(Gate::signoffs).orElse(List.of()).stream()
          .map(s -> s.reviewer().id() + " (" + s.date() + ")").toList();
      Set<String> required = requiredReviewers.apply(gate);
      gates.add(new TouchedGate(gate.id(), gate.title(), kinds, invalidated, required));
      reviewers.addAll(required);
      earlier.map(Gate::signoffs).orElse(List.of()).forEach(s -> reviewers.add(s.reviewer().id()));
    }
    Set<String> known = new TreeSet<>();
    baseFindings.forEach(f -> known.add(key(f)));
    List<Finding> introduced = headFindings.stream().filter(f -> !known.contains(key(f))).sorted().toList();
    return new Review(base, head, diff, gates, reviewers, introduced, recorded(before, after));
  }

  /** Sign-offs in the head's gates that the base did not have (same gate, reviewer and digest). */
  private static List<RecordedSignoff> recorded(Truth before, Truth after) {
    Set<String> earlier = new TreeSet<>();
    before.gates().forEach(g -> g.signoffs().forEach(s -> earlier.add(signoffKey(g, s))));
    List<RecordedSignoff> recorded = new ArrayList<>();
    for (Gate gate : after.gates()) {
      for (Gate.Signoff signoff : gate.signoffs()) {
        if (!earlier.contains(signoffKey(gate, signoff))) {
          recorded.add(new RecordedSignoff(gate.id(), signoff.reviewer().id(), signoff.date()));
        }
      }
    }
    return recorded;
  }

  private static String signoffKey(Gate gate, Gate.Signoff signoff) {
    return gate.id() + "\u0000" + signoff.reviewer().id() + "\u0000" + signoff.digest();
  }

  /** Findings compare without their line: moving a line does not make a finding new. */
  private static String key(Finding f) {
    return f.ruleId() + "\u0000" + f.location().file() + "\u0000" + f.message();
  }
}
