package io.truthbook.evidence.topology;

import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.Extractor;
import java.util.List;

/** Renders specs and problems as one line each, so a test states the whole expectation at a glance. */
final class ServiceSpecText {
  private ServiceSpecText() {}

  static List<String> specs(Extractor.Result result) {
    return specs(result.evidence().stream().map(ServiceSpec.class::cast).toList());
  }

  static List<String> specs(List<ServiceSpec> specs) {
    return specs.stream().map(ServiceSpecText::text).toList();
  }

  static String text(ServiceSpec spec) {
    return spec.name() + " ports=" + spec.ports() + " gpus=" + spec.gpus() + " volumes=" + spec.volumes()
        + spec.nodeHint().map(node -> " node=" + node).orElse("") + " " + spec.source()
        + " @" + spec.at().line() + ":" + spec.at().column();
  }

  static List<String> problems(Extractor.Result result) {
    return result.problems().stream()
        .map(problem -> problem.at().line() + ":" + problem.at().column() + " " + problem.message())
        .toList();
  }
}
