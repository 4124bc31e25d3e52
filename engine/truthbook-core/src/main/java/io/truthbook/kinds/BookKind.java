package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.BookSummary;
import io.truthbook.model.Chapter;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.GlossaryEntry;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The book: its title, the chapters in reading order with their owners, and the glossary. */
final class BookKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.BOOK;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.optText("title").ifPresent(title -> truth.bookTitle(java.util.Optional.of(title)));
    manifest.optText("summary").ifPresent(summary -> truth.add(BookSummary.class, new BookSummary(summary, manifest.at("summary"))));
    manifest.objects("chapters").forEach(f -> truth.add(Chapter.class,
        new Chapter(f.text("id"), f.at(), f.ref("file"), f.text("title"), f.ref("owner"))));
    manifest.objects("glossary").forEach(f -> truth.add(GlossaryEntry.class,
        new GlossaryEntry(f.text("term"), f.at(), f.text("definition"), f.optRefs("see").orElse(List.of()))));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.CHAPTER, EntityKind.TERM);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.chapters().forEach(c -> index.put(EntityKind.CHAPTER, c.id(), c.at()));
    truth.glossary().forEach(g -> index.put(EntityKind.TERM, g.term(), g.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    truth.bookTitle().ifPresent(t -> out.add(new Entity.Builder("book", "").put("title", t)
        .put("summary", truth.bookSummary()).build()));
    int order = 1;
    for (Chapter c : truth.chapters()) {
      // chapter order is content: moving a chapter changes the book
      out.add(new Entity.Builder("chapter", c.id()).put("order", order++).put("file", c.file().id())
          .put("title", c.title()).put("owner", c.owner().id()).build());
    }
    for (GlossaryEntry g : truth.glossary()) {
      Entity.Builder entity = new Entity.Builder("glossary", g.term()).put("definition", g.definition());
      if (!g.see().isEmpty()) {
        // declared only when present, so digests of glossaries without links do not move
        entity.list("see", Refs.ids(g.see()));
      }
      out.add(entity.build());
    }
    return out;
  }

  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.chapters().forEach(c -> owners.add(c.owner().id()));
    return owners;
  }

  @Override
  public String reference() {
    return "Chapters and sources";
  }
}
