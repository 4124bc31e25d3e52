package io.truthbook.gates;

import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text-level edit of a gates manifest that records one sign-off and leaves every other byte as it
 * was: comments, blank lines, quoting and the other entries. The gate's block is found through the
 * parsed tree's locations; its {@code signoffs} list is extended, or the reviewer's entry replaced
 * (with any duplicates of it removed), or the list is added at the end of the gate's block. Keys are
 * indented as the gate's keys are, list items as the gate's criteria are.
 */
final class GatesFileEdit {
  private static final Pattern EMPTY_FLOW = Pattern.compile("^(\\s*signoffs:)\\s*\\[\\s*\\]\\s*(#.*)?$");

  private final List<String> lines = new ArrayList<>();
  private final String newline;

  private GatesFileEdit(String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    newline = text.contains("\r\n") ? "\r\n" : "\n";
  }

  /** {@code text} with the sign-off recorded in {@code gate}, a block mapping parsed from it. */
  static String apply(String text, YamlNode.Mapping gate, String reviewer, String date, String digest) {
    GatesFileEdit edit = new GatesFileEdit(text);
    edit.record(gate, reviewer, date, digest);
    return String.join("", edit.lines);
  }

  private void record(YamlNode.Mapping gate, String reviewer, String date, String digest) {
    int keyColumn = keyColumn(gate);
    int first = gate.entries().values().stream().mapToInt(e -> e.keyAt().line()).min().orElseThrow() - 1;
    Optional<YamlNode.Entry> signoffs = Optional.ofNullable(gate.entries().get("signoffs"));
    if (signoffs.isEmpty()) {
      int end = blockEnd(first, keyColumn, false);
      List<String> added = new ArrayList<>();
      added.add(" ".repeat(keyColumn) + "signoffs:" + newline);
      added.addAll(entry(keyColumn + itemOffset(gate, keyColumn), reviewer, date, digest));
      insertAfter(end, added);
      return;
    }
    YamlNode.Sequence list = (YamlNode.Sequence) signoffs.get().value();
    int keyLine = signoffs.get().keyAt().line() - 1;
    if (list.items().isEmpty()) {
      Matcher flow = EMPTY_FLOW.matcher(content(keyLine));
      if (!flow.matches()) {
        throw new SignOffException("cannot edit the empty 'signoffs' of this gate: write it as 'signoffs: []'"
            + " on one line, or as a block list");
      }
      lines.set(keyLine, flow.group(1) + (flow.group(2) == null ? "" : " " + flow.group(2)) + newline);
      insertAfter(keyLine, entry(keyColumn + itemOffset(gate, keyColumn), reviewer, date, digest));
      return;
    }
    List<int[]> items = new ArrayList<>();
    List<Integer> dashes = new ArrayList<>();
    List<YamlNode.Mapping> mappings = new ArrayList<>();
    int listEnd = blockEnd(keyLine, keyColumn, true);
    for (YamlNode item : list.items()) {
      if (!(item instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
        throw new SignOffException("cannot edit 'signoffs': every entry must be a block mapping");
      }
      int line = mapping.entries().values().stream().mapToInt(e -> e.keyAt().line()).min().orElseThrow() - 1;
      dashes.add(dashColumn(line, keyColumn(mapping)));
      items.add(new int[] {line, 0});
      mappings.add(mapping);
    }
    for (int i = 0; i < items.size(); i++) {
      int next = i + 1 < items.size() ? items.get(i + 1)[0] - 1 : listEnd;
      items.get(i)[1] = lastContent(items.get(i)[0], next);
    }
    List<Integer> same = new ArrayList<>();
    for (int i = 0; i < mappings.size(); i++) {
      Optional<YamlNode> who = mappings.get(i).get("reviewer");
      if (who.isPresent() && who.get() instanceof YamlNode.Scalar s && reviewer.equals(s.valueText())) {
        same.add(i);
      }
    }
    if (same.isEmpty()) {
      insertAfter(items.get(items.size() - 1)[1], entry(dashes.get(dashes.size() - 1), reviewer, date, digest));
      return;
    }
    // bottom-up, so earlier line numbers stay valid: drop duplicates, then replace the first
    for (int k = same.size() - 1; k >= 1; k--) {
      int[] range = items.get(same.get(k));
      lines.subList(range[0], range[1] + 1).clear();
    }
    int[] range = items.get(same.get(0));
    lines.subList(range[0], range[1] + 1).clear();
    lines.addAll(range[0], entry(dashes.get(same.get(0)), reviewer, date, digest));
  }

  /** The column (0-based) of a block mapping's keys; refuses flow mappings and uneven keys. */
  private int keyColumn(YamlNode.Mapping mapping) {
    List<Integer> columns = mapping.entries().values().stream().map(e -> e.keyAt().column() - 1).distinct().toList();
    if (columns.size() != 1) {
      throw new SignOffException("cannot edit flow-style YAML ({...}) in this gate; write it in block style");
    }
    int line = mapping.entries().values().stream().mapToInt(e -> e.keyAt().line()).min().orElseThrow() - 1;
    String before = content(line).substring(0, Math.min(columns.get(0), content(line).length()));
    if (!before.matches("[ -]*")) {
      throw new SignOffException("cannot edit flow-style YAML ({...}) in this gate; write it in block style");
    }
    return columns.get(0);
  }

  /** The column of the {@code -} that starts a sequence item whose keys are at {@code keyColumn}. */
  private int dashColumn(int line, int keyColumn) {
    int dash = content(line).lastIndexOf('-', keyColumn - 1);
    if (dash < 0) {
      throw new SignOffException("cannot edit 'signoffs': write it as a block list ('- reviewer: ...')");
    }
    return dash;
  }

  /** How far the gate's list items are indented from its keys: as its criteria are, else two. */
  private int itemOffset(YamlNode.Mapping gate, int keyColumn) {
    return gate.get("criteria")
        .filter(c -> c instanceof YamlNode.Sequence s && !s.items().isEmpty()
            && s.items().get(0) instanceof YamlNode.Mapping m && !m.entries().isEmpty())
        .map(c -> (YamlNode.Mapping) ((YamlNode.Sequence) c).items().get(0))
        .map(m -> {
          int line = m.entries().values().stream().mapToInt(e -> e.keyAt().line()).min().orElseThrow() - 1;
          int dash = content(line).lastIndexOf('-', keyColumn(m) - 1);
          return dash >= keyColumn ? dash - keyColumn : 2;
        })
        .orElse(2);
  }

  /**
   * The last line (0-based) with content of the block that starts at {@code start} with keys at
   * {@code column}: it ends before the first content line indented less, or, for a list value
   * ({@code list}), also before a line at the same indent that is not a list item.
   */
  private int blockEnd(int start, int column, boolean list) {
    int end = start;
    for (int i = start + 1; i < lines.size(); i++) {
      String line = content(i);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int indent = indent(line);
      if (indent < column || (list && indent == column && !trimmed.startsWith("-"))
          || trimmed.equals("---") || trimmed.equals("...")) {
        break;
      }
      end = i;
    }
    return end;
  }

  /** The last content line in {@code [from, to]}, so trailing comments and blank lines stay where they are. */
  private int lastContent(int from, int to) {
    for (int i = to; i > from; i--) {
      String trimmed = content(i).strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        return i;
      }
    }
    return from;
  }

  private List<String> entry(int dash, String reviewer, String date, String digest) {
    String keys = " ".repeat(dash + 2);
    return List.of(" ".repeat(dash) + "- reviewer: " + reviewer + newline,
        keys + "date: \"" + date + "\"" + newline,
        keys + "digest: " + digest + newline);
  }

  private void insertAfter(int line, List<String> added) {
    String last = lines.get(line);
    if (!last.endsWith("\n")) {
      lines.set(line, last + newline);
    }
    lines.addAll(line + 1, added);
  }

  private String content(int line) {
    String text = lines.get(line);
    return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
        : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
