package io.truthbook.publish.diagram;

import io.truthbook.diagrams.SandboxedPlantUml;
import io.truthbook.diagrams.SyntaxError;
import io.truthbook.publish.files.FolderSwap;
import io.truthbook.render.diagram.DiagramSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts diagrams on disk: {@code <id>.svg} and {@code <id>.puml} in one folder, through the cache. The
 * folder is built beside its target and swapped in whole, so a failed or killed render leaves the
 * previous diagrams as they were, and a diagram that is gone from the truth is gone from the folder.
 */
public final class DiagramRenderer {
  /** Marks a folder as this renderer's output, which it may replace; any other non-empty folder is refused. */
  public static final String MARKER = ".truthbook-diagrams";

  private DiagramRenderer() {}

  /**
   * Writes every diagram's SVG and source into {@code outDir}, rendering only those whose source the
   * cache has not seen. A diagram PlantUML rejects still gets its (error) SVG and is reported, not
   * cached; a disk fault, or an {@code outDir} that is not an earlier output, is an
   * {@link UncheckedIOException} naming the path.
   */
  public static RenderReport renderAll(List<DiagramSource> diagrams, Path outDir, DiagramCache cache) {
    Set<String> ids = new HashSet<>();
    for (DiagramSource diagram : diagrams) {
      if (!ids.add(diagram.id())) {
        throw new IllegalArgumentException("two diagrams share the id '" + diagram.id() + "'");
      }
    }
    Path target = outDir.toAbsolutePath().normalize();
    try {
      return FolderSwap.rebuild(target, MARKER, staging -> {
        RenderReport report = renderInto(diagrams, staging, cache);
        write(staging.resolve(MARKER), "written by truthbook; this folder is replaced whole by the next render\n"
            .getBytes(StandardCharsets.UTF_8));
        return report;
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the diagrams to " + target + ": " + e.getMessage(), e);
    }
  }

  private static RenderReport renderInto(List<DiagramSource> diagrams, Path folder, DiagramCache cache)
      throws IOException {
    int rendered = 0;
    int cached = 0;
    List<RenderReport.Failure> failures = new ArrayList<>();
    for (DiagramSource diagram : diagrams) {
      String key = DiagramCache.key(diagram.source());
      Optional<byte[]> hit = cache.get(key);
      byte[] svg;
      if (hit.isPresent()) {
        svg = hit.get();
        cached++;
      } else {
        SandboxedPlantUml.Rendering rendering = SandboxedPlantUml.render(diagram.source());
        svg = rendering.svg();
        rendered++;
        if (rendering.error().isPresent()) {
          SyntaxError error = rendering.error().get();
          failures.add(new RenderReport.Failure(diagram.id(), error.line(), error.message()));
        } else {
          cache.put(key, svg);
        }
      }
      write(folder.resolve(diagram.id() + ".svg"), svg);
      write(folder.resolve(diagram.id() + ".puml"), diagram.source().getBytes(StandardCharsets.UTF_8));
    }
    return new RenderReport(rendered, cached, failures);
  }

  /** Into the staging folder, which nobody reads until it is swapped in: a plain write. */
  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
