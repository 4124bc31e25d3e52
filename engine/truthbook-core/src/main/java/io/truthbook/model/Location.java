package io.truthbook.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** A place in a file: repository-relative path, 1-based line and column, and for evidence the commit. */
public record Location(String file, int line, int column, Optional<String> commit)
    implements Comparable<Location> {

  private static final Comparator<Location> ORDER =
      Comparator.comparing((Location l) -> l.file())
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column)
          .thenComparing(l -> l.commit().orElse(""));

  public Location {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(commit, "commit");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  public static Location of(String file, int line, int column) {
    return new Location(file, line, column, Optional.empty());
  }

  /** The whole file, when no finer position is known. */
  public static Location file(String file) {
    return new Location(file, 0, 0, Optional.empty());
  }

  /** {@code file:line@commit} (the commit shortened), or {@code file:line} outside git: where to look, without the column. */
  public String fileLine() {
    String text = file + ":" + line;
    return commit.map(c -> text + "@" + (c.length() > 7 ? c.substring(0, 7) : c)).orElse(text);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  /**
   * {@code file:line:col}, and for evidence {@code file:line:col@commit}: editors and CI read the
   * place, people read the commit it was seen at.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    commit.ifPresent(c -> text.append('@').append(c.length() > 7 ? c.substring(0, 7) : c));
    return text.toString();
  }
}
