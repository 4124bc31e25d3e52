package io.truthbook.evidence.ingress;

import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A read-only view of a composed YAML node that answers the questions extractors ask (a key of a
 * mapping, the items of a sequence, a scalar's text) with empty results for the wrong shape, and
 * knows where the node is written. Merge keys ({@code <<: *defaults}) are applied, as compose does.
 */
record YamlView(Node node) {

  /** The value under {@code key}, if this is a mapping that has it. */
  Optional<YamlView> get(String key) {
    return Optional.ofNullable(entries().get(key)).map(Map.Entry::getValue);
  }

  /** A mapping's entries by key text, each with its key node; explicit keys win over merged ones. */
  Map<String, Map.Entry<YamlView, YamlView>> entries() {
    Map<String, Map.Entry<YamlView, YamlView>> entries = new LinkedHashMap<>();
    collect(node, entries, Collections.newSetFromMap(new IdentityHashMap<>()));
    return entries;
  }

  private static void collect(Node node, Map<String, Map.Entry<YamlView, YamlView>> into, Set<Node> seen) {
    if (!(node instanceof MappingNode mapping) || !seen.add(node)) {
      return;
    }
    List<Node> merged = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (key.getTag().equals(Tag.MERGE)) {
        merged.add(tuple.getValueNode());
      } else if (key instanceof ScalarNode scalar) {
        into.putIfAbsent(scalar.getValue(), Map.entry(new YamlView(key), new YamlView(tuple.getValueNode())));
      }
    }
    for (Node source : merged) {
      if (source instanceof SequenceNode sequence) {
        sequence.getValue().forEach(item -> collect(item, into, seen));
      } else {
        collect(source, into, seen);
      }
    }
  }

  /** A sequence's items; empty for anything else. */
  List<YamlView> items() {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue().stream().map(YamlView::new).toList();
    }
    return List.of();
  }

  /** A scalar's text ("" for an empty value); empty for a mapping or sequence. */
  Optional<String> text() {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }

  /** The text under {@code key}, if that is a scalar. */
  Optional<String> text(String key) {
    return get(key).flatMap(YamlView::text);
  }

  boolean isSequence() {
    return node instanceof SequenceNode;
  }

  /** Where the node starts, 1-based. */
  Location at(SourceFile file) {
    return file.at(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }
}
