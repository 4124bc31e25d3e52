package io.truthbook.render.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.truthbook.model.EntityKind;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.EntityRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search index of the site: every page with its text, then every entity with the URL of its
 * anchor and the text around it, as the JSON list {@code [{title, url, text}]} the page script
 * feeds to lunr. Non-ASCII characters and {@code < > &} are escaped, so the text is inert inside a
 * script, or even an HTML page, too.
 */
final class SearchIndex {
  /** Characters of an entity's text: enough to find it and to show a line of it. */
  private static final int ENTITY_TEXT = 600;

  private SearchIndex() {}

  static List<SearchEntry> entries(List<PageDraft> pages, Anchors anchors, CrossPageLinks links) {
    List<SearchEntry> entries = new ArrayList<>();
    Map<String, AnchoredPage> byName = new HashMap<>();
    for (PageDraft page : pages) {
      entries.add(new SearchEntry(page.title(), page.name() + ".html", PlainText.of(page.body())));
      byName.putIfAbsent(page.name(), new AnchoredPage(page));
    }
    for (Map.Entry<EntityRef, String> entity : anchors.all().entrySet()) {
      String anchor = entity.getValue();
      Optional<AnchoredPage> page = links.page(anchor).map(byName::get);
      if (page.isPresent()) {
        EntityRef ref = entity.getKey();
        entries.add(new SearchEntry(label(ref.kind()) + " " + ref.id(), page.get().page.name() + ".html#" + anchor,
            cut(page.get().text(anchor))));
      }
    }
    return entries;
  }

  static String json(List<SearchEntry> entries) {
    StringWriter out = new StringWriter();
    JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.setCharacterEscapes(new MarkupEscapes());
      json.writeStartArray();
      for (SearchEntry entry : entries) {
        json.writeRaw('\n');
        json.writeStartObject();
        json.writeStringField("title", entry.title());
        json.writeStringField("url", entry.url());
        json.writeStringField("text", entry.text());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return out.append('\n').toString();
  }

  /**
   * A page with the first line each {@code [[anchor]]} stands on, found in one pass: looking each
   * entity up by scanning the page made the index quadratic in the size of big reference pages.
   */
  private static final class AnchoredPage {
    private final PageDraft page;
    private final Map<String, Integer> lineOf = new HashMap<>();
    private String whole;

    AnchoredPage(PageDraft page) {
      this.page = page;
      List<String> body = page.body();
      for (int i = 0; i < body.size(); i++) {
        String line = body.get(i);
        // every "[[" starts a candidate, overlapping ones too, as a search for "[[anchor]]" would find it
        for (int open = line.indexOf("[["); open >= 0; open = line.indexOf("[[", open + 1)) {
          int close = line.indexOf("]]", open + 2);
          if (close < 0) {
            break;
          }
          String anchor = line.substring(open + 2, close);
          if (anchor.indexOf(']') < 0) {
            lineOf.putIfAbsent(anchor, i);
          }
        }
      }
    }

    /**
     * The text of an entity: its section when the anchor heads one, else the table row or paragraph
     * it stands in; for a page-wide anchor, the start of the page.
     */
    String text(String anchor) {
      List<String> body = page.body();
      Integer at = lineOf.get(anchor);
      if (at == null) {
        if (whole == null) {
          whole = PlainText.of(body);
        }
        return whole;
      }
      int i = at;
      if (body.get(i).strip().equals("[[" + anchor + "]]") && i + 1 < body.size()
          && Sections.level(body.get(i + 1)).isPresent()) {
        int end = i + 2;
        while (end < body.size() && Sections.level(body.get(end)).isEmpty()) {
          end++;
        }
        return PlainText.of(body.subList(i + 1, end));
      }
      int end = i;
      while (end < body.size() && !body.get(end).isBlank()) {
        end++;
      }
      return PlainText.of(body.subList(i, end));
    }
  }

  private static String cut(String text) {
    if (text.length() <= ENTITY_TEXT) {
      return text;
    }
    int end = text.lastIndexOf(' ', ENTITY_TEXT);
    return text.substring(0, end > 0 ? end : ENTITY_TEXT) + " …";
  }

  /** Escapes the characters markup cares about, besides those JSON must escape. */
  private static final class MarkupEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

    MarkupEscapes() {
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  /** How a kind of entity is called in a search result. */
  static String label(EntityKind kind) {
    return switch (kind) {
      case OWNER -> "Owner";
      case DOMAIN -> "Domain";
      case TABLE -> "Table";
      case INTERFACE -> "Interface";
      case FAMILY -> "Route family";
      case ROUTE -> "Endpoint";
      case HOST -> "Host";
      case NODE -> "Node";
      case SERVICE -> "Service";
      case DOCUMENT -> "Document";
      case CLAIM -> "Claim";
      case GATE -> "Gate";
      case WORKSTREAM -> "Workstream";
      case RISK -> "Risk";
      case CHAPTER -> "Chapter";
      case SOURCE -> "Source";
      case PROFILE -> "Import profile";
      case MAPPING -> "Import mapping";
      case TERM -> "Glossary term";
      case PERSONA -> "Synthetic-data persona";
    };
  }
}
