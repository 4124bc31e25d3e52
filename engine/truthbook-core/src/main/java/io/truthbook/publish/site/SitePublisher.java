package io.truthbook.publish.site;

import io.truthbook.publish.files.FolderSwap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts a site the Maven Site Plugin rendered into a staging folder in place of the published one,
 * whole: a site build that fails or is killed leaves the previous site as it was. On the way, the
 * one clock-dependent line Doxia writes into every page ({@code <meta name="date">}, the time of
 * rendering) is set to the date of the truth's commit, so that two builds of the same truth give
 * byte-identical sites.
 */
public final class SitePublisher {
  /** The file every rendered site has: a folder holding it may be replaced. */
  public static final String MARKER = "index.html";
  private static final Pattern DATE_META = Pattern.compile("<meta name=\"date\" content=\"[^\"]*\"\\s*/?>");

  private SitePublisher() {}

  /** Publishes {@code rendered} (it is moved, not copied) as {@code target}; returns the pages rewritten. */
  public static int publish(Path rendered, Path target, LocalDate date) {
    try {
      if (!Files.isRegularFile(rendered.resolve(MARKER))) {
        throw new IOException(rendered + " holds no rendered site (no " + MARKER + ")");
      }
      FolderSwap.checkReplaceable(target, MARKER);
      String meta = "<meta name=\"date\" content=\"" + date + "\" />";
      int pages = 0;
      List<Path> html;
      try (Stream<Path> files = Files.walk(rendered)) {
        html = files.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
      }
      for (Path page : html) {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String fixed = DATE_META.matcher(text).replaceAll(meta);
        if (!fixed.equals(text)) {
          Files.writeString(page, fixed, StandardCharsets.UTF_8);
          pages++;
        }
      }
      FolderSwap.makeReadable(rendered);
      FolderSwap.replace(rendered, target);
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the site to " + target + ": " + e.getMessage(), e);
    }
  }
}
