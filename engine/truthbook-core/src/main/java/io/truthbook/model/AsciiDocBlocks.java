package io.truthbook.model;

import java.util.regex.Pattern;

/**
 * Follows the delimited blocks of an AsciiDoc text line by line, so text passes leave alone what
 * Asciidoctor shows verbatim (listing, literal, passthrough, fenced code) and what it drops (comments).
 */
public final class AsciiDocBlocks {
  private static final Pattern DELIMITER = Pattern.compile("(-{4,}|\\.{4,}|\\+{4,}|/{4,})[ \\t]*");
  private static final Pattern FENCE = Pattern.compile("```.*");

  /** The delimiter of the open verbatim block, or empty outside one. */
  private String open = "";

  /** Reads the next line; true when it is verbatim, a delimiter or a comment, and must not change. */
  public boolean skip(String line) {
    String trimmed = line.stripTrailing();
    if (!open.isEmpty()) {
      if (open.equals("```") ? trimmed.equals("```") : trimmed.equals(open)) {
        open = "";
      }
      return true;
    }
    if (DELIMITER.matcher(line).matches()) {
      open = trimmed;
      return true;
    }
    if (FENCE.matcher(line).matches()) {
      open = "```";
      return true;
    }
    return line.startsWith("//");
  }

  /** True inside a passthrough block ({@code ++++}), whose lines reach the output as raw HTML. */
  public boolean inPassthrough() {
    return open.startsWith("++++");
  }

  /** The line that closes the block still open at the end of a text, if any. */
  public String closing() {
    return open;
  }
}
