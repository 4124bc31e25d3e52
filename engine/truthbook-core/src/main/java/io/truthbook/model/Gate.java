package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/** An acceptance gate: what it governs, its criteria and the sign-offs it has. */
public record Gate(
    String id,
    Location at,
    String title,
    List<String> governs,
    List<Criterion> criteria,
    List<Signoff> signoffs) {

  public Gate {
    governs = List.copyOf(governs);
    criteria = List.copyOf(criteria);
    signoffs = List.copyOf(signoffs);
  }

  /**
   * One thing that must hold before the gate can pass: a workstream done, an artifact present, the
   * manifests of some kinds present and without errors ({@code clean}), or a reviewer's judgement.
   */
  public record Criterion(String id, Location at, String description, Optional<Ref> workstream,
      Optional<String> artifact, List<String> clean) {
    public Criterion {
      clean = List.copyOf(clean);
    }
  }

  /** A reviewer's approval of the content the gate governs, bound to its digest; {@code dateAt} locates its date. */
  public record Signoff(Ref reviewer, String date, Location dateAt, String digest) {}
}
