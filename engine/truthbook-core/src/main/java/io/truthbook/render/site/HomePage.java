package io.truthbook.render.site;

import io.truthbook.model.Chapter;
import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Owner;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.AsciiDocText;
import io.truthbook.render.diagram.DiagramSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The landing page, written for the engineer who opens the site first: what the platform is (the
 * book manifest's summary), where to start reading, the whole book on one page, its PDF and the
 * reconciliation matrix, the domain map and the topology inline, who owns what, then the chapters and
 * the reference pages. Everything on it comes from the truth and from the pages the site has.
 */
final class HomePage {
  private HomePage() {}

  static PageDraft draft(String name, Truth truth, Anchors anchors, List<PageDraft> chapters,
      List<PageDraft> reference, List<SiteDiagram> diagrams, Set<String> files) {
    List<String> body = new ArrayList<>();
    truth.bookSummary().ifPresent(summary -> {
      body.add(AsciiDocText.inert(summary.strip().replaceAll("\\s+", " ")));
      body.add("");
    });
    if (!chapters.isEmpty()) {
      PageDraft first = chapters.get(0);
      body.add("*New here?* Start with link:" + first.name() + ".html[" + first.titleMarkup()
          + "], then read the chapters in order; every name in them links to its entry in the reference.");
      body.add("");
    }
    List<String> whole = new ArrayList<>();
    if (files.contains(SiteFile.BOOK_HTML)) {
      whole.add("link:" + SiteFile.BOOK_HTML + "[the whole book on one page]");
    }
    if (files.contains(SiteFile.BOOK_PDF)) {
      whole.add("link:" + SiteFile.BOOK_PDF + "[the book as PDF]");
    }
    matrixPage(reference).ifPresent(page -> whole.add("link:" + page.name() + ".html[the reconciliation matrix]"
        + (files.contains(SiteFile.MATRIX_CSV) ? " (link:" + SiteFile.MATRIX_CSV + "[CSV])" : "")));
    if (!whole.isEmpty()) {
      body.add("Also here: " + String.join(", ", whole) + ".");
      body.add("");
    }
    overview(body, diagrams);
    owners(body, truth, anchors);
    body.add("== Chapters");
    body.add("");
    for (PageDraft page : chapters) {
      body.add(". link:" + page.name() + ".html[" + page.titleMarkup() + "]" + chapterOwner(truth, anchors, page));
    }
    body.add("");
    body.add("== Reference");
    body.add("");
    body.add("Generated from the manifests on every build; search, in the menu, finds every page and entity.");
    body.add("");
    for (PageDraft page : reference) {
      body.add("* link:" + page.name() + ".html[" + page.titleMarkup() + "]");
    }
    String title = truth.bookTitle().orElse("Truth book");
    return new PageDraft(name, title, SitePage.Kind.HOME, AsciiDocText.inert(title), List.of(), body);
  }

  /** The domain map and the topology, each linked to its place on the diagrams page. */
  private static void overview(List<String> body, List<SiteDiagram> diagrams) {
    List<SiteDiagram> shown = DiagramSet.OVERVIEW.stream()
        .flatMap(id -> diagrams.stream().filter(d -> d.id().equals(id)).limit(1)).toList();
    if (shown.isEmpty()) {
      return;
    }
    body.add("== The system at a glance");
    body.add("");
    for (SiteDiagram diagram : shown) {
      String caption = AsciiDocText.inert(diagram.caption().isBlank() ? diagram.title() : diagram.caption());
      if (!caption.isEmpty()) {
        body.add("." + caption);
      }
      body.add("image::" + diagram.svg() + "[\"" + DiagramsPage.alt(diagram) + "\",link=\""
          + SiteSource.DIAGRAMS + ".html#" + diagram.anchor() + "\"]");
      body.add("");
    }
  }

  /** Each owner with the domains, route families and chapters they own. */
  private static void owners(List<String> body, Truth truth, Anchors anchors) {
    if (truth.owners().isEmpty()) {
      return;
    }
    body.add("== Who owns what");
    body.add("");
    body.add("[cols=\"1,2,2,2\",options=\"header\"]");
    body.add("|===");
    body.add("|Owner |Domains |Route families |Chapters");
    for (Owner owner : truth.owners()) {
      String id = owner.id();
      body.add("|" + link(anchors, EntityKind.OWNER, id, owner.name().isBlank() ? id : owner.name() + " (" + id + ")"));
      body.add("|" + links(anchors, EntityKind.DOMAIN, truth.domains().stream()
          .filter(d -> d.owner().id().equals(id)).toList(), Domain::id));
      body.add("|" + links(anchors, EntityKind.FAMILY, truth.families().stream()
          .filter(f -> f.owner().id().equals(id)).toList(), RouteFamily::id));
      body.add("|" + truth.chapters().stream().filter(c -> c.owner().id().equals(id))
          .map(c -> link(anchors, EntityKind.CHAPTER, c.id(), c.title())).collect(Collectors.joining(", ")));
    }
    body.add("|===");
    body.add("");
  }

  private static <T> String links(Anchors anchors, EntityKind kind, List<T> items, Function<T, String> id) {
    return items.stream().map(item -> link(anchors, kind, id.apply(item), id.apply(item)))
        .collect(Collectors.joining(", "));
  }

  private static String link(Anchors anchors, EntityKind kind, String id, String label) {
    return anchors.of(kind, id).map(a -> AsciiDocText.link(a, label)).orElseGet(() -> AsciiDocText.inert(label));
  }

  private static String chapterOwner(Truth truth, Anchors anchors, PageDraft page) {
    Optional<Chapter> chapter = truth.chapters().stream()
        .filter(c -> anchors.of(EntityKind.CHAPTER, c.id()).map(a -> page.leadAnchors().contains(a)).orElse(false))
        .findFirst();
    return chapter.map(c -> ", owner " + link(anchors, EntityKind.OWNER, c.owner().id(), c.owner().id())).orElse("");
  }

  /** The page that holds the reconciliation matrix: its own page when it is long, else the claims page. */
  private static Optional<PageDraft> matrixPage(List<PageDraft> reference) {
    return reference.stream().filter(p -> p.name().equals(ReferencePages.MATRIX_PAGE)).findFirst()
        .or(() -> reference.stream().filter(p -> p.name().equals(ReferencePages.CLAIMS_PAGE)).findFirst());
  }
}
