package io.truthbook.reconcile.claims;

import io.truthbook.history.Revision;
import io.truthbook.model.Claim;
import io.truthbook.model.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the reconciliation matrix: the claim and where it was made, what the truth says now,
 * the manifest location of its subject ({@code evidence}, with the commit when it is committed),
 * its status, the commit since which it has had that status, and the subject's owners.
 *
 * @param at where the claim itself is written in the claims manifest
 * @param since the oldest commit of the newest run of commits with this status; empty outside git
 *     or when the status changed in the uncommitted working tree
 */
public record MatrixRow(
    String claimId,
    Location at,
    String documentId,
    String documentTitle,
    String section,
    String statement,
    String subjectKind,
    String subjectId,
    Optional<Claim.Expectation> expects,
    String truth,
    Optional<Location> evidence,
    ClaimStatus status,
    Optional<Revision> since,
    boolean legacyFeeder,
    boolean mustHold,
    List<String> owners) {

  public MatrixRow {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(status, "status");
    owners = List.copyOf(owners);
  }

  /** {@code service comfyui}. */
  public String subject() {
    return subjectKind + " " + subjectId;
  }

  /** {@code node = gpu-1}, or empty when the claim expects nothing checkable. */
  public String expected() {
    return expects.map(e -> e.field() + " = " + e.value()).orElse("");
  }

  /** {@code manifests/topology.yaml:12@abc1234}, or {@code manifests/topology.yaml:12}, or empty. */
  public String evidenceText() {
    return evidence.map(MatrixRow::locationText).orElse("");
  }

  static String locationText(Location at) {
    return at.fileLine();
  }

  /** A must-hold claim that is not current fails the check. */
  public boolean failsMustHold() {
    return mustHold && status != ClaimStatus.CURRENT;
  }
}
