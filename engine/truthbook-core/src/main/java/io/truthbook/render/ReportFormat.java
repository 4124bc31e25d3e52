package io.truthbook.render;

import io.truthbook.model.CheckResult;

/** Turns a check's findings into text for a person or another tool. */
public interface ReportFormat {

  /** The name used with {@code --format}. */
  String name();

  String render(CheckResult result);
}
