package io.truthbook.publish.book;

import java.nio.file.Path;
import java.util.List;

/** What a build wrote: the book's folder, its three files, and what Asciidoctor reported on the way. */
public record BookOutput(Path folder, Path asciidoc, Path html, Path pdf, List<String> messages) {
  public BookOutput {
    messages = List.copyOf(messages);
  }
}
