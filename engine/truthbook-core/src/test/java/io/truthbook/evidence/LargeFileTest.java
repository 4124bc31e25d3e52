package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.evidence.sql.SqlMigrationExtractor;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Large products keep schema dumps of several megabytes: read by default, never skipped in silence. */
class LargeFileTest {
  private static final Location AT = Location.of("manifests/sources.yaml", 3, 5);

  @Test
  void aSchemaDumpOfFourMegabytesIsReadByDefault() {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; dump.length() < 4 * 1024 * 1024; i++) {
      dump.append("CREATE TABLE public.t").append(i).append(" (id bigint PRIMARY KEY, note text DEFAULT '")
          .append("x".repeat(200)).append("');\n");
    }
    dump.append("CREATE VIEW public.last_v AS SELECT 1;\n");
    Source source = new Source("product", AT, Optional.of("product"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Map.of());

    EvidenceCollector.Collected collected =
        new EvidenceCollector(List.of(new SqlMigrationExtractor()), Truthbook.Options.defaults().maxFileBytes())
            .collect(source, new MemoryTree(Map.of("db/schema.sql", dump.toString())));

    assertThat(collected.findings()).isEmpty();
    assertThat(collected.evidence()).hasSizeGreaterThan(10_000)
        .last().extracting(e -> ((Evidence.TableOp) e).name()).isEqualTo("last_v");
  }

  @Test
  void aFileOverTheLimitIsAWarningAtTheFile() {
    Source source = new Source("product", AT, Optional.of("product"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Map.of());

    EvidenceCollector.Collected collected = new EvidenceCollector(List.of(new SqlMigrationExtractor()), 10)
        .collect(source, new MemoryTree(Map.of("db/schema.sql", "CREATE TABLE t (id int);")));

    assertThat(collected.evidence()).isEmpty();
    assertThat(collected.findings()).extracting(f -> f.ruleId() + " " + f.location().file())
        .containsExactly("limit.file-size db/schema.sql");
  }
}
