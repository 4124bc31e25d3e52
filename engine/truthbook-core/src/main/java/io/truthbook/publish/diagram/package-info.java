/**
 * Diagrams put on disk: PlantUML run in-process and sandboxed (smetana layout, so no Graphviz; no
 * file or URL access), SVG cached by the content of its source, and the hand-written diagrams in
 * {@code diagrams/} checked (syntax, includes, the truth entities they name).
 *
 * <p>PlantUML's own allow-list compares path prefixes without normalising them, so
 * {@code !include diagrams/../../etc/passwd} would pass it. PlantUML therefore runs with the
 * {@code SANDBOX} profile (it reads no file at all) and {@link io.truthbook.publish.diagram.Includes}
 * inlines {@code !include}s itself, after resolving each to a real path inside {@code diagrams/}.
 */
package io.truthbook.publish.diagram;
