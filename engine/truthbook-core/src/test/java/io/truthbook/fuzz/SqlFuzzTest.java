package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.sql.SqlMigrationExtractor;

/** Fuzzes the SQL migration extractor: any text as a versioned migration. */
class SqlFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void sqlMigration(byte[] input) {
    ExtractorContract.holds(new SqlMigrationExtractor(), FuzzedFiles.one("db/migrations/V1__fuzzed.sql", input));
  }
}
