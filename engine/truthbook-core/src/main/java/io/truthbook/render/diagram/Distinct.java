package io.truthbook.render.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The first entity of each id: a broken truth may repeat ids (id.duplicate), a diagram draws each once. */
final class Distinct {
  private Distinct() {}

  static <T> List<T> by(List<T> entities, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    List<T> first = new ArrayList<>();
    for (T entity : entities) {
      if (seen.add(id.apply(entity))) {
        first.add(entity);
      }
    }
    return first;
  }
}
