package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.SynthBrief;
import io.truthbook.model.Truth;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The synthetic-data brief: pool, graph, generators and personas, which {@code truthbook synth} follows. */
final class SyntheticKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.SYNTHETIC;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    Fields window = manifest.objectAt("window").orElseThrow();
    truth.add(SynthBrief.class, new SynthBrief(manifest.at(), manifest.integer("graphs", 1),
        date(window.text("start")), window.integer("months", 1), manifest.optText("locale"),
        rows(manifest.objects("pool")), rows(manifest.objects("graph")),
        manifest.objects("columns").stream().map(SyntheticKind::generator).toList(),
        manifest.objects("personas").stream().map(p -> new SynthBrief.Persona(p.text("id"), p.at(), p.text("title"),
            p.integer("weight", 1), p.optText("locale"), p.optRef("profile"), rows(p.objects("rows")))).toList()));
  }

  /** A schema-valid date; a day that does not exist (2023-02-30) falls back to the first of its month. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return LocalDate.parse(text.substring(0, 8) + "01");
    }
  }

  private static List<SynthBrief.TableRows> rows(List<Fields> entries) {
    return entries.stream().map(r -> {
      int min = r.integer("min", 0);
      return new SynthBrief.TableRows(r.text("table"), r.at(), r.optText("per"), min, r.integer("max", min));
    }).toList();
  }

  private static SynthBrief.Generator generator(Fields c) {
    String[] name = c.text("column").split("\\.", 2);
    String table = name[0];
    String column = name.length > 1 ? name[1] : "";
    List<String> none = List.of();
    if (c.optText("fake").isPresent()) {
      return new SynthBrief.Generator(table, column, c.at(), SynthBrief.Method.FAKE, c.text("fake"), none, 0, 0);
    }
    if (c.optList("oneOf").isPresent()) {
      return new SynthBrief.Generator(table, column, c.at(), SynthBrief.Method.ONE_OF, "", c.texts("oneOf"), 0, 0);
    }
    Optional<Fields> number = c.objectAt("number");
    if (number.isPresent()) {
      return new SynthBrief.Generator(table, column, c.at(), SynthBrief.Method.NUMBER, "", none,
          decimal(number.get(), "min"), decimal(number.get(), "max"));
    }
    if (c.optText("within").isPresent()) {
      return new SynthBrief.Generator(table, column, c.at(), SynthBrief.Method.WITHIN, c.text("within"), none, 0, 0);
    }
    if (c.optText("after").isPresent()) {
      Fields days = c.objectAt("days").orElseThrow();
      return new SynthBrief.Generator(table, column, c.at(), SynthBrief.Method.AFTER, c.text("after"), none,
          days.integer("min", 0), days.integer("max", 0));
    }
    if (c.optText("format").isPresent()) {
      return new SynthBrief.Generator(table, column, c.at(), SynthBrief.Method.FORMAT, c.text("format"), none, 0, 0);
    }
    return new SynthBrief.Generator(table, column, c.at(), SynthBrief.Method.PICK, c.text("pick"), none, 0, 0);
  }

  private static double decimal(Fields f, String key) {
    return Double.parseDouble(f.text(key));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.PERSONA);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.synthBrief().ifPresent(b -> b.personas().forEach(p -> index.put(EntityKind.PERSONA, p.id(), p.at())));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    truth.synthBrief().ifPresent(b -> {
      out.add(new Entity.Builder("brief", "").put("graphs", b.graphs()).put("window", b.start() + " + " + b.months()
          + " months").put("locale", b.locale())
          .list("pool", b.pool().stream().map(SyntheticKind::summary).toList())
          .list("graph", b.graph().stream().map(SyntheticKind::summary).toList())
          .list("columns", b.columns().stream().map(SyntheticKind::summary).toList()).build());
      b.personas().forEach(p -> out.add(new Entity.Builder("persona", p.id()).put("title", p.title())
          .put("weight", p.weight()).put("locale", p.locale()).put("profile", p.profile().map(r -> r.id()))
          .list("rows", p.rows().stream().map(SyntheticKind::summary).toList()).build()));
    });
    return out;
  }

  /** {@code task per order: 0..6}. */
  static String summary(SynthBrief.TableRows rows) {
    return rows.table() + rows.per().map(p -> " per " + p).orElse("") + ": "
        + (rows.min() == rows.max() ? String.valueOf(rows.min()) : rows.min() + ".." + rows.max());
  }

  /** {@code customer.email: fake #{Internet.emailAddress}}. */
  static String summary(SynthBrief.Generator g) {
    String how = switch (g.method()) {
      case ONE_OF -> String.join(" | ", g.values());
      case NUMBER -> number(g.min()) + ".." + number(g.max());
      case AFTER -> g.text() + " + " + (long) g.min() + ".." + (long) g.max() + " days";
      default -> g.text();
    };
    return g.name() + ": " + g.method().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + how;
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** The owners of the tables the brief fills: a change of the brief changes what their tables hold. */
  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.synthBrief().ifPresent(b -> {
      Set<String> tables = new TreeSet<>();
      b.pool().forEach(r -> tables.add(r.table()));
      b.graph().forEach(r -> tables.add(r.table()));
      truth.domains().stream().filter(d -> d.tables().stream().anyMatch(t -> tables.contains(t.name())))
          .forEach(d -> owners.add(d.owner().id()));
    });
    return owners;
  }

  @Override
  public String reference() {
    return "Synthetic data";
  }
}
