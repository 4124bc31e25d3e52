package io.truthbook.publish.book;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build wrote: the book's folder, its three files, and what Asciidoctor reported on the way;
 * {@code converted} is false when the folder already held the book of the same inputs, and the
 * messages are then those of the build that converted it.
 */
public record BookOutput(Path folder, Path asciidoc, Path html, Path pdf, List<String> messages, boolean converted) {
  public BookOutput {
    messages = List.copyOf(messages);
  }
}
