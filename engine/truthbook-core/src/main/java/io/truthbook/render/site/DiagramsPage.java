package io.truthbook.render.site;

import io.truthbook.render.book.AsciiDocText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The diagrams of the book on one page, each under the anchor the book gives it, with its PlantUML source. */
final class DiagramsPage {
  /** Alternative text sits in a quoted attribute: only letters, digits and plain punctuation stay. */
  private static final Pattern UNSAFE_ALT = Pattern.compile("[^\\p{L}\\p{N} .,-]+");

  private DiagramsPage() {}

  static PageDraft draft(String name, List<SiteDiagram> diagrams) {
    List<String> body = new ArrayList<>();
    body.add("Rendered from PlantUML on every build: generated from the manifests, or written by hand in "
        + "``diagrams/``.");
    for (SiteDiagram diagram : diagrams) {
      body.add("");
      body.add("[[" + diagram.anchor() + "]]");
      String title = AsciiDocText.inert(diagram.title());
      body.add("== " + (title.isEmpty() ? AsciiDocText.inert(diagram.id()) : title));
      body.add("");
      String caption = AsciiDocText.inert(diagram.caption());
      if (!caption.isEmpty()) {
        body.add("." + caption);
      }
      body.add("image::" + diagram.svg() + "[\"" + alt(diagram) + "\"]");
      body.add("");
      body.add("PlantUML source: link:" + diagram.puml() + "[" + AsciiDocText.inert(diagram.id() + ".puml") + "]");
    }
    return new PageDraft(name, "Diagrams", SitePage.Kind.REFERENCE, "Diagrams", List.of(), body);
  }

  /** The diagram's alternative text, safe inside a quoted attribute. */
  static String alt(SiteDiagram diagram) {
    return UNSAFE_ALT.matcher(diagram.alt()).replaceAll(" ").trim().replaceAll(" +", " ");
  }
}
