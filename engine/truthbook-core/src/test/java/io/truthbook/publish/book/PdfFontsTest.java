package io.truthbook.publish.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's fonts carry every character the truth uses, in the diagrams too: an SVG title with an
 * arrow, in the bold sans-serif PlantUML writes, converts without a glyph warning, and the PDF's text
 * (read back with pdf-reader, the gem asciidoctor-pdf ships) holds the arrow.
 */
class PdfFontsTest {
  private static final String TITLE = "CRM: legacy tables \u2192 canonical tables";
  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"60\">"
      + "<text x=\"10\" y=\"20\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"700\">" + TITLE + "</text>"
      + "<text x=\"10\" y=\"40\" font-family=\"sans-serif\" font-size=\"12\">plain \u2192 text</text>"
      + "<text x=\"10\" y=\"55\" font-family=\"monospace\" font-size=\"12\">mono \u2192 text</text></svg>";

  @TempDir Path temp;

  @Test
  void diagramTextWithAnArrowConvertsWithoutWarningAndKeepsTheArrow() {
    String book = "= Fonts\n\n== Diagram\n\nimage::legacy.svg[Legacy]\n";
    try (BookBuilder builder = BookBuilder.boot()) {
      BookOutput output = builder.build(new BookInput(book, LocalDate.of(2026, 1, 15),
          List.of(new BookFile("legacy.svg", SVG))), temp.resolve("book"));
      assertThat(output.messages()).isEmpty();
      String text = pdfText(output.pdf());
      assertThat(text).contains(TITLE, "plain \u2192 text", "mono \u2192 text");
    }
  }

  /** The text of every page, as pdf-reader extracts it. */
  private static String pdfText(Path pdf) {
    Asciidoctor asciidoctor = Asciidoctor.Factory.create();
    try {
      var ruby = JRubyRuntimeContext.get(asciidoctor);
      ruby.evalScriptlet("require 'pdf-reader'");
      String path = pdf.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'");
      return ruby.evalScriptlet("PDF::Reader.new('" + path + "').pages.map(&:text).join(\"\\n\")")
          .asJavaString();
    } finally {
      asciidoctor.shutdown();
    }
  }
}
