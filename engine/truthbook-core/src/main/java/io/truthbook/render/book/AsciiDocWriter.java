package io.truthbook.render.book;

import java.util.List;

/**
 * Builds AsciiDoc text in memory. Every argument is markup already: values from the truth reach it
 * only through {@link AsciiDocText} or {@link ReferenceContext}, which escape them.
 */
final class AsciiDocWriter {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** A section title at {@code level} (1 is a chapter of the book), with an anchor when not blank. */
  AsciiDocWriter section(int level, String anchor, String title) {
    blank();
    if (!anchor.isEmpty()) {
      out.append("[[").append(anchor).append("]]\n");
    }
    out.append("=".repeat(level + 1)).append(' ').append(title).append('\n');
    return blank();
  }

  AsciiDocWriter line(String markup) {
    out.append(markup).append('\n');
    return this;
  }

  AsciiDocWriter paragraph(String markup) {
    blank();
    out.append(markup).append('\n');
    return blank();
  }

  /** Opens a horizontal list of fields. */
  AsciiDocWriter fields() {
    blank();
    return line("[horizontal]");
  }

  /** One field of a list opened by {@link #fields()}; an empty value reads "none". */
  AsciiDocWriter field(String term, String value) {
    return line(term + ":: " + (value.isBlank() ? "none" : value));
  }

  /** A field the manifest may leave out: nothing is written when it does. */
  AsciiDocWriter field(String term, java.util.Optional<String> value) {
    return value.map(v -> field(term, v)).orElse(this);
  }

  /** A table with a title (empty for none), column widths and a header row. */
  AsciiDocWriter table(String title, String cols, List<String> header, List<List<String>> rows) {
    return table(title, "", cols, header, rows);
  }

  /** The same, with a role (a CSS class of the HTML table; empty for none). */
  AsciiDocWriter table(String title, String role, String cols, List<String> header, List<List<String>> rows) {
    blank();
    if (!title.isEmpty()) {
      line("." + title);
    }
    line("[cols=\"" + cols + "\",options=\"header\"" + (role.isEmpty() ? "" : ",role=\"" + role + "\"") + "]");
    line("|===");
    line(String.join(" ", header.stream().map(h -> "|" + h).toList()));
    for (List<String> row : rows) {
      blank();
      for (String cell : row) {
        line("|" + cell);
      }
    }
    line("|===");
    return blank();
  }

  /**
   * A verbatim listing block ({@code [source,LANGUAGE]}) of text that may come from manifests: no
   * substitutions apply, and its delimiter is longer than any run of dashes on a line of the text,
   * so no line can end the block early.
   */
  AsciiDocWriter listing(String language, String text) {
    int longest = 3;
    for (String line : text.split("\n", -1)) {
      if (line.strip().matches("-+")) {
        longest = Math.max(longest, line.strip().length());
      }
    }
    String delimiter = "-".repeat(longest + 1);
    line("[source," + language + ",subs=none]");
    line(delimiter);
    for (String line : text.stripTrailing().split("\n", -1)) {
      line(line);
    }
    line(delimiter);
    return blank();
  }

  /** A bulleted list; nothing is written for no items. */
  AsciiDocWriter bullets(List<String> items) {
    return bullets("", items);
  }

  /** A bulleted list with a title (empty for none); nothing is written for no items. */
  AsciiDocWriter bullets(String title, List<String> items) {
    if (!items.isEmpty()) {
      blank();
      if (!title.isEmpty()) {
        line("." + title);
      }
      items.forEach(i -> line("* " + i));
      blank();
    }
    return this;
  }

  /** Ends the current block with one blank line (never two in a row). */
  AsciiDocWriter blank() {
    if (out.length() == 0) {
      return this;
    }
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
    return this;
  }

  String text() {
    return out.toString();
  }
}
