package io.truthbook.evidence;

import io.truthbook.model.Location;
import java.util.Arrays;

/**
 * The line starts of one file, indexed once, so that a character offset becomes a 1-based line and
 * column (and a location carrying the file's commit) in log time: scanning from the top for every
 * offset would make a file with many tokens quadratic.
 */
public final class LineIndex {
  private final SourceFile file;
  private final int[] starts;

  public LineIndex(SourceFile file) {
    this.file = file;
    String text = file.text();
    int[] found = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
    }
    starts = Arrays.copyOf(found, count);
  }

  /** The 1-based line of a character offset; an offset past the end is on the last line. */
  public int line(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    // a miss returns -(insertion point) - 1; the line is the one starting just before the offset
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of a character offset. */
  public int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  /** The location of a character offset in the file, 1-based line and column. */
  public Location at(int offset) {
    return file.at(line(offset), column(offset));
  }
}
