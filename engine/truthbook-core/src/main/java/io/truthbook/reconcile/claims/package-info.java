/**
 * Reconciliation of the claims older documents made with the truth, over the manifests' git
 * history: the reconciliation matrix, its CSV and JSON, and the {@code claim.must-hold} finding.
 */
package io.truthbook.reconcile.claims;
