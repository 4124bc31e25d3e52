package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Finding;
import io.truthbook.render.JsonReport;
import io.truthbook.render.SarifReport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's acceptance, in-process: the Velocity-like truth checked against its sample product read
 * from the repository and from an evidence bundle gives the same findings (places and commits included),
 * the same evidence of every entity, and the same JSON and SARIF reports; drifted, so that there is
 * something to compare. Both forms: a folder of the truth's repository, and another repository whose
 * bundle is made from its own checkout (as its CI would) and read from a file or a URL.
 */
class EvidenceBundlesTest {
  private static final Path VELOCITY = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final String APP = "examples/velocity-app";

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void velocityWithDrift() throws Exception {
    root = temp.resolve("truth");
    for (String folder : List.of("manifests", "chapters", "diagrams", "examples", "schemas")) {
      FixtureTree.copy(VELOCITY.resolve(folder).toRealPath(), root.resolve(folder));
    }
    // drift the product: a table no domain maps
    Files.writeString(root.resolve(APP + "/db/migrations/V90__shadow.sql"),
        "-- nobody planned this\nCREATE TABLE crm_shadow_notes (id bigint primary key);\n");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("Velocity, drifted").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
    }
  }

  private Audit audit() {
    return new Truthbook(root, new Truthbook.Options(LoadLimits.DEFAULTS, false, Optional.empty(),
        temp.resolve("cache"), Truthbook.Options.DEFAULT_MAX_FILE_BYTES)).audit();
  }

  private void sourceLine(String from, String to) throws Exception {
    Path sources = root.resolve("manifests/sources.yaml");
    String text = Files.readString(sources);
    assertThat(text).contains(from);
    Files.writeString(sources, text.replace(from, to));
  }

  private static void assertSameJudgement(Audit fromRepository, Audit fromBundle) {
    assertThat(fromRepository.result().findings()).extracting(Finding::ruleId).contains("drift.table.unmapped");
    assertThat(fromBundle.result().findings()).containsExactlyElementsOf(fromRepository.result().findings());
    assertThat(fromBundle.result().freshness()).containsExactlyElementsOf(fromRepository.result().freshness());
    assertThat(fromBundle.evidence()).containsExactlyElementsOf(fromRepository.evidence());
    assertThat(new JsonReport().render(fromBundle.result())).isEqualTo(new JsonReport().render(fromRepository.result()));
    assertThat(new SarifReport(Truthbook.rules().all(), "1").render(fromBundle.result()))
        .isEqualTo(new SarifReport(Truthbook.rules().all(), "1").render(fromRepository.result()));
  }

  @Test
  void aFolderOfTheTruthsRepositoryReadFromItsBundleIsJudgedAlike() throws Exception {
    Audit fromRepository = audit();
    EvidenceRun run = new Truthbook(root, Truthbook.Options.defaults()).evidence("velocity-app", Optional.empty());
    assertThat(run.written()).isTrue();
    Files.createDirectories(root.resolve("target/evidence"));
    Files.writeString(root.resolve("target/evidence/velocity-app.json"), run.bundle().orElseThrow());
    // the bundle line takes the description's place, so that every other line of the manifest stays where it was
    Path sources = root.resolve("manifests/sources.yaml");
    Files.writeString(sources, Files.readString(sources).replaceFirst("\n    description:[^\n]*",
        "\n    bundle: target/evidence/velocity-app.json"));

    Audit fromBundle = audit();
    assertThat(run.bundle().get()).isEqualTo(new Truthbook(root, Truthbook.Options.defaults())
        .evidence("velocity-app", Optional.empty()).bundle().get());
    // the folder may even be missing from the truth's checkout (a sparse one): the bundle is all that is read
    org.eclipse.jgit.util.FileUtils.delete(root.resolve(APP).toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);
    Audit withoutTheFolder = audit();

    assertSameJudgement(fromRepository, fromBundle);
    assertSameJudgement(fromRepository, withoutTheFolder);
    assertThat(fromBundle.result().findings()).filteredOn(f -> f.ruleId().equals("drift.table.unmapped"))
        .extracting(f -> f.location().file()).contains(APP + "/db/migrations/V90__shadow.sql");
  }

  @Test
  void anotherRepositorysBundleMadeInItsOwnCheckoutIsJudgedAlikeFromAFileOrAUrl() throws Exception {
    Path product = temp.resolve("product");
    FixtureTree.copy(root.resolve(APP), product);
    try (Git git = Git.init().setDirectory(product.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("the product").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
    }
    sourceLine("    path: " + APP, "    repository: " + product);
    Audit fromRepository = audit();
    assertThat(fromRepository.result().findings()).filteredOn(f -> f.ruleId().equals("drift.table.unmapped"))
        .extracting(f -> f.location().file()).contains("velocity-app:db/migrations/V90__shadow.sql");

    // the product's CI: the truth names only the bundle, the product's checkout is given
    sourceLine("    repository: " + product, "    bundle: evidence/velocity-app.json");
    EvidenceRun run = new Truthbook(root, Truthbook.Options.defaults()).evidence("velocity-app", Optional.of(product));
    Files.createDirectories(root.resolve("evidence"));
    Files.writeString(root.resolve("evidence/velocity-app.json"), run.bundle().orElseThrow());
    assertSameJudgement(fromRepository, audit());

    byte[] bundle = run.bundle().get().getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/artifacts/velocity-app.json", exchange -> {
      exchange.sendResponseHeaders(200, bundle.length);
      exchange.getResponseBody().write(bundle);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/artifacts/";
      sourceLine("    bundle: evidence/velocity-app.json", "    bundle: " + url + "velocity-app.json");
      assertSameJudgement(fromRepository, audit());

      sourceLine("    bundle: " + url + "velocity-app.json", "    bundle: " + url + "missing.json");
      assertThat(audit().result().findings()).filteredOn(f -> f.ruleId().startsWith("bundle."))
          .singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("bundle.missing");
            assertThat(f.isError()).isTrue();
            assertThat(f.location().file()).isEqualTo("manifests/sources.yaml");
            assertThat(f.message()).contains("HTTP 404");
          });
    } finally {
      server.stop(0);
    }
  }

  @Test
  void findingsAboutTheSourcesDeclarationArePlacedAtTheReadingManifestsLines() throws Exception {
    // an include glob that matches nothing: a warning at the extractor's globs, carried by the bundle
    sourceLine("        include: [\"CODEOWNERS\"]", "        include: [\"CODEOWNERS\", \"docs/OWNERS\"]");
    Audit fromRepository = audit();
    Finding unmatched = fromRepository.result().findings().stream()
        .filter(f -> f.ruleId().equals("source.unmatched")).findFirst().orElseThrow();
    EvidenceRun run = new Truthbook(root, Truthbook.Options.defaults()).evidence("velocity-app", Optional.empty());
    Files.createDirectories(root.resolve("evidence"));
    Files.writeString(root.resolve("evidence/velocity-app.json"), run.bundle().orElseThrow());
    // two lines above the source and the bundle line move the extractors' globs down by three
    Path sources = root.resolve("manifests/sources.yaml");
    Files.writeString(sources, Files.readString(sources).replace("sources:\n", "# read from the bundle\n#\nsources:\n")
        .replace("    path: " + APP + "\n", "    path: " + APP + "\n    bundle: evidence/velocity-app.json\n"));

    List<Finding> fromBundle = audit().result().findings().stream()
        .filter(f -> f.ruleId().equals("source.unmatched")).toList();

    assertThat(fromBundle).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo(unmatched.location().file());
      assertThat(f.location().line()).isEqualTo(unmatched.location().line() + 3);
      assertThat(f.message()).isEqualTo(unmatched.message());
    });
  }

  @Test
  void aBundleOutsideTheRepositoryIsRefusedUnread() throws Exception {
    Path outside = temp.resolve("elsewhere.json");
    Files.writeString(outside, "token=ghp_SECRETabc123XYZ\n");
    sourceLine("    path: " + APP, "    bundle: " + outside);

    assertThat(audit().result().findings()).filteredOn(f -> f.ruleId().startsWith("bundle."))
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("bundle.outside");
          assertThat(f.isError()).isTrue();
          assertThat(f.message()).doesNotContain("ghp_");
        });
    sourceLine("    bundle: " + outside, "    bundle: ../elsewhere.json");
    assertThat(audit().result().findings()).extracting(Finding::ruleId).contains("bundle.outside");
    sourceLine("    bundle: ../elsewhere.json", "    bundle: http://bundles.example.com/velocity-app.json");
    assertThat(audit().result().findings()).filteredOn(f -> f.ruleId().equals("bundle.outside"))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("use https"));
  }

  @Test
  void aMissingBundleFileIsAnErrorAtTheSourceAndABundleOnlySourceNeedsARepositoryToBeWritten() throws Exception {
    sourceLine("    path: " + APP, "    bundle: evidence/nowhere.json");

    Audit audit = audit();

    assertThat(audit.result().findings()).filteredOn(f -> f.ruleId().startsWith("bundle."))
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("bundle.missing");
          assertThat(f.message()).contains("evidence/nowhere.json").contains("no such file");
        });
    assertThat(audit.result().passed()).isFalse();
    assertThatThrownBy(() -> new Truthbook(root, Truthbook.Options.defaults()).evidence("velocity-app", Optional.empty()))
        .isInstanceOf(TruthbookException.class).hasMessageContaining("--repository");
    assertThatThrownBy(() -> new Truthbook(root, Truthbook.Options.defaults()).evidence("velocty-app", Optional.empty()))
        .isInstanceOf(TruthbookException.class).hasMessageContaining("no source 'velocty-app'")
        .hasMessageContaining("velocity-app");
  }
}
