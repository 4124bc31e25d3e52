/**
 * Acceptance gates: criteria evaluated against the truth, the repository and the check's findings;
 * required reviewers derived from the owners of the governed content; sign-offs bound to a digest
 * of that content; and {@code sign}, which records a sign-off in the gates manifest.
 */
package io.truthbook.gates;
