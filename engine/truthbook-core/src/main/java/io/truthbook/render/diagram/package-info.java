/**
 * Diagrams generated from the truth, as PlantUML source text: one small class per diagram, each
 * returning {@link io.truthbook.render.diagram.DiagramSource} values and never touching the disk.
 *
 * <p>Manifest text only ever reaches PlantUML through {@link io.truthbook.render.diagram.PlantUmlText}
 * (quoted, entity-escaped labels) and ids only through {@link io.truthbook.render.diagram.Aliases}
 * (generated identifiers), so no manifest can close a diagram, include a file or inject markup.
 */
package io.truthbook.render.diagram;
