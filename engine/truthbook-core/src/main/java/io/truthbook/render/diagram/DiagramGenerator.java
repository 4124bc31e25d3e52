package io.truthbook.render.diagram;

import io.truthbook.model.Truth;
import java.util.List;

/** Turns the truth into one kind of diagram (or one per domain, where a single one would not fit). */
public interface DiagramGenerator {
  List<DiagramSource> generate(Truth truth);
}
