package io.truthbook.imports;

import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportTransform;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A mapping run on an export's rows, one row at a time: each row is judged and forgotten, so memory
 * holds the header, the mapping and the counts, whatever the file's length. A bad row's findings point
 * at the physical line it starts on and the cell (its 1-based index) that caused it.
 */
final class RowCheck {
  private final String file;
  private final List<String> header;
  private final ImportMapping mapping;
  private final Function<String, Optional<Domain.Column>> columns;
  private final CellValues values;
  private final Map<String, Integer> index = new LinkedHashMap<>();
  /** The mapping's rows by target column, in precedence order (lowest first). */
  private final Map<String, List<ImportMapping.Row>> targets = new LinkedHashMap<>();
  private final Set<String> fromBatch;
  private final boolean[] phoneCells;
  private final Map<String, long[]> counts = new LinkedHashMap<>();

  RowCheck(String file, List<String> header, ImportMapping mapping, char decimalSeparator,
      Function<String, Optional<Domain.Column>> columns) {
    this.file = file;
    this.header = List.copyOf(header);
    this.mapping = mapping;
    this.columns = columns;
    this.values = new CellValues(decimalSeparator);
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
    mapping.rows().forEach(r -> targets.computeIfAbsent(r.to().id(), t -> new ArrayList<>()).add(r));
    targets.values().forEach(rows -> rows.sort(Comparator.comparing(r -> r.precedence().orElse(0))));
    this.fromBatch = mapping.fromBatch().stream().map(r -> r.id()).collect(Collectors.toSet());
    this.phoneCells = new boolean[header.size()];
    for (ImportMapping.Row row : mapping.rows()) {
      if (row.transforms().stream().anyMatch(t -> t instanceof ImportTransform.PhoneE164)) {
        row.sources().stream().map(index::get).filter(i -> i != null).forEach(i -> phoneCells[i] = true);
      }
    }
    targets.keySet().forEach(t -> counts.put(t, new long[3]));
  }

  /** The headers the mapping reads that the file's header row lacks: their columns stay empty. */
  List<String> missingHeaders() {
    return mapping.rows().stream().flatMap(r -> r.sources().stream()).distinct()
        .filter(h -> !index.containsKey(h)).toList();
  }

  /** Counts of good, bad and empty rows. */
  record Counts(long good, long bad, long empty) {}

  /** Judges every row the iterator gives, in order, handing each finding to the sink as it is made. */
  Counts check(Iterator<SourceRow> rows, Consumer<Finding> sink) {
    long good = 0;
    long bad = 0;
    long empty = 0;
    while (rows.hasNext()) {
      SourceRow row = rows.next();
      if (row.cells().stream().allMatch(String::isBlank)) {
        empty++;
        sink.accept(Finding.note(RowRules.EMPTY_ROW.id(), at(row, 1), "empty row skipped", RowRules.EMPTY_ROW.fix()));
      } else {
        // findings are made target by target; a reader goes along the row, so they are given cell by cell
        List<Finding> found = new ArrayList<>();
        if (check(row, found::add)) {
          good++;
        } else {
          bad++;
        }
        found.sort(Comparator.comparingInt(f -> f.location().column()));
        found.forEach(sink);
      }
    }
    return new Counts(good, bad, empty);
  }

  /** Per canonical column: rows filling it, leaving it empty, refused for it. */
  List<ImportSummary.ColumnCount> columnCounts() {
    List<ImportSummary.ColumnCount> out = new ArrayList<>();
    counts.forEach((target, c) -> out.add(new ImportSummary.ColumnCount(target, targets.get(target).stream()
        .map(r -> r.sources().isEmpty() ? r.transforms().stream().map(ImportTransform::summary)
            .collect(Collectors.joining(", ")) : String.join(" + ", r.sources()))
        .collect(Collectors.joining(" | ")), c[0], c[1], c[2])));
    return out;
  }

  private boolean check(SourceRow row, Consumer<Finding> sink) {
    if (row.cells().size() != header.size()) {
      sink.accept(Finding.error(RowRules.WIDTH.id(), at(row, 1), "the row has " + row.cells().size()
          + " cells, the header " + header.size(), RowRules.WIDTH.fix()));
      return false;
    }
    boolean ok = true;
    boolean[] formula = new boolean[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String cell = row.cells().get(i);
      if (CellValues.formula(cell, phoneCells[i])) {
        formula[i] = true;
        ok = false;
        sink.accept(Finding.error(RowRules.FORMULA.id(), at(row, i + 1), cellName(i) + ": '"
            + CellValues.shown(cell) + "' starts with '" + CellValues.shown(cell.substring(0, 1))
            + "' like a spreadsheet formula; it is not evaluated, loaded or passed on", RowRules.FORMULA.fix()));
      }
    }
    Map<String, Value> rowValues = new LinkedHashMap<>();
    java.util.Set<String> written = new java.util.HashSet<>();
    for (Map.Entry<String, List<ImportMapping.Row>> target : targets.entrySet()) {
      Value value = target(row, target.getKey(), target.getValue(), formula, sink);
      rowValues.put(target.getKey(), value);
      ok &= !value.refused();
      if (value.fromFile() && !value.text().isEmpty()) {
        written.add(ImportMapping.split(target.getKey())[0]);
      }
    }
    for (Map.Entry<String, Value> entry : rowValues.entrySet()) {
      ok &= required(row, entry.getKey(), entry.getValue(), written, sink);
      count(entry.getKey(), entry.getValue(), written);
    }
    return ok;
  }

  /** A canonical column's value in one row: the cell it came from, whether a file cell gave it, refused. */
  private record Value(String text, int cell, boolean fromFile, boolean refused) {}

  /** One canonical column of one row: the first non-empty value of its mapping rows, judged. */
  private Value target(SourceRow row, String target, List<ImportMapping.Row> rows, boolean[] formula,
      Consumer<Finding> sink) {
    Optional<Domain.Column> column = columns.apply(target);
    String value = "";
    int valueCell = -1;
    boolean fromFile = false;
    boolean refused = false;
    for (ImportMapping.Row mapped : rows) {
      int cell = mapped.sources().stream().map(index::get).filter(i -> i != null).findFirst().orElse(-1);
      if (mapped.sources().stream().map(index::get).anyMatch(i -> i != null && formula[i])) {
        refused = true;
        continue;
      }
      String raw = mapped.from().map(h -> index.containsKey(h) ? row.cells().get(index.get(h)) : "").orElse("");
      CellValues.Outcome outcome = values.apply(raw, mapped.transforms(),
          h -> index.containsKey(h) ? row.cells().get(index.get(h)) : "");
      if (outcome.refused().isPresent()) {
        refused = true;
        sink.accept(Finding.error(RowRules.VALUE.id(), at(row, cell + 1), source(cell, target) + ": "
            + outcome.refused().get(), RowRules.VALUE.fix()));
      } else if (!outcome.value().isEmpty() && value.isEmpty()) {
        value = outcome.value();
        valueCell = cell;
        fromFile = !mapped.sources().isEmpty();
        if (value.indexOf('\uFFFD') >= 0) {
          refused = true;
          sink.accept(Finding.error(RowRules.VALUE.id(), at(row, cell + 1), source(cell, target)
              + ": holds bytes the file's encoding cannot read", RowRules.ENCODING.fix()));
        }
      }
    }
    if (!refused && !value.isEmpty() && column.isPresent()
        && rows.stream().noneMatch(r -> r.transforms().stream().anyMatch(t -> t.output() == ImportTransform.Output.DATE))) {
      Optional<String> problem = values.typeProblem(value, column.get().type());
      if (problem.isPresent()) {
        refused = true;
        sink.accept(Finding.error(RowRules.VALUE.id(), at(row, valueCell + 1), source(valueCell, target) + ": "
            + problem.get(), RowRules.VALUE.fix()));
      }
    }
    int first = rows.get(0).sources().stream().map(index::get).filter(i -> i != null).findFirst().orElse(-1);
    return new Value(value, valueCell < 0 ? first : valueCell, fromFile, refused);
  }

  /**
   * Counts the column's value in the summary. A value no cell gave (a constant) in a table the row
   * makes no record of (an account's kind, for a contact without a company) is not written: empty.
   */
  private void count(String target, Value value, java.util.Set<String> written) {
    boolean made = written.contains(ImportMapping.split(target)[0]);
    counts.get(target)[value.refused() ? 2 : value.text().isEmpty() || !made ? 1 : 0]++;
  }

  /**
   * An empty column the row must fill: one the mapping requires, or a NOT NULL one without a default
   * (not supplied by the batch) of a table the row writes from the file. A row that gives no cell for a
   * table (a contact without a company) makes no record of it, so that table's columns are not required.
   */
  private boolean required(SourceRow row, String target, Value value, java.util.Set<String> written,
      Consumer<Finding> sink) {
    if (value.refused() || !value.text().isEmpty()) {
      return true;
    }
    boolean notNull = columns.apply(target).map(Domain.Column::required).orElse(false) && !fromBatch.contains(target)
        && written.contains(ImportMapping.split(target)[0]);
    if (notNull || mapping.require().stream().anyMatch(r -> r.id().equals(target))) {
      sink.accept(Finding.error(RowRules.REQUIRED.id(), at(row, value.cell() + 1), source(value.cell(), target)
          + ": required value empty", RowRules.REQUIRED.fix()));
      return false;
    }
    return true;
  }

  private String source(int cell, String target) {
    return (cell < 0 ? "" : cellName(cell) + " -> ") + target;
  }

  private String cellName(int cell) {
    return "\"" + CellValues.shown(header.get(cell)) + "\" (column " + (cell + 1) + ")";
  }

  private Location at(SourceRow row, int column) {
    return Location.of(file, (int) Math.min(row.line(), Integer.MAX_VALUE), Math.max(column, 1));
  }
}
