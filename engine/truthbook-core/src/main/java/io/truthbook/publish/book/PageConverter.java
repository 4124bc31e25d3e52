package io.truthbook.publish.book;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One page of AsciiDoc at a time to standalone HTML, with the book's converter (Asciidoctor in SECURE
 * mode, dates pinned): what a preview renders a site page with. Asciidoctor starts with the first page
 * (several seconds: JRuby) and stays up for the next ones; one page at a time, so callers share it
 * through this object's lock. Once closed it converts nothing (it never starts Asciidoctor again).
 */
public final class PageConverter implements AutoCloseable {
  private final Path baseDir;
  private BookConverter converter;
  private boolean closed;

  /** {@code baseDir}: the folder the pages' relative references would be read from (nothing is read in SECURE mode). */
  public PageConverter(Path baseDir) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  /**
   * The page as one standalone HTML document.
   *
   * @throws PublishException when Asciidoctor cannot start or convert it, or when the page would run
   *     script (some manifest or chapter text escaped its escaping: the page is not shown)
   */
  public synchronized String html(String asciidoc, LocalDate date) {
    if (closed) {
      throw new PublishException("the preview is stopping: no page is converted any more");
    }
    if (converter == null) {
      try {
        converter = new AsciidoctorConverter();
      } catch (RuntimeException e) {
        throw new PublishException("cannot start Asciidoctor: " + e.getMessage(), e);
      }
    }
    String html;
    try {
      html = converter.html(asciidoc, date, baseDir);
    } catch (RuntimeException e) {
      throw new PublishException("cannot convert the page: " + e.getMessage(), e);
    } finally {
      converter.drainMessages();
    }
    BookBuilder.refuseActiveContent(html, "the page's HTML", "it is not shown");
    return html;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (converter != null) {
      converter.close();
      converter = null;
    }
  }
}
