package io.truthbook.render.book;

import io.truthbook.model.AsciiDocBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Marks a draft book visibly: a DRAFT warning under every section title. */
final class DraftMarks {
  static final String WARNING =
      "WARNING: *DRAFT.* This book was built from a truth whose check has errors; do not rely on it.";
  private static final Pattern SECTION = Pattern.compile("={1,6}[ \\t]+\\S.*");

  private DraftMarks() {}

  static List<String> mark(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size() * 2);
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : lines) {
      out.add(line);
      if (!blocks.skip(line) && SECTION.matcher(line).matches()) {
        out.add("");
        out.add(WARNING);
        out.add("");
      }
    }
    return out;
  }
}
