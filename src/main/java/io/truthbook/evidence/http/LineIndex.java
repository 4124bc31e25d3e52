package io.truthbook.evidence.http;

import java.util.Arrays;

/** Line starts of a text, so that a character offset becomes a line and column in log time. */
final class LineIndex {
  private final int[] starts;

  LineIndex(String text) {
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

  /** The 1-based line of an offset. */
  int line(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    return at >= 0 ? at + 1 : -at - 1;
  }

  /** The 1-based column of an offset. */
  int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }
}
