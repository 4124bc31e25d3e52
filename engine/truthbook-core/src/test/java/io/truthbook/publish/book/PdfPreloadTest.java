package io.truthbook.publish.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Test;

/**
 * The book's converter loads asciidoctor-pdf while it starts, so that a cold build pays for that load
 * on the start thread, beside the check, and the HTML always converts with the same Ruby code loaded;
 * the converter of a preview's pages, which never makes a PDF, does not load it.
 */
class PdfPreloadTest {
  @Test
  void theBookConverterHasThePdfCodeLoadedBeforeItsFirstConversion() {
    try (AsciidoctorConverter converter = AsciidoctorConverter.forBook()) {
      assertThat(pdfLoaded(converter)).isTrue();
    }
  }

  @Test
  void aPageConverterLeavesThePdfCodeUnloaded() {
    try (AsciidoctorConverter converter = new AsciidoctorConverter()) {
      assertThat(pdfLoaded(converter)).isFalse();
    }
  }

  private static boolean pdfLoaded(AsciidoctorConverter converter) {
    return JRubyRuntimeContext.get(converter.asciidoctor)
        .evalScriptlet("defined?(::Asciidoctor::PDF::Converter) ? true : false").isTrue();
  }
}
