package io.truthbook.evidence.http;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Routes and problems collected while reading files, handed out sorted and without duplicates so
 * that the same input always gives the same bytes.
 */
final class FoundRoutes {
  private static final Comparator<Evidence.Route> ROUTE_ORDER = Comparator.comparing(Evidence.Route::at)
      .thenComparing(Evidence.Route::method)
      .thenComparing(Evidence.Route::path);
  private static final Comparator<ExtractionProblem> PROBLEM_ORDER =
      Comparator.comparing(ExtractionProblem::at).thenComparing(ExtractionProblem::message);

  private final Set<Evidence.Route> routes = new LinkedHashSet<>();
  private final Set<ExtractionProblem> problems = new LinkedHashSet<>();

  /** Adds a route; the path is put in canonical spelling and the method in upper case. */
  void route(String method, String path, String framework, Location at) {
    routes.add(new Evidence.Route(method.toUpperCase(Locale.ROOT), RoutePaths.canonical(path),
        framework, at));
  }

  void problem(Location at, String message) {
    problems.add(new ExtractionProblem(at, message));
  }

  /** Something valid that was not read, said as a warning (see {@link ExtractionProblem#unread}). */
  void unread(Location at, String message, String hint) {
    problems.add(ExtractionProblem.unread(at, "evidence.unread", io.truthbook.model.Severity.WARNING, message, hint));
  }

  void problems(List<ExtractionProblem> found) {
    problems.addAll(found);
  }

  Extractor.Result result() {
    List<Evidence.Route> sortedRoutes = new ArrayList<>(routes);
    sortedRoutes.sort(ROUTE_ORDER);
    List<ExtractionProblem> sortedProblems = new ArrayList<>(problems);
    sortedProblems.sort(PROBLEM_ORDER);
    return new Extractor.Result(List.copyOf(sortedRoutes), sortedProblems);
  }
}
