package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole book as one AsciiDoc text: title and stamp, the chapters in book order with their
 * {@code truth:} macros turned into links, the diagrams, then the generated reference (with the
 * reconciliation matrix when the source has one). Chapters are inlined as text, never through
 * {@code include::}.
 */
public final class BookAssembler {
  private static final Pattern CHAPTER_TITLE = Pattern.compile("==[ \\t]+\\S.*");
  private static final Pattern UNSAFE_ALT = Pattern.compile("[^\\p{L}\\p{N} .,-]+");

  private BookAssembler() {}

  public static String assemble(BookSource source) {
    return assemble(source, true);
  }

  /**
   * The book up to its generated reference: header, chapters and diagrams, exactly as {@link
   * #assemble} writes them, for the site's chapter pages (which take the reference from elsewhere and
   * need not render it once more).
   */
  public static String front(BookSource source) {
    return assemble(source, false);
  }

  /**
   * The book for a PDF that leaves the generated reference to the one-page HTML book {@code html} beside
   * it: header, chapters and diagrams as {@link #assemble} writes them, each cross reference into the
   * reference turned into a link to the same anchor in {@code html}, then a closing part saying where the
   * reference is. The reference's tables are most of a PDF's conversion time. {@code book} is the whole book
   * as {@link #assemble} wrote it for the HTML, whose anchors the links point at (not assembled twice).
   */
  public static String withLinkedReference(BookSource source, String book, String html) {
    List<String> front = lines(front(source));
    Set<String> reference = new HashSet<>(CrossReferences.anchors(lines(book)));
    CrossReferences.anchors(front).forEach(reference::remove);
    StringBuilder pdf = new StringBuilder();
    CrossReferences.linked(front, anchor -> reference.contains(anchor) ? Optional.of(html) : Optional.empty())
        .forEach(line -> pdf.append(line).append('\n'));
    pdf.append("\n== Reference\n\n")
        .append("The reference generated from the manifests (domains, tables, endpoints, services, owners, gates and")
        .append(" the rest) is in the one-page HTML book beside this PDF, link:").append(html).append('[')
        .append(html).append("], which the links of these chapters open.\n");
    return pdf.toString();
  }

  private static String assemble(BookSource source, boolean withReference) {
    Anchors anchors = Anchors.of(source.truth());
    List<String> body = new ArrayList<>();
    ProseLinks links = new ProseLinks(anchors, new ProseFacts(source, anchors));
    Set<String> placed = new HashSet<>();
    for (ChapterText chapter : source.chapters()) {
      // a chapter id listed twice (a check error) anchors only its first chapter
      String anchor = anchors.of(EntityKind.CHAPTER, chapter.chapter().id()).filter(placed::add).orElse("");
      body.add("");
      body.addAll(chapter(chapter, anchor, links));
    }
    body.addAll(lines(diagrams(source.diagrams())));
    if (withReference) {
      body.addAll(lines(GeneratedReference.render(source, Optional.empty())));
    }
    if (!body.isEmpty() && !body.get(0).isBlank()) {
      // a book without chapters starts at its diagrams: a blank line keeps their title off the stamp paragraph
      body.add(0, "");
    }
    if (source.draft()) {
      body = DraftMarks.mark(body);
    }
    StringBuilder book = new StringBuilder(header(source));
    body.forEach(line -> book.append(line).append('\n'));
    return book.toString();
  }

  private static String header(BookSource source) {
    String title = AsciiDocText.inert(source.truth().bookTitle().orElse("Truth book"));
    Stamp stamp = source.stamp();
    StringBuilder out = new StringBuilder();
    out.append("= ").append(source.draft() ? "DRAFT: " : "").append(title).append('\n')
        .append(":doctype: book\n")
        .append(":toc: left\n")
        .append(":toclevels: 2\n")
        .append(":sectanchors:\n")
        .append(":idprefix: _\n")
        .append(":idseparator: -\n")
        .append(":table-caption!:\n")
        .append(":reproducible:\n")
        .append(":revdate: ").append(stamp.date()).append('\n')
        .append(":revremark: verified at commit ").append(stamp.shortCommit()).append('\n');
    out.append('\n')
        .append("[.stamp]\n")
        .append("*Last verified* at commit ").append(AsciiDocText.mono(stamp.commit()))
        .append(" on ").append(stamp.date()).append(". The reference part is generated from the manifests; ")
        .append("the chapters are written by hand and link to it.\n");
    if (source.draft()) {
      out.append('\n').append(DraftMarks.WARNING).append('\n');
    }
    return out.toString();
  }

  /** The chapter's lines, its first title carrying the chapter's anchor. */
  private static List<String> chapter(ChapterText chapter, String anchor, ProseLinks links) {
    List<String> lines = links.rewrite(chapter.lines().stream().map(BookAssembler::withoutBom).toList());
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    List<String> out = new ArrayList<>();
    String title = AsciiDocText.inert(chapter.chapter().title());
    if (first < lines.size() && CHAPTER_TITLE.matcher(lines.get(first)).matches()) {
      lines = lines.subList(first, lines.size());
    } else {
      out.add("== " + title);
      out.add("");
      if (lines.isEmpty()) {
        out.add("The file of this chapter could not be read.");
      }
    }
    if (!anchor.isEmpty()) {
      out.add(0, "[[" + anchor + "]]");
    }
    out.addAll(lines);
    out.add("");
    return out;
  }

  private static String diagrams(List<Diagram> diagrams) {
    if (diagrams.isEmpty()) {
      return "";
    }
    AsciiDocWriter out = new AsciiDocWriter();
    out.section(1, "", "Diagrams");
    for (Diagram diagram : diagrams) {
      out.section(2, diagram.anchor(), AsciiDocText.inert(diagram.title()));
      out.line("." + AsciiDocText.inert(diagram.caption()));
      String alt = UNSAFE_ALT.matcher(diagram.alt()).replaceAll(" ").trim().replaceAll(" +", " ");
      out.line("image::" + diagram.svgFile() + "[\"" + alt + "\",link=\"" + diagram.svgFile() + "\"]");
      out.paragraph("PlantUML source: link:" + diagram.pumlLink() + "[" + AsciiDocText.inert(diagram.pumlLink()) + "]");
    }
    return out.text();
  }

  private static String withoutBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
  }
}
