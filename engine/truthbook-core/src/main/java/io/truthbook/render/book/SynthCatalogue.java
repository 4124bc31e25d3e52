package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.SynthBrief;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic-data brief: the window, the pool and the graph's tables with their ranges, the generator
 * of every column that is not derived, and the personas with their share of the graphs. The
 * synthetic-data chapter links here instead of keeping its own lists.
 */
final class SynthCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    if (c.truth().synthBrief().isEmpty()) {
      return;
    }
    SynthBrief brief = c.truth().synthBrief().get();
    out.section(1, "", "Synthetic data");
    out.paragraph(c.mono("truthbook synth --count N --seed S") + " follows this brief alone: " + brief.graphs()
        + " graphs asked for, dates from " + brief.start() + " over " + brief.months() + " months, fake values in "
        + c.mono(brief.locale().orElse("en")) + " unless a persona says otherwise. Keys, foreign keys and defaults"
        + " are derived; every other column has a generator below, or stays empty when it may.");
    rows(c, out, "Pool: made once, shared by every graph", brief.pool());
    rows(c, out, "One graph", brief.graph());
    List<List<String>> generators = new ArrayList<>();
    for (SynthBrief.Generator g : brief.columns()) {
      generators.add(List.of(c.link(EntityKind.TABLE, g.table()) + "." + c.text(g.column()),
          c.text(g.method().name().toLowerCase(Locale.ROOT).replace('_', '-')), how(c, g)));
    }
    if (!generators.isEmpty()) {
      out.table("Generators", "2,1,4", List.of("Column", "Generator", "Values"), generators);
    }
    int[] shares = brief.shares(brief.graphs());
    List<List<String>> personas = new ArrayList<>();
    for (int i = 0; i < brief.personas().size(); i++) {
      SynthBrief.Persona p = brief.personas().get(i);
      personas.add(List.of(c.inlineAnchor(EntityKind.PERSONA, p.id()) + c.text(p.title()) + " (" + c.mono(p.id()) + ")",
          p.weight() + " (" + shares[i] + " of " + brief.graphs() + ")", c.mono(p.locale().or(brief::locale).orElse("en")),
          p.profile().map(r -> c.link(EntityKind.PROFILE, r)).orElse(""),
          String.join(", ", p.rows().stream().map(r -> c.link(EntityKind.TABLE, r.table()) + " " + range(r)).toList())));
    }
    out.table("Personas", "3,2,1,2,3", List.of("Persona", "Weight (graphs)", "Locale", "Export profile", "Ranges"),
        personas);
  }

  private static void rows(ReferenceContext c, AsciiDocWriter out, String title, List<SynthBrief.TableRows> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<List<String>> table = new ArrayList<>();
    for (SynthBrief.TableRows r : rows) {
      table.add(List.of(c.link(EntityKind.TABLE, r.table()), r.per().map(p -> c.link(EntityKind.TABLE, p)).orElse(""),
          range(r)));
    }
    out.table(title, "3,3,1", List.of("Table", "Per row of", "Rows"), table);
  }

  private static String range(SynthBrief.TableRows r) {
    return r.min() == r.max() ? String.valueOf(r.min()) : r.min() + "–" + r.max();
  }

  private static String how(ReferenceContext c, SynthBrief.Generator g) {
    return switch (g.method()) {
      case ONE_OF -> String.join(", ", g.values().stream().map(c::mono).toList());
      case NUMBER -> c.text(number(g.min()) + " to " + number(g.max()));
      case AFTER -> c.text((long) g.min() + " to " + (long) g.max() + " days after ") + c.mono(g.text());
      default -> c.mono(g.text());
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
  }
}
