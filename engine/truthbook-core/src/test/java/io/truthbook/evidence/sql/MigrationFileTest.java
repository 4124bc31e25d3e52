package io.truthbook.evidence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MigrationFileTest {

  /** The paths in the order their first statements sort. */
  private static List<String> applyOrder(String... paths) {
    List<String> shuffled = new ArrayList<>(List.of(paths));
    Collections.reverse(shuffled);
    return shuffled.stream()
        .sorted((a, b) -> MigrationFile.of(a).order(0).compareTo(MigrationFile.of(b).order(0)))
        .collect(Collectors.toList());
  }

  @Test
  void comparesVersionPartsAsNumbers() {
    assertThat(applyOrder("db/V1__a.sql", "db/V2__b.sql", "db/V10__c.sql"))
        .containsExactly("db/V1__a.sql", "db/V2__b.sql", "db/V10__c.sql");
    assertThat(applyOrder("db/V1__a.sql", "db/V1.1__b.sql", "db/V1.2__c.sql", "db/V1.10__d.sql", "db/V2__e.sql"))
        .containsExactly("db/V1__a.sql", "db/V1.1__b.sql", "db/V1.2__c.sql", "db/V1.10__d.sql", "db/V2__e.sql");
  }

  @Test
  void readsUnderscoresAsDotsAndIgnoresLeadingAndTrailingZeros() {
    assertThat(MigrationFile.of("db/V2_1__a.sql").key()).isEqualTo("1:00000002.00000001#db/V2_1__a.sql");
    assertThat(MigrationFile.of("db/V002.1__a.sql").key()).isEqualTo("1:00000002.00000001#db/V002.1__a.sql");
    assertThat(MigrationFile.of("db/V3.0.0__a.sql").key()).isEqualTo("1:00000003#db/V3.0.0__a.sql");
    assertThat(MigrationFile.of("db/V0__a.sql").key()).isEqualTo("1:00000000#db/V0__a.sql");
  }

  @Test
  void sortsLongVersionPartsSuchAsTimestampsNumerically() {
    assertThat(MigrationFile.of("db/V20240105120000__a.sql").key())
        .isEqualTo("1::1420240105120000#db/V20240105120000__a.sql");
    // 12 digits (yyyyMMddHHmm) is a smaller number than any 14-digit one, though it sorts higher as text
    assertThat(applyOrder("db/V99999999__a.sql", "db/V20240105120000__c.sql", "db/V202402011200__b.sql"))
        .containsExactly("db/V99999999__a.sql", "db/V202402011200__b.sql", "db/V20240105120000__c.sql");
  }

  @Test
  void putsRepeatableMigrationsAfterVersionedOnesAndPlainFilesFirst() {
    assertThat(applyOrder("db/R__views.sql", "db/V999__last.sql", "db/V1__first.sql", "db/R__a_functions.sql",
        "init/schema.sql"))
        .containsExactly("init/schema.sql", "db/V1__first.sql", "db/V999__last.sql", "db/R__a_functions.sql",
            "db/R__views.sql");
  }

  @Test
  void fallsBackToThePathForFilesThatAreNotFlywayVersions() {
    assertThat(MigrationFile.of("changelog/001-crm.sql")).isEqualTo(
        new MigrationFile(MigrationFile.Kind.PLAIN, "0:changelog/001-crm.sql"));
    assertThat(MigrationFile.of("db/V1a__x.sql").kind()).isEqualTo(MigrationFile.Kind.PLAIN);
    assertThat(MigrationFile.of("db/V__x.sql").kind()).isEqualTo(MigrationFile.Kind.PLAIN);
    assertThat(MigrationFile.of("db/V1..2__x.sql").kind()).isEqualTo(MigrationFile.Kind.PLAIN);
    assertThat(MigrationFile.of("db/Views.sql").kind()).isEqualTo(MigrationFile.Kind.PLAIN);
    assertThat(MigrationFile.of("db/V" + "9".repeat(100) + "__x.sql").kind()).isEqualTo(MigrationFile.Kind.PLAIN);
    assertThat(MigrationFile.of("db/V3.sql").key()).isEqualTo("1:00000003#db/V3.sql");
    assertThat(MigrationFile.of("db/U3__undo.sql").kind()).isEqualTo(MigrationFile.Kind.UNDO);
  }

  @Test
  void ordersStatementsWithinAFileByPosition() {
    MigrationFile file = MigrationFile.of("db/V1__a.sql");

    assertThat(file.order(9)).isLessThan(file.order(10));
    assertThat(file.order(10)).isLessThan(MigrationFile.of("db/V1.1__b.sql").order(0));
  }
}
