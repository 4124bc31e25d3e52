package io.truthbook.publish.diagram;

import java.util.List;

/**
 * What a render did: how many diagrams PlantUML drew, how many came from the cache, and the ones
 * PlantUML could not read (their SVG shows the error).
 */
public record RenderReport(int rendered, int cached, List<Failure> failures) {
  public RenderReport {
    failures = List.copyOf(failures);
  }

  /** A diagram PlantUML rejected, at a line of its source. */
  public record Failure(String id, int line, String message) {}

  public int total() {
    return rendered + cached;
  }

  /** {@code 13 diagrams: 0 rendered, 13 from cache}. */
  public String summary() {
    return total() + (total() == 1 ? " diagram: " : " diagrams: ") + rendered + " rendered, " + cached
        + " from cache" + (failures.isEmpty() ? "" : ", " + failures.size() + " failed");
  }
}
