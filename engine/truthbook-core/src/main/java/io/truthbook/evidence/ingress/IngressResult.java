package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one order every ingress extractor reports in, so that output is deterministic: routes by
 * place, then host, path and upstream; problems by place, then message. Callers that drop repeats
 * pass a set.
 */
final class IngressResult {
  private static final Comparator<IngressRoute> ROUTES = Comparator.comparing(IngressRoute::at)
      .thenComparing(IngressRoute::host).thenComparing(IngressRoute::path).thenComparing(IngressRoute::upstream);
  private static final Comparator<ExtractionProblem> PROBLEMS =
      Comparator.comparing(ExtractionProblem::at).thenComparing(ExtractionProblem::message);

  private IngressResult() {}

  static Extractor.Result sorted(Collection<IngressRoute> routes, Collection<ExtractionProblem> problems) {
    List<Evidence> evidence = List.copyOf(routes.stream().sorted(ROUTES).toList());
    return new Extractor.Result(evidence, problems.stream().sorted(PROBLEMS).toList());
  }
}
