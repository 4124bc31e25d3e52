package io.truthbook.render.book;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Objects;

/**
 * Everything the book is made of: the truth, the chapters' text in book order (read by the caller),
 * the verification stamp, whether it is a draft, the diagrams to embed and the rules risks name.
 */
public record BookSource(
    Truth truth, List<ChapterText> chapters, Stamp stamp, boolean draft, List<Diagram> diagrams, List<RuleInfo> rules) {
  public BookSource {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(stamp, "stamp");
    chapters = List.copyOf(chapters);
    diagrams = List.copyOf(diagrams);
    rules = List.copyOf(rules);
  }
}
