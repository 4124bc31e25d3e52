package io.truthbook.evidence.sql;

import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.Arrays;

/**
 * Turns character offsets of one file into locations. {@link SourceFile#lineOf} scans from the top
 * on every call, which makes a file with many statements quadratic; this indexes line starts once.
 */
final class LineIndex {
  private final SourceFile file;
  private final int[] lineStarts;

  LineIndex(SourceFile file) {
    this.file = file;
    String text = file.text();
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    int[] starts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    this.lineStarts = starts;
  }

  /** The location of a character offset, 1-based line and column, carrying the file's commit. */
  Location at(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    // a miss returns -(insertion point) - 1; the line is the one starting just before the offset
    int line = found >= 0 ? found : -found - 2;
    return file.at(line + 1, offset - lineStarts[line] + 1);
  }
}
