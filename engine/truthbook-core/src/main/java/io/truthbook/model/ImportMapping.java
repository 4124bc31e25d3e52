package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A versioned mapping of one source profile's columns to canonical {@code table.column}s: its rows,
 * the columns the import batch supplies rather than the file, the columns it must cover beyond the
 * NOT NULL ones, and the duplicate key.
 */
public record ImportMapping(String id, Location at, int version, Ref profile, Optional<String> description,
    List<Row> rows, List<Ref> fromBatch, List<Ref> require, List<KeyColumn> duplicateKey) {

  public ImportMapping {
    rows = List.copyOf(rows);
    fromBatch = List.copyOf(fromBatch);
    require = List.copyOf(require);
    duplicateKey = List.copyOf(duplicateKey);
  }

  /**
   * One source column to one canonical column; {@code from} is empty when a constant or a concatenation
   * makes the value; {@code precedence} orders several rows writing one column (lowest first).
   */
  public record Row(Location at, Optional<String> from, Location fromAt, Ref to, List<ImportTransform> transforms,
      Optional<Integer> precedence) {
    public Row {
      transforms = List.copyOf(transforms);
    }

    /** The source headers the row reads: its own column, or a concatenation's. */
    public List<String> sources() {
      List<String> concat = transforms.stream().filter(t -> t instanceof ImportTransform.Concat)
          .flatMap(t -> ((ImportTransform.Concat) t).columns().stream()).toList();
      if (!concat.isEmpty()) {
        return concat;
      }
      return from.map(List::of).orElse(List.of());
    }
  }

  /** One column of the duplicate key; {@code hashed} when it is compared as a normalised SHA-256. */
  public record KeyColumn(Ref column, boolean hashed) {}

  /** The newest version of the mappings of a profile, the one an import uses. */
  public static java.util.Optional<ImportMapping> latest(java.util.List<ImportMapping> mappings, String profile) {
    return mappings.stream().filter(m -> m.profile().id().equals(profile))
        .max(java.util.Comparator.comparingInt(ImportMapping::version));
  }

  /** The target table and column of a {@code table.column} reference; the column is empty without a dot. */
  public static String[] split(String target) {
    int dot = target.indexOf('.');
    return dot < 0 ? new String[] {target, ""} : new String[] {target.substring(0, dot), target.substring(dot + 1)};
  }
}
