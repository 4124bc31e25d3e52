package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Kubernetes Services of the deployed manifests and the workloads they select: a Service selects
 * the pods of its namespace whose labels hold every pair of its {@code spec.selector}, and sends each
 * of its ports to the pod's {@code targetPort}, written as a number or as the name of a container port
 * (no targetPort means the Service's {@code port}). A Service without a selector (headless with
 * hand-made endpoints, ExternalName) selects nothing and is not judged.
 */
final class ServiceSelectors {
  /** The rule of a Service whose selector matches no workload of the manifests read. */
  static final String UNMATCHED_SELECTOR = "evidence.unmatched-selector";
  /** The rule of a Service target port that names no port of a selected workload's containers. */
  static final String UNMATCHED_PORT = "evidence.unmatched-port";

  /** {@code targets} are the values its pods receive on, per port: {@code targetPort}, else {@code port}. */
  private record Service(String namespace, String name, Location selector, Map<String, String> labels,
      List<YamlNode> targets) {}

  /** Where a Service sends traffic into a workload: the container port, at its targetPort (or port) line. */
  record Port(int number, Location at) {}

  private final List<Service> services = new ArrayList<>();
  private final Set<Service> used = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Indexes the Services among {@code objects}; a port that is no number 1-65535 is an {@code evidence.parse}. */
  ServiceSelectors(List<KubernetesObject> services, List<ExtractionProblem> problems) {
    for (KubernetesObject service : services) {
      if (!service.is("Service")) {
        continue;
      }
      YamlNode object = service.node();
      Optional<YamlNode> selector = object.path("spec", "selector");
      Map<String, String> labels = labels(selector);
      // an ExternalName Service is a DNS alias: Kubernetes ignores its selector
      if (labels.isEmpty() || object.path("spec", "type").flatMap(YamlNode::text).filter("ExternalName"::equals)
          .isPresent()) {
        continue;
      }
      String name = service.name().orElse("?");
      List<YamlNode> targets = new ArrayList<>();
      for (YamlNode port : object.path("spec", "ports").map(YamlNode::items).orElse(List.of())) {
        Optional<YamlNode> number = port.get("port");
        if (number.flatMap(YamlNode::text).flatMap(PodTemplate::port).isEmpty()) {
          problems.add(new ExtractionProblem(number.orElse(port).at(), "expected 'port' of Service '" + name
              + "' to be a port number 1-65535; the entry is not read"));
          continue;
        }
        Optional<YamlNode> target = port.get("targetPort");
        Optional<String> targetText = target.flatMap(YamlNode::text).map(String::strip);
        if (target.isPresent() && (targetText.filter(t -> !t.isEmpty()).isEmpty()
            || targetText.get().chars().allMatch(Character::isDigit) && PodTemplate.port(targetText.get()).isEmpty())) {
          problems.add(new ExtractionProblem(target.get().at(), "expected 'targetPort' of Service '" + name
              + "' to be a port number or a container port's name; the entry is not read"));
          continue;
        }
        targets.add(target.orElse(number.get()));
      }
      Location selectorAt = object.path("spec").map(YamlNode::entries).map(e -> e.get("selector"))
          .map(YamlNode.Entry::keyAt).orElse(selector.get().at());
      this.services.add(new Service(service.namespace(), name, selectorAt, labels, targets));
    }
  }

  /**
   * The container ports the Services selecting a pod (of {@code namespace}, labelled {@code labels},
   * with container ports named {@code named}) send traffic to; a target port named in none of its
   * containers is a note at that targetPort.
   */
  List<Port> ports(String namespace, Map<String, String> labels, Map<String, Integer> named, String workload,
      List<ExtractionProblem> problems) {
    List<Port> found = new ArrayList<>();
    for (Service service : services) {
      if (!service.namespace().equals(namespace) || !labels.entrySet().containsAll(service.labels().entrySet())) {
        continue;
      }
      used.add(service);
      for (YamlNode target : service.targets()) {
        String text = target.text().orElseThrow().strip();
        Optional<Integer> number = PodTemplate.port(text).or(() -> Optional.ofNullable(named.get(text)));
        if (number.isPresent()) {
          found.add(new Port(number.get(), target.at()));
        } else {
          problems.add(ExtractionProblem.unread(target.at(), UNMATCHED_PORT, Severity.NOTE,
              "Service '" + service.name() + "' sends to port '" + text + "', which no container of workload '"
                  + workload + "' names; the port is not read",
              "name the container port '" + text + "' (ports[].name), or give targetPort as a number"));
        }
      }
    }
    return found;
  }

  /** Notes at the selector of each Service that selected no workload; call once every workload was seen. */
  void unmatched(List<ExtractionProblem> problems) {
    for (Service service : services) {
      if (!used.contains(service)) {
        problems.add(ExtractionProblem.unread(service.selector(), UNMATCHED_SELECTOR, Severity.NOTE,
            "Service '" + service.name() + "' selects " + service.labels() + " in namespace '" + service.namespace()
                + "', which no workload of the manifests read carries; its ports are not read",
            "fix the selector or the pod template's labels, or add the workload to the manifests read"));
      }
    }
  }

  /** The text labels of a mapping ({@code spec.selector}, a pod template's {@code metadata.labels}). */
  static Map<String, String> labels(Optional<YamlNode> mapping) {
    Map<String, String> labels = new LinkedHashMap<>();
    mapping.map(YamlNode::entries).orElse(Map.of()).values()
        .forEach(entry -> entry.value().text().ifPresent(value -> labels.put(entry.key(), value)));
    return labels;
  }
}
