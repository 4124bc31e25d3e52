package io.truthbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The synthetic-data brief: what {@code truthbook synth} follows to make client graphs. The pool is
 * made once and shared; the graph's tables are made per graph; a column is filled by its generator,
 * else derived (a primary key, a foreign key, a default), else left empty when it may be.
 */
public record SynthBrief(
    Location at,
    int graphs,
    LocalDate start,
    int months,
    Optional<String> locale,
    List<TableRows> pool,
    List<TableRows> graph,
    List<Generator> columns,
    List<Persona> personas) {

  public SynthBrief {
    pool = List.copyOf(pool);
    graph = List.copyOf(graph);
    columns = List.copyOf(columns);
    personas = List.copyOf(personas);
  }

  /**
   * How many of {@code count} graphs each persona gets, in persona order: the count divided by the
   * weights, the remainder given largest fraction first (ties to the persona listed first), so the
   * shares are whole and add up to the count.
   */
  public int[] shares(int count) {
    long weights = personas.stream().mapToLong(Persona::weight).sum();
    int[] shares = new int[personas.size()];
    long[] remainders = new long[personas.size()];
    int given = 0;
    for (int i = 0; i < personas.size(); i++) {
      long exact = (long) count * personas.get(i).weight();
      shares[i] = weights == 0 ? 0 : (int) (exact / weights);
      remainders[i] = weights == 0 ? 0 : exact % weights;
      given += shares[i];
    }
    while (given < count && !personas.isEmpty()) {
      int best = 0;
      for (int i = 1; i < personas.size(); i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      shares[best]++;
      remainders[best] = -1;
      given++;
    }
    return shares;
  }

  /** How many rows of a table: {@code min..max}, per graph, per pool, or per row of {@code per}. */
  public record TableRows(String table, Location at, Optional<String> per, int min, int max) {}

  /** What a generator does. */
  public enum Method { FAKE, ONE_OF, NUMBER, WITHIN, AFTER, FORMAT, PICK }

  /**
   * The generator of one column: {@code text} is the Datafaker expression, the format, or the
   * {@code TABLE.COLUMN} that {@code after} and {@code pick} name; {@code values} the choices of
   * {@code oneOf}; {@code min}/{@code max} the number range, or the days after.
   */
  public record Generator(String table, String column, Location at, Method method, String text, List<String> values,
      double min, double max) {
    public Generator {
      values = List.copyOf(values);
    }

    /** {@code TABLE.COLUMN}, as the brief writes it. */
    public String name() {
      return table + "." + column;
    }
  }

  /** A kind of client: its share of the graphs, its locale and import profile, the ranges it changes. */
  public record Persona(String id, Location at, String title, int weight, Optional<String> locale,
      Optional<Ref> profile, List<TableRows> rows) {
    public Persona {
      rows = List.copyOf(rows);
    }
  }
}
