package io.truthbook.reconcile.claims;

import java.util.Locale;

/** Where a claim stands against the truth. */
public enum ClaimStatus {
  /** The truth says the same now. */
  CURRENT,
  /** The truth said the same at an earlier commit of the manifests, and no longer does. */
  STALE,
  /** The truth never said the same, as far back as the history reaches. */
  CONTRADICTED,
  /** Nothing to check: no expects, a field that cannot be checked, or a subject that never existed. */
  UNVERIFIABLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
