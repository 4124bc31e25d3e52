package io.truthbook.evidence.sql;

import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.Evidence.ColumnOp;
import io.truthbook.evidence.Evidence.MigrationStep;
import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.Extractor;
import java.util.ArrayList;
import java.util.List;

/** Columns and column operations as one-line text, so tests can assert every field at once. */
final class ColumnText {
  private ColumnText() {}

  /** {@code name type [not null] [default x] [pk] [unique] [-> t.c] @line:col}. */
  static String of(ColumnDef column) {
    return column.name() + " " + column.type() + (column.notNull() ? " not null" : "")
        + column.defaultValue().map(d -> " default " + d).orElse("") + (column.primaryKey() ? " pk" : "")
        + (column.unique() ? " unique" : "") + column.references().map(r -> " -> " + r).orElse("")
        + " @" + column.at().line() + ":" + column.at().column();
  }

  /** The columns of each CREATE as {@code table: column; column}, or {@code table: ?} when not listed. */
  static List<String> created(Extractor.Result result) {
    List<String> out = new ArrayList<>();
    for (Evidence evidence : result.evidence()) {
      if (evidence instanceof TableOp op && op.action() == Evidence.TableAction.CREATE && !op.view()) {
        out.add(op.name() + ": " + op.columns().map(c -> String.join("; ", c.stream().map(ColumnText::of).toList()))
            .orElse("?"));
      }
    }
    return out;
  }

  /** Each column operation as {@code schema.table change @line:col}. */
  static List<String> changes(Extractor.Result result) {
    List<String> out = new ArrayList<>();
    for (Evidence evidence : result.evidence()) {
      if (evidence instanceof ColumnOp op) {
        out.add(op.schema().map(s -> s + ".").orElse("") + op.table() + " " + of(op.change())
            + " @" + op.at().line() + ":" + op.at().column());
      }
    }
    return out;
  }

  static String of(ColumnChange change) {
    if (change instanceof ColumnChange.Add add) {
      return "add " + of(add.column()).replaceAll(" @.*", "") + (add.ifNotExists() ? " if not exists" : "");
    }
    return change.toString();
  }

  static List<MigrationStep> steps(List<Evidence> evidence) {
    return evidence.stream().filter(MigrationStep.class::isInstance).map(MigrationStep.class::cast).toList();
  }

  /** Each table as {@code name[?]: column; column}, {@code ?} when its columns are not all known. */
  static List<String> describe(ColumnSet set) {
    return set.tables().stream().map(t -> t.name() + (t.columnsKnown() ? "" : "?") + ": "
        + String.join("; ", t.columns().stream().map(c -> of(c) + " " + c.at().file()).toList())).toList();
  }
}
