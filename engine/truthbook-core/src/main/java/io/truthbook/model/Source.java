package io.truthbook.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product repository the truth is checked against: a folder of this repository ({@code path}),
 * another local repository, or a git URL; the revision to read; which extractors run where; and the
 * values of the environment variables its configuration names, as the deployment sets them.
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
    Map<String, String> variables) {

  public Source {
    extractors = List.copyOf(extractors);
    variables = Map.copyOf(variables);
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
