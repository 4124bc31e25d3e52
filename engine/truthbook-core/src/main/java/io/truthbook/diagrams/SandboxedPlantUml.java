package io.truthbook.diagrams;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;
import net.sourceforge.plantuml.utils.LineLocation;
import net.sourceforge.plantuml.version.Version;

/**
 * PlantUML in this process: the smetana layout (pure Java, no Graphviz {@code dot}), SVG output,
 * and the {@code SANDBOX} security profile, under which PlantUML reads no local file (no
 * {@code !include}, {@code <img:…>}, {@code %load_json}) and opens no URL.
 *
 * <p>PlantUML keeps global state, so every call holds one lock.
 */
public final class SandboxedPlantUml {
  /** The line injected after {@code @startuml}; the renderer owns the layout, diagrams do not. */
  static final String SMETANA = "!pragma layout smetana";
  private static final String FAILED_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"40\">"
      + "<text x=\"10\" y=\"25\">This diagram could not be drawn.</text></svg>\n";
  private static final Object LOCK = new Object();
  private static boolean sandboxed;

  private SandboxedPlantUml() {}

  /** The PlantUML version, part of every cache key. */
  public static String version() {
    synchronized (LOCK) {
      sandbox();
      return Version.versionString();
    }
  }

  /** The SVG of a diagram and, if PlantUML could not read it, why (the SVG then shows the error). */
  public record Rendering(byte[] svg, Optional<SyntaxError> error) {}

  /** Renders one diagram; a syntax error is part of the result, never an exception. */
  /** What went wrong, in words a diagram's author can act on rather than a Java class name. */
  static String why(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "it nests or recurses too deeply";
    }
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    return message.isEmpty() || message.length() > 200 ? "it is not a diagram PlantUML can lay out" : message;
  }

  public static Rendering render(String source) {
    String injected = injectSmetana(source);
    synchronized (LOCK) {
      sandbox();
      try {
        SourceStringReader reader = new SourceStringReader(injected);
        Optional<SyntaxError> error = error(reader, source);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        if (reader.getBlocks().isEmpty()) {
          reader.noValidStartFound(svg, new FileFormatOption(FileFormat.SVG, false));
        } else {
          reader.outputImage(svg, 0, new FileFormatOption(FileFormat.SVG, false));
        }
        return new Rendering(DeterministicSvg.normalise(svg.toString(StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8), error);
      } catch (IOException | RuntimeException | StackOverflowError e) {
        // PlantUML failing on hostile input is a finding about that input, not a crash of the tool
        return new Rendering(FAILED_SVG.getBytes(StandardCharsets.UTF_8),
            Optional.of(new SyntaxError(1, "PlantUML could not draw it (" + why(e) + ")")));
      }
    }
  }

  /** Reads one diagram without laying it out: the syntax error, if there is one. */
  public static Optional<SyntaxError> check(String source) {
    String injected = injectSmetana(source);
    synchronized (LOCK) {
      sandbox();
      try {
        return error(new SourceStringReader(injected), source);
      } catch (RuntimeException | StackOverflowError e) {
        return Optional.of(new SyntaxError(1, "PlantUML could not read it: " + e));
      }
    }
  }

  private static Optional<SyntaxError> error(SourceStringReader reader, String source) {
    List<BlockUml> blocks = reader.getBlocks();
    if (blocks.isEmpty()) {
      return Optional.of(new SyntaxError(1, "no @startuml … @enduml block"));
    }
    Diagram diagram = blocks.get(0).getDiagram();
    if (!(diagram instanceof PSystemError)) {
      return Optional.empty();
    }
    PSystemError failed = (PSystemError) diagram;
    LineLocation at = failed.getLineLocation();
    // an error inside a standard-library include is reported where the include is
    while (at != null && at.getParent() != null) {
      at = at.getParent();
    }
    int injectedLine = at == null ? 1 : at.getPosition() + 1;
    String message = failed.getFirstError() == null ? "syntax error" : failed.getFirstError().getError();
    return Optional.of(new SyntaxError(sourceLine(source, injectedLine), message));
  }

  /** {@code source} with the smetana pragma on the line after its first {@code @startuml}. */
  public static String injectSmetana(String source) {
    int start = startLine(source);
    if (start == 0) {
      return source;
    }
    String[] lines = source.split("\n", -1);
    StringBuilder out = new StringBuilder(source.length() + SMETANA.length() + 1);
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]);
      if (i < lines.length - 1) {
        out.append('\n');
      }
      if (i + 1 == start) {
        out.append(SMETANA).append('\n');
      }
    }
    return out.toString();
  }

  /** The line of {@code source} that line {@code injectedLine} of the injected text came from. */
  static int sourceLine(String source, int injectedLine) {
    int start = startLine(source);
    if (start == 0 || injectedLine <= start) {
      return Math.max(1, injectedLine);
    }
    return injectedLine == start + 1 ? start : injectedLine - 1;
  }

  /** The 1-based line of the first {@code @startuml}, or 0. */
  private static int startLine(String source) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith("@startuml")) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Sets the sandbox before PlantUML first reads its profile. PlantUML reads the profile once per
   * process, so if something started it earlier with another profile, we refuse to run rather
   * than render unsandboxed.
   */
  private static void sandbox() {
    if (sandboxed) {
      return;
    }
    System.setProperty("PLANTUML_SECURITY_PROFILE", SecurityProfile.SANDBOX.name());
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    SecurityProfile profile = SecurityUtils.getSecurityProfile();
    if (profile != SecurityProfile.SANDBOX) {
      throw new IllegalStateException("PlantUML already runs with security profile " + profile
          + " in this process; diagrams are only rendered with " + SecurityProfile.SANDBOX);
    }
    PSystemError.disableTimeBasedErrorDecorations();
    sandboxed = true;
  }
}
