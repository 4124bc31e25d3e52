/**
 * Diagrams put on disk: every diagram rendered to SVG through the sandboxed PlantUML of
 * {@link io.truthbook.diagrams}, cached by the content of its source, each file written atomically.
 */
package io.truthbook.publish.diagram;
