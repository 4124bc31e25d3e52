/**
 * Ownership evidence: the rules of a GitHub CODEOWNERS file as {@link
 * io.truthbook.evidence.Evidence.CodeOwner}s, and GitHub's matching of a path to its owners ({@link
 * io.truthbook.evidence.owners.CodeOwners}).
 */
package io.truthbook.evidence.owners;
