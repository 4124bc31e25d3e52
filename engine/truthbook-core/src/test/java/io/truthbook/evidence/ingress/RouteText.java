package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import java.util.List;

/** Ingress routes and problems as one-line text, so tests can assert every field at once. */
final class RouteText {
  private RouteText() {}

  /** {@code [host] path match -> upstream @file:line:col}; the file is left out when it is {@code defaultFile}. */
  static String of(IngressRoute route, String defaultFile) {
    String file = route.at().file().equals(defaultFile) ? "" : route.at().file() + ":";
    return "[" + route.host() + "] " + route.path() + " " + route.match() + " -> " + route.upstream()
        + " @" + file + route.at().line() + ":" + route.at().column();
  }

  static List<String> routes(Extractor.Result result, String defaultFile) {
    return result.evidence().stream().map(e -> of((IngressRoute) e, defaultFile)).toList();
  }

  /** {@code line:col message}, or {@code file:line:col message} outside {@code defaultFile}. */
  static List<String> problems(Extractor.Result result, String defaultFile) {
    return result.problems().stream().map(p -> of(p, defaultFile)).toList();
  }

  static String of(ExtractionProblem problem, String defaultFile) {
    String file = problem.at().file().equals(defaultFile) ? "" : problem.at().file() + ":";
    return file + problem.at().line() + ":" + problem.at().column() + " " + problem.message();
  }
}
