package io.truthbook.imports;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.List;

/** The rule ids import-check reports about an export file's rows, for {@code explain}. */
public final class RowRules {
  public static final RuleInfo VALUE = new RuleInfo("import.value", Severity.ERROR,
      "a cell's value cannot become its canonical column's value",
      "The mapping's transforms refused the value (a date not of the pattern, a phone number that cannot be"
          + " normalised, a value outside the value map) or the column's type cannot hold it; the row would not load.",
      "correct the cell in the export, or extend the mapping (a value map entry, another date pattern)");
  public static final RuleInfo REQUIRED = new RuleInfo("import.required-value", Severity.ERROR,
      "a row leaves a required canonical column empty",
      "A column that is NOT NULL without a default, or one the mapping requires, needs a value in every row.",
      "fill the cell in the export, or map another column to it");
  public static final RuleInfo FORMULA = new RuleInfo("import.formula", Severity.ERROR,
      "a cell starts like a spreadsheet formula",
      "A cell starting with '=', '+', '-', '@', a tab or a carriage return is run as a formula when the raw row is"
          + " opened in a spreadsheet again (CSV injection). It is never evaluated, never loaded and never passed"
          + " on. A plain negative number, and '+' then digits in a column normalised with phone-e164, are values.",
      "remove the formula from the export, or prefix the value with a quote in the source system");
  public static final RuleInfo WIDTH = new RuleInfo("import.width", Severity.ERROR,
      "a row has a different number of cells than the header",
      "A row with cells missing or added cannot be matched to the header, so no cell's column is certain.",
      "check the quoting of the row (an unclosed quote swallows the delimiters after it)");
  public static final RuleInfo ENCODING = new RuleInfo("import.encoding", Severity.WARNING,
      "the export is not UTF-8",
      "An export with bytes that are not UTF-8 was written in another encoding; it is read in the profile's"
          + " declared one, and cells that encoding cannot read are refused.",
      "export as UTF-8, or declare the encoding the export is written in on the profile");
  public static final RuleInfo EMPTY_ROW = new RuleInfo("import.empty-row", Severity.NOTE,
      "an empty row is skipped",
      "A row with no value in any cell (a blank line, a line of delimiters) holds nothing to load; it is"
          + " skipped and counted, not refused.",
      "nothing to do; remove it from the export to silence the note");

  private RowRules() {}

  /** Every rule id of a row check. */
  public static List<RuleInfo> all() {
    return List.of(VALUE, REQUIRED, FORMULA, WIDTH, ENCODING, EMPTY_ROW);
  }
}
