package io.truthbook.render.site;

import io.truthbook.model.AsciiDocBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Section titles, block anchors and admonitions of AsciiDoc lines, outside verbatim blocks. */
final class Sections {
  static final Pattern HEADING = Pattern.compile("(={1,6})[ \\t]+(\\S.*)");
  static final Pattern BLOCK_ANCHOR = Pattern.compile("\\[\\[([A-Za-z_:][\\w:.-]*)(?:,[^\\]]*)?\\]\\][ \\t]*");
  private static final Pattern ADMONITION = Pattern.compile("(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \\t]+(.*)");
  private static final Pattern ADMONITION_STYLE = Pattern.compile("\\[(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*");

  private Sections() {}

  /** The level of a section title line (0 for {@code =}), if the line is one. */
  static Optional<Integer> level(String line) {
    Matcher heading = HEADING.matcher(line);
    return heading.matches() ? Optional.of(heading.group(1).length() - 1) : Optional.empty();
  }

  /** The text of a section title line. */
  static String title(String line) {
    Matcher heading = HEADING.matcher(line);
    if (!heading.matches()) {
      throw new IllegalArgumentException("not a section title: " + line);
    }
    return heading.group(2).strip();
  }

  /** The lines with every section title raised by {@code by} levels, none above level 1. */
  static List<String> raise(List<String> lines, int by) {
    List<String> out = new ArrayList<>(lines.size());
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : lines) {
      Optional<Integer> level = blocks.skip(line) ? Optional.empty() : level(line);
      if (level.isPresent()) {
        int raised = Math.max(1, level.get() - by);
        out.add("=".repeat(raised + 1) + " " + title(line));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The lines with admonitions written as plain paragraphs: the site's AsciiDoc parser drops
   * admonition blocks, so {@code NOTE: text} becomes {@code *Note:* text}.
   */
  static List<String> plainAdmonitions(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : lines) {
      if (blocks.skip(line)) {
        out.add(line);
        continue;
      }
      Matcher inline = ADMONITION.matcher(line);
      Matcher style = ADMONITION_STYLE.matcher(line);
      if (inline.matches()) {
        out.add("*" + label(inline.group(1)) + ":* " + inline.group(2));
      } else if (style.matches()) {
        out.add("*" + label(style.group(1)) + ":*");
        out.add("");
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /** The lines without blank lines at either end. */
  static List<String> trim(List<String> lines) {
    int start = 0;
    int end = lines.size();
    while (start < end && lines.get(start).isBlank()) {
      start++;
    }
    while (end > start && lines.get(end - 1).isBlank()) {
      end--;
    }
    return new ArrayList<>(lines.subList(start, end));
  }

  private static String label(String word) {
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }
}
