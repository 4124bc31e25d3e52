/**
 * The hand-written diagrams in {@code diagrams/}, read and checked before anything is published:
 * their syntax (PlantUML run in-process and sandboxed: smetana layout, so no Graphviz; no file or URL
 * access), their includes, and the truth entities they name. Findings come from here, never from
 * the publish stage that renders them.
 *
 * <p>PlantUML's own allow-list compares path prefixes without normalising them, so
 * {@code !include diagrams/../../etc/passwd} would pass it. PlantUML therefore runs with the
 * {@code SANDBOX} profile (it reads no file at all) and {@link io.truthbook.diagrams.Includes}
 * inlines {@code !include}s itself, after resolving each to a real path inside {@code diagrams/}.
 */
package io.truthbook.diagrams;
