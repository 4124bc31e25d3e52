package io.truthbook.evidence.sql;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Table operations and problems as one-line text, so tests can assert every field at once. */
final class TableOpText {
  private TableOpText() {}

  /** {@code CREATE [view] schema.name [-> new] @line:col}. */
  static String of(TableOp op) {
    return op.action() + (op.view() ? " view " : " ") + op.schema().map(s -> s + ".").orElse("") + op.name()
        + op.newName().map(n -> " -> " + n).orElse("") + " @" + op.at().line() + ":" + op.at().column();
  }

  static List<String> ops(Extractor.Result result) {
    return tableOps(result).stream().map(TableOpText::of).collect(Collectors.toList());
  }

  static List<TableOp> tableOps(Extractor.Result result) {
    return tableOps(result.evidence());
  }

  static List<TableOp> tableOps(List<Evidence> evidence) {
    // column operations are ColumnOpText's business
    return evidence.stream().filter(TableOp.class::isInstance).map(TableOp.class::cast).collect(Collectors.toList());
  }

  /** {@code line:col message}. */
  static List<String> problems(Extractor.Result result) {
    return result.problems().stream().map(TableOpText::of).collect(Collectors.toList());
  }

  static String of(ExtractionProblem problem) {
    return problem.at().line() + ":" + problem.at().column() + " " + problem.message();
  }
}
