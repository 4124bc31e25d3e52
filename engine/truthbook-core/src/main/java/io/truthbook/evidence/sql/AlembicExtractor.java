package io.truthbook.evidence.sql;

import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.Evidence.ColumnOp;
import io.truthbook.evidence.Evidence.TableAction;
import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.lexer.SourceLexer;
import io.truthbook.evidence.lexer.Syntax;
import io.truthbook.evidence.lexer.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the tables an Alembic migration creates, renames and drops: {@code op.create_table},
 * {@code op.rename_table} and {@code op.drop_table} with literal names, and the column ops (see
 * {@link AlembicColumns}), in the body of
 * {@code upgrade()} only (downgrade() undoes them). Names are kept as written. The order is
 * {@code alembic:<revision>:<down_revisions>#<position>} (see {@link AlembicRevision}); because
 * revisions chain by id rather than sort by name, {@link MigrationOrder} walks the chain.
 */
public final class AlembicExtractor implements Extractor {
  private static final Set<String> TABLE_FUNCTIONS = Set.of("create_table", "rename_table", "drop_table");

  @Override
  public String name() {
    return "alembic";
  }

  @Override
  public boolean supports(String path) {
    return path.endsWith(".py") && ("/" + path).contains("/versions/");
  }

  @Override
  public Result extract(SourceFile file) {
    LineIndex lines = new LineIndex(file);
    SourceLexer.Lexed lexed = SourceLexer.lex(file.text(), Syntax.PYTHON);
    AlembicModule module = new AlembicModule(lexed.tokens());
    List<ExtractionProblem> problems = new ArrayList<>();
    for (SourceLexer.Problem problem : lexed.problems()) {
      problems.add(new ExtractionProblem(lines.at(problem.offset()), problem.message()));
    }
    List<OpCall> calls = module.upgradeCalls();
    Optional<AlembicRevision> found = module.revision();
    if (found.isEmpty() && !calls.isEmpty()) {
      problems.add(new ExtractionProblem(file.at(1, 1), "expected a module-level revision = \"<id>\""
          + " assignment; without it this migration's tables are ordered by file path"));
    }
    // without an id, the path stands in: unique, stable, and a root of no chain
    AlembicRevision revision = found.orElse(new AlembicRevision(file.path(), List.of()));
    List<Evidence> ops = new ArrayList<>();
    AlembicColumns columns = new AlembicColumns(lines);
    for (OpCall call : calls) {
      if (TABLE_FUNCTIONS.contains(call.function())) {
        tableOp(call, revision.order(ops.size()), lines, problems, columns).ifPresent(ops::add);
      } else {
        columnOps(call, revision, lines, problems, columns, ops);
      }
    }
    problems.sort(Comparator.comparing(ExtractionProblem::at));
    return new Result(ops, problems);
  }

  /**
   * The revision a migration file declares, so that {@link MigrationOrder} can follow the chain
   * through files that have no table operations.
   */
  public Optional<AlembicRevision> revision(SourceFile file) {
    return new AlembicModule(SourceLexer.lex(file.text(), Syntax.PYTHON).tokens()).revision();
  }

  /** The column changes of one column op, each at the call, on the table it names. */
  private static void columnOps(OpCall call, AlembicRevision revision, LineIndex lines,
      List<ExtractionProblem> problems, AlembicColumns columns, List<Evidence> ops) {
    String function = call.function();
    int tableIndex = AlembicColumns.tableIndex(function);
    Optional<String> table = literal(call, tableIndex, function.equals("create_foreign_key") ? "source_table"
        : "table_name", lines, problems, "its columns cannot be known");
    if (table.isEmpty()) {
      return;
    }
    String schemaKeyword = function.equals("create_foreign_key") ? "source_schema" : "schema";
    int schemaIndex = function.equals("add_column") || function.equals("drop_column") ? 2 : Integer.MAX_VALUE;
    Optional<String> schema = call.argument(schemaIndex, schemaKeyword).filter(value -> !OpCall.isNone(value))
        .flatMap(OpCall::literal);
    for (ColumnChange change : columns.changes(call)) {
      ops.add(new ColumnOp(schema, table.get(), change, revision.order(ops.size()), lines.at(call.at().offset())));
    }
  }

  private static Optional<TableOp> tableOp(OpCall call, String order, LineIndex lines,
      List<ExtractionProblem> problems, AlembicColumns columns) {
    String function = call.function();
    boolean rename = function.equals("rename_table");
    Optional<String> name = literal(call, 0, rename ? "old_table_name" : "table_name", lines, problems,
        "the table cannot be known");
    Optional<String> newName = rename
        ? literal(call, 1, "new_table_name", lines, problems, "the table cannot be known")
        : Optional.empty();
    if (name.isEmpty() || (rename && newName.isEmpty())) {
      return Optional.empty();
    }
    // schema is keyword-only for create_table, and follows the names for the other two
    int schemaIndex = function.equals("create_table") ? Integer.MAX_VALUE : rename ? 2 : 1;
    Optional<String> schema = call.argument(schemaIndex, "schema").filter(value -> !OpCall.isNone(value))
        .flatMap(value -> literal(call, schemaIndex, "schema", lines, problems,
            "the table is reported without a schema"));
    TableAction action = rename ? TableAction.RENAME
        : function.equals("create_table") ? TableAction.CREATE : TableAction.DROP;
    Optional<List<ColumnDef>> defined = action == TableAction.CREATE ? columns.createColumns(call) : Optional.empty();
    return Optional.of(new TableOp(action, schema, name.get(), newName, false, order,
        lines.at(call.at().offset()), defined));
  }

  /** The string literal passed as a parameter, or a problem saying what follows from its absence. */
  private static Optional<String> literal(OpCall call, int index, String parameter, LineIndex lines,
      List<ExtractionProblem> problems, String consequence) {
    Optional<List<Token>> argument = call.argument(index, parameter);
    Optional<String> value = argument.flatMap(OpCall::literal);
    if (value.isEmpty()) {
      problems.add(new ExtractionProblem(lines.at(call.at().offset()),
          "expected a string literal as " + parameter + " of op." + call.function() + ", found "
              + (argument.isEmpty() ? "nothing" : "an expression") + "; " + consequence));
    }
    return value;
  }
}
