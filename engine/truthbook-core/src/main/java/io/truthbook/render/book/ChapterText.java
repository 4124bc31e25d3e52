package io.truthbook.render.book;

import io.truthbook.model.Chapter;
import io.truthbook.model.SourceText;
import java.util.List;
import java.util.Objects;

/** A chapter the book declares and the lines of its file, read by the caller. */
public record ChapterText(Chapter chapter, List<String> lines) {
  public ChapterText {
    Objects.requireNonNull(chapter, "chapter");
    lines = List.copyOf(lines);
  }

  /** Pairs each chapter, in book order, with its text; chapters whose file was not read get none. */
  public static List<ChapterText> pair(List<Chapter> chapters, List<SourceText> texts) {
    return chapters.stream().map(c -> new ChapterText(c, texts.stream()
        .filter(t -> t.file().equals(c.file().id().replace('\\', '/')))
        .findFirst().map(SourceText::lines).orElse(List.of()))).toList();
  }
}
