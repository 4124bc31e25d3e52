package io.truthbook.synth;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.truthbook.model.Domain;
import io.truthbook.model.ForeignKey;
import io.truthbook.model.SynthBrief;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a run into a folder, one graph at a time (memory stays flat whatever the count): the DDL of the
 * canonical tables ({@code schema.sql}), the pool ({@code pool/TABLE.csv}), each graph's folder
 * ({@code graphs/NNNN/}: a CSV per table of the graph in the truth's column order, {@code graph.jsonl} with
 * a node per row and an edge per reference, and {@code manifest.json} with the persona, the row counts and
 * every file's SHA-256; for a persona with an import profile, {@code export-PROFILE.csv} as that vendor
 * writes it), an index of the graphs ({@code graphs.csv}) and the run's {@code manifest.json}.
 * CSV is RFC 4180 with every value quoted and NULL as an empty unquoted field, as PostgreSQL's
 * {@code COPY ... CSV} reads it.
 */
public final class SynthWriter {
  public static final String GENERATOR = "truthbook synth 1";
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();
  private static final JsonFactory JSON = new JsonFactory();

  /** What a run wrote: graphs per persona, rows per table (pool included), bytes. */
  public record Summary(int graphs, Map<String, Integer> personas, Map<String, Long> rows, long bytes) {}

  private SynthWriter() {}

  /**
   * Makes and writes {@code count} graphs of the plan with the seed into {@code folder} (which must be
   * empty), the DDL given as {@code ddl}.
   */
  public static Summary write(BriefPlan plan, int count, long seed, String ddl, Path folder) throws IOException {
    GraphMaker maker = new GraphMaker(plan, seed);
    Map<String, Domain.Table> tables = new LinkedHashMap<>();
    plan.pool().forEach(s -> tables.put(s.table().name(), s.table()));
    plan.graph().forEach(s -> tables.put(s.table().name(), s.table()));
    Map<String, Long> rows = new TreeMap<>();
    long[] bytes = {0};
    bytes[0] += writeText(folder.resolve("schema.sql"), ddl);
    Map<String, List<GraphMaker.Row>> pool = maker.pool();
    Map<String, String> poolFiles = new TreeMap<>();
    for (BriefPlan.Step step : plan.pool()) {
      String name = step.table().name() + ".csv";
      Written csv = csv(folder.resolve("pool").resolve(name), step.table(), pool.get(step.table().name()));
      poolFiles.put("pool/" + name, csv.sha256());
      bytes[0] += csv.bytes();
      rows.merge(step.table().name(), (long) pool.get(step.table().name()).size(), Long::sum);
    }
    List<SynthBrief.Persona> personas = plan.brief().personas();
    int[] assigned = assign(plan.brief(), count, seed);
    Map<String, Integer> perPersona = new LinkedHashMap<>();
    personas.forEach(p -> perPersona.put(p.id(), 0));
    int width = Math.max(4, Integer.toString(count).length());
    Path index = folder.resolve("graphs.csv");
    Files.createDirectories(folder.resolve("graphs"));
    try (CSVPrinter graphs = new CSVPrinter(Files.newBufferedWriter(index, StandardCharsets.UTF_8), CSV)) {
      graphs.printRecord("graph", "folder", "persona", "rows", "manifest_sha256");
      for (int number = 1; number <= count; number++) {
        SynthBrief.Persona persona = personas.get(assigned[number - 1]);
        perPersona.merge(persona.id(), 1, Integer::sum);
        String name = String.format(java.util.Locale.ROOT, "%0" + width + "d", number);
        Path graphFolder = folder.resolve("graphs").resolve(name);
        Map<String, List<GraphMaker.Row>> graph = maker.graph(number, persona);
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        long total = 0;
        for (BriefPlan.Step step : plan.graph()) {
          List<GraphMaker.Row> made = graph.get(step.table().name());
          Written csv = csv(graphFolder.resolve(step.table().name() + ".csv"), step.table(), made);
          files.put(step.table().name() + ".csv", csv.sha256());
          counts.put(step.table().name(), made.size());
          rows.merge(step.table().name(), (long) made.size(), Long::sum);
          total += made.size();
          bytes[0] += csv.bytes();
        }
        var export = plan.export(persona);
        if (export.isPresent()) {
          String file = "export-" + export.get().getKey().id() + ".csv";
          Written vendor = digested(graphFolder.resolve(file),
              stream -> VendorExport.write(stream, export.get().getKey(), export.get().getValue(), graph));
          files.put(file, vendor.sha256());
          bytes[0] += vendor.bytes();
        }
        Written jsonl = jsonl(graphFolder.resolve("graph.jsonl"), plan, graph, tables);
        files.put("graph.jsonl", jsonl.sha256());
        bytes[0] += jsonl.bytes();
        int graphNumber = number;
        Written manifest = json(graphFolder.resolve("manifest.json"), out -> {
          out.writeStringField("generator", GENERATOR);
          out.writeNumberField("seed", seed);
          out.writeNumberField("graph", graphNumber);
          out.writeStringField("persona", persona.id());
          out.writeObjectFieldStart("rows");
          for (Map.Entry<String, Integer> c : counts.entrySet()) {
            out.writeNumberField(c.getKey(), c.getValue());
          }
          out.writeEndObject();
          writeFiles(out, files);
        });
        bytes[0] += manifest.bytes();
        graphs.printRecord(number, "graphs/" + name, persona.id(), total, manifest.sha256());
      }
    }
    bytes[0] += Files.size(index);
    Written manifest = json(folder.resolve("manifest.json"), out -> {
      out.writeStringField("generator", GENERATOR);
      out.writeNumberField("seed", seed);
      out.writeNumberField("graphs", count);
      out.writeStringField("window", plan.brief().start() + " + " + plan.brief().months() + " months");
      out.writeObjectFieldStart("personas");
      for (Map.Entry<String, Integer> p : perPersona.entrySet()) {
        out.writeNumberField(p.getKey(), p.getValue());
      }
      out.writeEndObject();
      out.writeObjectFieldStart("rows");
      for (Map.Entry<String, Long> r : rows.entrySet()) {
        out.writeNumberField(r.getKey(), r.getValue());
      }
      out.writeEndObject();
      Map<String, String> files = new TreeMap<>(poolFiles);
      files.put("schema.sql", sha256(Files.readAllBytes(folder.resolve("schema.sql"))));
      files.put("graphs.csv", sha256(Files.readAllBytes(index)));
      writeFiles(out, files);
    });
    bytes[0] += manifest.bytes();
    return new Summary(count, perPersona, rows, bytes[0]);
  }

  /** Which persona each graph is: the brief's exact shares of the count, shuffled by the seed. */
  static int[] assign(SynthBrief brief, int count, long seed) {
    int[] shares = brief.shares(count);
    int[] assigned = new int[count];
    int at = 0;
    for (int i = 0; i < shares.length; i++) {
      for (int k = 0; k < shares[i]; k++) {
        assigned[at++] = i;
      }
    }
    Random random = new Random(seed ^ 0x5DEECE66DL);
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = assigned[i];
      assigned[i] = assigned[j];
      assigned[j] = swap;
    }
    return assigned;
  }

  private record Written(String sha256, long bytes) {}

  @FunctionalInterface
  private interface JsonBody {
    void write(JsonGenerator out) throws IOException;
  }

  private static Written csv(Path file, Domain.Table table, List<GraphMaker.Row> rows) throws IOException {
    return digested(file, stream -> {
      try (CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)),
          CSV)) {
        printer.printRecord(table.columns().stream().map(Domain.Column::name).toList());
        for (GraphMaker.Row row : rows) {
          List<String> values = new ArrayList<>(table.columns().size());
          table.columns().forEach(c -> values.add(row.values().get(c.name())));
          printer.printRecord(values);
        }
      }
    });
  }

  /** A node per row ({@code TABLE/KEY}), with its values; an edge per foreign key and pick that took a row. */
  private static Written jsonl(Path file, BriefPlan plan, Map<String, List<GraphMaker.Row>> graph,
      Map<String, Domain.Table> tables) throws IOException {
    return digested(file, stream -> {
      try (JsonGenerator out = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
        out.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        for (BriefPlan.Step step : plan.graph()) {
          for (GraphMaker.Row row : graph.get(step.table().name())) {
            out.writeStartObject();
            out.writeStringField("node", node(row, tables));
            out.writeStringField("table", row.table());
            out.writeObjectFieldStart("values");
            for (Map.Entry<String, String> value : row.values().entrySet()) {
              out.writeStringField(value.getKey(), value.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
          }
        }
        for (BriefPlan.Step step : plan.graph()) {
          for (GraphMaker.Row row : graph.get(step.table().name())) {
            for (ForeignKey key : step.keys()) {
              if (row.values().get(key.columns().get(0)) != null && tables.containsKey(key.target())) {
                edge(out, node(row, tables), target(row, key, tables), String.join(",", key.columns()));
              }
            }
            for (Map.Entry<String, Fill> fill : step.fills().entrySet()) {
              if (fill.getValue() instanceof Fill.Generated g && g.generator().method() == SynthBrief.Method.PICK) {
                GraphMaker.Row target = row.linked().get(g.generator().text().split("\\.", 2)[0]);
                if (target != null && row.values().get(fill.getKey()) != null) {
                  edge(out, node(row, tables), node(target, tables), fill.getKey());
                }
              }
            }
          }
        }
        out.writeRaw('\n');
      }
    });
  }

  private static void edge(JsonGenerator out, String from, String to, String via) throws IOException {
    out.writeStartObject();
    out.writeStringField("edge", via);
    out.writeStringField("from", from);
    out.writeStringField("to", to);
    out.writeEndObject();
  }

  /**
   * The node a foreign key points at, from the key's own values: two keys into one table (from and to
   * of a relationship) point at their own rows. A key into other columns than the target's primary key
   * points at the row it was taken from.
   */
  static String target(GraphMaker.Row row, ForeignKey key, Map<String, Domain.Table> tables) {
    List<String> primaryKey = tables.get(key.target()).columns().stream().filter(Domain.Column::primaryKey)
        .map(Domain.Column::name).toList();
    if (primaryKey.equals(key.targetColumns())) {
      return key.target() + "/" + String.join("/", key.columns().stream()
          .map(c -> String.valueOf(row.values().get(c))).toList());
    }
    GraphMaker.Row linked = row.linked().get(key.target());
    return linked == null ? key.target() + "/?" : node(linked, tables);
  }

  /** {@code TABLE/KEY}, the key's values joined by {@code /} (all values when the table has no key). */
  static String node(GraphMaker.Row row, Map<String, Domain.Table> tables) {
    Domain.Table table = tables.get(row.table());
    List<String> key = table.columns().stream().filter(Domain.Column::primaryKey)
        .map(c -> String.valueOf(row.values().get(c.name()))).toList();
    if (key.isEmpty()) {
      key = table.columns().stream().map(c -> String.valueOf(row.values().get(c.name()))).toList();
    }
    return row.table() + "/" + String.join("/", key);
  }

  private static Written json(Path file, JsonBody body) throws IOException {
    return digested(file, stream -> {
      try (JsonGenerator out = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
        out.setPrettyPrinter(new DefaultPrettyPrinter());
        out.writeStartObject();
        body.write(out);
        out.writeEndObject();
        out.writeRaw('\n');
      }
    });
  }

  private static void writeFiles(JsonGenerator out, Map<String, String> files) throws IOException {
    out.writeObjectFieldStart("sha256");
    for (Map.Entry<String, String> f : files.entrySet()) {
      out.writeStringField(f.getKey(), f.getValue());
    }
    out.writeEndObject();
  }

  @FunctionalInterface
  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static Written digested(Path file, Body body) throws IOException {
    Files.createDirectories(file.getParent());
    MessageDigest digest = sha256();
    try (OutputStream raw = Files.newOutputStream(file);
        DigestOutputStream out = new DigestOutputStream(raw, digest)) {
      body.write(out);
    }
    return new Written(HexFormat.of().formatHex(digest.digest()), Files.size(file));
  }

  private static long writeText(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Files.size(file);
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
