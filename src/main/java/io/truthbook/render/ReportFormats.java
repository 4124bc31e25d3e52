package io.truthbook.render;

import java.util.List;
import java.util.Optional;

/** The registered report formats; a new format is one class and one line here. */
public final class ReportFormats {
  private static final List<ReportFormat> ALL = List.of(new TextReport(), new JsonReport());

  private ReportFormats() {}

  public static Optional<ReportFormat> byName(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return ALL.stream().map(ReportFormat::name).toList();
  }
}
