package io.truthbook.reconcile.claims;

import io.truthbook.model.Subject;
import io.truthbook.model.SubjectIndex;
import io.truthbook.model.Claim;
import io.truthbook.model.ManifestKind;
import java.util.List;
import java.util.Optional;

/** How one claim fares against one truth: the result, what the truth says, and the subject if found. */
record Outcome(Result result, String truth, Optional<Subject> subject) {

  /** The result of comparing a claim with one truth. */
  enum Result {
    /** The subject's field has the expected value. */
    MATCH,
    /** The subject exists and its field has another value (or none). */
    MISMATCH,
    /** The claim expects a value of a subject the truth does not define. */
    ABSENT,
    /** The manifests of the subject's kind did not load, so nothing can be said. */
    UNKNOWN,
    /** Nothing checkable: no expects, or a field that cannot be checked. */
    UNCHECKABLE
  }

  /** Compares {@code claim} with the truth behind {@code index}. */
  static Outcome of(Claim claim, SubjectIndex index) {
    String kind = claim.subjectKind();
    Optional<ManifestKind> manifest = ClaimFields.definedIn(kind);
    if (manifest.isEmpty()) {
      return new Outcome(Result.UNCHECKABLE, "a " + kind + " cannot be checked", Optional.empty());
    }
    Optional<Claim.Expectation> expects = claim.expects();
    if (expects.isPresent() && !ClaimFields.supported(kind, expects.get().field())) {
      return new Outcome(Result.UNCHECKABLE, "field '" + expects.get().field() + "' of a " + kind
          + " cannot be checked (checkable: " + String.join(", ", ClaimFields.SUPPORTED.get(kind)) + ")",
          Optional.empty());
    }
    if (index.truth().incomplete().contains(manifest.get())) {
      // its kind's manifest failed, or a manifest whose kind could not be read (too large, unparsable) may be one
      return new Outcome(Result.UNKNOWN, "the " + manifest.get().id() + " truth is incomplete: a manifest that"
          + " does not load may define it (see that manifest's error)", Optional.empty());
    }
    Optional<Subject> subject = index.find(kind, claim.subjectId());
    String missing = "no " + kind + " '" + claim.subjectId() + "' is defined";
    if (expects.isEmpty()) {
      return new Outcome(Result.UNCHECKABLE, subject.isPresent() ? kind + " " + claim.subjectId()
          + " is defined; the claim expects no value" : missing, subject);
    }
    if (subject.isEmpty()) {
      return new Outcome(Result.ABSENT, missing, subject);
    }
    String field = expects.get().field();
    String actual = subject.get().values().get(field);
    if (actual == null) {
      return new Outcome(Result.MISMATCH, field + ": (none)", subject);
    }
    boolean same = ClaimFields.same(field, expects.get().value(), actual);
    return new Outcome(same ? Result.MATCH : Result.MISMATCH, field + ": " + actual, subject);
  }

  /** The owners of the subject, if it was found. */
  List<String> owners() {
    return subject.map(Subject::owners).orElse(List.of());
  }
}
