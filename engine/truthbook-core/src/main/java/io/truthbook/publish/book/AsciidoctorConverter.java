package io.truthbook.publish.book;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;

/**
 * Asciidoctor (JRuby inside) booted once, converting in SECURE mode (no include, no URI read, no
 * attribute from the document can lift that), stylesheet embedded, no web fonts, and every date
 * attribute pinned to the stamp.
 */
final class AsciidoctorConverter implements BookConverter {
  /**
   * AsciidoctorJ also sends every report to this java.util.logging logger, which prints to the
   * console; the reports reach the caller through {@link #drainMessages()} instead. Held here so the
   * setting is not lost with a collected logger.
   */
  private static final Logger CONSOLE = Logger.getLogger("asciidoctor");

  private final Asciidoctor asciidoctor;
  private final List<String> messages = new ArrayList<>();
  private final LogHandler handler = this::log;
  private String format = "";

  AsciidoctorConverter() {
    CONSOLE.setLevel(Level.OFF);
    this.asciidoctor = Asciidoctor.Factory.create();
    asciidoctor.registerLogHandler(handler);
  }

  @Override
  public String html(String asciidoc, LocalDate date, Path baseDir) {
    Options options = options(date, baseDir).backend("html5").toFile(false).build();
    format = "html";
    return asciidoctor.convert(asciidoc, options);
  }

  @Override
  public void pdf(String asciidoc, LocalDate date, Path baseDir, Path target) {
    Options options = options(date, baseDir).backend("pdf").toFile(target.toFile()).mkDirs(false).build();
    format = "pdf";
    asciidoctor.convert(asciidoc, options);
  }

  @Override
  public synchronized List<String> drainMessages() {
    List<String> drained = List.copyOf(messages);
    messages.clear();
    return drained;
  }

  @Override
  public void close() {
    asciidoctor.unregisterLogHandler(handler);
    asciidoctor.shutdown();
  }

  private static org.asciidoctor.OptionsBuilder options(LocalDate date, Path baseDir) {
    return Options.builder()
        .safe(SafeMode.SECURE)
        .standalone(true)
        .baseDir(baseDir.toFile())
        .attributes(attributes(date));
  }

  /** Pinned dates and the switches SECURE mode would otherwise decide ("name!" unsets, and wins over the document). */
  static Attributes attributes(LocalDate date) {
    String day = date.toString();
    String time = "00:00:00 +0000";
    AttributesBuilder attributes = Attributes.builder()
        .attribute("reproducible", "")
        .attribute("docdate", day)
        .attribute("localdate", day)
        .attribute("doctime", time)
        .attribute("localtime", time)
        .attribute("docdatetime", day + " " + time)
        .attribute("localdatetime", day + " " + time)
        .attribute("docyear", Integer.toString(date.getYear()))
        .attribute("localyear", Integer.toString(date.getYear()))
        .attribute("allow-uri-read!", "")
        .attribute("linkcss!", "")
        .attribute("webfonts!", "")
        // a chapter must not make the page load script (MathJax, highlight.js) from a CDN: locked off
        .attribute("stem!", "")
        .attribute("source-highlighter!", "");
    return attributes.build();
  }

  private synchronized void log(LogRecord record) {
    StringBuilder text = new StringBuilder(format).append(": ").append(record.getSeverity().name()).append(": ");
    if (record.getCursor() != null && record.getCursor().getLineNumber() > 0) {
      text.append("book.adoc:").append(record.getCursor().getLineNumber()).append(": ");
    }
    messages.add(text.append(record.getMessage()).toString());
  }
}
