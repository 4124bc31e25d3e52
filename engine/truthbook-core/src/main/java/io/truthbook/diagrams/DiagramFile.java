package io.truthbook.diagrams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A file of the diagrams folder: its repository-relative name and its lines. */
record DiagramFile(Path path, String name, List<String> lines) {
  /** Larger files are refused: diagrams are small, and PlantUML would take long over a huge one. */
  static final long MAX_BYTES = 1024L * 1024;

  DiagramFile {
    lines = List.copyOf(lines);
  }

  /** Reads a file as UTF-8 (a BOM dropped, malformed bytes replaced); any line ending. */
  static DiagramFile read(Path root, Path path) throws IOException {
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = List.of(text.split("\\r\\n|\\r|\\n", -1));
    // the line break ending the last line starts no line of its own
    return new DiagramFile(path, name(root, path),
        lines.size() > 1 && lines.get(lines.size() - 1).isEmpty() ? lines.subList(0, lines.size() - 1) : lines);
  }

  /** {@code diagrams/x.puml}: relative to the root, with forward slashes. */
  static String name(Path root, Path path) {
    return root.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString()
        .replace('\\', '/');
  }
}
