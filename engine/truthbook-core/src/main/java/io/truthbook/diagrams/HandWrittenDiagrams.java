package io.truthbook.diagrams;

import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.render.diagram.DiagramSet;
import io.truthbook.render.diagram.DiagramSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-written diagrams in {@code diagrams/}: each {@code *.puml} is one diagram, {@code *.iuml}
 * files are fragments they include. {@link #check} reports what is wrong with them as findings;
 * {@link #load} gives them to the renderer with their includes inlined.
 */
public final class HandWrittenDiagrams {
  public static final String FOLDER = "diagrams";
  static final String SYNTAX_RULE = "diagram.syntax";
  static final String ID_RULE = "diagram.id";

  /** The rules this check reports (besides {@code ref.unknown}), for the rule catalogue. */
  public static final List<RuleInfo> RULES = List.of(
      new RuleInfo(SYNTAX_RULE, Severity.ERROR, "a hand-written diagram PlantUML cannot read",
          "Every diagrams/*.puml file is rendered into the book; PlantUML must accept it.",
          "fix the line PlantUML stopped at (render it with any PlantUML editor to see the error)"),
      new RuleInfo(Includes.RULE, Severity.ERROR, "a diagram includes something outside diagrams/",
          "Diagrams are rendered sandboxed: they may include files inside diagrams/ and PlantUML's standard "
              + "library, never other files or URLs, and only by a literal path.",
          "move the included file into diagrams/ and include it by a literal path there"),
      new RuleInfo(TruthMacros.KIND_RULE, Severity.ERROR, "a diagram names an unknown kind of entity",
          "The truth:KIND[id] macro links a diagram to the truth; KIND must be one of the entity kinds.",
          "use one of: " + TruthMacros.kinds()),
      new RuleInfo(ID_RULE, Severity.ERROR, "a hand-written diagram takes a generated diagram's name",
          "Generated and hand-written diagrams share one output folder, so their file names must differ.",
          "rename the file"));

  private static final Pattern TITLE = Pattern.compile("^\\s*title\\s+(.+?)\\s*$");
  private static final Pattern META = Pattern.compile("^\\s*'\\s*(caption|alt):\\s*(.+?)\\s*$");

  private HandWrittenDiagrams() {}

  /**
   * Every problem of the hand-written diagrams: syntax ({@code diagram.syntax} at the file and line
   * PlantUML stopped at), includes ({@code diagram.include}), and {@code truth:KIND[id]} names
   * ({@code diagram.kind}, {@code ref.unknown} with {@code suggest}'s did-you-mean). Nothing when
   * there is no diagrams folder; a disk fault is an {@link UncheckedIOException}.
   */
  public static List<Finding> check(Path root, Predicate<EntityRef> exists,
      Function<EntityRef, Optional<String>> suggest) {
    List<Finding> findings = new ArrayList<>();
    for (DiagramFile file : files(root, findings)) {
      TruthMacros.check(file, exists, suggest, findings::add);
      if (!isDiagram(file.path())) {
        continue;
      }
      String id = id(root, file.path());
      if (DiagramSet.reserves(id)) {
        findings.add(Finding.error(ID_RULE, Location.of(file.name(), 1, 1), "'" + file.name()
            + "' would be written as " + id + ".svg, the name of a generated diagram",
            "rename the file, e.g. to hand-" + id + ".puml"));
      }
      Includes.Expanded expanded = expand(root, file);
      findings.addAll(expanded.findings());
      SyntaxVerdicts.check(root, expanded.text()).ifPresent(error -> {
        Includes.Line origin = expanded.origin(error.line());
        findings.add(Finding.error(SYNTAX_RULE, Location.of(origin.file(), origin.line(), 1),
            "PlantUML cannot read this diagram: " + error.message(),
            "fix this line; the diagram is rendered with PlantUML " + SandboxedPlantUml.version()
                + " and the smetana layout"));
      });
    }
    return findings.stream().sorted().toList();
  }

  /** The hand-written diagrams, includes inlined, ready to render (problems are {@link #check}'s). */
  public static List<DiagramSource> load(Path root) {
    List<DiagramSource> diagrams = new ArrayList<>();
    for (DiagramFile file : files(root, new ArrayList<>())) {
      if (!isDiagram(file.path())) {
        continue;
      }
      String id = id(root, file.path());
      String title = id;
      String caption = "";
      String alt = "";
      for (String line : file.lines()) {
        Matcher meta = META.matcher(line);
        Matcher titled = TITLE.matcher(line);
        if (meta.matches() && meta.group(1).equals("caption") && caption.isEmpty()) {
          caption = meta.group(2);
        } else if (meta.matches() && meta.group(1).equals("alt") && alt.isEmpty()) {
          alt = meta.group(2);
        } else if (titled.matches() && title.equals(id)) {
          title = titled.group(1);
        }
      }
      diagrams.add(new DiagramSource(id, title, caption.isEmpty() ? "Hand-written: " + file.name() + "." : caption,
          alt.isEmpty() ? title : alt, expand(root, file).text()));
    }
    return diagrams;
  }

  /** The lines of every diagram file by its name, so reports can show the line under a finding. */
  public static Map<String, List<String>> sources(Path root) {
    Map<String, List<String>> sources = new TreeMap<>();
    files(root, new ArrayList<>()).forEach(f -> sources.put(f.name(), f.lines()));
    return sources;
  }

  /** {@code diagrams/flows/import.puml} → {@code flows-import}. */
  static String id(Path root, Path file) {
    String relative = DiagramFile.name(root.resolve(FOLDER), file);
    return DiagramSource.idOf(relative.substring(0, relative.lastIndexOf('.')));
  }

  private static boolean isDiagram(Path file) {
    return file.getFileName().toString().endsWith(".puml");
  }

  private static Includes.Expanded expand(Path root, DiagramFile file) {
    try {
      return Includes.expand(root, root.resolve(FOLDER), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the includes of " + file.name(), e);
    }
  }

  /** The .puml and .iuml files, sorted; a link leaving the folder or an oversized file is a finding. */
  private static List<DiagramFile> files(Path root, List<Finding> findings) {
    Path folder = root.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<DiagramFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      Path realFolder = folder.toRealPath();
      for (Path path : walk.filter(p -> p.getFileName().toString().matches(".*\\.[pi]uml")).sorted().toList()) {
        String name = DiagramFile.name(root, path);
        if (!Files.isRegularFile(path)) {
          continue;
        }
        if (!path.toRealPath().startsWith(realFolder)) {
          findings.add(Finding.error(Includes.RULE, Location.of(name, 1, 1), "'" + name + "' is a link that leaves "
              + FOLDER + "/", "copy the file into " + FOLDER + "/ instead of linking to it"));
          continue;
        }
        if (Files.size(path) > DiagramFile.MAX_BYTES) {
          findings.add(Finding.error(SYNTAX_RULE, Location.of(name, 1, 1), "'" + name + "' is larger than 1 MiB",
              "split the diagram"));
          continue;
        }
        files.add(DiagramFile.read(root, path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
    return files;
  }
}
