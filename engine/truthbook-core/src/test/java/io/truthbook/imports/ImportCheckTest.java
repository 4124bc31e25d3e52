package io.truthbook.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Finding;
import io.truthbook.model.Truth;
import io.truthbook.rules.Suggestions;
import io.truthbook.render.book.BookFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export's rows judged by the frozen test truth's import model, with the shapes real exports take. */
class ImportCheckTest {
  private static final Truth TRUTH = new Truthbook(BookFixtures.repositoryRoot(), LoadLimits.DEFAULTS).truth();
  private static final String HUBSPOT = "Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,"
      + "Company Name,Job Title,Lifecycle Stage,Contact owner,City,Country/Region,Create Date,Last Activity Date";
  private static final String AGENCY =
      "Client name;E-mail;Mobile;Household;Stage;Agent;First contact;Budget (EUR);Notes";

  @TempDir Path temp;
  private final List<Finding> findings = new ArrayList<>();

  private ImportSummary check(byte[] bytes, Optional<String> profile) throws IOException {
    Path file = temp.resolve("export.csv");
    Files.write(file, bytes);
    return new ImportCheck(TRUTH, Suggestions::closest).run(file, "export.csv", profile, findings::add);
  }

  private static String hubspotRow(String id, String phone, String jobTitle, String created) {
    return id + ",Ann,Lee,ann@example.com," + phone + ",,," + jobTitle + ",Customer,,,," + created + ",";
  }

  private List<String> located() {
    return findings.stream().map(f -> f.location().line() + ":" + f.location().column() + " " + f.ruleId()).toList();
  }

  @Test
  void aByteOrderMarkCrlfAndAQuotedLineBreakKeepEveryRowOnItsPhysicalLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(String.join("\r\n", HUBSPOT, hubspotRow("1", "", "\"Head,\r\nof sales\"", "2024-01-01 10:00"),
        hubspotRow("2", "", "", "2024-13-01 10:00"), "").getBytes(StandardCharsets.UTF_8));

    ImportSummary summary = check(out.toByteArray(), Optional.empty());

    assertThat(summary.profile()).isEqualTo("hubspot-contacts");
    assertThat(located()).containsExactly("4:13 import.value");
    assertThat(summary.good()).isEqualTo(1);
    assertThat(summary.bad()).isEqualTo(1);
  }

  @Test
  void aSemicolonSpreadsheetIsRecognisedAndItsNamesSplit() throws IOException {
    ImportSummary summary = check((AGENCY + "\nMary Ann Byrne;mab@example.ie;0871234567;Byrne;Client;Jo;01/02/2024;"
        + "1.250,50;\n").getBytes(StandardCharsets.UTF_8), Optional.empty());

    assertThat(summary.profile()).isEqualTo("agency-spreadsheet");
    assertThat(findings).isEmpty();
    assertThat(summary.good()).isEqualTo(1);
    assertThat(CellValues.splitName("Mary Ann Byrne", true)).isEqualTo("Mary Ann");
    assertThat(CellValues.splitName("Mary Ann Byrne", false)).isEqualTo("Byrne");
    assertThat(CellValues.splitName("Cher", false)).isEmpty();
  }

  @Test
  void formulaPrefixesAreFindingsButNegativeNumbersAndInternationalPhonesAreValues() throws IOException {
    String text = String.join("\n", HUBSPOT,
        hubspotRow("1", "+353 87 123 4567", "-12.5", "2024-01-01 10:00"),
        hubspotRow("2", "", "@SUM(A1)", "2024-01-01 10:00"),
        hubspotRow("3", "=1+2", "+44 20", "2024-01-01 10:00"), "");

    ImportSummary summary = check(text.getBytes(StandardCharsets.UTF_8), Optional.of("hubspot-contacts"));

    assertThat(located()).containsExactly("3:8 import.formula", "4:5 import.formula", "4:8 import.formula");
    assertThat(findings.get(0).message()).contains("'@SUM(A1)' starts with '@'");
    assertThat(summary.good()).isEqualTo(1);
  }

  @Test
  void anEmptyRowIsSkippedAndCountedNotRefused() throws IOException {
    ImportSummary summary = check((HUBSPOT + "\n\n,,,,,,,,,,,,,\n" + hubspotRow("1", "", "", "2024-01-01 10:00")
        + "\n").getBytes(StandardCharsets.UTF_8), Optional.empty());

    assertThat(located()).containsExactly("2:1 import.empty-row", "3:1 import.empty-row");
    assertThat(summary.empty()).isEqualTo(2);
    assertThat(summary.allGood()).isTrue();
  }

  @Test
  void valuesTheTransformsRefuseAreLocatedWithTheirCanonicalColumn() throws IOException {
    String text = String.join("\n", HUBSPOT,
        "1,Ann,Lee,ann@example.com,call me,,,,Customer,,,,2024-02-30 10:00,",
        "2,Bo,Lee,bo@example.com,,,,,Fan,,,,2024-02-01 10:00,",
        "3,Cy,Lee,,,,,,Lead,,,,2024-02-01 10:00,",
        "4,Di,Lee,di@example.com,,,,,Lead,,,,2024-02-01 10:00", "");

    ImportSummary summary = check(text.getBytes(StandardCharsets.UTF_8), Optional.empty());

    assertThat(findings).extracting(Finding::message).containsExactly(
        "\"Phone Number\" (column 5) -> crm_contact.phone: 'call me' is not a phone number that normalises to E.164"
            + " (region IE)",
        "\"Create Date\" (column 13) -> crm_contact.created_at: '2024-02-30 10:00' is not a date of pattern"
            + " yyyy-MM-dd HH:mm",
        "\"Lifecycle Stage\" (column 9) -> crm_contact.lifecycle_stage: 'Fan' is not in the value map (Customer,"
            + " Evangelist, Lead, Marketing Qualified Lead, Opportunity, Other, Sales Qualified Lead, Subscriber)",
        "\"Email\" (column 4) -> crm_contact.email: required value empty",
        "the row has 13 cells, the header 14");
    assertThat(summary.columns()).filteredOn(c -> c.column().equals("crm_contact.created_at"))
        .singleElement().satisfies(c -> assertThat(c.refused()).isEqualTo(1));
  }

  @Test
  void aRowsFindingsComeInTheOrderOfItsCells() throws IOException {
    // mapped in another order: the phone (5) before the required email (4), the formula (8) found first of all
    String text = String.join("\n", HUBSPOT, "1,Ann,Lee,,call me,,Lee Homes,=1+1,Customer,,,,2024-02-30 10:00,", "");

    check(text.getBytes(StandardCharsets.UTF_8), Optional.empty());

    assertThat(located()).containsExactly("2:4 import.required-value", "2:5 import.value", "2:8 import.formula",
        "2:13 import.value");
  }

  @Test
  void aConstantOfATableTheRowMakesNoRecordOfIsNotCountedAsFilled() throws IOException {
    // the mapping makes an account only from a company name; its kind is a constant
    String text = String.join("\n", HUBSPOT, "1,Ann,Lee,ann@example.com,,,Lee Homes,,Customer,,,,2024-02-01 10:00,",
        "2,Bo,Lee,bo@example.com,,,,,Customer,,,,2024-02-01 10:00,", "");

    ImportSummary summary = check(text.getBytes(StandardCharsets.UTF_8), Optional.empty());

    assertThat(summary.good()).isEqualTo(2);
    assertThat(summary.columns()).filteredOn(c -> c.column().startsWith("crm_account."))
        .extracting(c -> c.column() + " " + c.filled() + "/" + c.empty() + "/" + c.refused())
        .containsExactlyInAnyOrder("crm_account.name 1/1/0", "crm_account.kind 1/1/0");
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithAGuessAndReadInTheDeclaredEncoding() throws IOException {
    byte[] bytes = (AGENCY + "\nSe\u00e1n \u00d3 Briain;s@example.ie;;\u00d3 Briain;Lead;Jo;01/02/2024;;\u201cnote\u201d\n")
        .getBytes(Charset.forName("windows-1252"));

    ImportSummary summary = check(bytes, Optional.empty());

    assertThat(findings).extracting(Finding::message).containsExactly("the file is not UTF-8 (it looks like"
        + " windows-1252); read as windows-1252, the encoding profile agency-spreadsheet declares");
    assertThat(summary.charset()).isEqualTo("windows-1252");
    assertThat(summary.good()).isEqualTo(1);
  }

  @Test
  void invalidBytesInAUtf8ProfilesFileAreRefusedInTheirCell() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((HUBSPOT + "\n1,J").getBytes(StandardCharsets.UTF_8));
    out.write(0xE9);
    out.writeBytes(",Lee,j@example.com,,,,,Lead,,,,2024-01-01 10:00,\n".getBytes(StandardCharsets.UTF_8));

    check(out.toByteArray(), Optional.empty());

    assertThat(located()).containsExactly("1:1 import.encoding", "2:2 import.value");
  }

  @Test
  void unusableInputIsAnExceptionNamingWhy() {
    assertThatThrownBy(() -> new ImportCheck(TRUTH, Suggestions::closest).run(temp.resolve("none.csv"), "none.csv", Optional.empty(),
        findings::add)).isInstanceOf(ImportInputException.class).hasMessage("none.csv: no such file: give the path"
            + " of the export (a .csv file), absolute or from the current folder");
    assertThatThrownBy(() -> new ImportCheck(TRUTH, Suggestions::closest).run(temp, "exports", Optional.empty(),
        findings::add)).isInstanceOf(ImportInputException.class).hasMessageStartingWith("exports: is a folder, not a file");
    assertThatThrownBy(() -> check(HUBSPOT.getBytes(StandardCharsets.UTF_8), Optional.of("hubspot-contact")))
        .isInstanceOf(ImportInputException.class).hasMessageStartingWith("unknown profile 'hubspot-contact'"
            + " (did you mean 'hubspot-contacts'?); the profiles are ");
    assertThatThrownBy(() -> check(HUBSPOT.getBytes(StandardCharsets.UTF_8), Optional.of("zzz")))
        .isInstanceOf(ImportInputException.class).hasMessageStartingWith("unknown profile 'zzz'; the profiles are ");
    assertThatThrownBy(() -> check("Name,Mail\n".getBytes(StandardCharsets.UTF_8), Optional.empty()))
        .isInstanceOf(ImportInputException.class).hasMessageStartingWith("export.csv:1: the header row matches no"
            + " profile; closest: ");
    assertThatThrownBy(() -> check(HUBSPOT.getBytes(StandardCharsets.UTF_8), Optional.of("pipedrive-persons")))
        .isInstanceOf(ImportInputException.class).hasMessageContaining("is not a pipedrive-persons export");
  }

  @Test
  void phoneNumbersNormaliseToE164OrAreRefused() {
    assertThat(PhoneNumbers.e164("087 123 4567", "IE")).contains("+353871234567");
    assertThat(PhoneNumbers.e164("0044 (20) 7946-0958", "IE")).contains("+442079460958");
    assertThat(PhoneNumbers.e164("(415) 555-2671", "US")).contains("+14155552671");
    assertThat(PhoneNumbers.e164("ext. 12", "IE")).isEmpty();
    assertThat(PhoneNumbers.e164("+1 234", "IE")).isEmpty();
  }
}
