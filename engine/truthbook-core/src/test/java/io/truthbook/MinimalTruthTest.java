package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.truthbook.diff.Review;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.GateState;
import io.truthbook.model.Finding;
import io.truthbook.model.Truth;
import io.truthbook.render.DiffReport;
import io.truthbook.render.ReviewReport;
import io.truthbook.render.diagram.DiagramSet;
import io.truthbook.render.diagram.DiagramSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The truth of a small cloud product ({@code fixtures/minimal}): owners with an id and a name, a
 * domain without a prefix over the existing tables {@code user} and {@code item}, a route family
 * with no service, services with no node, a node with only an id. It is clean, and every stage
 * (check, drift, gates, diff, review, book, diagrams, site) handles the fields it leaves out.
 */
class MinimalTruthTest {
  /** What an absent field must never turn into in any output. */
  // the site's rules page names YAML's '!!null' tag (rule yaml.tag): that is a word of the text, not a leak
  private static final Pattern LEAK = Pattern.compile("(?<!!!)\\bnull\\b|Optional\\[|Optional\\.empty|OptionalInt");

  @TempDir Path temp;
  private Path root;
  private Git git;

  @BeforeEach
  void repository() throws Exception {
    root = temp.resolve("repo");
    FixtureTree.copy(FixtureTree.fixtures().resolve("minimal"), root);
    git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    commit("a minimal truth");
  }

  @Test
  void theMinimalTruthIsCleanAgainstItsProduct() {
    // the compose file pins shop-api to a build box: the truth places it on no node, so that is no drift
    assertThat(truthbook().check().findings()).isEmpty();
  }

  @Test
  void leftOutFieldsReadAsEmpty() {
    Truth truth = truthbook().truth();
    assertThat(truth.owners()).allSatisfy(o -> {
      assertThat(o.title()).isEmpty();
      assertThat(o.areas()).isEmpty();
      assertThat(o.domains()).isEmpty();
    });
    assertThat(truth.domains()).singleElement().satisfies(d -> assertThat(d.prefix()).isEmpty());
    assertThat(truth.families()).singleElement().satisfies(f -> {
      assertThat(f.service()).isEmpty();
      assertThat(f.description()).isEmpty();
    });
    assertThat(truth.nodes()).singleElement().satisfies(n -> {
      assertThat(List.of(n.role(), n.hostname(), n.os())).allSatisfy(v -> assertThat(v).isEmpty());
      assertThat(n.cpus()).isEmpty();
      assertThat(n.memoryGb()).isEmpty();
    });
    assertThat(truth.services()).filteredOn(s -> s.node().isEmpty()).extracting(s -> s.id())
        .containsExactly("edge", "shop-api");
  }

  @Test
  void driftMapsUnprefixedTablesByName() throws Exception {
    write("app/db/V2__orders.sql", "CREATE TABLE \"order\" (id bigint);\n");
    commit("a table nobody mapped");
    assertThat(truthbook().check().findings()).extracting(Finding::ruleId, f -> f.location().file())
        .containsExactly(tuple("drift.table.unmapped", "app/db/V2__orders.sql"));

    // placed on a node, shop-api is judged again: compose pins it elsewhere, and the ingress routes to it
    // on that node, where it listens on no port
    replace("manifests/topology.yaml", "    description: The shop's API.\n", "    description: The shop's API.\n"
        + "    node: worker-1\n");
    commit("place the API");
    assertThat(truthbook().check().findings()).extracting(Finding::ruleId, f -> f.location().file())
        .containsExactlyInAnyOrder(tuple("drift.table.unmapped", "app/db/V2__orders.sql"),
            tuple("drift.service.node", "app/deploy/compose.yml"), tuple("ingress.upstream", "manifests/ingress.yaml"));
  }

  @Test
  void volumesOnAServiceWithoutANodeAreRefusedNamingTheKeyTheyNeed() throws Exception {
    replace("manifests/topology.yaml", "    description: The shop's API.\n", "    description: The shop's API.\n"
        + "    volumes:\n      - device: /dev/nvme0n1\n        mount: /data\n");
    assertThat(truthbook().check().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("schema.dependencies");
      assertThat(f.message()).isEqualTo("/services/1: 'volumes' needs 'node'");
      assertThat(f.hint()).startsWith("add 'node:' here, or remove 'volumes'");
    });
  }

  @Test
  void gatesDigestAndSignOffsCoverTheLeftOutFields() throws Exception {
    Audit before = truthbook().audit();
    GateState gate = before.gates().gates().get(0);
    assertThat(gate.id()).isEqualTo("launch");
    assertThat(before.gates().text()).doesNotContainPattern(LEAK);

    truthbook().sign("launch", "ana", LocalDate.of(2026, 5, 4));
    truthbook().sign("launch", "ben", LocalDate.of(2026, 5, 4));
    Audit signed = truthbook().audit();
    assertThat(signed.gates().gates().get(0).passed()).isTrue();
    assertThat(signed.result().findings()).isEmpty();

    // giving the node its hardware changes the governed content: the sign-offs go stale
    replace("manifests/topology.yaml", "  - id: worker-1\n", "  - id: worker-1\n    cpus: 4\n");
    assertThat(truthbook().check().findings()).extracting(Finding::ruleId).containsOnly("gate.signoff-stale");
  }

  @Test
  void diffAndReviewShowAFieldThatWasLeftOut() throws Exception {
    RevCommit base = git.log().call().iterator().next();
    replace("manifests/topology.yaml", "    description: The shop's API.\n",
        "    description: The shop's API.\n    node: worker-1\n    ports: [8080]\n");
    replace("manifests/domains.yaml", "    owner: ana\n", "    prefix: shop_\n    owner: ana\n");
    RevCommit head = commit("place the API, name the prefix");

    Review review = truthbook().review(base.name(), head.name());

    assertThat(review.diff().changes()).extracting(c -> c.entityKind() + " " + c.id() + " " + c.fields())
        .containsExactlyInAnyOrder(
            "domain shop [FieldChange[field=prefix, from=, to=shop_]]",
            "service shop-api [FieldChange[field=node, from=, to=worker-1],"
                + " FieldChange[field=ports, from=[], to=8080]]");
    // the new prefix is a rule's business again: the unprefixed tables are findings of the change
    assertThat(review.newFindings()).extracting(Finding::ruleId).containsOnly("table.prefix");
    assertThat(DiffReport.text(base.name(), head.name(), review.diff())).doesNotContainPattern(LEAK);
    assertThat(ReviewReport.markdown(review)).doesNotContainPattern(LEAK).contains("`launch`")
        .contains("node: \\(none\\) → worker-1");
  }

  @Test
  void diagramsNameEveryServiceAndSayNothingOfWhatIsLeftOut() {
    List<DiagramSource> diagrams = DiagramSet.generate(truthbook().truth());
    assertThat(diagrams).allSatisfy(d -> {
      assertThat(d.source()).doesNotContainPattern(LEAK);
      assertThat(d.alt()).doesNotContainPattern(LEAK);
    });
    String topology = diagrams.stream().filter(d -> d.id().equals("topology")).findFirst().orElseThrow().source();
    assertThat(topology).contains("node \"worker-1\" as node_worker_1 {\n  component \"mailer\\nworker\"")
        .contains("component \"shop-api\" as service_shop_api\n");
    assertThat(diagrams.stream().filter(d -> d.id().equals("topology")).findFirst().orElseThrow().alt())
        .contains("Node worker-1 runs mailer.").contains("Run by a platform, on no node: edge, shop-api.");
  }

  @Test
  void bookDiagramsAndSiteAreWrittenWithoutNullOrOptional() throws IOException {
    Truthbook truthbook = truthbook();
    Built built = truthbook.build(temp.resolve("out"), truthbook.audit());
    assertThat(built.book().messages()).isEmpty();
    String html = Files.readString(built.book().html(), StandardCharsets.UTF_8);
    assertThat(html).doesNotContainPattern(LEAK).contains("worker-1").contains("shop-api");
    assertThat(Files.readString(built.book().asciidoc(), StandardCharsets.UTF_8)).doesNotContainPattern(LEAK)
        .contains("Table prefix:: none: the tables of an existing schema, named as they are")
        // the book is built after the check: gates show their evaluated state, not "not evaluated"
        .contains("State:: *blocked*: ").doesNotContain("not evaluated");
    assertThat(texts(temp.resolve("out/diagrams"), ".svg", ".puml")).isNotEmpty()
        .allSatisfy(text -> assertThat(text).doesNotContainPattern(LEAK));

    Audit audit = truthbook().audit();
    SiteWritten site = truthbook().siteSource(temp.resolve("site"), temp.resolve("cache"), audit);
    assertThat(site.draft()).isFalse();
    assertThat(texts(site.folder(), ".adoc", ".xml", ".json")).isNotEmpty()
        .allSatisfy(text -> assertThat(text).doesNotContainPattern(LEAK));
  }

  private Truthbook truthbook() {
    return new Truthbook(root, Truthbook.Options.defaults());
  }

  private static List<String> texts(Path folder, String... endings) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> Stream.of(endings).anyMatch(e -> f.getFileName().toString().endsWith(e)))
          .map(f -> {
            try {
              return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
    }
  }

  private void write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private void replace(String file, String from, String to) throws IOException {
    String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    write(file, text.replace(from, to));
  }

  private RevCommit commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
        .setSign(false).call();
  }
}
