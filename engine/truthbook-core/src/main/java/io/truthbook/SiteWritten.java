package io.truthbook;

import io.truthbook.publish.diagram.RenderReport;
import java.nio.file.Path;

/** What {@code siteSource} wrote: the folder, its page, chapter and search-entry counts, the diagrams. */
public record SiteWritten(Path folder, int pages, long chapters, int searchEntries, RenderReport diagrams,
    boolean draft) {
  /** {@code site source: 24 pages (12 chapters), 310 search entries, ... -> DIR}. */
  public String summary() {
    return (draft ? "DRAFT " : "") + "site source: " + pages + " pages (" + chapters + " chapters), "
        + searchEntries + " search entries, " + diagrams.summary() + " -> " + folder;
  }
}
