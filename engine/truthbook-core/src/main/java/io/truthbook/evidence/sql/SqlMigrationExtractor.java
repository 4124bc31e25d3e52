package io.truthbook.evidence.sql;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the tables a SQL file creates, renames and drops: Flyway and Liquibase migrations, init
 * scripts and schema dumps (pg_dump, mysqldump) alike. Each operation's {@code order} sorts it into
 * apply order across files (see {@link MigrationFile}); {@link MigrationOrder} and {@link TableSet}
 * turn them into the tables that exist at the end.
 */
public final class SqlMigrationExtractor implements Extractor {

  @Override
  public String name() {
    return "sql";
  }

  @Override
  public boolean supports(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".sql");
  }

  @Override
  public Result extract(SourceFile file) {
    MigrationFile migration = MigrationFile.of(file.path());
    // an undo migration reverses a versioned one; replaying it would remove tables that exist
    if (migration.kind() == MigrationFile.Kind.UNDO) {
      return Result.of(List.of());
    }
    LineIndex lines = new LineIndex(file);
    SqlLexer lexer = new SqlLexer(file.text(), lines);
    TableStatementReader reader = new TableStatementReader(file.text(), lines, migration);
    List<SqlToken> statement = new ArrayList<>();
    for (Optional<SqlToken> next = lexer.next(); next.isPresent(); next = lexer.next()) {
      SqlToken token = next.get();
      if (!token.isPunct(';')) {
        statement.add(token);
        continue;
      }
      reader.read(statement);
      if (isCopyFromStdin(statement)) {
        lexer.skipCopyData();
      }
      statement.clear();
    }
    if (!lexer.endedUnterminated()) {
      reader.read(statement);
    }
    List<ExtractionProblem> problems = new ArrayList<>(lexer.problems());
    problems.addAll(reader.problems());
    problems.sort(Comparator.comparing(ExtractionProblem::at));
    return new Result(List.copyOf(reader.ops()), problems);
  }

  private static boolean isCopyFromStdin(List<SqlToken> statement) {
    if (statement.isEmpty() || !statement.get(0).isWord("COPY")) {
      return false;
    }
    for (int i = 1; i < statement.size(); i++) {
      if (statement.get(i - 1).isWord("FROM") && statement.get(i).isWord("STDIN")) {
        return true;
      }
    }
    return false;
  }
}
