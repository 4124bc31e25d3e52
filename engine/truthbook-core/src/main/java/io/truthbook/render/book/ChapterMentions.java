package io.truthbook.render.book;

import io.truthbook.model.AsciiDocBlocks;
import io.truthbook.model.Chapter;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ProseFact;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which chapters name an entity with {@code truth:KIND[id]}, or state a fact of it with
 * {@code truth:FACT[target]}, for the "Referenced from" lists.
 */
final class ChapterMentions {
  /** The inline macro chapters use; the same grammar the check's prose rule reads. */
  static final Pattern MACRO = Pattern.compile("truth:([a-z][a-z-]*)\\[([^\\]\\n]*)\\]");

  private final Map<EntityRef, List<Chapter>> mentions;

  private ChapterMentions(Map<EntityRef, List<Chapter>> mentions) {
    this.mentions = mentions;
  }

  static ChapterMentions scan(Truth truth, List<ChapterText> chapters) {
    Map<EntityRef, List<Chapter>> mentions = new LinkedHashMap<>();
    for (ChapterText chapter : chapters) {
      AsciiDocBlocks blocks = new AsciiDocBlocks();
      for (String line : chapter.lines()) {
        if (blocks.skip(line)) {
          continue;
        }
        Matcher macro = MACRO.matcher(line);
        while (macro.find()) {
          List<EntityRef> named = new ArrayList<>();
          entity(macro).or(() -> subject(macro)).ifPresent(named::add);
          owner(truth, macro).ifPresent(named::add);
          for (EntityRef entity : named) {
            List<Chapter> in = mentions.computeIfAbsent(entity, e -> new ArrayList<>());
            if (!in.contains(chapter.chapter())) {
              in.add(chapter.chapter());
            }
          }
        }
      }
    }
    return new ChapterMentions(mentions);
  }

  /** The entity a macro match names, if its kind is known. */
  static Optional<EntityRef> entity(Matcher macro) {
    return EntityKind.byWord(macro.group(1)).map(kind -> new EntityRef(kind, macro.group(2).trim()));
  }

  /** The entity a fact macro states something of ({@code truth:owner-of[d]} names the domain d). */
  private static Optional<EntityRef> subject(Matcher macro) {
    return ProseFact.byWord(macro.group(1)).flatMap(f -> f.subject(macro.group(2)))
        .map(s -> new EntityRef(s.kind(), s.id()));
  }

  /** The owner a {@code truth:owner-of[...]} macro renders: the chapter names them as much as a link would. */
  private static Optional<EntityRef> owner(Truth truth, Matcher macro) {
    return ProseFact.byWord(macro.group(1)).filter(f -> f == ProseFact.OWNER_OF)
        .flatMap(f -> f.subject(macro.group(2))).flatMap(s -> ProseFact.owner(truth, s))
        .map(id -> new EntityRef(EntityKind.OWNER, id));
  }

  /** The chapters that name the entity, in book order. */
  List<Chapter> of(EntityKind kind, String id) {
    return mentions.getOrDefault(new EntityRef(kind, id), List.of());
  }
}
