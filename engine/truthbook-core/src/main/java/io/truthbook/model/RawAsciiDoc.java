package io.truthbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a hand-written chapter would reach the HTML of the book and the site as markup rather
 * than text: passthrough blocks and macros, block attributes that change or drop substitutions, and
 * link targets that run script. Asciidoctor's secure mode stops none of them. The check reports each
 * ({@link #scan}); the book and site render them inert ({@link #neutralize}), so that even a truth
 * built with {@code --allow-drift} shows an attacker's markup as text.
 */
public final class RawAsciiDoc {
  private static final Pattern PASS_BLOCK = Pattern.compile("\\+{4,}[ \\t]*");
  private static final Pattern TRIPLE_PLUS = Pattern.compile("\\+{3,}");
  private static final Pattern PASS_MACRO = Pattern.compile("pass:[a-z,]*\\[");
  private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\[(.*)\\][ \\t]*");
  private static final Pattern PASS_STYLE = Pattern.compile("^\\s*\"?pass\"?\\s*(?:,|$)");
  private static final Pattern SUBS = Pattern.compile("(?:^|,)\\s*subs\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^,]*))");
  private static final java.util.Set<String> ESCAPING = java.util.Set.of("specialchars", "specialcharacters",
      "normal", "verbatim");
  private static final Pattern SCRIPT_SCHEME = Pattern.compile("(?i)\\b(javascript|vbscript|data)(\\s*):(?=\\S)");
  /** A link-like macro whose target is assembled from attribute or character references. */
  private static final Pattern BUILT_TARGET =
      Pattern.compile("\\b(link|image|video|audio|xref|mailto):+[^\\[\\s]*(?:\\{|&#?[a-zA-Z0-9]+;)");

  private RawAsciiDoc() {}

  /** One place where a chapter would emit raw markup: 1-based line and column, and what it is. */
  public record Hazard(int line, int column, String what) {}

  /** Every hazard of {@code lines}, in order; verbatim blocks and comments are left alone. */
  public static List<Hazard> scan(List<String> lines) {
    List<Hazard> hazards = new ArrayList<>();
    walk(lines, hazards::add, line -> { });
    return hazards;
  }

  /** {@code lines} with every hazard made inert: a passthrough block shown literally, the rest escaped. */
  public static List<String> neutralize(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    walk(lines, hazard -> { }, out::add);
    return out;
  }

  private static void walk(List<String> lines, Consumer<Hazard> hazards, Consumer<String> out) {
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean wasPassthrough = blocks.inPassthrough();
      if (blocks.skip(line)) {
        boolean delimiter = PASS_BLOCK.matcher(line).matches() && (wasPassthrough || blocks.inPassthrough());
        if (delimiter && !wasPassthrough) {
          hazards.accept(new Hazard(i + 1, 1, "a passthrough block (++++) emits its lines as raw HTML"));
        }
        // a passthrough block becomes a literal block: its lines are shown, not interpreted
        out.accept(delimiter ? ".".repeat(line.strip().length()) : line);
        continue;
      }
      out.accept(inline(line, i + 1, hazards));
    }
  }

  private static String inline(String line, int number, Consumer<Hazard> hazards) {
    Matcher list = ATTRIBUTE_LIST.matcher(line);
    if (list.matches() && dropsEscaping(list.group(1))) {
      hazards.accept(new Hazard(number, 1, "a block attribute list that drops the escaping of special characters"
          + " ([pass], subs=none, -specialchars) emits raw HTML"));
      return "// attribute list removed by truthbook: it dropped the escaping of special characters";
    }
    report(line, TRIPLE_PLUS, number, hazards, "an inline passthrough (+++) emits raw HTML");
    report(line, PASS_MACRO, number, hazards, "a pass:[] macro emits raw HTML");
    report(line, BUILT_TARGET, number, hazards,
        "a link target built from attribute or character references can hide a script URL");
    report(line, SCRIPT_SCHEME, number, hazards, "a script URL (javascript:, vbscript:, data:)");
    String text = TRIPLE_PLUS.matcher(line).replaceAll(m -> "{plus}".repeat(m.group().length()));
    text = PASS_MACRO.matcher(text).replaceAll(m -> "pass&#58;" + Matcher.quoteReplacement(m.group().substring(5)));
    // a character reference is no escape inside a link target or an attribute value (link=, the browser
    // decodes it), so the scheme gets a zero-width space, which decodes to no scheme at all; after that
    // the macro around it is broken too: the whole target shows as text
    text = SCRIPT_SCHEME.matcher(text).replaceAll(m -> m.group(1) + m.group(2) + "&#8203;&#58;");
    return BUILT_TARGET.matcher(text).replaceAll(m -> m.group(1) + "&#58;"
        + Matcher.quoteReplacement(m.group().substring(m.group(1).length() + 1)));
  }

  /**
   * True when a block attribute list leaves special characters unescaped: the {@code pass} style, or a
   * {@code subs} that replaces the set without {@code specialchars} (or {@code normal}, {@code verbatim}),
   * or removes it ({@code -specialchars}).
   */
  private static boolean dropsEscaping(String attributes) {
    if (PASS_STYLE.matcher(attributes).find()) {
      return true;
    }
    Matcher subs = SUBS.matcher(attributes);
    while (subs.find()) {
      String value = subs.group(1) != null ? subs.group(1) : subs.group(2) != null ? subs.group(2) : subs.group(3);
      boolean replaces = false;
      boolean keeps = false;
      for (String item : value.split(",")) {
        String name = item.strip();
        boolean removes = name.startsWith("-");
        boolean incremental = removes || name.startsWith("+") || name.endsWith("+");
        String bare = name.replaceAll("^[+-]|\\+$", "");
        if (removes && ESCAPING.contains(bare)) {
          return true;
        }
        replaces |= !incremental;
        keeps |= !incremental && ESCAPING.contains(bare);
      }
      if (replaces && !keeps) {
        return true;
      }
    }
    return false;
  }

  private static void report(String line, Pattern pattern, int number, Consumer<Hazard> hazards, String what) {
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      hazards.accept(new Hazard(number, m.start() + 1, what));
    }
  }
}
