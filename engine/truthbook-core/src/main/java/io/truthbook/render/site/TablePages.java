package io.truthbook.render.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits the first table of some AsciiDoc lines into parts of at most {@code max} rows, each a
 * complete table with the same title, attributes and header row, for pages that stay readable. The
 * table must be written as the book writes its tables: the header row on the line after the opening
 * {@code |===}, then each row after a blank line.
 */
final class TablePages {
  private static final String DELIMITER = "|===";

  private TablePages() {}

  /** Where the first table of some lines is: its title and attributes, its opening and closing delimiters. */
  private record Table(int head, int open, int close) {
    static Optional<Table> find(List<String> lines) {
      int open = lines.indexOf(DELIMITER);
      int close = open < 0 || open + 2 > lines.size() ? -1 : lines.subList(open + 2, lines.size()).indexOf(DELIMITER);
      if (open < 0 || close < 0) {
        return Optional.empty();
      }
      int head = open;
      while (head > 0 && (lines.get(head - 1).startsWith("[") || lines.get(head - 1).startsWith("."))) {
        head--;
      }
      return Optional.of(new Table(head, open, close + open + 2));
    }
  }

  /** Where the first table starts, its title and attributes included; the size of the lines without a table. */
  static int start(List<String> lines) {
    return Table.find(lines).map(Table::head).orElse(lines.size());
  }

  /** The number of rows of the first table of the lines; 0 without a table. */
  static int rowCount(List<String> lines) {
    return Table.find(lines).map(t -> rows(lines.subList(t.open() + 2, t.close())).size()).orElse(0);
  }

  /** The lines in parts: the text before the table goes with the first, the text after with the last. */
  static List<List<String>> split(List<String> lines, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a page holds at least one row");
    }
    Optional<Table> table = Table.find(lines);
    if (table.isEmpty()) {
      return List.of(lines);
    }
    int head = table.get().head();
    int open = table.get().open();
    int close = table.get().close();
    List<List<String>> rows = rows(lines.subList(open + 2, close));
    if (rows.size() <= max) {
      return List.of(lines);
    }
    List<String> tableHead = lines.subList(head, open + 2);
    List<List<String>> parts = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += max) {
      List<String> part = new ArrayList<>();
      if (from == 0) {
        part.addAll(lines.subList(0, head));
      }
      part.addAll(tableHead);
      for (List<String> row : rows.subList(from, Math.min(rows.size(), from + max))) {
        part.add("");
        part.addAll(row);
      }
      part.add(DELIMITER);
      if (from + max >= rows.size()) {
        part.addAll(lines.subList(close + 1, lines.size()));
      }
      parts.add(part);
    }
    return parts;
  }

  /** The rows of a table body: runs of lines between blank lines. */
  private static List<List<String>> rows(List<String> body) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (String line : body) {
      if (line.isBlank()) {
        if (!row.isEmpty()) {
          rows.add(row);
          row = new ArrayList<>();
        }
      } else {
        row.add(line);
      }
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }
}
