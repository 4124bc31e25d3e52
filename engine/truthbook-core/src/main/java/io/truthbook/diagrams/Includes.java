package io.truthbook.diagrams;

import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inlines the {@code !include}s of a hand-written diagram, so PlantUML itself (sandboxed) reads no
 * file. A target must be a literal path whose real location (links and {@code ..} resolved) is
 * inside the diagrams folder; PlantUML's standard library ({@code <C4/C4_Container>}) stays as it
 * is. Anything else is a {@code diagram.include} finding and the line is left out.
 */
final class Includes {
  static final String RULE = "diagram.include";
  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*!(include[a-z_]*|import|theme\\s+\\S+\\s+from)(?:\\s+(.*?))?\\s*$");
  private static final int MAX_DEPTH = 16;
  private static final int MAX_LINES = 100_000;
  /** Files inlined in all: a diamond of includes (each file including the next two) doubles per level. */
  private static final int MAX_INLINES = 10_000;

  /** One line of the expanded source and the file line it came from. */
  record Line(String text, String file, int line) {}

  /** The expanded source, line by line, and what was refused. */
  record Expanded(List<Line> lines, List<Finding> findings) {
    String text() {
      StringBuilder text = new StringBuilder();
      lines.forEach(l -> text.append(l.text()).append('\n'));
      return text.toString();
    }

    /** Where a 1-based line of {@link #text()} came from. */
    Line origin(int line) {
      return lines.get(Math.max(0, Math.min(line, lines.size()) - 1));
    }
  }

  private final Path root;
  private final Path folder;
  private final Path realFolder;
  private final List<Line> out = new ArrayList<>();
  /** Each finding once: a file included along many paths would report the same line each time. */
  private final Set<Finding> findings = new java.util.LinkedHashSet<>();
  private final java.util.Map<Path, DiagramFile> read = new java.util.HashMap<>();
  private int inlined;
  private final Deque<Path> stack = new ArrayDeque<>();
  private final Set<Path> included = new HashSet<>();

  private Includes(Path root, Path folder) throws IOException {
    this.root = root;
    this.folder = folder;
    this.realFolder = folder.toRealPath();
  }

  static Expanded expand(Path root, Path folder, DiagramFile diagram) throws IOException {
    Includes includes = new Includes(root, folder);
    includes.stack.push(diagram.path().toRealPath());
    includes.lines(diagram, diagram.lines(), 0);
    return new Expanded(List.copyOf(includes.out), List.copyOf(includes.findings));
  }

  private void lines(DiagramFile file, List<String> lines, int offset) throws IOException {
    for (int i = 0; i < lines.size(); i++) {
      if (out.size() >= MAX_LINES) {
        refuse(file.name(), offset + i + 1, 1, "the diagram grows past " + MAX_LINES + " lines through its includes",
            "include less, or split the diagram");
        return;
      }
      String text = lines.get(i);
      int line = offset + i + 1;
      Matcher directive = DIRECTIVE.matcher(text);
      if (!directive.matches()) {
        out.add(new Line(text, file.name(), line));
        continue;
      }
      String target = directive.group(2) == null ? "" : directive.group(2);
      int column = directive.start(2) < 0 ? text.indexOf('!') + 1 : directive.start(2) + 1;
      include(file, line, column, directive.group(1), text, unquote(target));
    }
  }

  private void include(DiagramFile file, int line, int column, String kind, String text, String target)
      throws IOException {
    String where = "'" + target + "'";
    if (kind.equals("import") || kind.startsWith("theme")) {
      refuse(file.name(), line, column, "!" + kind.split("\\s")[0] + " " + where + " reads files PlantUML cannot be "
          + "allowed to read", "use a standard-library theme (!theme NAME) or include a file inside diagrams/");
    } else if (target.startsWith("<") && target.endsWith(">") && !kind.equals("includeurl")) {
      out.add(new Line(text, file.name(), line)); // PlantUML's standard library, inside its jar
    } else if (kind.equals("includeurl") || target.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      refuse(file.name(), line, column, "includes the URL " + where + "; diagrams read nothing from the network",
          "copy the file into diagrams/ and include it by its path there");
    } else if (target.isEmpty() || target.contains("$") || target.contains("%")) {
      refuse(file.name(), line, column, "include target " + where + " is not a literal path",
          "write the path of a file inside diagrams/ literally");
    } else {
      String path = target;
      Optional<String> part = Optional.empty();
      int bang = target.lastIndexOf('!');
      if (bang > 0) {
        path = target.substring(0, bang);
        part = Optional.of(target.substring(bang + 1));
      }
      if (part.isPresent() != kind.equals("includesub")) {
        refuse(file.name(), line, column, "!" + kind + " " + where + (part.isPresent()
            ? " selects part of a file, which only !includesub FILE!NAME does here" : " names no !startsub part"),
            "use !include FILE for a whole file and !includesub FILE!NAME for a part");
        return;
      }
      Optional<Path> resolved = resolve(file, line, column, path);
      if (resolved.isPresent()) {
        inline(file, line, column, kind, resolved.get(), target, part);
      }
    }
  }

  private Optional<Path> resolve(DiagramFile file, int line, int column, String path) throws IOException {
    Path resolved;
    try {
      resolved = file.path().toAbsolutePath().getParent().resolve(path).normalize();
    } catch (InvalidPathException e) {
      refuse(file.name(), line, column, "include target '" + path + "' is not a valid path", "fix the path");
      return Optional.empty();
    }
    if (!Files.isRegularFile(resolved)) {
      refuse(file.name(), line, column, "included file '" + path + "' does not exist",
          "include a file inside diagrams/, relative to this diagram");
      return Optional.empty();
    }
    Path real = resolved.toRealPath();
    if (!real.startsWith(realFolder)) {
      refuse(file.name(), line, column, "includes '" + path + "', which is outside " + DiagramFile.name(root, folder)
          + "/", "move the file into " + DiagramFile.name(root, folder) + "/ and include it from there");
      return Optional.empty();
    }
    return Optional.of(real);
  }

  private void inline(DiagramFile file, int line, int column, String kind, Path real, String target,
      Optional<String> part) throws IOException {
    if (stack.contains(real)) {
      refuse(file.name(), line, column, "'" + target + "' includes itself", "remove the include cycle");
      return;
    }
    if (stack.size() > MAX_DEPTH) {
      refuse(file.name(), line, column, "includes nest deeper than " + MAX_DEPTH, "flatten the includes");
      return;
    }
    if (kind.equals("include_once") && included.contains(real)) {
      return;
    }
    if (++inlined > MAX_INLINES) {
      if (inlined == MAX_INLINES + 1) {
        refuse(file.name(), line, column, "the diagram inlines more than " + MAX_INLINES + " files through its "
            + "includes (files including the same files along many paths)", "include each fragment once, with "
            + "!include_once, or flatten the includes");
      }
      return;
    }
    if (Files.size(real) > DiagramFile.MAX_BYTES) {
      refuse(file.name(), line, column, "included file '" + target + "' is larger than 1 MiB",
          "split the file");
      return;
    }
    included.add(real);
    DiagramFile child = read.get(real);
    if (child == null) {
      child = DiagramFile.read(root, real);
      read.put(real, child);
    }
    List<String> lines = child.lines();
    int from = -1;
    for (int i = 0; i < lines.size() && from < 0; i++) {
      String trimmed = lines.get(i).strip();
      if (part.isPresent() ? trimmed.equals("!startsub " + part.get()) : trimmed.startsWith("@startuml")) {
        from = i + 1;
      }
    }
    if (from < 0 && part.isPresent()) {
      refuse(file.name(), line, column, "'" + target + "' has no !startsub " + part.get(),
          "add !startsub " + part.get() + " … !endsub to the included file");
      return;
    }
    int to = lines.size();
    if (from < 0) {
      from = 0; // a fragment without @startuml is included whole
    } else {
      for (int j = from; j < lines.size(); j++) {
        String end = lines.get(j).strip();
        if (part.isPresent() ? end.equals("!endsub") : end.startsWith("@enduml")) {
          to = j;
          break;
        }
      }
    }
    stack.push(real);
    lines(child, lines.subList(from, to), from);
    stack.pop();
  }

  private void refuse(String file, int line, int column, String message, String hint) {
    findings.add(Finding.error(RULE, Location.of(file, line, column), message, hint));
    out.add(new Line("' truthbook: include refused", file, line));
  }

  private static String unquote(String target) {
    String t = target.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }
}
