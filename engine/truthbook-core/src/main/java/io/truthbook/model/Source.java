package io.truthbook.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product repository the truth is checked against: a folder of this repository ({@code path}),
 * another local repository, or a git URL; the revision to read; which extractors run where; the
 * values of the environment variables its configuration names, as the deployment sets them; and
 * optionally the web address of a file at a commit ({@code web}), so that the book links evidence. A
 * source may instead name an evidence {@code bundle} (a file or an https URL that {@code truthbook
 * evidence} wrote in the product's own CI): the check reads the bundle, not the repository, and judges it
 * alike; the other fields then say how the bundle is made.
 */
public record Source(
    String id,
    Location at,
    Optional<String> path,
    Optional<String> repository,
    Optional<String> url,
    Optional<String> subdir,
    Optional<String> ref,
    List<ExtractorSelection> extractors,
    Map<String, String> variables,
    Optional<String> web,
    Optional<String> bundle) {

  public Source {
    extractors = List.copyOf(extractors);
    variables = Map.copyOf(variables);
  }

  /** A commit as a web link may name it: a hexadecimal object id, abbreviated or whole. */
  private static final java.util.regex.Pattern COMMIT = java.util.regex.Pattern.compile("[0-9a-f]{7,64}");

  /** A source read from its repository, not from a bundle. */
  public Source(String id, Location at, Optional<String> path, Optional<String> repository, Optional<String> url,
      Optional<String> subdir, Optional<String> ref, List<ExtractorSelection> extractors, Map<String, String> variables,
      Optional<String> web) {
    this(id, at, path, repository, url, subdir, ref, extractors, variables, web, Optional.empty());
  }

  /** A source without a web address. */
  public Source(String id, Location at, Optional<String> path, Optional<String> repository, Optional<String> url,
      Optional<String> subdir, Optional<String> ref, List<ExtractorSelection> extractors, Map<String, String> variables) {
    this(id, at, path, repository, url, subdir, ref, extractors, variables, Optional.empty(), Optional.empty());
  }

  /** The same source read from {@code folder}, a local repository (as {@code truthbook evidence --repository} does). */
  public Source readFrom(String folder) {
    return new Source(id, at, Optional.empty(), Optional.of(folder), Optional.empty(), subdir, ref, extractors,
        variables, web, Optional.empty());
  }

  /**
   * The web address of a line of a file at a commit, from the {@code web} template: {@code {commit}},
   * {@code {path}} (from the root of the repository, each segment percent-encoded) and {@code {line}}
   * replaced. Empty without a template, or for a commit that is not a hexadecimal object id.
   */
  public Optional<String> webLink(String path, String commit, int line) {
    // asked once per entity at 100x: no template, no work; the commit's pattern compiled once
    if (web.isEmpty() || !COMMIT.matcher(commit).matches()) {
      return Optional.empty();
    }
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (encoded.length() > 0 || path.startsWith("/")) {
        encoded.append('/');
      }
      encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
    String where = encoded.toString();
    return web.map(t -> t.replace("{commit}", commit).replace("{path}", where)
        .replace("{line}", Integer.toString(line)));
  }

  /**
   * One extractor and the globs of the files it reads (empty include: all it supports); {@code at} is
   * where its globs are written, so that a glob matching nothing can be pointed at.
   */
  public record ExtractorSelection(String name, List<String> include, List<String> exclude, Location at) {
    public ExtractorSelection {
      include = List.copyOf(include);
      exclude = List.copyOf(exclude);
    }
  }
}
