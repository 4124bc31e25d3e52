package io.truthbook.render.site;

import io.truthbook.model.AsciiDocBlocks;
import io.truthbook.render.book.AsciiDocText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The generated reference of the book, cut into one page per reference area: each level-1 section
 * of the reference goes to the page of its area (a section the site does not know gets a page of
 * its own), the endpoint ownership matrix gets pages of its own, split when it is long, and the
 * claims page carries the reconciliation matrix (the chapter the book has too, with its filter),
 * unless the matrix is long: then it gets pages of its own too. Any other page longer than {@link
 * SectionPages#MAX_BYTES} is cut at its sections, so a large truth makes more pages, not huge ones.
 */
final class ReferencePages {
  static final String PREFIX = "reference-";
  /** The page of the claims, which holds the reconciliation matrix unless it is long. */
  static final String CLAIMS_PAGE = PREFIX + "reconciliation";
  /** The first page of a long reconciliation matrix. */
  static final String MATRIX_PAGE = PREFIX + "reconciliation-matrix";
  /** Rows of the endpoint matrix per page. */
  static final int ENDPOINTS_PER_PAGE = 150;
  /** Rows of the reconciliation matrix per page, once it has more than that. */
  static final int CLAIMS_PER_PAGE = 500;
  private static final String ROUTES = "Route families and endpoints";
  private static final String MATRIX = "Endpoint ownership matrix";
  private static final String CLAIMS = "Claims of older documents";
  private static final String RECONCILIATION = "Reconciliation matrix";

  /** A page of the reference and the book's sections it holds. */
  private record Area(String name, String title, List<String> sections) {}

  private static final List<Area> AREAS = List.of(
      new Area(PREFIX + "domains", "Domains and tables", List.of("Domains and tables")),
      new Area(PREFIX + "routes", "Route family catalogue", List.of(ROUTES)),
      new Area(PREFIX + "ingress", "Ingress", List.of("Ingress")),
      new Area(PREFIX + "topology", "Nodes and services", List.of("Nodes and services")),
      new Area(PREFIX + "owners", "Owners", List.of("Owners")),
      new Area(PREFIX + "plan", "Workstreams, gates and risks", List.of("Workstreams", "Gates", "Risks")),
      new Area(CLAIMS_PAGE, "Claims and reconciliation", List.of(CLAIMS, RECONCILIATION)),
      new Area(PREFIX + "sources", "Chapters and sources", List.of("Chapters and sources")),
      new Area(PREFIX + "glossary", "Glossary", List.of("Glossary")));

  /** A level-1 section of the reference: its title markup, the anchors placed before it, its lines. */
  private record Section(String title, List<String> anchors, List<String> lines) {}

  private ReferencePages() {}

  static List<PageDraft> split(String reference) {
    return split(reference, SectionPages.MAX_BYTES);
  }

  /** The pages, none of them (but a single section or table row too large alone) over {@code maxBytes}. */
  static List<PageDraft> split(String reference, int maxBytes) {
    Map<String, List<Section>> byPage = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (Section section : sections(reference)) {
      Area area = area(section.title());
      byPage.computeIfAbsent(area.name(), n -> new ArrayList<>()).add(section);
      titles.putIfAbsent(area.name(), area.title());
    }
    List<PageDraft> pages = new ArrayList<>();
    for (Map.Entry<String, List<Section>> page : byPage.entrySet()) {
      List<Section> sections = page.getValue();
      String name = page.getKey();
      String title = titles.get(name);
      if (sections.size() == 1 && sections.get(0).title().equals(ROUTES)) {
        List<PageDraft> routes = routes(name, title, sections.get(0));
        pages.addAll(SectionPages.split(routes.get(0), maxBytes));
        pages.addAll(routes.subList(1, routes.size()));
        continue;
      }
      List<PageDraft> matrix = List.of();
      Optional<Section> reconciliation = sections.stream().filter(x -> x.title().equals(RECONCILIATION)).findFirst();
      if (reconciliation.isPresent() && TablePages.rowCount(reconciliation.get().lines()) > CLAIMS_PER_PAGE) {
        sections = new ArrayList<>(sections);
        sections.remove(reconciliation.get());
        matrix = matrix(reconciliation.get());
      }
      if (!sections.isEmpty()) {
        pages.addAll(SectionPages.split(page(name, title, sections), maxBytes));
      }
      matrix.forEach(m -> pages.addAll(SectionPages.split(m, maxBytes)));
    }
    return pages;
  }

  /** The page of an area: one section raised to the page's top, or each section under its title. */
  private static PageDraft page(String name, String title, List<Section> sections) {
    List<String> body = new ArrayList<>();
    List<String> lead = new ArrayList<>();
    if (sections.size() == 1) {
      lead.addAll(sections.get(0).anchors());
      body.addAll(Sections.raise(sections.get(0).lines(), 1));
    } else {
      for (Section section : sections) {
        body.add("");
        section.anchors().forEach(a -> body.add("[[" + a + "]]"));
        body.add("== " + section.title());
        body.add("");
        body.addAll(section.lines());
      }
    }
    return new PageDraft(name, title, SitePage.Kind.REFERENCE, AsciiDocText.inert(title), lead, Sections.trim(body));
  }

  /**
   * A long reconciliation matrix on pages of its own: first the counts and the lists by status and
   * owner, which link to every row (long enough to fill a page), then {@value #CLAIMS_PER_PAGE}
   * claims a page, each page a complete table with the header and the rows' status spans, so the
   * filter works page by page.
   */
  private static List<PageDraft> matrix(Section section) {
    List<String> lines = Sections.trim(Sections.raise(section.lines(), 1));
    int table = TablePages.start(lines);
    List<List<String>> parts = new ArrayList<>();
    parts.add(lines.subList(0, table));
    parts.addAll(TablePages.split(lines.subList(table, lines.size()), CLAIMS_PER_PAGE));
    return numbered(MATRIX_PAGE, RECONCILIATION, section.anchors(), parts);
  }

  /** Pages {@code NAME}, {@code NAME-2}, ... titled "TITLE (i of n)" when there are more than one. */
  private static List<PageDraft> numbered(String name, String title, List<String> lead, List<List<String>> parts) {
    List<PageDraft> pages = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String pageName = name + (i == 0 ? "" : "-" + (i + 1));
      String pageTitle = title + (parts.size() == 1 ? "" : " (" + (i + 1) + " of " + parts.size() + ")");
      pages.add(new PageDraft(pageName, pageTitle, SitePage.Kind.REFERENCE, AsciiDocText.inert(pageTitle),
          i == 0 ? lead : List.of(), Sections.trim(parts.get(i))));
    }
    return pages;
  }

  /** The route families page, then the endpoint matrix on pages of its own. */
  private static List<PageDraft> routes(String name, String title, Section section) {
    List<String> lines = section.lines();
    int matrix = -1;
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (int i = 0; i < lines.size() && matrix < 0; i++) {
      if (!blocks.skip(lines.get(i)) && Sections.level(lines.get(i)).equals(Optional.of(2))
          && Sections.title(lines.get(i)).equals(MATRIX)) {
        matrix = i;
      }
    }
    List<PageDraft> pages = new ArrayList<>();
    List<String> families = matrix < 0 ? lines : lines.subList(0, matrix);
    pages.add(new PageDraft(name, title, SitePage.Kind.REFERENCE, AsciiDocText.inert(title), section.anchors(),
        Sections.trim(Sections.raise(families, 1))));
    if (matrix < 0) {
      return pages;
    }
    List<String> table = Sections.trim(Sections.raise(lines.subList(matrix + 1, lines.size()), 2));
    List<List<String>> parts = TablePages.split(table, ENDPOINTS_PER_PAGE);
    pages.addAll(numbered(PREFIX + "endpoints", MATRIX, List.of(), parts));
    return pages;
  }

  private static Area area(String title) {
    for (Area area : AREAS) {
      if (area.sections().contains(title)) {
        return area;
      }
    }
    String plain = PlainText.line(title);
    return new Area(PREFIX + slug(plain), plain.isEmpty() ? "Reference" : plain, List.of(title));
  }

  private static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "section" : slug;
  }

  /** The reference's level-1 sections; the part title and its introduction before them are left out. */
  private static List<Section> sections(String reference) {
    List<String> lines = Arrays.asList(reference.split("\n", -1));
    List<Section> sections = new ArrayList<>();
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    String title = null;
    List<String> anchors = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      boolean verbatim = blocks.skip(line);
      if (!verbatim && Sections.level(line).equals(Optional.of(1))) {
        List<String> before = trailingAnchors(current);
        if (title != null) {
          sections.add(new Section(title, anchors, Sections.trim(current)));
        }
        title = Sections.title(line);
        anchors = before;
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    if (title != null) {
      sections.add(new Section(title, anchors, Sections.trim(current)));
    }
    return sections;
  }

  /** Removes the block anchors that end the lines (they belong to the title that follows) and returns them. */
  private static List<String> trailingAnchors(List<String> lines) {
    List<String> anchors = new ArrayList<>();
    while (!lines.isEmpty()) {
      Matcher anchor = Sections.BLOCK_ANCHOR.matcher(lines.get(lines.size() - 1));
      if (!anchor.matches()) {
        break;
      }
      anchors.add(0, anchor.group(1));
      lines.remove(lines.size() - 1);
    }
    return anchors;
  }
}
