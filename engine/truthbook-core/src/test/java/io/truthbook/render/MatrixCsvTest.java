package io.truthbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.history.Revision;
import io.truthbook.reconcile.claims.Csv;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.reconcile.claims.ClaimStatus;
import io.truthbook.model.Claim;
import io.truthbook.model.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CSV cells are quoted as RFC 4180 asks, and spreadsheet formulas are defused. */
class MatrixCsvTest {

  @Test
  void cellsThatSpreadsheetsWouldRunAreDefused() {
    assertThat(MatrixCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(MatrixCsv.cell("+1")).isEqualTo("'+1");
    assertThat(MatrixCsv.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(MatrixCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(MatrixCsv.cell("\tcmd")).isEqualTo("'\tcmd");
    assertThat(MatrixCsv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    assertThat(MatrixCsv.cell("a = b")).isEqualTo("a = b");
    assertThat(MatrixCsv.cell("")).isEmpty();
  }

  @Test
  void controlCharactersOtherThanLineBreaksAndTabsShowAsReplacementCharacters() {
    assertThat(MatrixCsv.cell("a\u0000b\u001bc\u0085d\te")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\te");
    assertThat(MatrixCsv.cell("\u0000=cmd")).isEqualTo("\uFFFD=cmd");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() {
    assertThat(MatrixCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(MatrixCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(MatrixCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void aHostileRowReadsBackAsTheDefusedText() {
    MatrixRow row = new MatrixRow("c-1", Location.of("manifests/claims.yaml", 3, 5), "doc", "Doc", "=Infra",
        "=cmd|' /C calc'!A0, \"quoted\"\nsecond line", "service", "-x", Optional.of(new Claim.Expectation("node",
        "@evil")), "node: gpu-1", Optional.of(new Location("manifests/topology.yaml", 7, 5, Optional.of(
        "0123456789abcdef0123456789abcdef01234567"))), ClaimStatus.STALE,
        Optional.of(new Revision("0123456789abcdef0123456789abcdef01234567", LocalDate.of(2026, 4, 20))), true, false,
        List.of("sourik"));

    List<List<String>> read = Csv.parse(MatrixCsv.render(new ReconciliationMatrix(List.of(row))));

    assertThat(read).hasSize(2);
    assertThat(read.get(1)).containsExactly("c-1", "doc", "Doc", "'=Infra",
        "'=cmd|' /C calc'!A0, \"quoted\"\nsecond line", "service -x", "node = @evil", "node: gpu-1",
        "manifests/topology.yaml:7@0123456", "stale", "0123456", "2026-04-20", "true", "false", "sourik");
    assertThat(read.get(1)).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("@")
        .doesNotStartWith("+").doesNotStartWith("-"));
  }
}
