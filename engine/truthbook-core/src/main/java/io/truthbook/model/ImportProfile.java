package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A known export format an import recognises: the vendor's header names in their order, how the file
 * is written (delimiter, encoding, date patterns, decimal separator), and the headers that must all be
 * present in a header row for it to be this profile.
 */
public record ImportProfile(String id, Location at, String title, String vendor, Optional<String> documentation,
    List<String> headers, Location headersAt, char delimiter, String encoding, Location encodingAt,
    List<Located> dateFormats, char decimalSeparator, List<Located> recognisedBy) {

  public ImportProfile {
    headers = List.copyOf(headers);
    dateFormats = List.copyOf(dateFormats);
    recognisedBy = List.copyOf(recognisedBy);
  }

  /** A text of the manifest with the place it is written, for findings about it. */
  public record Located(String text, Location at) {}
}
