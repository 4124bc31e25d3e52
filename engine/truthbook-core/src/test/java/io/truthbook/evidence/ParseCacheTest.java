package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.bundle.ParsePacks;
import io.truthbook.evidence.sql.SqlMigrationExtractor;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One-file extractors' results kept by blob id across runs: the same evidence, fewer files parsed; the commits that
 * last changed the files, kept by commit: the history is walked once.
 */
class ParseCacheTest {
  private static final Location AT = Location.of("manifests/sources.yaml", 3, 5);
  private static final Source SOURCE = new Source("product", AT, Optional.of("product"), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of());
  private static final Map<String, String> PRODUCT = Map.of(
      "db/migrations/V1__users.sql", "CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email text NOT NULL\n);\n",
      "db/migrations/V2__orders.sql", "CREATE TABLE orders (id bigint, user_id bigint REFERENCES users (id));\n"
          + "ALTER TABLE users ADD COLUMN name text;\n",
      "db/migrations/V3__broken.sql", "CREATE TABLE (;\n");

  @TempDir
  Path temp;

  /** The SQL extractor, counting the files it is given. */
  private static final class Counting implements Extractor {
    private final Extractor sql = new SqlMigrationExtractor();
    private final List<String> parsed = new ArrayList<>();

    @Override
    public String name() {
      return sql.name();
    }

    @Override
    public boolean supports(String path) {
      return sql.supports(path);
    }

    @Override
    public synchronized Result extract(SourceFile file) {
      parsed.add(file.path());
      return sql.extract(file);
    }
  }

  private static EvidenceCollector.Collected collect(Counting extractor, ParseCache cache, Map<String, String> files,
      String commit) {
    EvidenceCollector.Collected collected = new EvidenceCollector(List.of(extractor), 1 << 20, cache)
        .collect(SOURCE, new MemoryTree(files, Optional.of(commit)));
    cache.save();
    return collected;
  }

  private static EvidenceCollector.Collected uncached(Map<String, String> files, String commit) {
    return collect(new Counting(), ParseCache.none(), files, commit);
  }

  @Test
  void aSecondRunParsesNothingAndFindsTheSameEvidenceAtItsOwnCommit() {
    Path folder = temp.resolve("target/evidence-cache");
    collect(new Counting(), ParsePacks.in(folder, "test"), PRODUCT, "c1");

    Counting second = new Counting();
    EvidenceCollector.Collected cached = collect(second, ParsePacks.in(folder, "test"), PRODUCT, "c2");

    assertThat(second.parsed).isEmpty();
    EvidenceCollector.Collected parsed = uncached(PRODUCT, "c2");
    assertThat(parsed.findings()).isNotEmpty();
    assertThat(cached.evidence()).isNotEmpty().isEqualTo(parsed.evidence());
    assertThat(cached.findings()).isEqualTo(parsed.findings());
    assertThat(cached.filesRead()).isEqualTo(parsed.filesRead());
    assertThat(cached.evidence()).allSatisfy(e -> assertThat(e.at().commit()).contains("c2"));
  }

  @Test
  void aChangedFileIsParsedAgainAndOnlyIt() {
    Path folder = temp.resolve("target/evidence-cache");
    collect(new Counting(), ParsePacks.in(folder, "test"), PRODUCT, "c1");
    Map<String, String> changed = new java.util.TreeMap<>(PRODUCT);
    changed.put("db/migrations/V2__orders.sql", "CREATE TABLE orders (id bigint, total numeric);\n");

    Counting second = new Counting();
    EvidenceCollector.Collected cached = collect(second, ParsePacks.in(folder, "test"), changed, "c2");

    assertThat(second.parsed).containsExactly("db/migrations/V2__orders.sql");
    assertThat(cached.evidence()).isEqualTo(uncached(changed, "c2").evidence());
  }

  @Test
  void anotherEngineBuildReadsNoneOfThePacks() {
    Path folder = temp.resolve("target/evidence-cache");
    collect(new Counting(), ParsePacks.in(folder, "build 1"), PRODUCT, "c1");

    Counting second = new Counting();
    collect(second, ParsePacks.in(folder, "build 2"), PRODUCT, "c1");

    assertThat(second.parsed).hasSize(PRODUCT.size());
  }

  @Test
  void aCorruptEntryIsAMissAndIsWrittenAgain() throws IOException {
    Path folder = temp.resolve("target/evidence-cache");
    collect(new Counting(), ParsePacks.in(folder, "test"), PRODUCT, "c1");
    Path pack;
    try (Stream<Path> packs = Files.list(folder)) {
      pack = packs.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)).findFirst()
          .orElseThrow();
    }
    List<String> lines = Files.readAllLines(pack, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(PRODUCT.size());
    // one entry cut short, one not JSON, and a stray line that is no entry at all
    List<String> corrupt = new ArrayList<>(List.of(lines.get(0).substring(0, lines.get(0).length() / 2),
        lines.get(1).substring(0, 65) + "not json", "garbage without a tab", lines.get(2)));
    Files.write(pack, corrupt, StandardCharsets.UTF_8);

    Counting second = new Counting();
    EvidenceCollector.Collected cached = collect(second, ParsePacks.in(folder, "test"), PRODUCT, "c1");

    assertThat(second.parsed).hasSize(2);
    EvidenceCollector.Collected parsed = uncached(PRODUCT, "c1");
    assertThat(cached.evidence()).isEqualTo(parsed.evidence());
    assertThat(cached.findings()).isEqualTo(parsed.findings());
    assertThat(Files.readAllLines(pack, StandardCharsets.UTF_8)).isEqualTo(lines);
  }

  @Test
  void aFolderThatCannotBeWrittenIsNoCache() throws IOException {
    // target/ is a file, so no folder can be made under it (as in a read-only checkout)
    Files.writeString(temp.resolve("target"), "not a folder");
    Path folder = temp.resolve("target/evidence-cache");

    EvidenceCollector.Collected first = collect(new Counting(), ParsePacks.in(folder, "test"), PRODUCT, "c1");
    Counting second = new Counting();
    collect(second, ParsePacks.in(folder, "test"), PRODUCT, "c1");

    assertThat(first.evidence()).isEqualTo(uncached(PRODUCT, "c1").evidence());
    assertThat(second.parsed).hasSize(PRODUCT.size());
    assertThat(Files.readString(temp.resolve("target"))).isEqualTo("not a folder");
  }

  @Test
  void theHistoryOfACommitIsWalkedOnceAndItsStampsAreReadBackAfter() throws IOException {
    Path folder = temp.resolve("target/evidence-cache");
    Map<String, ChangeStamp> history = Map.of(
        "db/migrations/V1__users.sql", new ChangeStamp("a".repeat(40), java.time.Instant.ofEpochSecond(1_700_000_000)),
        "db/migrations/V2__orders.sql", new ChangeStamp("b".repeat(40), java.time.Instant.ofEpochSecond(1_700_086_400)));
    MemoryTree first = new MemoryTree(PRODUCT, Optional.of("c1"), history);
    EvidenceCollector.Collected walked = new EvidenceCollector(List.of(new Counting()), 1 << 20,
        ParsePacks.in(folder, "test")).collect(SOURCE, first);
    assertThat(first.walks).isEqualTo(1);
    assertThat(walked.lastChanged()).isEqualTo(history);

    MemoryTree again = new MemoryTree(PRODUCT, Optional.of("c1"), history);
    EvidenceCollector.Collected read = new EvidenceCollector(List.of(new Counting()), 1 << 20,
        ParsePacks.in(folder, "test")).collect(SOURCE, again);
    assertThat(again.walks).isZero();
    assertThat(read.lastChanged()).isEqualTo(history);

    // another commit has a history of its own; a corrupt entry is walked again and rewritten
    MemoryTree next = new MemoryTree(PRODUCT, Optional.of("c2"), history);
    new EvidenceCollector(List.of(new Counting()), 1 << 20, ParsePacks.in(folder, "test")).collect(SOURCE, next);
    assertThat(next.walks).isEqualTo(1);
    List<Path> entries;
    try (Stream<Path> files = Files.list(folder.resolve("stamps"))) {
      entries = files.toList();
    }
    assertThat(entries).hasSize(2);
    for (Path entry : entries) {
      Files.writeString(entry, Files.readString(entry).replace("a".repeat(40), "not a commit"));
    }
    MemoryTree corrupt = new MemoryTree(PRODUCT, Optional.of("c1"), history);
    assertThat(new EvidenceCollector(List.of(new Counting()), 1 << 20, ParsePacks.in(folder, "test"))
        .collect(SOURCE, corrupt).lastChanged()).isEqualTo(history);
    assertThat(corrupt.walks).isEqualTo(1);
    assertThat(entries.stream().map(ParseCacheTest::text).filter(t -> t.contains("a".repeat(40)))).hasSize(1);
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
