package io.truthbook.publish.book;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * attribute from the document can lift that), stylesheet embedded, no web fonts, every date
 * attribute pinned to the stamp, and the PDF in the book's theme ({@link #THEME}).
 */
final class AsciidoctorConverter implements BookConverter {
  /**
   * AsciidoctorJ also sends every report to this java.util.logging logger, which prints to the
   * console; the reports reach the caller through {@link #drainMessages()} instead. Held here so the
   * setting is not lost with a collected logger.
   */
  private static final Logger CONSOLE = Logger.getLogger("asciidoctor");
  /**
   * The book's PDF theme (a resource beside this class): the default theme with font fallbacks, and
   * fonts with every character the truth uses for the diagrams' SVG text.
   */
  static final String THEME = "truthbook";
  /** The Ruby library AsciidoctorJ requires for the {@code pdf} backend (from the asciidoctorj-pdf jar). */
  private static final String PDF_LIBRARY = "asciidoctor-pdf";

  /** Package-private for the tests that look into its JRuby (which Ruby libraries are loaded). */
  final Asciidoctor asciidoctor;
  /** Reports of the HTML and of the PDF apart, as the two may convert at once: drained in that order. */
  private final List<String> htmlMessages = new ArrayList<>();
  private final List<String> pdfMessages = new ArrayList<>();
  private final LogHandler handler = this::log;
  /** The format the calling thread converts to: Asciidoctor reports on the thread that converts. */
  private final ThreadLocal<String> format = ThreadLocal.withInitial(() -> "");
  /** The folder of the PDF theme, once written. */
  private Path themes;

  /** A converter for HTML pages only: the PDF's Ruby code is loaded on the first PDF, if one comes. */
  AsciidoctorConverter() {
    CONSOLE.setLevel(Level.OFF);
    this.asciidoctor = Asciidoctor.Factory.create();
    asciidoctor.registerLogHandler(handler);
  }

  /**
   * A converter for the book, which always converts to PDF: asciidoctor-pdf and its Prawn stack (Prawn,
   * prawn-table, prawn-svg, ttfunk, pdf-core, Treetop) are loaded now, while Asciidoctor starts, rather
   * than by the first PDF conversion. Loading them costs more CPU than JRuby's own start (5.4 to 5.9 s
   * at load 5 to 6 on the 2-core machine, BENCHMARKS.md "Session 11"); a cold build starts the
   * converter on a thread of its own ({@link BookBuilder#starting}), so that load now overlaps the check
   * and the diagrams instead of delaying the PDF. It also means the HTML, which converts beside the PDF,
   * always runs with the same Ruby code loaded: asciidoctor-pdf adds methods to Asciidoctor's classes,
   * and until now whether it had by the time the HTML converted depended on the two threads' timing.
   */
  static AsciidoctorConverter forBook() {
    AsciidoctorConverter converter = new AsciidoctorConverter();
    try {
      converter.asciidoctor.requireLibrary(PDF_LIBRARY);
    } catch (RuntimeException e) {
      converter.close();
      throw e;
    }
    return converter;
  }

  @Override
  public String html(String asciidoc, LocalDate date, Path baseDir) {
    Options options = options(date, baseDir).backend("html5").toFile(false).build();
    format.set("html");
    try {
      return asciidoctor.convert(asciidoc, options);
    } finally {
      format.remove();
    }
  }

  @Override
  public void pdf(String asciidoc, LocalDate date, Path baseDir, Path target) {
    Options options = Options.builder()
        .safe(SafeMode.SECURE)
        .standalone(true)
        .baseDir(baseDir.toFile())
        .attributes(pinned(date)
            .attribute("pdf-theme", THEME)
            .attribute("pdf-themesdir", themes().toString())
            .build())
        .backend("pdf").toFile(target.toFile()).mkDirs(false).build();
    format.set("pdf");
    try {
      asciidoctor.convert(asciidoc, options);
    } finally {
      format.remove();
    }
  }

  /**
   * The folder holding the book's PDF theme, written from the jar on first use (asciidoctor-pdf reads
   * themes from files) into a temporary folder of this converter, removed when it closes.
   */
  private synchronized Path themes() {
    if (themes == null) {
      try (InputStream theme = AsciidoctorConverter.class.getResourceAsStream(THEME + "-theme.yml")) {
        if (theme == null) {
          throw new IllegalStateException("the PDF theme " + THEME + "-theme.yml is missing from the tool's jar");
        }
        Path folder = Files.createTempDirectory("truthbook-theme");
        Files.copy(theme, folder.resolve(THEME + "-theme.yml"));
        themes = folder;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the PDF theme to a temporary folder", e);
      }
    }
    return themes;
  }

  /**
   * Asciidoctor is thread-safe across documents ("Asciidoctor itself is thread-safe", AsciidoctorJ's
   * Ruby Runtime guide); the one race AsciidoctorJ had there, a class created lazily on the first
   * conversion (asciidoctorj#1158), was fixed before its 3.0.
   */
  @Override
  public boolean convertsConcurrently() {
    return true;
  }

  @Override
  public synchronized List<String> drainMessages() {
    List<String> drained = new ArrayList<>(htmlMessages);
    drained.addAll(pdfMessages);
    htmlMessages.clear();
    pdfMessages.clear();
    return List.copyOf(drained);
  }

  @Override
  public void close() {
    asciidoctor.unregisterLogHandler(handler);
    asciidoctor.shutdown();
    if (themes != null) {
      try {
        Files.deleteIfExists(themes.resolve(THEME + "-theme.yml"));
        Files.deleteIfExists(themes);
      } catch (IOException e) {
        // a temporary folder left behind is the system's to clean; the book is complete
      }
    }
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
    return pinned(date).build();
  }

  private static AttributesBuilder pinned(LocalDate date) {
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
    return attributes;
  }

  private synchronized void log(LogRecord record) {
    String converting = format.get();
    StringBuilder text = new StringBuilder(converting).append(": ").append(record.getSeverity().name()).append(": ");
    if (record.getCursor() != null && record.getCursor().getLineNumber() > 0) {
      text.append("book.adoc:").append(record.getCursor().getLineNumber()).append(": ");
    }
    (converting.equals("html") ? htmlMessages : pdfMessages).add(text.append(record.getMessage()).toString());
  }
}
