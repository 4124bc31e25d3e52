package io.truthbook.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.TextBytes;
import io.truthbook.yaml.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads one manifest into a {@link YamlNode} tree that keeps the line and column of every node, its
 * scalars resolved by the YAML 1.2 core schema ({@link CoreSchema}) as editors resolve them. Problems in
 * the text become findings; nothing here throws for bad content.
 */
public final class YamlLoader {

  private final LoadLimits limits;
  private final UnresolvedYamlParser.Factory factory;

  public YamlLoader(LoadLimits limits) {
    this.limits = limits;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxManifestBytes()));
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    this.factory = new UnresolvedYamlParser.Factory(options);
  }

  /** Parses {@code bytes}, read from {@code file} (a repository-relative path). */
  public LoadedFile load(String file, byte[] bytes) {
    if (bytes.length > limits.maxManifestBytes()) {
      return tooLarge(file, bytes.length);
    }
    Parsed parsed = parse(file, bytes);
    return parsed.root().map(root -> kindOf(file, parsed.lines(), root))
        .orElseGet(() -> failed(file, parsed.lines(), parsed.findings().toArray(Finding[]::new)));
  }

  /** One YAML document's tree, or the findings that kept it from being read; {@code lines} as written. */
  public record Parsed(Optional<YamlNode> root, List<String> lines, List<Finding> findings) {
    static Parsed failed(List<String> lines, Finding... findings) {
      return new Parsed(Optional.empty(), lines, List.of(findings));
    }
  }

  /**
   * Parses one YAML document of any shape ({@link #load} then asks for a manifest's {@code kind}): a
   * configuration file is read with the same limits, locations and findings as a manifest.
   */
  public Parsed parse(String file, byte[] bytes) {
    if (bytes.length > limits.maxManifestBytes()) {
      return Parsed.failed(List.of(), tooLarge(file, bytes.length).findings().toArray(Finding[]::new));
    }
    TextBytes decoded = TextBytes.of(bytes);
    if (decoded instanceof TextBytes.NotText not) {
      String source = new String(bytes, StandardCharsets.UTF_8);
      return Parsed.failed(source.lines().toList(), Finding.error("yaml.encoding",
          Location.of(file, not.line(), not.column()), "file is not UTF-8 YAML text: " + not.problem(),
          "save the manifest as UTF-8 YAML text, or remove the file"));
    }
    String source = decoded.asText().orElseThrow();
    List<String> lines = source.lines().toList();
    try (UnresolvedYamlParser parser = factory.createParser(source)) {
      Builder builder = new Builder(file, parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Parsed.failed(lines, Finding.error("manifest.empty", Location.of(file, 1, 1),
            "manifest is empty", "write 'kind: <kind>' and its entries, or delete the file"));
      }
      YamlNode root = builder.node(first, 1);
      if (root instanceof YamlNode.Scalar s && (s.value() == YamlNode.Scalar.NULL || "".equals(s.value()))) {
        // only comments and document markers
        return Parsed.failed(lines, Finding.error("manifest.empty", Location.of(file, 1, 1),
            "manifest is empty", "write 'kind: <kind>' and its entries, or delete the file"));
      }
      JsonToken next = parser.nextToken();
      // a trailing '---' with nothing after it is an empty document, not a second one
      boolean emptyTrailer = parser.scalar().filter(YamlLoader::isPlainNull).isPresent() && parser.nextToken() == null;
      if (next != null && !emptyTrailer) {
        int line = documentMarkerBefore(lines, parser.currentTokenLocation().getLineNr());
        return Parsed.failed(lines, Finding.error("yaml.syntax", Location.of(file, line, 1),
            "expected one YAML document, found a second one here", "put each document in its own file"));
      }
      if (builder.findings.size() > 0) {
        return Parsed.failed(lines, builder.findings.toArray(Finding[]::new));
      }
      return new Parsed(Optional.of(root), lines, List.of());
    } catch (LimitExceeded e) {
      return Parsed.failed(lines, e.finding);
    } catch (JsonProcessingException e) {
      return Parsed.failed(lines, syntaxFinding(file, lines, e));
    } catch (IOException e) {
      // parsing from a String does no I/O; anything here is a parser fault on this text
      return Parsed.failed(lines, Finding.error("yaml.syntax", Location.of(file, 1, 1),
          "cannot parse YAML: " + e.getMessage(), "fix the YAML syntax"));
    }
  }

  /** The outcome for a file over the size limit, which is never read. */
  public LoadedFile tooLarge(String file, long size) {
    return failed(file, List.of(), Finding.error("limit.manifest-size", Location.of(file, 1, 1),
        "manifest is " + size + " bytes, over the limit of " + limits.maxManifestBytes(),
        "split the manifest into several files of the same kind, or raise --max-manifest-bytes"));
  }

  private LoadedFile kindOf(String file, List<String> lines, YamlNode root) {
    if (!(root instanceof YamlNode.Mapping mapping)) {
      return failed(file, lines, Finding.error("manifest.kind", root.at(),
          "expected a mapping with a 'kind' key at the top of the manifest",
          "start the manifest with 'kind: <kind>', one of " + kinds()));
    }
    Optional<YamlNode> kind = mapping.get("kind");
    if (kind.isEmpty()) {
      return failed(file, lines, Finding.error("manifest.kind", mapping.at(),
          "manifest has no 'kind'", "add 'kind: <kind>', one of " + kinds()));
    }
    String name = kind.get() instanceof YamlNode.Scalar s ? s.valueText() : "";
    Optional<ManifestKind> known = ManifestKind.byId(name);
    if (known.isEmpty()) {
      return failed(file, lines, Finding.error("manifest.kind", kind.get().at(),
          "unknown manifest kind '" + name + "'", "use one of " + kinds()));
    }
    return new LoadedFile(file, lines, Optional.of(new Manifest(file, known.get(), mapping)), List.of(), known);
  }

  private static String kinds() {
    return String.join(", ", java.util.Arrays.stream(ManifestKind.values()).map(ManifestKind::id).toList());
  }

  private static final java.util.regex.Pattern KIND_LINE =
      java.util.regex.Pattern.compile("^kind:\\s*['\"]?([a-z]+)", java.util.regex.Pattern.MULTILINE);

  private static LoadedFile failed(String file, List<String> lines, Finding... findings) {
    Optional<ManifestKind> declared = lines.stream()
        .map(KIND_LINE::matcher)
        .filter(java.util.regex.Matcher::find)
        .findFirst()
        .flatMap(m -> ManifestKind.byId(m.group(1)));
    return new LoadedFile(file, lines, Optional.empty(), List.of(findings), declared);
  }

  private static Finding syntaxFinding(String file, List<String> lines, JsonProcessingException e) {
    Location where = location(file, e.getLocation());
    String message = e.getOriginalMessage();
    if (e.getCause() instanceof MarkedYAMLException marked) {
      StringBuilder text = new StringBuilder();
      if (marked.getContext() != null) {
        text.append(marked.getContext()).append(", ");
      }
      text.append(marked.getProblem());
      message = text.toString();
      var mark = marked.getProblemMark();
      // an unclosed quote or bracket is noticed far from where it was opened: point at the opening
      String context = marked.getContext() == null ? "" : marked.getContext();
      if (marked.getContextMark() != null && (context.contains("quoted scalar") || context.contains("flow"))) {
        mark = marked.getContextMark();
      }
      if (mark != null) {
        where = Location.of(file, mark.getLine() + 1, mark.getColumn() + 1);
      }
    }
    if (where.line() > lines.size()) {
      // the parser noticed the problem at the end of the input: point at the last line
      int last = Math.max(1, lines.size());
      where = Location.of(file, last, lines.isEmpty() ? 1 : lines.get(last - 1).length() + 1);
    }
    String clean = message == null ? "invalid YAML" : message.replaceAll("\\s+", " ").trim();
    String hint = clean.contains("\\t") || clean.contains("TAB")
        ? "indent with spaces, never tabs"
        : "check indentation and quoting near this position";
    return Finding.error("yaml.syntax", where, clean, hint);
  }

  private static boolean isPlainNull(ScalarEvent scalar) {
    return scalar.getTag() == null && scalar.getImplicit().canOmitTagInPlainScalar()
        && CoreSchema.plain(scalar.getValue()) == YamlNode.Scalar.NULL;
  }

  /** The line of the last {@code ---} at or before {@code line}, where the second document starts. */
  private static int documentMarkerBefore(List<String> lines, int line) {
    for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
      if (lines.get(i).startsWith("---")) {
        return i + 1;
      }
    }
    return Math.max(1, Math.min(line, lines.size()));
  }

  static Location location(String file, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Location.of(file, 1, 1);
    }
    return Location.of(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  /** The longest scalar text the builder keeps one copy of: longer texts (prose) rarely repeat. */
  private static final int SHARED_LENGTH = 64;

  /** Thrown inside the builder when a limit is crossed; turned into one finding. */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    LimitExceeded(Finding finding) {
      super(finding.message(), null, false, false);
      this.finding = finding;
    }
  }

  /** Builds the tree from Jackson's token stream, resolving anchors and merge keys. */
  private final class Builder {
    private final String file;
    private final UnresolvedYamlParser parser;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Integer> sizes = new java.util.IdentityHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    /**
     * One String per distinct key and short scalar text of the file: a manifest repeats its keys and many
     * values (methods, owners, surfaces) thousands of times, and the tree and the truth mapped from it are
     * most of a large check's live heap, which every collection copies.
     */
    private final Map<String, String> texts = new HashMap<>();
    private int nodes;
    private int aliases;

    Builder(String file, UnresolvedYamlParser parser) {
      this.file = file;
      this.parser = parser;
    }

    YamlNode node(JsonToken token, int depth) throws IOException {
      Location at = location(file, parser.currentTokenLocation());
      if (depth > limits.maxDepth()) {
        throw new LimitExceeded(Finding.error("limit.depth", at,
            "nesting is deeper than " + limits.maxDepth() + " levels",
            "flatten the structure, or raise --max-depth"));
      }
      // Jackson names the anchors of mappings and sequences only; a scalar's is on its event
      String anchor = token == JsonToken.VALUE_STRING ? parser.scalar().map(ScalarEvent::getAnchor).orElse(null)
          : parser.getObjectId();
      int before = nodes;
      YamlNode node = switch (token) {
        case START_OBJECT -> mapping(at, depth);
        case START_ARRAY -> sequence(at, depth);
        default -> scalar(at);
      };
      count(1, at);
      if (anchor != null && !(node instanceof YamlNode.Scalar s && isAlias(s))) {
        anchors.put(anchor, node);
        sizes.put(node, nodes - before);
      }
      return node;
    }

    private boolean isAlias(YamlNode.Scalar s) {
      return s.value() instanceof AliasMarker;
    }

    private void count(int added, Location at) {
      nodes += added;
      if (nodes > limits.maxNodes()) {
        throw new LimitExceeded(Finding.error("limit.nodes", at,
            "manifest expands to more than " + limits.maxNodes() + " nodes (an alias bomb?)",
            "write values out instead of nesting aliases, or raise --max-nodes"));
      }
    }

    private YamlNode.Mapping mapping(Location at, int depth) throws IOException {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      List<YamlNode.Mapping> merges = new ArrayList<>();
      Location mergeAt = null;
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        Location keyAt = location(file, parser.currentTokenLocation());
        String key = shared(wholeText(parser.currentName(), keyAt));
        YamlNode value = resolve(node(parser.nextToken(), depth + 1));
        if ("<<".equals(key)) {
          if (mergeAt != null) {
            findings.add(Finding.error("yaml.duplicate-key", keyAt,
                "duplicate merge key '<<' (first at line " + mergeAt.line() + ")",
                "merge several mappings with one key: '<<: [*a, *b]'"));
          } else {
            mergeAt = keyAt;
          }
          collectMerges(value, merges);
          continue;
        }
        YamlNode.Entry earlier = entries.get(key);
        if (earlier != null) {
          findings.add(Finding.error("yaml.duplicate-key", keyAt,
              "duplicate key '" + key + "' (first defined at line " + earlier.keyAt().line() + ")",
              "remove one of the two '" + key + "' keys; YAML keeps only the last"));
          continue;
        }
        entries.put(key, new YamlNode.Entry(key, keyAt, value));
      }
      if (token != JsonToken.END_OBJECT) {
        throw new IllegalStateException("unbalanced mapping in token stream");
      }
      for (YamlNode.Mapping merged : merges) {
        merged.entries().forEach(entries::putIfAbsent);
      }
      return new YamlNode.Mapping(at, entries);
    }

    private void collectMerges(YamlNode value, List<YamlNode.Mapping> merges) {
      if (value instanceof YamlNode.Mapping m) {
        merges.add(m);
      } else if (value instanceof YamlNode.Sequence s) {
        s.items().forEach(item -> collectMerges(item, merges));
      } else {
        findings.add(Finding.error("yaml.syntax", value.at(), "a merge key '<<' needs a mapping",
            "merge an anchored mapping: '<<: *name'"));
      }
    }

    private YamlNode.Sequence sequence(Location at, int depth) throws IOException {
      List<YamlNode> items = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new IllegalStateException("unbalanced sequence in token stream");
        }
        items.add(resolve(node(token, depth + 1)));
      }
      return new YamlNode.Sequence(at, items);
    }

    private YamlNode scalar(Location at) throws IOException {
      if (parser.isCurrentAlias()) {
        return new YamlNode.Scalar(at, "*" + parser.getText(), new AliasMarker(parser.getText()));
      }
      // every value token comes from a scalar event; one Jackson made up would read as an empty plain scalar
      Optional<ScalarEvent> event = parser.scalar();
      if (event.isEmpty()) {
        return YamlNode.Scalar.ofNull(at, "");
      }
      String written = shared(wholeText(event.get().getValue(), at));
      String tag = event.get().getTag();
      if (tag == null || "!".equals(tag)) {
        // '!' is the non-specific tag: a quoted or block scalar, or '! text', is always a string
        boolean plain = tag == null && event.get().getImplicit().canOmitTagInPlainScalar();
        return new YamlNode.Scalar(at, written, plain ? CoreSchema.plain(written) : written);
      }
      Optional<Object> value = CoreSchema.tagged(tag, written);
      if (value.isEmpty()) {
        String type = CoreSchema.shortName(tag);
        findings.add(Finding.error("yaml.tag", at, "'" + written + "' is not a " + type + " value in YAML 1.2",
            "write a " + type + " value as the YAML 1.2 core schema spells it, or remove the tag"));
        return new YamlNode.Scalar(at, written, written);
      }
      return new YamlNode.Scalar(at, written, value.get());
    }

    private String shared(String text) {
      if (text.length() > SHARED_LENGTH) {
        return text;
      }
      String known = texts.putIfAbsent(text, text);
      return known == null ? text : known;
    }

    /**
     * A YAML string may spell half of a UTF-16 pair ({@code "\\ud800"}), which no UTF-8 output can hold:
     * it is reported and shown as U+FFFD, so every report and page can still be written.
     */
    private String wholeText(String text, Location at) {
      StringBuilder clean = null;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))
            : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        if (!paired && clean == null) {
          clean = new StringBuilder(text.substring(0, i));
          findings.add(Finding.error("yaml.encoding", at, String.format(java.util.Locale.ROOT,
              "this string holds half of a UTF-16 surrogate pair (\\u%04X), which is not a character",
              (int) c), "write the character itself, or escape both halves of the pair (\\uD83D\\uDE00)"));
        }
        if (clean != null) {
          clean.append(paired ? c : '\uFFFD');
        }
      }
      return clean == null ? text : clean.toString();
    }

    private YamlNode resolve(YamlNode node) {
      if (node instanceof YamlNode.Scalar s && s.value() instanceof AliasMarker alias) {
        aliases++;
        if (aliases > limits.maxAliases()) {
          throw new LimitExceeded(Finding.error("limit.aliases", s.at(),
              "more than " + limits.maxAliases() + " aliases", "write values out, or raise --max-aliases"));
        }
        YamlNode target = anchors.get(alias.name());
        if (target == null) {
          findings.add(Finding.error("yaml.syntax", s.at(), "unknown alias '*" + alias.name() + "'",
              "define the anchor '&" + alias.name() + "' before using it"));
          return YamlNode.Scalar.ofNull(s.at(), "");
        }
        count(sizes.getOrDefault(target, 1), s.at());
        return target;
      }
      return node;
    }
  }

  /** Stands for an alias until it is resolved to its anchor's node. */
  private record AliasMarker(String name) {}
}
