package io.truthbook.publish.book;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A text file published next to the book, such as a diagram's SVG; a plain name, no folders. */
public record BookFile(String name, String content) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final Set<String> RESERVED = Set.of(BookBuilder.ASCIIDOC, BookBuilder.HTML, BookBuilder.PDF);

  public BookFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
      throw new IllegalArgumentException("invalid book file name '" + name + "'");
    }
  }
}
