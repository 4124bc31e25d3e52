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
            .field("Evidence bundle", source.bundle().map(c::mono))
            .field("Extractors", String.join(", ", source.extractors().stream()
                .map(e -> c.mono(e.name())).toList()))
            .field("Referenced from", c.referencedFrom(EntityKind.SOURCE, source.id()));
      }
    }
  }

  /**
   * The glossary of the book manifest, the one place its terms are defined: each term has its anchor,
   * which chapters link with {@code truth:term[TERM]}, and links to the entities it stands for.
   */
  static final class Glossary implements ReferenceSection {
    static final String TITLE = "Glossary";

    @Override
    public void write(ReferenceContext c, AsciiDocWriter out) {
      if (c.truth().glossary().isEmpty()) {
        return;
      }
      out.section(1, "", TITLE);
      out.paragraph("Every term the book uses, defined once in the book manifest; the chapters link here.");
      for (GlossaryEntry entry : c.truth().glossary()) {
        List<String> see = entry.see().stream().map(ref -> GlossaryEntry.kindOf(ref)
            .map(kind -> c.link(kind, GlossaryEntry.idOf(ref), label(c, kind, GlossaryEntry.idOf(ref))))
            .orElseGet(() -> c.text(ref.id()))).toList();
        out.line(c.inlineAnchor(EntityKind.TERM, entry.term()) + c.text(entry.term()) + ":: "
            + c.text(entry.definition()) + (see.isEmpty() ? "" : " See " + String.join(", ", see) + "."));
      }
    }

    /** A chapter is named by its title, anything else by its id. */
    private static String label(ReferenceContext c, EntityKind kind, String id) {
      return kind == EntityKind.CHAPTER ? c.truth().chapters().stream().filter(ch -> ch.id().equals(id))
          .map(Chapter::title).findFirst().orElse(id) : id;
    }
  }
}
