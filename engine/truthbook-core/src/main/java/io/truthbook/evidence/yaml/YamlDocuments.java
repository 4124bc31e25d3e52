package io.truthbook.evidence.yaml;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import io.truthbook.yaml.YamlNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The YAML documents of one file as {@link YamlNode} trees with locations. SnakeYAML's composer
 * keeps marks but leaves {@code <<} keys and duplicate keys alone (only its constructor handles
 * them, and the constructor drops marks), so both are handled here. Nothing here throws for bad
 * content: every problem in the text becomes an {@link ExtractionProblem}.
 */
public record YamlDocuments(List<YamlNode> documents, List<ExtractionProblem> problems) {

  /** Merge keys make aliases common (one per service); what an alias bomb needs is bounded by size below. */
  private static final int MAX_ALIASES = 1_000;
  /** Values a document may expand to through its aliases, as consumers walk it. */
  private static final long MAX_EXPANDED = 1_000_000;
  private static final int MAX_NESTING = 50;
  private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;
  // aliases can nest a tree below the composer's own depth limit; this bounds the converted tree
  private static final int MAX_DEPTH = 200;

  public YamlDocuments {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** Reads every document of {@code file}; documents before a syntax error are kept. */
  public static YamlDocuments read(SourceFile file) {
    List<YamlNode> documents = new ArrayList<>();
    List<ExtractionProblem> problems = new ArrayList<>();
    String text = file.text();
    // SnakeYAML finds the limit only after scanning up to it, which takes seconds; counting is instant
    if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      problems.add(new ExtractionProblem(file.at(1, 1), "cannot read YAML: the file has more than "
          + MAX_CODE_POINTS + " characters, over the limit for one YAML file"));
      return new YamlDocuments(documents, problems);
    }
    try {
      for (Node root : yaml().composeAll(new StringReader(text))) {
        if (root == null) {
          continue;
        }
        Expansion expansion = new Expansion();
        if (expansion.size(root) > MAX_EXPANDED) {
          problems.add(new ExtractionProblem(location(file, expansion.crossing.getStartMark()),
              "this value expands to more than " + MAX_EXPANDED + " values through aliases (an alias bomb?);"
                  + " the document is not read"));
          continue;
        }
        documents.add(new Converter(file, problems).convert(root, 0));
      }
    } catch (MarkedYAMLException e) {
      problems.add(new ExtractionProblem(location(file, e.getProblemMark()), describe(e)));
    } catch (ReaderException e) {
      problems.add(new ExtractionProblem(offsetLocation(file, e.getPosition()),
          "cannot read YAML: " + oneLine(e.getMessage()) + "; YAML is printable UTF-8 text"));
    } catch (YAMLException e) {
      // limits (code points, aliases, nesting) and other parser refusals have no usable mark
      problems.add(new ExtractionProblem(file.at(1, 1), "cannot read YAML: " + oneLine(e.getMessage())));
    } catch (RuntimeException e) {
      // the parser failing on odd input is still a problem of this file, never a crash of the scan
      problems.add(new ExtractionProblem(file.at(1, 1), "cannot read YAML: " + e.getClass().getSimpleName()
          + ": " + oneLine(e.getMessage())));
    }
    return new YamlDocuments(documents, problems);
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
  }

  private static String describe(MarkedYAMLException e) {
    StringBuilder text = new StringBuilder("invalid YAML: ");
    if (e.getContext() != null) {
      text.append(e.getContext()).append(", ");
    }
    text.append(e.getProblem() == null ? "syntax error" : e.getProblem());
    return oneLine(text.toString());
  }

  private static String oneLine(String message) {
    return message == null ? "syntax error" : message.replaceAll("\\s+", " ").trim();
  }

  private static Location location(SourceFile file, Mark mark) {
    return mark == null ? file.at(1, 1) : file.at(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static Location offsetLocation(SourceFile file, int codePoints) {
    int offset = file.text().offsetByCodePoints(0,
        Math.max(0, Math.min(codePoints, file.text().codePointCount(0, file.text().length()))));
    return new LineIndex(file).at(offset);
  }

  /**
   * The size of a composed document as its consumers see it, every alias expanded: an anchored node is
   * counted once and its size reused, so a billion laughs costs its node count to measure. The first
   * node found over the limit (the innermost) is where the finding points.
   */
  private static final class Expansion {
    private final Map<Node, Long> sizes = new IdentityHashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private Node crossing;

    long size(Node node) {
      Long known = sizes.get(node);
      if (known != null) {
        return known;
      }
      if (!open.add(node)) {
        return 1; // a recursive alias: the converter reports it
      }
      long size = 1;
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          size = Math.min(size + size(tuple.getKeyNode()) + size(tuple.getValueNode()), MAX_EXPANDED + 1);
        }
      } else if (node instanceof SequenceNode sequence) {
        for (Node item : sequence.getValue()) {
          size = Math.min(size + size(item), MAX_EXPANDED + 1);
        }
      }
      open.remove(node);
      if (size > MAX_EXPANDED && crossing == null) {
        crossing = node;
      }
      if (node.getAnchor() != null) {
        sizes.put(node, size);
      }
      return size;
    }
  }

  /**
   * Turns one composed node graph into values. Each node is converted once and shared, so an
   * alias-heavy document costs its node count, not its expanded size.
   */
  private static final class Converter {
    private final SourceFile file;
    private final List<ExtractionProblem> problems;
    private final Map<Node, YamlNode> done = new IdentityHashMap<>();
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Typing typing = new Typing();

    Converter(SourceFile file, List<ExtractionProblem> problems) {
      this.file = file;
      this.problems = problems;
    }

    YamlNode convert(Node node, int depth) {
      Location at = location(file, node.getStartMark());
      // only an anchored node can be reached twice (through an alias), so only those are remembered
      boolean anchored = node.getAnchor() != null;
      YamlNode known = anchored ? done.get(node) : null;
      if (known != null) {
        return known;
      }
      if (open.contains(node) || depth > MAX_DEPTH) {
        problems.add(new ExtractionProblem(at, open.contains(node)
            ? "an alias refers to a value that contains it; recursive YAML is not read"
            : "values nest deeper than " + MAX_DEPTH + " levels through aliases; not read"));
        return YamlNode.Scalar.ofNull(at, "");
      }
      if (anchored) {
        open.add(node);
      }
      YamlNode value;
      if (node instanceof MappingNode mapping) {
        value = mapping(mapping, at, depth);
      } else if (node instanceof SequenceNode sequence) {
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          items.add(convert(item, depth + 1));
        }
        value = new YamlNode.Sequence(at, items);
      } else {
        ScalarNode scalar = (ScalarNode) node;
        value = new YamlNode.Scalar(at, scalar.getValue(), typing.value(scalar));
      }
      if (anchored) {
        open.remove(node);
        done.put(node, value);
      }
      return value;
    }

    private YamlNode mapping(MappingNode node, Location at, int depth) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      List<YamlNode> merged = new ArrayList<>();
      for (NodeTuple tuple : node.getValue()) {
        Node keyNode = tuple.getKeyNode();
        Location keyAt = location(file, keyNode.getStartMark());
        if (!(keyNode instanceof ScalarNode key)) {
          problems.add(new ExtractionProblem(keyAt, "expected a plain key, found a "
              + (keyNode instanceof MappingNode ? "mapping" : "sequence") + "; the entry is not read"));
          continue;
        }
        YamlNode value = convert(tuple.getValueNode(), depth + 1);
        if (Tag.MERGE.equals(key.getTag())) {
          collectMerges(value, merged);
          continue;
        }
        YamlNode.Entry earlier = entries.get(key.getValue());
        if (earlier != null) {
          problems.add(new ExtractionProblem(keyAt, "duplicate key '" + key.getValue()
              + "' (first at line " + earlier.keyAt().line() + "); the first one is read, remove the other"));
          continue;
        }
        entries.put(key.getValue(), new YamlNode.Entry(key.getValue(), keyAt, value));
      }
      // YAML merge: explicit keys win, then earlier merged mappings win over later ones
      for (YamlNode source : merged) {
        source.entries().forEach(entries::putIfAbsent);
      }
      return new YamlNode.Mapping(at, entries);
    }

    private void collectMerges(YamlNode value, List<YamlNode> merged) {
      if (value instanceof YamlNode.Mapping) {
        merged.add(value);
        return;
      }
      if (value instanceof YamlNode.Sequence sequence) {
        boolean allMappings = sequence.items().stream().allMatch(YamlNode.Mapping.class::isInstance);
        if (allMappings) {
          merged.addAll(sequence.items());
          return;
        }
      }
      problems.add(new ExtractionProblem(value.at(),
          "a merge key '<<' takes a mapping or a list of mappings, e.g. '<<: *defaults' or '<<: [*a, *b]'"));
    }
  }

  /**
   * The typed value of a scalar as SnakeYAML resolves its tag: null, a boolean, an integer or a float;
   * every other scalar (and a number too long to be worth converting) is its text.
   */
  private static final class Typing extends SafeConstructor {
    private static final int MAX_NUMBER_LENGTH = 1_000;

    Typing() {
      super(new LoaderOptions());
    }

    Object value(ScalarNode scalar) {
      Tag tag = scalar.getTag();
      if (Tag.NULL.equals(tag)) {
        return YamlNode.Scalar.NULL;
      }
      boolean typed = Tag.BOOL.equals(tag)
          || (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) && scalar.getValue().length() <= MAX_NUMBER_LENGTH;
      if (typed) {
        try {
          return yamlConstructors.get(tag).construct(scalar);
        } catch (RuntimeException e) {
          // a value the resolver took for a number but the constructor cannot read stays text
          return scalar.getValue();
        }
      }
      return scalar.getValue();
    }
  }
}
