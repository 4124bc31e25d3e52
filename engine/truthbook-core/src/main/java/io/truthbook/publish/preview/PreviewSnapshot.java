package io.truthbook.publish.preview;

import io.truthbook.render.site.SitePage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a preview serves at one moment: the site's pages as AsciiDoc (rendered when asked for), the
 * files beside them by path (scripts, style sheets, search index, schemas, diagrams), and the findings
 * of the check they were built after, as the JSON report. {@code problem} is why the last refresh
 * could not be made (a tool fault, not a finding), shown on every page until one succeeds.
 */
public record PreviewSnapshot(String title, LocalDate date, List<SitePage> pages, Map<String, byte[]> files,
    String findingsJson, Optional<String> problem) {
  public PreviewSnapshot {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    pages = List.copyOf(pages);
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    Objects.requireNonNull(findingsJson, "findingsJson");
    Objects.requireNonNull(problem, "problem");
  }

  /** The same pages and files, with a refresh that failed: the last good site stays, the problem shows on it. */
  public PreviewSnapshot failed(String why) {
    return new PreviewSnapshot(title, date, pages, files, findingsJson, Optional.of(why));
  }

  /** The page at {@code NAME.html}, if the site has one. */
  Optional<SitePage> page(String url) {
    return pages.stream().filter(p -> p.url().equals(url)).findFirst();
  }

  /** What the browser compares to know whether its page changed: a digest per page URL. */
  Map<String, String> pageDigests() {
    Map<String, String> digests = new LinkedHashMap<>();
    String menu = menuDigest();
    pages.forEach(p -> digests.put(p.url(), digest(menu + "\n" + p.asciidoc())));
    return digests;
  }

  /** What the overlay compares to know whether the findings changed. */
  String findingsDigest() {
    return digest(findingsJson + "\n" + problem.orElse(""));
  }

  private String menuDigest() {
    StringBuilder menu = new StringBuilder(title).append('\n');
    pages.forEach(p -> menu.append(p.kind()).append(' ').append(p.url()).append(' ').append(p.title()).append('\n'));
    return digest(menu.toString());
  }

  static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
