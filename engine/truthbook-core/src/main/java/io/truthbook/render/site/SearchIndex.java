package io.truthbook.render.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.GlossaryEntry;
import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.EntityRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The search index of the site as the JSON list {@code [{title, kind, page, url, tier, text}]} the
 * page script feeds to lunr: every chapter with the text before its first section and each of its
 * sections, every other page with its text, every entity with the URL of its anchor and the text
 * around it, each legacy table and each declared column of a canonical table. Non-ASCII characters
 * and {@code < > &} are escaped, so the text is inert inside a script, or even an HTML page, too.
 *
 * <p>The script ranks results that match a query equally well by {@link #tier}, so that a broad
 * word finds the chapters and the domains before the hundreds of rows that mention it.
 */
final class SearchIndex {
  /** Characters of an entity's text: enough to find it and to show a line of it. */
  private static final int ENTITY_TEXT = 600;
  /** Chapters: what a reader of the book looks for first. */
  static final int CHAPTER_TIER = 0;
  /** The entities a question names: domains, route families, owners, gates. */
  static final int NAMED_TIER = 1;
  /** A chapter's sections and the other pages. */
  static final int PAGE_TIER = 2;
  /** Tables, services, interfaces and the other entities. */
  static final int ENTITY_TIER = 3;
  /** The many rows: endpoints, claims, columns. */
  static final int ROW_TIER = 4;
  static final String PAGE = "Page";
  static final String SECTION = "Section";
  static final String LEGACY_TABLE = "Legacy table";
  static final String COLUMN = "Column";

  private SearchIndex() {}

  static List<SearchEntry> entries(Truth truth, List<PageDraft> pages, Anchors anchors, CrossPageLinks links) {
    List<SearchEntry> entries = new ArrayList<>();
    Map<String, AnchoredPage> byName = new HashMap<>();
    Set<String> chapterAnchors = new HashSet<>();
    for (PageDraft page : pages) {
      if (page.kind() == SitePage.Kind.SEARCH) {
        continue;
      }
      byName.putIfAbsent(page.name(), new AnchoredPage(page));
      if (page.kind() == SitePage.Kind.CHAPTER) {
        // the chapter's page is the chapter's one entry: its entity anchor heads the same page
        chapterAnchors.addAll(page.leadAnchors());
        entries.addAll(ChapterSections.entries(page, label(EntityKind.CHAPTER)));
      } else {
        entries.add(new SearchEntry(page.title(), PAGE, "", page.name() + ".html", PlainText.of(page.body()),
            PAGE_TIER));
      }
    }
    Set<EntityRef> synonyms = synonyms(truth);
    for (Map.Entry<EntityRef, String> entity : anchors.all().entrySet()) {
      String anchor = entity.getValue();
      Optional<AnchoredPage> page = links.page(anchor).map(byName::get);
      if (page.isPresent() && !chapterAnchors.contains(anchor) && !synonyms.contains(entity.getKey())) {
        EntityRef ref = entity.getKey();
        entries.add(new SearchEntry(ref.id(), label(ref.kind()), page.get().page.title(),
            page.get().page.name() + ".html#" + anchor, cut(page.get().text(anchor)), tier(ref.kind())));
      }
    }
    Function<EntityRef, Optional<Place>> place = ref -> anchors.of(ref.kind(), ref.id())
        .flatMap(a -> links.page(a).map(byName::get).map(p -> new Place(p.page.name() + ".html#" + a, p.page.title())));
    truth.domains().forEach(domain -> entries.addAll(tables(domain, place)));
    return entries;
  }

  /**
   * The glossary terms that are another name of an entity they link ({@code Sales} for the domain
   * {@code sales}): the entity is the one entry, so a search for the name does not list it twice.
   */
  private static Set<EntityRef> synonyms(Truth truth) {
    Set<EntityRef> synonyms = new HashSet<>();
    for (GlossaryEntry term : truth.glossary()) {
      if (term.see().stream().anyMatch(see -> GlossaryEntry.idOf(see).equalsIgnoreCase(term.term()))) {
        synonyms.add(new EntityRef(EntityKind.TERM, term.term()));
      }
    }
    return synonyms;
  }

  /** The legacy tables and the declared columns of a domain, each found at the row of its canonical table. */
  private static List<SearchEntry> tables(Domain domain, Function<EntityRef, Optional<Place>> place) {
    List<SearchEntry> entries = new ArrayList<>();
    for (Domain.LegacyMapping legacy : domain.legacy()) {
      // a legacy table has no anchor of its own: the row of its target says it migrates from it
      place.apply(new EntityRef(EntityKind.TABLE, legacy.target().id()))
          .or(() -> place.apply(new EntityRef(EntityKind.DOMAIN, domain.id())))
          .ifPresent(at -> entries.add(new SearchEntry(legacy.table(), LEGACY_TABLE, at.page(), at.url(),
              cut("Legacy table of domain " + domain.name() + " (" + domain.id() + "), migrating to "
                  + legacy.target().id() + ": " + legacy.state() + legacy.note().map(n -> ". " + n).orElse("")),
              ENTITY_TIER)));
    }
    for (Domain.Table table : domain.tables()) {
      place.apply(new EntityRef(EntityKind.TABLE, table.name())).ifPresent(at -> table.columns().forEach(column ->
          entries.add(new SearchEntry(table.name() + "." + column.name(), COLUMN, at.page(), at.url(),
              cut(column(domain, table, column)), ROW_TIER))));
    }
    return entries;
  }

  /** Where an entity is: the URL of its anchor and the title of its page. */
  private record Place(String url, String page) {}

  /** How a column reads in a result: its table and domain, type, constraints and description. */
  private static String column(Domain domain, Domain.Table table, Domain.Column column) {
    List<String> facts = new ArrayList<>();
    facts.add(column.typeName());
    facts.add(column.nullable() ? "nullable" : "not null");
    column.defaultValue().ifPresent(d -> facts.add("default " + d));
    if (column.primaryKey()) {
      facts.add("primary key");
    }
    if (column.unique()) {
      facts.add("unique");
    }
    column.references().ifPresent(r -> facts.add("references " + r.id()));
    if (column.personal()) {
      facts.add("personal data");
    }
    return "Column of table " + table.name() + " in domain " + domain.name() + ": " + String.join(", ", facts)
        + column.description().map(d -> ". " + d).orElse("");
  }

  /**
   * How high an entity ranks among results that match a query equally well: chapters, then the
   * entities a question names, then tables and the like, then the many rows.
   */
  static int tier(EntityKind kind) {
    return switch (kind) {
      case CHAPTER -> CHAPTER_TIER;
      case DOMAIN, FAMILY, OWNER, GATE, TERM -> NAMED_TIER;
      case ROUTE, CLAIM -> ROW_TIER;
      case TABLE, INTERFACE, HOST, NODE, SERVICE, DOCUMENT, WORKSTREAM, RISK, SOURCE, PROFILE, MAPPING, PERSONA ->
          ENTITY_TIER;
    };
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
        json.writeStringField("kind", entry.kind());
        json.writeStringField("page", entry.page());
        json.writeStringField("url", entry.url());
        json.writeNumberField("tier", entry.tier());
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

  static String cut(String text) {
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
