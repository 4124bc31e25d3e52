package io.truthbook.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the book's PDF holds of the generated reference ({@code pdf.reference} in {@code truthbook.yaml}).
 * The reference's tables are most of the PDF's conversion time (Prawn lays out every cell), so a team may
 * keep them in the one-page HTML book only; the HTML book always holds the whole reference.
 */
public enum PdfReference {
  /** The PDF is the whole book, the same document as the HTML: the default. */
  INCLUDED("included"),
  /**
   * The PDF keeps the chapters and diagrams; its cross references into the reference become links to
   * the same anchor in {@code book.html}, which sits beside the PDF.
   */
  LINKED("linked");

  private final String key;

  PdfReference(String key) {
    this.key = key;
  }

  /** The value as written in {@code truthbook.yaml}. */
  public String key() {
    return key;
  }

  /** The value written {@code key}, if any. */
  public static Optional<PdfReference> of(String key) {
    return Arrays.stream(values()).filter(value -> value.key.equals(key)).findFirst();
  }
}
