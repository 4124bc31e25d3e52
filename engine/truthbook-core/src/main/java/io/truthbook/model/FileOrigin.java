package io.truthbook.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A git repository that findings point into, and how they name its files. A finding's file that starts
 * with {@code prefix} (as the check prints it: relative to the truth's root, or {@code source-id:folder/}
 * for a repository elsewhere) lies at {@code inRepository} followed by the rest, relative to the root of
 * the repository. {@code repository} is {@value #TRUTH} for the repository holding the truth (sources
 * inside it included), else the id of the source read from it; {@code url} where the source names one.
 */
public record FileOrigin(String prefix, String repository, String inRepository, Optional<String> url) {
  /** The repository that holds the truth. */
  public static final String TRUTH = "truth";

  public FileOrigin {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(inRepository, "inRepository");
    Objects.requireNonNull(url, "url");
  }

  /** Whether this is a repository other than the truth's. */
  public boolean foreign() {
    return !TRUTH.equals(repository);
  }

  /** Whether {@code file} lies under this origin's prefix. */
  public boolean holds(String file) {
    return file.startsWith(prefix);
  }

  /** The path of {@code file} (which this origin holds) from the root of its repository. */
  public String inRepository(String file) {
    return inRepository + file.substring(prefix.length());
  }
}
