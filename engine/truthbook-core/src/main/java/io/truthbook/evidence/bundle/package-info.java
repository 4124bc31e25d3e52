/**
 * Evidence bundles: the evidence of one source at one commit, written by {@code truthbook evidence} in
 * the product repository's own CI and read by the check in place of the repository. A bundle is
 * versioned, deterministic JSON (one item per line); its places are relative to the source folder, so
 * the check prints them exactly as it would had it read the repository.
 */
package io.truthbook.evidence.bundle;
