package io.truthbook.fuzz;

import io.truthbook.evidence.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns fuzzer bytes into repository files. A seed may hold several files, each starting at a line
 * {@code #=== path} (or {@code //=== path}); text before the first such line is the file at the
 * default path. The marker is a comment in nginx, Python, YAML and JavaScript, so the whole input
 * also reads as one file of its kind.
 */
final class FuzzedFiles {
  private static final Pattern MARKER = Pattern.compile("(?m)^(?:#|//)=== ([A-Za-z0-9_./-]{1,100})[ \\t]*\\r?$");

  private FuzzedFiles() {}

  /** The bytes as text; malformed UTF-8 becomes U+FFFD, as any Java reader of the file would see it. */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** The one file the whole input is, at {@code path}. */
  static SourceFile one(String path, byte[] data) {
    return SourceFile.of(path, text(data));
  }

  /** The files of the input; a path given twice keeps its first text. */
  static List<SourceFile> split(String defaultPath, byte[] data) {
    String text = text(data);
    Map<String, String> files = new LinkedHashMap<>();
    Matcher marker = MARKER.matcher(text);
    String path = defaultPath;
    int start = 0;
    while (marker.find()) {
      files.putIfAbsent(path, text.substring(start, marker.start()));
      path = marker.group(1);
      start = marker.end();
    }
    files.putIfAbsent(path, text.substring(start));
    List<SourceFile> result = new ArrayList<>();
    files.forEach((name, body) -> result.add(SourceFile.of(name, body)));
    return result;
  }

  /**
   * How many lines a text has, counting every line break a parser may honour: LF, CR, CRLF (once),
   * NEL, LS and PS, as YAML does. A location past this line does not exist in the file.
   */
  static int lines(String text) {
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        lines++;
      }
    }
    return lines;
  }
}
