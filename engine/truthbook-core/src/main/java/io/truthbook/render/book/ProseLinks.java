package io.truthbook.render.book;

import io.truthbook.model.AsciiDocBlocks;
import io.truthbook.model.ProseFact;
import io.truthbook.model.RawAsciiDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Turns every {@code truth:KIND[id]} of a chapter into {@code <<anchor,id>>}, the id escaped, and every
 * {@code truth:FACT[target]} into the value it names ({@link ProseFacts}); a name the truth does not
 * define stays visible, highlighted, as plain text (the check reports it).
 */
final class ProseLinks {
  private final Anchors anchors;
  private final ProseFacts facts;

  ProseLinks(Anchors anchors, ProseFacts facts) {
    this.anchors = anchors;
    this.facts = facts;
  }

  /**
   * The chapter's lines with links, raw HTML made inert ({@link RawAsciiDoc}); verbatim blocks and
   * comments are left as written.
   */
  List<String> rewrite(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : RawAsciiDoc.neutralize(lines)) {
      out.add(blocks.skip(line) ? line : rewrite(line));
    }
    if (!blocks.closing().isEmpty()) {
      out.add(blocks.closing()); // a block left open would swallow the rest of the book
    }
    return out;
  }

  private String rewrite(String line) {
    Matcher macro = ChapterMentions.MACRO.matcher(line);
    StringBuilder out = new StringBuilder(line.length() + 32);
    int last = 0;
    while (macro.find()) {
      out.append(line, last, macro.start()).append(link(macro));
      last = macro.end();
    }
    return out.append(line, last, line.length()).toString();
  }

  private String link(Matcher macro) {
    String id = macro.group(2).trim();
    Optional<ProseFact> fact = ProseFact.byWord(macro.group(1));
    Optional<String> rendered = fact.isPresent() ? fact.flatMap(f -> facts.render(f, id))
        : ChapterMentions.entity(macro).flatMap(e -> anchors.of(e.kind(), e.id()))
            .map(a -> AsciiDocText.link(a, id));
    if (rendered.isPresent()) {
      return rendered.get();
    }
    String text = AsciiDocText.inert(macro.group());
    return "##" + text + "##";
  }
}
