package io.truthbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the text files of a generated repository under one folder, counts them, and keeps what was
 * written, by path, so that it can be committed without reading the folder back.
 */
final class GeneratedFiles {
  private final Path root;
  private final java.util.Map<String, byte[]> written = new java.util.TreeMap<>();
  private int count;
  private long bytes;

  GeneratedFiles(Path root) {
    this.root = root;
  }

  /** Writes {@code text} (UTF-8, LF) to {@code relative}, a path with forward slashes. */
  void write(String relative, CharSequence text) {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw new IllegalArgumentException("generated path leaves the folder: " + relative);
    }
    try {
      Files.createDirectories(target.getParent());
      byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
      Files.write(target, content);
      written.put(relative, content);
      count++;
      bytes += content.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Every file written so far, by path relative to the folder, sorted. */
  java.util.Map<String, byte[]> written() {
    return java.util.Collections.unmodifiableMap(written);
  }

  int count() {
    return count;
  }

  long bytes() {
    return bytes;
  }

  /** A YAML double-quoted scalar (the JSON escapes are a subset of YAML's). */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
