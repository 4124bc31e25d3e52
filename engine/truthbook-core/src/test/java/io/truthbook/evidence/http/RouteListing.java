package io.truthbook.evidence.http;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import java.util.List;

/** Routes of a result as one line each, {@code "GET /api/x @ file:line:col"}, for exact assertions. */
final class RouteListing {

  private RouteListing() {}

  static List<String> of(Extractor.Result result) {
    return result.evidence().stream()
        .map(Evidence.Route.class::cast)
        .map(r -> r.method() + " " + r.path() + " @ " + r.at().file() + ":" + r.at().line() + ":" + r.at().column())
        .toList();
  }

  /** Problems as {@code "line: message"}. */
  static List<String> problems(Extractor.Result result) {
    return result.problems().stream().map(p -> p.at().line() + ": " + p.message()).toList();
  }
}
