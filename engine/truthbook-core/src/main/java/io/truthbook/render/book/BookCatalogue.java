package io.truthbook.render.book;

import io.truthbook.model.Chapter;
import io.truthbook.model.EntityKind;
import io.truthbook.model.GlossaryEntry;
import io.truthbook.model.Source;
import java.util.ArrayList;
import java.util.List;

/** The book itself: its chapters with their owners, the repositories it is checked against, the glossary. */
final class BookCatalogue {
  private BookCatalogue() {}

  /** The chapters in book order, with owner and file, and the sources the truth is checked against. */
  static final class Chapters implements ReferenceSection {
    @Override
    public void write(ReferenceContext c, AsciiDocWriter out) {
      out.section(1, "", "Chapters and sources");
      List<List<String>> rows = new ArrayList<>();
      for (Chapter chapter : c.truth().chapters()) {
        rows.add(List.of(c.link(EntityKind.CHAPTER, chapter.id(), chapter.title()),
            c.link(EntityKind.OWNER, chapter.owner()), c.mono(chapter.file().id())));
      }
      if (!rows.isEmpty()) {
        out.table("Chapters", "3,1,2", List.of("Chapter", "Owner", "File"), rows);
      }
      for (Source source : c.truth().sources()) {
        out.section(2, c.place(EntityKind.SOURCE, source.id()), "Source " + c.mono(source.id()));
        out.fields()
            .field("Location", c.mono(source.path().or(source::repository).or(source::url).orElse("")))
            .field("Folder", c.mono(source.subdir().orElse("")))
            .field("Revision", c.mono(source.ref().orElse("")))
            .field("Extractors", String.join(", ", source.extractors().stream()
                .map(e -> c.mono(e.name())).toList()))
            .field("Referenced from", c.referencedFrom(EntityKind.SOURCE, source.id()));
      }
    }
  }

  /** The glossary of the book manifest. */
  static final class Glossary implements ReferenceSection {
    @Override
    public void write(ReferenceContext c, AsciiDocWriter out) {
      if (c.truth().glossary().isEmpty()) {
        return;
      }
      out.section(1, "", "Glossary terms");
      out.fields();
      for (GlossaryEntry entry : c.truth().glossary()) {
        out.field(c.text(entry.term()), c.text(entry.definition()));
      }
    }
  }
}
