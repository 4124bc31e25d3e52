package io.truthbook.rules;

import io.truthbook.model.AsciiDocBlocks;
import io.truthbook.model.SourceText;
import java.util.List;

/** The prose lines of the chapters a lint reads: listings and other verbatim blocks are left out. */
final class ProseLines {
  /** Takes one prose line: its chapter, its 1-based number and its text. */
  @FunctionalInterface
  interface Visitor {
    void line(SourceText chapter, int number, String text);
  }

  private ProseLines() {}

  static void each(List<SourceText> chapters, Visitor visitor) {
    for (SourceText chapter : chapters) {
      AsciiDocBlocks blocks = new AsciiDocBlocks();
      for (int line = 0; line < chapter.lines().size(); line++) {
        String text = chapter.lines().get(line);
        if (!blocks.skip(text)) {
          visitor.line(chapter, line + 1, text);
        }
      }
    }
  }
}
