package io.truthbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a chapter's prose, each able to say at which line and column of the chapter a
 * character of it stands: the prose lint judges what a sentence says across the line breaks of its
 * paragraph. Verbatim blocks and comments are left out ({@link AsciiDocBlocks}); headings, list items,
 * table rows and block attributes start a new paragraph, so a sentence never runs into the next item.
 */
public final class ProseSentences {
  /** A line that starts a paragraph of its own: a heading, list item, table row, block title or attribute. */
  private static final Pattern STARTS_BLOCK =
      Pattern.compile("^\\s*(=+\\s|[*\\-]+\\s|\\.+\\s|\\d+\\.\\s|\\||\\[|:\\w|\\.\\w).*");
  /** Where a sentence ends: a full stop, question or exclamation mark before a space. */
  private static final Pattern END = Pattern.compile("[.!?](?=\\s)");

  private ProseSentences() {}

  /** One sentence: its text (lines joined by a space) and where each character came from. */
  public static final class Sentence {
    private final String file;
    private final String text;
    private final int[] lines;
    private final int[] columns;

    Sentence(String file, String text, int[] lines, int[] columns) {
      this.file = file;
      this.text = text;
      this.lines = lines;
      this.columns = columns;
    }

    public String text() {
      return text;
    }

    /** The location of the character at {@code offset} of the text. */
    public Location at(int offset) {
      int i = Math.max(0, Math.min(offset, text.length() - 1));
      return Location.of(file, lines[i], columns[i]);
    }
  }

  /** The sentences of the chapter, in order. */
  public static List<Sentence> of(SourceText chapter) {
    List<Sentence> sentences = new ArrayList<>();
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    Paragraph paragraph = new Paragraph(chapter.file());
    for (int n = 0; n < chapter.lines().size(); n++) {
      String line = chapter.lines().get(n);
      if (blocks.skip(line) || line.isBlank()) {
        paragraph.flush(sentences);
        continue;
      }
      if (STARTS_BLOCK.matcher(line).matches()) {
        paragraph.flush(sentences);
      }
      paragraph.add(line, n + 1);
    }
    paragraph.flush(sentences);
    return sentences;
  }

  /** The lines of one paragraph, joined, with the origin of every character. */
  private static final class Paragraph {
    private final String file;
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> origins = new ArrayList<>();

    Paragraph(String file) {
      this.file = file;
    }

    void add(String line, int number) {
      if (!text.isEmpty()) {
        text.append(' ');
        origins.add(origins.get(origins.size() - 1));
      }
      for (int c = 0; c < line.length(); c++) {
        text.append(line.charAt(c));
        origins.add(new int[] {number, c + 1});
      }
    }

    void flush(List<Sentence> into) {
      String all = text.toString();
      var end = END.matcher(all);
      int start = 0;
      while (end.find()) {
        into.add(sentence(all, start, end.end()));
        start = end.end();
      }
      if (start < all.length()) {
        into.add(sentence(all, start, all.length()));
      }
      text.setLength(0);
      origins.clear();
    }

    private Sentence sentence(String all, int from, int to) {
      int[] lines = new int[to - from];
      int[] columns = new int[to - from];
      for (int i = from; i < to; i++) {
        lines[i - from] = origins.get(i)[0];
        columns[i - from] = origins.get(i)[1];
      }
      return new Sentence(file, all.substring(from, to), lines, columns);
    }
  }
}
