package io.truthbook.render;

import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.reconcile.claims.MatrixRow;

import java.util.List;

/**
 * The matrix as CSV text (RFC 4180: CRLF line ends, a header row, fields with commas, quotes or
 * line breaks quoted, quotes doubled). A cell a spreadsheet would run as a formula (one starting
 * with {@code = + - @}, a tab or a carriage return) is prefixed with a single quote.
 */
public final class MatrixCsv {
  /** The columns, in order. */
  public static final List<String> HEADER = List.of("claim", "document", "document_title", "section", "statement", "subject",
      "expects", "truth", "evidence", "status", "since_commit", "since_date", "legacy_feeder", "must_hold",
      "owners");

  private MatrixCsv() {}

  public static String render(ReconciliationMatrix matrix) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (MatrixRow row : matrix.rows()) {
      line(out, List.of(row.claimId(), row.documentId(), row.documentTitle(), row.section(), row.statement(), row.subject(),
          row.expected(), row.truth(), row.evidenceText(), row.status().label(),
          row.since().map(r -> r.shortId()).orElse(""), row.since().map(r -> r.date().toString()).orElse(""),
          Boolean.toString(row.legacyFeeder()), Boolean.toString(row.mustHold()), String.join(" ", row.owners())));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * One cell, defused against formula injection, then quoted as RFC 4180 asks; control characters other
   * than line breaks and tabs (NUL, ESC, the C1 set) show as U+FFFD.
   */
  public static String cell(String value) {
    StringBuilder printable = new StringBuilder(value.length());
    value.codePoints().forEach(cp -> printable.appendCodePoint(
        Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t' ? 0xFFFD : cp));
    String text = printable.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
