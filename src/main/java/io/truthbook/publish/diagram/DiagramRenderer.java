package io.truthbook.publish.diagram;

import io.truthbook.render.diagram.DiagramSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Puts diagrams on disk: {@code <id>.svg} and {@code <id>.puml} in one folder, through the cache. */
public final class DiagramRenderer {
  private DiagramRenderer() {}

  /**
   * Writes every diagram's SVG and source into {@code outDir}, rendering only those whose source the
   * cache has not seen. A diagram PlantUML rejects still gets its (error) SVG and is reported, not
   * cached; a disk fault is an {@link UncheckedIOException} naming the path.
   */
  public static RenderReport renderAll(List<DiagramSource> diagrams, Path outDir, DiagramCache cache) {
    Set<String> ids = new HashSet<>();
    for (DiagramSource diagram : diagrams) {
      if (!ids.add(diagram.id())) {
        throw new IllegalArgumentException("two diagrams share the id '" + diagram.id() + "'");
      }
    }
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
      write(outDir.resolve(diagram.id() + ".svg"), svg);
      write(outDir.resolve(diagram.id() + ".puml"), diagram.source().getBytes(StandardCharsets.UTF_8));
    }
    return new RenderReport(rendered, cached, failures);
  }

  private static void write(Path file, byte[] bytes) {
    try {
      AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
