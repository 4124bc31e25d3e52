package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's evidence bundles on the real jar, as two CI systems use them: the product's CI writes the
 * bundle from its own checkout, the truth's CI checks against it; the reports are the same as reading the
 * product's repository, evidence locations and commits included.
 */
class EvidenceCommandIT {
  @TempDir Path temp;
  private Path truth;
  private Path product;
  private RevCommit drift;

  @BeforeEach
  void truthAndAProductRepository() throws Exception {
    truth = temp.resolve("truth");
    for (String folder : List.of("manifests", "chapters", "diagrams", "schemas")) {
      FixtureTree.copy(Jar.ROOT.resolve(folder), truth.resolve(folder));
    }
    product = temp.resolve("product");
    FixtureTree.copy(Jar.ROOT.resolve("examples/velocity-app"), product);
    try (Git git = Git.init().setDirectory(product.toFile()).setInitialBranch("main").call()) {
      commit(git, "the product");
      Files.writeString(product.resolve("db/migrations/V90__shadow.sql"),
          "-- nobody planned this\nCREATE TABLE crm_shadow_notes (id bigint primary key);\n");
      drift = commit(git, "a shadow table");
    }
    try (Git git = Git.init().setDirectory(truth.toFile()).setInitialBranch("main").call()) {
      commit(git, "the truth");
    }
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
        .setSign(false).call();
  }

  private void source(String place) throws Exception {
    Path sources = truth.resolve("manifests/sources.yaml");
    Files.writeString(sources, Files.readString(sources).replaceFirst("\n    (path|repository|bundle): [^\n]*", "\n    " + place));
  }

  @Test
  void theTruthsCheckAgainstTheProductsBundleReportsWhatItsRepositoryWould() throws Exception {
    source("repository: " + product);
    Jar.Run fromRepository = Jar.run(truth, "check");
    Jar.run(truth, "check", "-f", "json,sarif", "-o", temp.resolve("repo.json").toString(), "-o",
        temp.resolve("repo.sarif").toString());
    assertThat(fromRepository.exit()).as(fromRepository.all()).isEqualTo(1);
    assertThat(fromRepository.out()).contains("velocity-app:db/migrations/V90__shadow.sql:2:1@"
        + drift.name().substring(0, 7) + ": error [drift.table.unmapped]");

    // the product's CI: a checkout of the truth, the product's own checkout, one bundle per source
    source("bundle: evidence/velocity-app.json");
    Path bundle = temp.resolve("artifact/velocity-app.json");
    Files.createDirectories(bundle.getParent());
    Jar.Run written = Jar.run(product, "evidence", "--root", truth.toString(), "--source", "velocity-app",
        "--repository", ".", "--out", bundle.toString());
    assertThat(written.exit()).as(written.all()).isZero();
    assertThat(written.err()).contains("evidence: source 'velocity-app' at " + drift.name().substring(0, 7) + ": ")
        .contains(" -> " + bundle);
    Jar.Run again = Jar.run(product, "evidence", "--root", truth.toString(), "--source", "velocity-app",
        "--repository", ".");
    assertThat(again.out()).isEqualTo(Files.readString(bundle));

    // the truth's CI: the artifact downloaded where the source names it
    Files.createDirectories(truth.resolve("evidence"));
    Files.copy(bundle, truth.resolve("evidence/velocity-app.json"));
    Jar.Run fromBundle = Jar.run(truth, "check");
    Jar.run(truth, "check", "-f", "json,sarif", "-o", temp.resolve("bundle.json").toString(), "-o",
        temp.resolve("bundle.sarif").toString());
    assertThat(fromBundle.exit()).isEqualTo(1);
    assertThat(fromBundle.out()).isEqualTo(fromRepository.out());
    assertThat(temp.resolve("bundle.json")).hasSameTextualContentAs(temp.resolve("repo.json"));
    assertThat(temp.resolve("bundle.sarif")).hasSameTextualContentAs(temp.resolve("repo.sarif"));
  }

  @Test
  void aSourceThatCannotBeReadWritesNothingAndAnUnknownSourceCannotRun() throws Exception {
    source("repository: " + temp.resolve("nowhere"));
    Path out = temp.resolve("bundle.json");

    Jar.Run unreadable = Jar.run(truth, "evidence", "--source", "velocity-app", "--out", out.toString());
    Jar.Run unknown = Jar.run(truth, "evidence", "--source", "velocity", "--out", out.toString());
    source("bundle: evidence/velocity-app.json");
    Jar.Run bundleOnly = Jar.run(truth, "evidence", "--source", "velocity-app", "--out", out.toString());

    assertThat(unreadable.exit()).as(unreadable.all()).isEqualTo(1);
    assertThat(unreadable.err()).contains("manifests/sources.yaml:").contains("error [source.missing]")
        .contains("no bundle written");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no source 'velocity'").contains("velocity-app");
    assertThat(bundleOnly.exit()).isEqualTo(2);
    assertThat(bundleOnly.err()).contains("--repository");
    assertThat(out).doesNotExist();
    Jar.Run check = Jar.run(truth, "check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("error [bundle.missing] source 'velocity-app': cannot read bundle"
        + " evidence/velocity-app.json: no such file");
  }
}
