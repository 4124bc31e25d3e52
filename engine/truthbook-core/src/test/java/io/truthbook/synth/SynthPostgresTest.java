package io.truthbook.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.SynthRun;
import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Truth;
import io.truthbook.render.SchemaDdl;
import io.truthbook.render.book.BookFixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The proof of the brief: every graph {@code synth} makes from the Velocity fixture's brief loads into a
 * real PostgreSQL (zonky's embedded server, binaries from Maven Central) with every constraint of the
 * generated DDL on: primary keys, NOT NULL, UNIQUE and foreign keys. Row counts match the manifests,
 * every table the brief names has rows, and the dates keep their order.
 */
class SynthPostgresTest {
  private static final int GRAPHS = 250;

  @Test
  void everyGraphLoadsIntoPostgresWithEveryConstraintOn(@TempDir Path out) throws Exception {
    Path root = BookFixtures.repositoryRoot();
    Truthbook truthbook = new Truthbook(root, LoadLimits.DEFAULTS);
    Truth truth = truthbook.truth();
    SynthRun run = truthbook.synth(GRAPHS, 7, out.resolve("synth"));
    assertThat(run.refusals().findings()).isEmpty();
    Path synth = run.folder();
    JsonNode manifest = new ObjectMapper().readTree(synth.resolve("manifest.json").toFile());
    List<String> order = SchemaDdl.order(truth.tables());
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Connection db = postgres.getPostgresDatabase().getConnection()) {
      try (Statement ddl = db.createStatement()) {
        ddl.execute(Files.readString(synth.resolve("schema.sql")));
      }
      CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
      load(copy, synth.resolve("pool"), order);
      List<Path> graphs;
      try (Stream<Path> folders = Files.list(synth.resolve("graphs"))) {
        graphs = folders.sorted().toList();
      }
      assertThat(graphs).hasSize(GRAPHS);
      for (Path graph : graphs) {
        load(copy, graph, order);
      }
      Map<String, Long> counted = new TreeMap<>();
      manifest.get("rows").properties().forEach(e -> counted.put(e.getKey(), e.getValue().asLong()));
      List<String> brief = new ArrayList<>();
      truth.synthBrief().orElseThrow().pool().forEach(r -> brief.add(r.table()));
      truth.synthBrief().orElseThrow().graph().forEach(r -> brief.add(r.table()));
      assertThat(counted.keySet()).containsExactlyInAnyOrderElementsOf(brief);
      for (String table : brief) {
        long rows = count(db, "SELECT count(*) FROM \"" + table + "\"");
        assertThat(rows).as("rows of %s", table).isEqualTo(counted.get(table)).isPositive();
      }
      assertThat(count(db, "SELECT count(*) FROM crm_contact WHERE updated_at < created_at")).isZero();
      assertThat(count(db, "SELECT count(*) FROM crm_opportunity WHERE expected_close < created_at::date")).isZero();
      assertThat(count(db, "SELECT count(*) FROM crm_opportunity o JOIN crm_contact c ON c.id = o.contact_id"
          + " WHERE o.created_at < c.created_at")).isZero();
      assertThat(count(db, "SELECT count(*) FROM crm_relationship WHERE from_contact = to_contact")).isZero();
    }
  }

  /** Every CSV of the folder, in the order the DDL creates the tables (what a row references is loaded first). */
  private static void load(CopyManager copy, Path folder, List<String> order) throws Exception {
    for (String table : order) {
      Path csv = folder.resolve(table + ".csv");
      if (Files.isRegularFile(csv)) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
          copy.copyIn("COPY \"" + table + "\" FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
      }
    }
  }

  private static long count(Connection db, String sql) throws Exception {
    try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
