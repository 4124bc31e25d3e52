package io.truthbook.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.load.LoadLimits;
import io.truthbook.load.Manifest;
import io.truthbook.load.YamlLoader;
import io.truthbook.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verdict from the cache is the verdict a fresh validation gives, and only ever that. */
class SchemaVerdictsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/cases");
  private static final Path VELOCITY = Path.of("src/test/velocity/manifests");

  @TempDir
  Path truth;

  private record Read(Manifest manifest, byte[] bytes) {
    SchemaValidator.Input input() {
      return new SchemaValidator.Input(manifest, bytes);
    }
  }

  @Test
  void everyFixtureHasTheSameFindingsFreshAndFromTheCache() throws IOException {
    List<Read> reads = new ArrayList<>(manifests(VELOCITY));
    reads.addAll(manifests(FIXTURES));
    assertThat(reads).hasSizeGreaterThan(50);
    int invalid = 0;
    for (Read read : reads) {
      List<Finding> fresh = new SchemaValidator().validate(read.manifest());
      List<Finding> missed = cached(read);
      List<Finding> hit = cached(read);
      assertThat(missed).as(read.manifest().file()).isEqualTo(fresh);
      assertThat(hit).as(read.manifest().file()).isEqualTo(fresh);
      assertThat(text(hit)).isEqualTo(text(fresh));
      invalid += fresh.isEmpty() ? 0 : 1;
    }
    assertThat(invalid).as("fixtures with schema findings").isGreaterThan(10);
    assertThat(entries()).hasSize(reads.size());
  }

  @Test
  void manyAtOnceGiveEachItsOwnFindingsInOrderFreshAndFromTheCache() throws IOException {
    List<Read> reads = new ArrayList<>(manifests(FIXTURES));
    List<SchemaValidator.Input> inputs = reads.stream().map(Read::input).toList();
    List<List<Finding>> fresh = reads.stream().map(r -> new SchemaValidator().validate(r.manifest())).toList();

    assertThat(SchemaValidator.cachedIn(truth).validate(inputs)).isEqualTo(fresh);
    assertThat(SchemaValidator.cachedIn(truth).validate(inputs)).isEqualTo(fresh);
  }

  @Test
  void theNextValidationReadsTheCache() throws IOException {
    Read read = invalidFixture();
    List<Finding> fresh = cached(read);
    Path entry = entries().get(0);
    String planted = Files.readString(entry).replace(jsonText(fresh.get(0).message()), "planted");
    assertThat(planted).contains("planted");
    Files.writeString(entry, planted);
    assertThat(cached(read).get(0).message())
        .isEqualTo("planted");
  }

  @Test
  void aCorruptOrForeignEntryIsIgnoredAndRewritten() throws IOException {
    Read read = invalidFixture();
    List<Finding> fresh = new SchemaValidator().validate(read.manifest());
    cached(read);
    Path entry = entries().get(0);
    String good = Files.readString(entry);
    for (String bad : List.of("", "garbage", good.substring(0, good.length() / 2),
        good.replace("\"line\":", "\"line\":-"), good.replace(entry.getFileName().toString(), "0".repeat(64)))) {
      Files.writeString(entry, bad);
      assertThat(cached(read)).isEqualTo(fresh);
      assertThat(Files.readString(entry)).isEqualTo(good);
    }
    Files.write(entry, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    assertThat(cached(read)).isEqualTo(fresh);
    assertThat(Files.readString(entry)).isEqualTo(good);
  }

  @Test
  void aChangedByteOfTheSchemaTheManifestOrItsPathIsAnotherKey() {
    byte[] bytes = "kind: risks\n".getBytes(StandardCharsets.UTF_8);
    String schema = "{\"type\":\"object\"}";
    String key = SchemaVerdicts.key("manifests/risks.yaml", bytes, schema).orElseThrow();
    assertThat(SchemaVerdicts.key("manifests/risks.yaml", bytes, schema)).contains(key);
    assertThat(SchemaVerdicts.key("manifests/risks.yaml", bytes, "{\"type\":\"object\" }")).isNotEqualTo(key);
    assertThat(SchemaVerdicts.key("manifests/risks.yaml", "kind: risks \n".getBytes(StandardCharsets.UTF_8), schema))
        .isNotEqualTo(key);
    assertThat(SchemaVerdicts.key("manifests/risks.yml", bytes, schema)).isNotEqualTo(key);
  }

  @Test
  void aNamedManifestIsFoundByItsNameWithItsBytesChecksumAndNeverByANameAlone() throws IOException {
    Read read = invalidFixture();
    List<Finding> fresh = new SchemaValidator().validate(read.manifest());
    SchemaValidator.Input named = new SchemaValidator.Input(read.manifest(), read.bytes(), Optional.of("a.yaml@blob 1"));
    assertThat(SchemaValidator.cachedIn(truth).validate(List.of(named))).containsExactly(fresh);
    // kept under the name and under the bytes' digest
    assertThat(entries()).hasSize(2);
    String byContent = SchemaVerdicts.key(read.manifest().file(), read.bytes(),
        SchemaValidator.schemaText(read.manifest().kind())).orElseThrow();
    Path byName = entries().stream().filter(e -> !e.getFileName().toString().equals(byContent)).findFirst().orElseThrow();
    Files.writeString(byName, Files.readString(byName).replace(jsonText(fresh.get(0).message()), "planted"));

    // the same name and bytes: read by name
    assertThat(SchemaValidator.cachedIn(truth).validate(List.of(named)).get(0).get(0).message()).isEqualTo("planted");
    // the same name over other bytes (a stale stat): not that verdict
    byte[] other = (new String(read.bytes(), StandardCharsets.UTF_8) + "# edited\n").getBytes(StandardCharsets.UTF_8);
    SchemaValidator.Input stale = new SchemaValidator.Input(read.manifest(), other, named.name());
    assertThat(SchemaValidator.cachedIn(truth).validate(List.of(stale)).get(0)).isEqualTo(fresh);
    // a name never seen over known bytes (a new checkout): found by the digest, and kept under the new name
    SchemaValidator.Input renamed = new SchemaValidator.Input(read.manifest(), read.bytes(), Optional.of("a.yaml@blob 2"));
    int before = entries().size();
    assertThat(SchemaValidator.cachedIn(truth).validate(List.of(renamed, read.input()))).containsExactly(fresh, fresh);
    assertThat(entries()).hasSize(before + 1);
  }

  @Test
  void aNamedKeyIsNeverTheKeyOfAnyBytes() {
    String schema = "{\"type\":\"object\"}";
    byte[] bytes = "kind: risks\n".getBytes(StandardCharsets.UTF_8);
    String named = SchemaVerdicts.namedKey("manifests/risks.yaml", "stat 1 2 3", bytes, schema).orElseThrow();
    assertThat(SchemaVerdicts.namedKey("manifests/risks.yaml", "stat 1 2 3", bytes, schema)).contains(named);
    assertThat(SchemaVerdicts.namedKey("manifests/risks.yaml", "stat 1 2 4", bytes, schema)).isNotEqualTo(named);
    assertThat(SchemaVerdicts.namedKey("manifests/risks.yml", "stat 1 2 3", bytes, schema)).isNotEqualTo(named);
    assertThat(SchemaVerdicts.namedKey("manifests/risks.yaml", "stat 1 2 3", "kind: risk \n".getBytes(StandardCharsets.UTF_8),
        schema)).isNotEqualTo(named);
    assertThat(SchemaVerdicts.key("manifests/risks.yaml", "stat 1 2 3".getBytes(StandardCharsets.UTF_8), schema))
        .isNotEqualTo(named);
    assertThat(SchemaVerdicts.key("manifests/risks.yaml", bytes, schema)).isNotEqualTo(named);
  }

  @Test
  void aTruthWhereNoCacheCanBeWrittenIsStillValidated() throws IOException {
    Read read = invalidFixture();
    Files.writeString(truth.resolve("target"), "a file where the cache's folder would be");
    assertThat(cached(read))
        .isEqualTo(new SchemaValidator().validate(read.manifest()));
  }

  /** The verdict of a validator cached in the truth, as the facade makes one for each read. */
  private List<Finding> cached(Read read) {
    return SchemaValidator.cachedIn(truth).validate(List.of(read.input())).get(0);
  }

  private Read invalidFixture() throws IOException {
    return manifests(FIXTURES.resolve("schema-enum-severity")).get(0);
  }

  private static List<Read> manifests(Path folder) throws IOException {
    YamlLoader loader = new YamlLoader(LoadLimits.DEFAULTS);
    List<Read> reads = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(path);
        loader.load(folder.relativize(path).toString(), bytes).manifest().ifPresent(m -> reads.add(new Read(m, bytes)));
      }
    }
    return reads;
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(truth.resolve(SchemaValidator.CACHE_FOLDER))) {
      return files.sorted().toList();
    }
  }

  private static String jsonText(String text) {
    return org.json.JSONObject.quote(text).replaceAll("^\"|\"$", "");
  }

  private static List<String> text(List<Finding> findings) {
    return findings.stream().map(f -> f.location() + " " + f.severity() + " [" + f.ruleId() + "] " + f.message()
        + " / " + f.hint()).toList();
  }
}
