package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.SourceFile;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Composes the YAML documents of a compose file or Kubernetes manifest into node trees that keep
 * their marks, under limits that stop alias bombs, deep nesting and huge inputs. Composing builds no
 * Java objects, so no tag can instantiate a class. Broken YAML becomes a problem at its mark; the
 * documents before it are kept.
 */
final class LimitedYaml {
  private static final int MAX_ALIASES = 50;
  private static final int MAX_DEPTH = 50;
  private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

  /** The documents read and the problem that stopped the reading, if any. */
  record Documents(List<YamlView> documents, List<ExtractionProblem> problems) {
    Documents {
      documents = List.copyOf(documents);
      problems = List.copyOf(problems);
    }
  }

  private LimitedYaml() {}

  static Documents read(SourceFile file) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowRecursiveKeys(false);
    List<YamlView> documents = new ArrayList<>();
    try {
      for (Node node : new Yaml(options).composeAll(new StringReader(file.text()))) {
        if (node != null) {
          documents.add(new YamlView(node));
        }
      }
      return new Documents(documents, List.of());
    } catch (YAMLException e) {
      return new Documents(documents, List.of(problem(file, e)));
    }
  }

  private static ExtractionProblem problem(SourceFile file, YAMLException e) {
    if (e instanceof MarkedYAMLException marked) {
      Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      StringBuilder message = new StringBuilder("invalid YAML: ");
      if (marked.getContext() != null) {
        message.append(marked.getContext()).append(", ");
      }
      message.append(marked.getProblem());
      return new ExtractionProblem(mark == null ? file.at(1, 1) : file.at(mark.getLine() + 1, mark.getColumn() + 1),
          clean(message.toString()));
    }
    return new ExtractionProblem(file.at(1, 1), clean("invalid YAML: " + e.getMessage()));
  }

  private static String clean(String message) {
    return message.replaceAll("\\s+", " ").trim();
  }
}
