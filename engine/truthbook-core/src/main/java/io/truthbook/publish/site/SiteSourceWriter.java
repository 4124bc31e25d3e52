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
import java.util.LinkedHashMap;
import java.util.Map;

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
        for (Map.Entry<String, byte[]> file : resources(content).entrySet()) {
          write(resources.resolve(file.getKey()), file.getValue());
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

  /**
   * The files of the source's {@code resources/} folder besides the diagrams, by path relative to the
   * site's root, in writing order: the search index (and the same as a script, for {@code file:} URLs),
   * the scripts, lunr, the style sheet, every packaged schema (at the path of its {@code $id}) with its
   * catalog, and the content's own files. A preview serves this same map.
   */
  public static Map<String, byte[]> resources(SiteContent content) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(SEARCH_INDEX, utf8(content.searchIndexJson()));
    files.put("js/search-index.js", utf8("window.TRUTHBOOK_SEARCH_INDEX = " + content.searchIndexJson() + ";\n"));
    files.put("js/search.js", SiteAssets.searchScript());
    files.put("js/matrix-filter.js", SiteAssets.matrixFilterScript());
    files.put("js/lunr.min.js", SiteAssets.lunr());
    files.put("css/site.css", SiteAssets.styleSheet());
    for (var schema : SiteAssets.schemas().entrySet()) {
      // served at the path of each schema's $id (https://truthbook.dev/schemas/...) where the site is published
      files.put("schemas/" + schema.getKey(), schema.getValue());
    }
    for (SiteFile file : content.files()) {
      files.put(file.path(), file.bytes());
    }
    return files;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
