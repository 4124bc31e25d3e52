/**
 * How a team runs the check: its configuration ({@code truthbook.yaml}: severities, baseline, reports,
 * checkout paths), the baseline of accepted findings, and the paths reports name files by. Read alike by
 * the CLI, the Maven plugin, the pre-commit hook and the GitHub Action, which all go through {@link
 * io.truthbook.policy.Policy}.
 */
package io.truthbook.policy;
