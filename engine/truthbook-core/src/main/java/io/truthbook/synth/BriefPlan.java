package io.truthbook.synth;

import io.truthbook.model.ColumnType;
import io.truthbook.model.Domain;
import io.truthbook.model.ForeignKey;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportProfile;
import io.truthbook.model.Location;
import io.truthbook.model.SynthBrief;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The brief resolved against the truth's tables: for every table the brief makes, in order, what fills
 * each column ({@link Fill}), and every reason the brief cannot be followed ({@link Problem}): a table
 * or column the truth lacks, a NOT NULL column with neither generator nor derivation, a reference no
 * made row can satisfy, a generator that does not fit its column, a persona whose weights or ranges do
 * not add up. {@code check} reports the problems; {@code synth} refuses while there are any.
 */
public final class BriefPlan {
  public static final String TABLE = "synth.table";
  public static final String COLUMN = "synth.column";
  public static final String NOT_NULL = "synth.unfilled";
  public static final String REFERENCE = "synth.reference";
  public static final String GENERATOR = "synth.generator";
  public static final String PERSONA = "synth.persona";

  private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'(?:::[a-z][a-z0-9_ \\[\\]]*)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?|true|false", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOW = Set.of("now()", "current_timestamp", "current_date", "localtimestamp",
      "clock_timestamp()", "statement_timestamp()", "transaction_timestamp()");
  private static final Set<String> UUIDS = Set.of("gen_random_uuid()", "uuid_generate_v4()");

  /**
   * A reason the brief cannot be followed. {@code wrong} and {@code known}, when given, are the misspelt
   * name and the names it should be one of, for a did-you-mean.
   */
  public record Problem(String rule, Location at, String message, String hint, Optional<String> wrong,
      Collection<String> known) {}

  /** One table the brief makes: its rows, the truth's table, its foreign keys and each column's fill. */
  record Step(SynthBrief.TableRows rows, Domain.Table table, boolean pool, List<ForeignKey> keys,
      Map<String, Fill> fills) {}

  private final SynthBrief brief;
  private final FakeVerdicts fakes;
  private final Map<String, ImportProfile> profiles = new LinkedHashMap<>();
  private final Map<String, ImportMapping> mappings = new LinkedHashMap<>();
  private final List<Step> pool = new ArrayList<>();
  private final List<Step> graph = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private BriefPlan(SynthBrief brief, FakeVerdicts fakes) {
    this.brief = brief;
    this.fakes = fakes;
  }

  /** The plan of the truth's brief, its fake expressions evaluated; empty when the truth has none. */
  public static Optional<BriefPlan> of(Truth truth) {
    return of(truth, FakeVerdicts.none());
  }

  /** The same, with Datafaker's verdicts on the fake expressions taken from and kept in {@code fakes}. */
  public static Optional<BriefPlan> of(Truth truth, FakeVerdicts fakes) {
    return truth.synthBrief().map(brief -> plan(truth, brief, fakes));
  }

  private static BriefPlan plan(Truth truth, SynthBrief brief, FakeVerdicts fakes) {
    BriefPlan plan = new BriefPlan(brief, fakes);
    truth.importProfiles().forEach(p -> plan.profiles.putIfAbsent(p.id(), p));
    plan.profiles.keySet().forEach(id -> ImportMapping.latest(truth.importMappings(), id)
        .ifPresent(m -> plan.mappings.put(id, m)));
    Map<String, Domain.Table> tables = new LinkedHashMap<>();
    truth.tables().forEach(t -> tables.putIfAbsent(t.name(), t));
    Map<String, Domain.Table> declared = new LinkedHashMap<>();
    tables.values().stream().filter(t -> !t.columns().isEmpty()).forEach(t -> declared.put(t.name(), t));
    Map<String, SynthBrief.Generator> generators = plan.generators(tables);
    Set<String> made = new LinkedHashSet<>();
    Set<String> inPool = new LinkedHashSet<>();
    for (SynthBrief.TableRows rows : brief.pool()) {
      plan.step(rows, true, tables, declared, generators, made, inPool).ifPresent(plan.pool::add);
    }
    for (SynthBrief.TableRows rows : brief.graph()) {
      plan.step(rows, false, tables, declared, generators, made, inPool).ifPresent(plan.graph::add);
    }
    for (SynthBrief.Generator g : generators.values()) {
      if (!made.contains(g.table()) && tables.containsKey(g.table())) {
        plan.problem(TABLE, g.at(), "the brief has a generator for " + g.name() + " but makes no rows of "
            + g.table(), "list " + g.table() + " under graph or pool, or remove the generator", Optional.empty(),
            List.of());
      }
    }
    plan.personas(truth);
    return plan;
  }

  private Map<String, SynthBrief.Generator> generators(Map<String, Domain.Table> tables) {
    Map<String, SynthBrief.Generator> generators = new LinkedHashMap<>();
    for (SynthBrief.Generator g : brief.columns()) {
      Domain.Table table = tables.get(g.table());
      if (table == null) {
        problem(TABLE, g.at(), "the brief names table '" + g.table() + "', which the truth does not declare",
            "use a canonical table of manifests/domains.yaml", Optional.of(g.table()), tables.keySet());
      } else if (table.columns().stream().noneMatch(c -> c.name().equals(g.column()))) {
        problem(COLUMN, g.at(), "table " + g.table() + " has no column '" + g.column() + "'",
            "use a column the truth declares for " + g.table(), Optional.of(g.column()),
            table.columns().stream().map(Domain.Column::name).toList());
      } else if (generators.putIfAbsent(g.name(), g) != null) {
        problem(GENERATOR, g.at(), "column " + g.name() + " has a second generator", "keep one generator per column",
            Optional.empty(), List.of());
      }
    }
    return generators;
  }

  private Optional<Step> step(SynthBrief.TableRows rows, boolean isPool, Map<String, Domain.Table> tables,
      Map<String, Domain.Table> declared, Map<String, SynthBrief.Generator> generators, Set<String> made,
      Set<String> inPool) {
    Domain.Table table = tables.get(rows.table());
    if (table == null) {
      problem(TABLE, rows.at(), "the brief makes table '" + rows.table() + "', which the truth does not declare",
          "use a canonical table of manifests/domains.yaml", Optional.of(rows.table()), tables.keySet());
      return Optional.empty();
    }
    if (table.columns().isEmpty()) {
      problem(TABLE, rows.at(), "table " + rows.table() + " declares no columns, so its rows cannot be made",
          "declare the columns of " + rows.table() + " in manifests/domains.yaml", Optional.empty(), List.of());
      return Optional.empty();
    }
    if (!made.add(rows.table())) {
      problem(TABLE, rows.at(), "the brief makes table " + rows.table() + " twice", "list each table once",
          Optional.empty(), List.of());
      return Optional.empty();
    }
    if (isPool) {
      inPool.add(rows.table());
    }
    if (rows.max() < rows.min()) {
      problem(TABLE, rows.at(), rows.table() + ": max " + rows.max() + " is below min " + rows.min(),
          "make max at least min", Optional.empty(), List.of());
    }
    rows.per().ifPresent(per -> {
      if (!made.contains(per) || per.equals(rows.table()) || inPool.contains(per) != isPool) {
        problem(REFERENCE, rows.at(), rows.table() + " is made per row of '" + per + "', which is not made before it in "
            + (isPool ? "the pool" : "the graph"), "list " + per + " before " + rows.table() + " in the same list",
            Optional.of(per), made);
      }
    });
    List<ForeignKey> keys = ForeignKey.of(table, declared);
    Map<String, Fill> fills = new LinkedHashMap<>();
    for (Domain.Column column : table.columns()) {
      SynthBrief.Generator generator = generators.get(table.name() + "." + column.name());
      Optional<ForeignKey> key = keys.stream().filter(k -> k.columns().contains(column.name())).findFirst();
      Fill fill;
      if (generator != null) {
        fill = new Fill.Generated(generator);
        checkGenerator(generator, column, table, rows, key, made);
      } else if (key.isPresent()) {
        fill = new Fill.Reference(key.get(), key.get().columns().indexOf(column.name()));
        String target = key.get().target();
        boolean reachable = made.contains(target) && (inPool.contains(target) || !isPool)
            || target.equals(table.name());
        if (!reachable && !column.nullable()) {
          problem(REFERENCE, rows.at(), "column " + table.name() + "." + column.name() + " references " + target
              + ", which the brief does not make" + (!made.contains(target) ? ""
                  : isPool ? " in the pool (a pool row cannot reference a graph's)" : " before " + table.name()),
              "make rows of " + target + " (pool or graph) before " + table.name(), Optional.empty(), List.of());
        } else if (!reachable) {
          fill = new Fill.Empty();
        }
      } else if (column.primaryKey() && isKeyType(column)) {
        fill = new Fill.Key();
      } else if (column.defaultValue().isPresent() && defaultFill(column).isPresent()) {
        fill = defaultFill(column).get();
      } else if (column.nullable()) {
        fill = new Fill.Empty();
      } else {
        fill = new Fill.Empty();
        problem(NOT_NULL, rows.at(), "column " + table.name() + "." + column.name() + " is NOT NULL and has no generator"
            + " or derivation (it is no key, references nothing, and has no default the brief can follow)",
            "add a generator for " + table.name() + "." + column.name() + " under columns", Optional.empty(), List.of());
      }
      fills.put(column.name(), fill);
    }
    return Optional.of(new Step(rows, table, isPool, keys, fills));
  }

  private static boolean isKeyType(Domain.Column column) {
    return !column.array() && (column.type() == ColumnType.UUID || column.type() == ColumnType.INTEGER
        || column.type() == ColumnType.BIGINT);
  }

  /** A default the brief can follow without the database: a literal, a time, a UUID. */
  static Optional<Fill> defaultFill(Domain.Column column) {
    String text = column.defaultValue().orElse("").strip();
    Matcher quoted = QUOTED.matcher(text);
    if (quoted.matches()) {
      return Optional.of(new Fill.Default(quoted.group(1).replace("''", "'"), Fill.DefaultKind.LITERAL));
    }
    if (LITERAL.matcher(text).matches()) {
      return Optional.of(new Fill.Default(text.toLowerCase(java.util.Locale.ROOT), Fill.DefaultKind.LITERAL));
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (NOW.contains(lower)) {
      return Optional.of(new Fill.Default("", Fill.DefaultKind.NOW));
    }
    if (UUIDS.contains(lower)) {
      return Optional.of(new Fill.Default("", Fill.DefaultKind.UUID));
    }
    return Optional.empty();
  }

  private void checkGenerator(SynthBrief.Generator g, Domain.Column column, Domain.Table table,
      SynthBrief.TableRows rows, Optional<ForeignKey> key, Set<String> made) {
    ColumnType type = column.type();
    boolean text = type == ColumnType.TEXT || type == ColumnType.JSON;
    boolean number = type == ColumnType.INTEGER || type == ColumnType.BIGINT || type == ColumnType.DECIMAL
        || type == ColumnType.FLOAT;
    boolean time = type == ColumnType.DATE || type == ColumnType.TIMESTAMP || type == ColumnType.TIMESTAMPTZ;
    String name = g.name();
    if (key.isPresent()) {
      problem(GENERATOR, g.at(), name + " is a foreign key: its value is taken from the row it references",
          "remove the generator; the reference is derived", Optional.empty(), List.of());
      return;
    }
    if (column.array()) {
      problem(GENERATOR, g.at(), name + " is an array (" + column.typeName() + "); no generator makes arrays",
          "remove the generator: an array column takes its default or stays empty", Optional.empty(), List.of());
      return;
    }
    switch (g.method()) {
      case FAKE -> {
        if (!text) {
          problem(GENERATOR, g.at(), name + " is " + column.typeName() + "; fake makes text",
              "use number, within, after, format or oneOf for this column", Optional.empty(), List.of());
        } else {
          fakes.error(g.text(), brief.locale()).ifPresent(error -> problem(GENERATOR, g.at(),
              "the fake expression of " + name + " does not evaluate: " + error,
              "use a Datafaker expression such as #{Name.firstName} (https://www.datafaker.net/documentation/providers/)",
              Optional.empty(), List.of()));
        }
      }
      case ONE_OF -> g.values().stream().filter(v -> !Values.fits(v, column)).findFirst().ifPresent(v -> problem(
          GENERATOR, g.at(), "value '" + v + "' of " + name + " is not a " + column.typeName(),
          "give values of the column's type", Optional.empty(), List.of()));
      case NUMBER -> {
        if (!number) {
          problem(GENERATOR, g.at(), name + " is " + column.typeName() + "; number makes numbers",
              "use a generator that fits " + column.typeName(), Optional.empty(), List.of());
        } else if (g.max() < g.min()) {
          problem(GENERATOR, g.at(), "the number range of " + name + " is empty (max below min)", "make max at least min",
              Optional.empty(), List.of());
        }
      }
      case WITHIN, AFTER -> {
        if (!time) {
          problem(GENERATOR, g.at(), name + " is " + column.typeName() + "; " + g.method().name().toLowerCase(
              java.util.Locale.ROOT) + " makes dates and times", "use a date, timestamp or timestamptz column",
              Optional.empty(), List.of());
        } else if (g.method() == SynthBrief.Method.AFTER) {
          checkAfter(g, table, rows, made);
        }
      }
      case FORMAT -> {
        if (!text && !number) {
          problem(GENERATOR, g.at(), name + " is " + column.typeName() + "; format makes text or whole numbers",
              "use a generator that fits " + column.typeName(), Optional.empty(), List.of());
        } else if (number && !g.text().matches("\\{(n|i|graph)}")) {
          problem(GENERATOR, g.at(), "the format of numeric column " + name + " must be one counter: {n}, {i} or {graph}",
              "write format: \"{n}\"", Optional.empty(), List.of());
        }
      }
      case PICK -> {
        String[] target = g.text().split("\\.", 2);
        if (!made.contains(target[0]) || target[0].equals(table.name())) {
          problem(REFERENCE, g.at(), name + " picks from " + g.text() + ", but the brief makes no rows of " + target[0]
              + " before " + table.name(), "make rows of " + target[0] + " before " + table.name(),
              Optional.empty(), List.of());
        }
      }
      default -> throw new IllegalStateException(g.method().name());
    }
  }

  /** {@code after} names a column of this row, of the row it is made per, or of a row a foreign key takes. */
  private void checkAfter(SynthBrief.Generator g, Domain.Table table, SynthBrief.TableRows rows, Set<String> made) {
    String[] base = g.text().split("\\.", 2);
    boolean own = base[0].equals(table.name());
    boolean parent = rows.per().map(base[0]::equals).orElse(false);
    boolean referenced = table.columns().stream().anyMatch(c -> c.referencedTable().map(base[0]::equals).orElse(false))
        && made.contains(base[0]);
    if (own && base[1].equals(g.column())) {
      problem(GENERATOR, g.at(), g.name() + " comes after itself", "name another column", Optional.empty(), List.of());
    } else if (!own && !parent && !referenced) {
      problem(REFERENCE, g.at(), g.name() + " comes after " + g.text() + ", but a row of " + table.name()
          + " is not made per a row of " + base[0] + " and references none",
          "name a column of " + table.name() + ", of the table it is made per, or of a table it references",
          Optional.empty(), List.of());
    }
  }

  private void personas(Truth truth) {
    Set<String> graphTables = new LinkedHashSet<>();
    brief.graph().forEach(r -> graphTables.add(r.table()));
    Set<String> ids = new LinkedHashSet<>();
    for (SynthBrief.Persona persona : brief.personas()) {
      if (!ids.add(persona.id())) {
        problem(PERSONA, persona.at(), "persona '" + persona.id() + "' is declared twice", "give each persona its own id",
            Optional.empty(), List.of());
      }
      persona.locale().or(brief::locale).filter(l -> !Values.knownLocale(l)).ifPresent(l -> problem(PERSONA,
          persona.at(), "persona " + persona.id() + " has locale '" + l + "', which the fake-data library lacks",
          "use a locale such as en-GB, en-US, de-DE or fr-FR", Optional.empty(), List.of()));
      persona.profile().filter(p -> profiles.containsKey(p.id()) && !mappings.containsKey(p.id()))
          .ifPresent(p -> problem(PERSONA, p.at(), "persona " + persona.id() + " exports in profile " + p.id()
              + ", which has no mapping", "add a mapping for " + p.id() + " to the imports manifest, or remove"
              + " the profile", Optional.empty(), List.of()));
      for (SynthBrief.TableRows rows : persona.rows()) {
        if (!graphTables.contains(rows.table())) {
          problem(PERSONA, rows.at(), "persona " + persona.id() + " changes the rows of '" + rows.table()
              + "', which the graph does not make", "name a table of the graph list", Optional.of(rows.table()),
              graphTables);
        } else if (rows.max() < rows.min()) {
          problem(PERSONA, rows.at(), "persona " + persona.id() + ": max " + rows.max() + " of " + rows.table()
              + " is below min " + rows.min(), "make max at least min", Optional.empty(), List.of());
        }
      }
    }
  }

  private void problem(String rule, Location at, String message, String hint, Optional<String> wrong,
      Collection<String> known) {
    problems.add(new Problem(rule, at, message, hint, wrong, List.copyOf(known)));
  }

  public SynthBrief brief() {
    return brief;
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** The profile a persona's graphs are also exported in, with the mapping that reads them back. */
  Optional<Map.Entry<ImportProfile, ImportMapping>> export(SynthBrief.Persona persona) {
    return persona.profile().filter(p -> profiles.containsKey(p.id()) && mappings.containsKey(p.id()))
        .map(p -> Map.entry(profiles.get(p.id()), mappings.get(p.id())));
  }

  List<Step> pool() {
    return List.copyOf(pool);
  }

  List<Step> graph() {
    return List.copyOf(graph);
  }
}
