package io.truthbook.model;

import java.util.Optional;

/** A statement an older document made about the platform, to be reconciled with the truth. */
public record Claim(
    String id,
    Location at,
    Ref document,
    String section,
    String statement,
    String subjectKind,
    String subjectId,
    Optional<Expectation> expects,
    boolean legacyFeeder,
    boolean mustHold) {

  /** The checkable part of a claim: a field of the subject and the value the document gave. */
  public record Expectation(String field, String value) {}
}
