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
   * One thing that must hold before the gate can pass: a workstream done, a committed artifact present,
   * the manifests of some kinds present and without errors ({@code clean}), every claim reconciled
   * ({@code reconciled}), or a reviewer's judgement.
   */
  public record Criterion(String id, Location at, String description, Optional<Ref> workstream,
      Optional<Artifact> artifact, List<String> clean, boolean reconciled) {
    public Criterion {
      clean = List.copyOf(clean);
    }

    /** Whether nothing but the reviewers' judgement decides it. */
    public boolean judgement() {
      return workstream.isEmpty() && artifact.isEmpty() && clean.isEmpty() && !reconciled;
    }
  }

  /** A repository path a criterion needs to exist, and where it is written. */
  public record Artifact(String path, Location at) {
    /** The folder builds write into (Maven's and {@code truthbook build}'s default output): never committed. */
    public static final String BUILD_FOLDER = "target";

    /**
     * Whether the path lies in the build folder: such a file exists or not depending on what someone
     * built, so a criterion needing it would pass or block the same commit by chance.
     */
    public boolean isBuildOutput() {
      java.util.Deque<String> segments = new java.util.ArrayDeque<>();
      for (String segment : path.replace('\\', '/').split("/")) {
        if (segment.equals("..")) {
          segments.pollLast();
        } else if (!segment.isEmpty() && !segment.equals(".")) {
          segments.addLast(segment);
        }
      }
      return BUILD_FOLDER.equals(segments.peekFirst());
    }
  }

  /** A reviewer's approval of the content the gate governs, bound to its digest; {@code dateAt} locates its date. */
  public record Signoff(Ref reviewer, String date, Location dateAt, String digest) {}
}
