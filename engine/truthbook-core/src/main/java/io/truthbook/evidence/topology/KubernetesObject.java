package io.truthbook.evidence.topology;

import io.truthbook.yaml.YamlNode;
import java.util.Optional;

/**
 * One object of a Kubernetes manifest and the namespace it is applied in: the one a kustomization
 * sets, else its {@code metadata.namespace}, else "default".
 */
record KubernetesObject(YamlNode node, String namespace) {

  /** {@code node} in the namespace a kustomization gives it, or in its own. */
  static KubernetesObject of(YamlNode node, Optional<String> kustomized) {
    return new KubernetesObject(node, kustomized
        .orElseGet(() -> node.path("metadata", "namespace").flatMap(YamlNode::text).orElse("default")));
  }

  boolean is(String kind) {
    return node.get("kind").flatMap(YamlNode::text).filter(kind::equals).isPresent();
  }

  Optional<String> name() {
    return node.path("metadata", "name").flatMap(YamlNode::text);
  }
}
