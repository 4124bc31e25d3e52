package io.truthbook.publish.site;

import io.truthbook.publish.files.FolderSwap;
import io.truthbook.render.site.SiteContent;
import io.truthbook.render.site.SiteDiagram;
import io.truthbook.render.site.SiteFile;
import io.truthbook.render.site.SitePage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Maven site source folder: {@code site.xml}, {@code asciidoc/PAGE.adoc}, and under
 * {@code resources/} the diagrams, the search index ({@code search-index.json}, and the same list as
 * {@code js/search-index.js} so search works from {@code file:} URLs too), the search script, lunr and
 * the style sheet, and every packaged schema with its SchemaStore-style {@code catalog.json} ({@code schemas/},
 * the path of their {@code $id}s), and the files served as they are (the matrix's CSV, the one-page book and its PDF). The folder is built beside the target and moved into place whole, so the site
 * plugin never reads half a source; it replaces only an earlier output (marked by {@value #MARKER}).
 */
public final class SiteSourceWriter {
  public static final String MARKER = ".truthbook-site";
  public static final String SEARCH_INDEX = "search-index.json";

  /** Puts the rendered diagrams ({@code ID.svg} and {@code ID.puml}) into a folder of the site being written. */
  @FunctionalInterface
  public interface DiagramStep {
    void render(Path folder);
  }

  private SiteSourceWriter() {}

  /**
   * Writes the site source to {@code outDir}.
   *
   * @throws UncheckedIOException naming the path, when the folder cannot be written or replaced
   */
  public static Path write(SiteContent content, Path outDir, DiagramStep diagrams) {
    Path target = outDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new UncheckedIOException(new IOException("cannot write a site source into the root folder " + target));
    }
    try {
      return FolderSwap.rebuild(target, MARKER, staging -> {
        write(staging.resolve(MARKER), "written by truthbook site-src; the folder is replaced whole on the next run\n");
        write(staging.resolve("site.xml"), content.siteXml());
        for (SitePage page : content.pages()) {
          write(staging.resolve("asciidoc").resolve(page.file()), page.asciidoc());
        }
        Path resources = staging.resolve("resources");
        write(resources.resolve(SEARCH_INDEX), content.searchIndexJson());
        write(resources.resolve("js/search-index.js"),
            "window.TRUTHBOOK_SEARCH_INDEX = " + content.searchIndexJson() + ";\n");
        write(resources.resolve("js/search.js"), SiteAssets.searchScript());
        write(resources.resolve("js/matrix-filter.js"), SiteAssets.matrixFilterScript());
        write(resources.resolve("js/lunr.min.js"), SiteAssets.lunr());
        write(resources.resolve("css/site.css"), SiteAssets.styleSheet());
        for (var schema : SiteAssets.schemas().entrySet()) {
          // served at the path of each schema's $id (https://truthbook.dev/schemas/...) where the site is published
          write(resources.resolve("schemas").resolve(schema.getKey()), schema.getValue());
        }
        for (SiteFile file : content.files()) {
          write(resources.resolve(file.path()), file.bytes());
        }
        Path diagramFolder = resources.resolve(SiteDiagram.FOLDER);
        Files.createDirectories(diagramFolder);
        diagrams.render(diagramFolder);
        return target;
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the site source to " + target + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
