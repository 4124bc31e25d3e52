package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.sql.AlembicExtractor;

/** Fuzzes the Alembic extractor: any text as a migration module, and its revision. */
class AlembicFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void alembicMigration(byte[] input) {
    SourceFile file = FuzzedFiles.one("alembic/versions/0001_fuzzed.py", input);
    AlembicExtractor extractor = new AlembicExtractor();
    ExtractorContract.holds(extractor, file);
    TimeLimit.run(() -> extractor.revision(file));
  }
}
