package io.truthbook.evidence.ingress;

import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.Arrays;

/**
 * Turns character offsets of one file into locations that carry the file's commit. {@link
 * SourceFile#lineOf} scans from the top on every call, which is quadratic over a large config.
 */
final class LineIndex {
  private final SourceFile file;
  private final int[] starts;

  LineIndex(SourceFile file) {
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

  /** The location of a character offset, 1-based line and column. */
  Location at(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    // a miss returns -(insertion point) - 1; the line is the one starting just before the offset
    int line = found >= 0 ? found : -found - 2;
    return file.at(line + 1, offset - starts[line] + 1);
  }
}
