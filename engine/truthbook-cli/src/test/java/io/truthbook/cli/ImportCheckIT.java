package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance of `truthbook import-check`, tried on the real jar with exports as vendors write them. */
class ImportCheckIT {
  private static final String HEADER = "Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,"
      + "Company Name,Job Title,Lifecycle Stage,Contact owner,City,Country/Region,Create Date,Last Activity Date";

  @TempDir Path temp;

  @Test
  void hubspotExportWithBomQuotedNewlinesFormulaEmptyRowAndBadDateLocatesEachBadRow() throws Exception {
    Path csv = temp.resolve("contacts.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes(String.join("\r\n", HEADER,
        "101,Aoife,Byrne,aoife@example.com,087 123 4567,,Byrne Homes,\"Director,\r\nSales\",Customer,,Dublin,"
            + "Ireland,2024-03-01 09:30,",
        "102,Cian,Walsh,cian@example.com,+353 86 765 4321,,,\"=HYPERLINK(\"\"http://x.example\"\",\"\"go\"\")\","
            + "Lead,,Cork,Ireland,2024-03-02 10:00,",
        "",
        "103,Niamh,Kelly,niamh@example.com,,,,,Opportunity,,,,2024-02-31 11:00,",
        "104,Sean,Doyle,sean@example.com,01 234 5678,,,,Subscriber,,,,2024-03-04 12:15,",
        "").getBytes(StandardCharsets.UTF_8));
    Files.write(csv, bytes.toByteArray());

    Jar.Run run = Jar.run(Jar.ROOT, "import-check", csv.toString());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    // the record of line 2 spans lines 2 and 3 (a quoted line break): the next one starts on line 4
    assertThat(run.out()).contains(csv + ":4:8: error [import.formula] \"Job Title\" (column 8): "
        + "'=HYPERLINK(\"http://x.example\",\"go\")' starts with '='");
    assertThat(run.out()).contains(csv + ":5:1: note [import.empty-row] empty row skipped");
    assertThat(run.out()).contains(csv + ":6:13: error [import.value] \"Create Date\" (column 13) -> "
        + "crm_contact.created_at: '2024-02-31 11:00' is not a date of pattern yyyy-MM-dd HH:mm");
    assertThat(run.out()).doesNotContain(":2:").doesNotContain(":7:");
    assertThat(run.out()).contains("profile hubspot-contacts (recognised from the header row)")
        .contains("read as UTF-8")
        .containsPattern("crm_contact.created_at +3 +0 +1  Create Date")
        .endsWith("2 rows would load, 2 rows would not, 1 empty row skipped\n");
  }

  @Test
  void aCleanExportExitsZeroAndTheFormulaIsNeverPrintedRaw() throws Exception {
    Path csv = temp.resolve("clean.csv");
    Files.writeString(csv, HEADER + "\n201,Ann,Lee,ann@example.com,+353871234567,,,,Customer,,,,2024-01-02 03:04,\n");

    Jar.Run run = Jar.run(Jar.ROOT, "import-check", "--profile", "hubspot-contacts", csv.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("profile hubspot-contacts (as asked)").endsWith("1 row would load, 0 rows would not\n");
  }

  @Test
  void aSemicolonSpreadsheetThatIsNotUtf8IsNamedAndReadInTheProfilesEncoding() throws Exception {
    Path csv = temp.resolve("agency.csv");
    Files.write(csv, ("Client name;E-mail;Mobile;Household;Stage;Agent;First contact;Budget (EUR);Notes\r\n"
        + "Se\u00e1n \u00d3 Briain;sean@example.ie;087 765 4321;\u00d3 Briain;Viewing;Mary;03/04/2024;-450,00;"
        + "\u201cgardens\u201d\r\n").getBytes(Charset.forName("windows-1252")));

    Jar.Run run = Jar.run(Jar.ROOT, "import-check", csv.toString());

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains(csv + ":1:1: warning [import.encoding] the file is not UTF-8 (it looks like"
        + " windows-1252); read as windows-1252, the encoding profile agency-spreadsheet declares");
    assertThat(run.out()).endsWith("1 row would load, 0 rows would not\n");
  }

  @Test
  void unusableInputIsExitTwoWithoutAStackTrace() throws Exception {
    Path csv = temp.resolve("other.csv");
    Files.writeString(csv, "a,b,Email\n1,2,3\n");

    Jar.Run unrecognised = Jar.run(Jar.ROOT, "import-check", csv.toString());
    Jar.Run unknown = Jar.run(Jar.ROOT, "import-check", "--profile", "hubspot", csv.toString());
    Jar.Run mistyped = Jar.run(Jar.ROOT, "import-check", "--profile", "hubspot-contact", csv.toString());
    Jar.Run missing = Jar.run(Jar.ROOT, "import-check", temp.resolve("none.csv").toString());

    assertThat(unrecognised.exit()).isEqualTo(2);
    assertThat(unrecognised.err()).contains(csv + ":1: the header row matches no profile; closest: hubspot-contacts"
        + " (1 of 5 recognising headers)");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown profile 'hubspot'; the profiles are hubspot-contacts");
    assertThat(mistyped.exit()).isEqualTo(2);
    assertThat(mistyped.err()).contains("unknown profile 'hubspot-contact' (did you mean 'hubspot-contacts'?)");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.csv: no such file: give the path of the export").doesNotContain("Exception");
  }
}
