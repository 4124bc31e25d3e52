package io.truthbook.synth;

import io.truthbook.model.ColumnType;
import io.truthbook.model.Domain;
import io.truthbook.model.ForeignKey;
import io.truthbook.model.SynthBrief;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Makes the rows the brief asks for, deterministically: the pool once, then each graph from a random
 * seeded by the run's seed and the graph's number alone (its persona comes from the run), so the same
 * seed gives the same bytes. A foreign key takes the row it is made per, else a row of the graph, else of the pool; two keys
 * into the same table take different rows when there are; a primary key or unique value that repeats is
 * made again (twenty tries, then the row is left out and not counted).
 */
final class GraphMaker {
  private static final int TRIES = 20;
  private static final long SECONDS_A_DAY = 86_400;

  /**
   * One made row: its values by column (null for NULL), and the rows it was made from, by table. Rows
   * are compared by identity: two rows of equal values are still two rows.
   */
  static final class Row {
    private final String table;
    private final Map<String, String> values;
    private final Map<String, Row> linked;

    Row(String table, Map<String, String> values, Map<String, Row> linked) {
      this.table = table;
      this.values = values;
      this.linked = linked;
    }

    String table() {
      return table;
    }

    Map<String, String> values() {
      return values;
    }

    Map<String, Row> linked() {
      return linked;
    }
  }

  private final BriefPlan plan;
  private final long seed;
  private final Random random = new Random();
  private final Map<String, Faker> fakers = new HashMap<>();
  private final Map<String, Long> numbers = new HashMap<>();
  private final LocalDateTime start;
  private final long windowSeconds;
  private Map<String, List<Row>> pool = Map.of();

  GraphMaker(BriefPlan plan, long seed) {
    this.plan = plan;
    this.seed = seed;
    SynthBrief brief = plan.brief();
    this.start = brief.start().atStartOfDay();
    this.windowSeconds = ChronoUnit.DAYS.between(brief.start(), brief.start().plusMonths(brief.months())) * SECONDS_A_DAY;
    // every locale's faker exists before the first row, so no graph's randoms depend on which came first
    faker(brief.locale());
    brief.personas().forEach(p -> faker(p.locale().or(brief::locale)));
  }

  private Faker faker(Optional<String> locale) {
    return fakers.computeIfAbsent(locale.orElse("en"), tag -> new Faker(Values.locale(tag), random));
  }

  /** The pool, made once; graphs take rows from it. */
  Map<String, List<Row>> pool() {
    random.setSeed(mix(seed, 0));
    pool = make(plan.pool(), 0, Optional.empty());
    return pool;
  }

  /** Graph {@code number} (from 1) of the persona. */
  Map<String, List<Row>> graph(int number, SynthBrief.Persona persona) {
    random.setSeed(mix(seed, number));
    return make(plan.graph(), number, Optional.of(persona));
  }

  private static long mix(long seed, long number) {
    long z = seed * 0x9E3779B97F4A7C15L + number;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private Map<String, List<Row>> make(List<BriefPlan.Step> steps, int graph, Optional<SynthBrief.Persona> persona) {
    Map<String, List<Row>> made = new LinkedHashMap<>();
    Faker faker = faker(persona.flatMap(SynthBrief.Persona::locale).or(() -> plan.brief().locale()));
    for (BriefPlan.Step step : steps) {
      SynthBrief.TableRows range = persona.flatMap(p -> p.rows().stream()
          .filter(r -> r.table().equals(step.table().name())).findFirst()).orElse(step.rows());
      List<Row> rows = new ArrayList<>();
      made.put(step.table().name(), rows);
      List<Row> parents = step.rows().per().map(per -> made.getOrDefault(per, List.of()))
          .orElseGet(() -> java.util.Collections.singletonList(null));
      Set<List<String>> keys = new HashSet<>();
      Map<String, Set<String>> uniques = new HashMap<>();
      for (Row parent : parents) {
        int count = range.min() + random.nextInt(range.max() - range.min() + 1);
        for (int i = 1; i <= count; i++) {
          for (int attempt = 0; attempt < TRIES; attempt++) {
            Row row = row(step, parent, i, graph, made, faker);
            if (row != null && fresh(step.table(), row, keys, uniques)) {
              rows.add(row);
              numbers.merge(step.table().name(), 1L, Long::sum);
              break;
            }
          }
        }
      }
    }
    return made;
  }

  /** True, and remembered, when the row's primary key and unique values are new in its graph (or the pool). */
  private static boolean fresh(Domain.Table table, Row row, Set<List<String>> keys, Map<String, Set<String>> uniques) {
    List<String> key = table.columns().stream().filter(Domain.Column::primaryKey)
        .map(c -> String.valueOf(row.values().get(c.name()))).toList();
    if (!key.isEmpty() && keys.contains(key)) {
      return false;
    }
    for (Domain.Column column : table.columns()) {
      String value = row.values().get(column.name());
      if (column.unique() && value != null && uniques.getOrDefault(column.name(), Set.of()).contains(value)) {
        return false;
      }
    }
    keys.add(key);
    table.columns().stream().filter(Domain.Column::unique).forEach(c -> {
      String value = row.values().get(c.name());
      if (value != null) {
        uniques.computeIfAbsent(c.name(), n -> new HashSet<>()).add(value);
      }
    });
    return true;
  }

  /** One row, or null when a NOT NULL reference finds no row to take. */
  private Row row(BriefPlan.Step step, Row parent, int index, int graph, Map<String, List<Row>> made, Faker faker) {
    Domain.Table table = step.table();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Row> linked = new LinkedHashMap<>();
    if (parent != null) {
      linked.put(parent.table(), parent);
    }
    table.columns().forEach(c -> values.put(c.name(), null));
    Map<String, Set<Row>> taken = new HashMap<>();
    for (ForeignKey key : step.keys()) {
      boolean filled = key.columns().stream().anyMatch(c -> step.fills().get(c) instanceof Fill.Reference);
      if (!filled) {
        continue;
      }
      Optional<Row> target = parent != null && parent.table().equals(key.target()) && !taken.containsKey(key.target())
          ? Optional.of(parent) : take(key.target(), made, taken.computeIfAbsent(key.target(), t -> new HashSet<>()));
      if (target.isEmpty()) {
        boolean required = key.columns().stream().map(c -> column(table, c)).anyMatch(c -> !c.nullable());
        if (required) {
          return null;
        }
        continue;
      }
      taken.computeIfAbsent(key.target(), t -> new HashSet<>()).add(target.get());
      linked.putIfAbsent(key.target(), target.get());
      for (int i = 0; i < key.columns().size(); i++) {
        values.put(key.columns().get(i), target.get().values().get(key.targetColumns().get(i)));
      }
    }
    long number = numbers.getOrDefault(table.name(), 0L) + 1;
    List<Domain.Column> after = new ArrayList<>();
    for (Domain.Column column : table.columns()) {
      Fill fill = step.fills().get(column.name());
      if (fill instanceof Fill.Key) {
        values.put(column.name(), column.type() == ColumnType.UUID ? Values.uuid(random) : Long.toString(number));
      } else if (fill instanceof Fill.Default d) {
        values.put(column.name(), switch (d.kind()) {
          case LITERAL -> d.literal();
          case NOW -> Values.time(within(), column.type());
          case UUID -> Values.uuid(random);
        });
      } else if (fill instanceof Fill.Generated g) {
        if (g.generator().method() == SynthBrief.Method.AFTER) {
          after.add(column);
        } else {
          values.put(column.name(), generate(g.generator(), column, index, graph, number, made, linked, faker));
        }
      }
    }
    Row row = new Row(table.name(), values, linked);
    for (Domain.Column column : after) {
      resolveAfter(step, row, column, new HashSet<>());
    }
    return row;
  }

  private static Domain.Column column(Domain.Table table, String name) {
    return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /** A row of the table from the graph, else the pool; one not taken yet by this row when there is one. */
  private Optional<Row> take(String table, Map<String, List<Row>> made, Set<Row> taken) {
    List<Row> rows = made.containsKey(table) ? made.get(table) : pool.getOrDefault(table, List.of());
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Row> free = rows.size() > taken.size() ? rows.stream().filter(r -> !taken.contains(r)).toList() : rows;
    return Optional.of(free.get(random.nextInt(free.size())));
  }

  private String generate(SynthBrief.Generator g, Domain.Column column, int index, int graph, long number,
      Map<String, List<Row>> made, Map<String, Row> linked, Faker faker) {
    return switch (g.method()) {
      case FAKE -> faker.expression(g.text());
      case ONE_OF -> g.values().get(random.nextInt(g.values().size()));
      case NUMBER -> Values.number(g.min() + random.nextDouble() * (g.max() - g.min()), column.type());
      case WITHIN -> Values.time(within(), column.type());
      case FORMAT -> g.text().replace("{n}", Long.toString(number)).replace("{i}", Integer.toString(index))
          .replace("{graph}", Integer.toString(graph));
      case PICK -> {
        String[] target = g.text().split("\\.", 2);
        Optional<Row> row = take(target[0], made, new HashSet<>());
        row.ifPresent(r -> linked.putIfAbsent(target[0], r));
        yield row.map(r -> r.values().get(target[1])).orElse(null);
      }
      case AFTER -> throw new IllegalStateException("after is resolved once the row's other values are made");
    };
  }

  private LocalDateTime within() {
    return start.plusSeconds(random.nextLong(windowSeconds));
  }

  /** A time some days after another column's: of this row (made first if it comes after too), or a linked row's. */
  private void resolveAfter(BriefPlan.Step step, Row row, Domain.Column column, Set<String> resolving) {
    if (row.values().get(column.name()) != null || !resolving.add(column.name())) {
      return;
    }
    SynthBrief.Generator g = ((Fill.Generated) step.fills().get(column.name())).generator();
    String[] base = g.text().split("\\.", 2);
    String value;
    if (base[0].equals(row.table())) {
      Fill fill = step.fills().get(base[1]);
      if (fill instanceof Fill.Generated other && other.generator().method() == SynthBrief.Method.AFTER) {
        resolveAfter(step, row, column(step.table(), base[1]), resolving);
      }
      value = row.values().get(base[1]);
    } else {
      value = Optional.ofNullable(row.linked().get(base[0])).map(r -> r.values().get(base[1])).orElse(null);
    }
    LocalDateTime from = value == null ? within() : Values.parseTime(value);
    long days = (long) g.min() + random.nextInt((int) (g.max() - g.min()) + 1);
    LocalDateTime moment = column.type() == ColumnType.DATE ? from.plusDays(days)
        : from.plusDays(days).plusSeconds(random.nextLong(days == 0 ? 3_600 : SECONDS_A_DAY));
    row.values().put(column.name(), Values.time(moment, column.type()));
  }
}
