package io.truthbook.render.site;

import io.truthbook.model.AsciiDocBlocks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter page as search entries: the chapter itself (its title, the text before its first section)
 * and one entry per section, each with its own text, so a search lands on the section that says it
 * and no text is indexed twice. A section's URL ends in the id the site gives its title: the block
 * anchor written above it, or else the id Asciidoctor generates (the page sets {@code idprefix} to
 * {@code _} and {@code idseparator} to {@code -}).
 */
final class ChapterSections {
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("^\\[#([A-Za-z_:][\\w:.-]*)[\\],.%]");
  /** What Asciidoctor drops from a title when it makes an id: all but word characters, spaces, dots and dashes. */
  private static final Pattern NOT_IN_ID = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc} .-]+");
  private static final Pattern SEPARATORS = Pattern.compile("[ .-]+");

  private ChapterSections() {}

  static List<SearchEntry> entries(PageDraft chapter, String kind) {
    List<String> body = chapter.body();
    Set<String> ids = new HashSet<>(CrossPageLinks.anchors(chapter));
    List<SearchEntry> entries = new ArrayList<>();
    String url = chapter.name() + ".html";
    String title = chapter.title();
    String entryKind = kind;
    int tier = SearchIndex.CHAPTER_TIER;
    int start = 0;
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      Optional<Integer> level = blocks.skip(line) ? Optional.empty() : Sections.level(line);
      if (level.isEmpty() || level.get() < 1) {
        continue;
      }
      entries.add(new SearchEntry(title, entryKind, chapter.title(), url, PlainText.of(body.subList(start, i)), tier));
      title = PlainText.line(Sections.title(line));
      String id = explicitId(body, i).orElse(unique(generatedId(title), ids));
      ids.add(id);
      url = chapter.name() + ".html#" + id;
      entryKind = SearchIndex.SECTION;
      tier = SearchIndex.PAGE_TIER;
      start = i + 1;
    }
    entries.add(new SearchEntry(title, entryKind, chapter.title(), url, PlainText.of(body.subList(start, body.size())),
        tier));
    return entries;
  }

  /** The id a block anchor or an id attribute just above the title gives it: the nearest wins, as in Asciidoctor. */
  private static Optional<String> explicitId(List<String> body, int title) {
    for (int i = title - 1; i >= 0; i--) {
      String line = body.get(i);
      Matcher anchor = Sections.BLOCK_ANCHOR.matcher(line);
      if (anchor.matches()) {
        return Optional.of(anchor.group(1));
      }
      Matcher id = ID_ATTRIBUTE.matcher(line);
      if (id.find()) {
        return Optional.of(id.group(1));
      }
      if (!(line.startsWith("[") && line.strip().endsWith("]"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The id Asciidoctor generates for a section title (its {@code Section.generate_id}): the prefix,
   * then the title in lower case without markup, character references and any character but word
   * characters, spaces, dots and dashes, each run of those three one separator, none at the end.
   */
  static String generatedId(String plainTitle) {
    String text = NOT_IN_ID.matcher(plainTitle.toLowerCase(Locale.ROOT)).replaceAll("");
    String id = "_" + SEPARATORS.matcher(text).replaceAll("-");
    return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
  }

  /** The id, or the first of {@code ID-2}, {@code ID-3}, ... not taken, as Asciidoctor numbers a repeated one. */
  private static String unique(String id, Set<String> taken) {
    if (!taken.contains(id)) {
      return id;
    }
    int n = 2;
    while (taken.contains(id + "-" + n)) {
      n++;
    }
    return id + "-" + n;
  }
}
