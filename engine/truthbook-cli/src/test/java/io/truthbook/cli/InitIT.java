package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team adopts Truthbook on its own repository in one command, on the real jar: {@code init --from .}, commit,
 * and {@code check} passes; the next route the code serves without the truth is drift at its line. The product
 * is the issue's example ({@code fixtures/adopt/fastapi}).
 */
class InitIT {
  @TempDir Path temp;
  private Path repo;
  private Git git;

  @BeforeEach
  void repository() throws Exception {
    repo = temp.resolve("acme");
    Files.createDirectories(repo);
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
  }

  @AfterEach
  void close() {
    git.close();
  }

  @Test
  void initFromTheCodeThenCheckPassesAndTheNextRouteIsDrift() throws Exception {
    io.truthbook.fixtures.FixtureTree.copy(io.truthbook.fixtures.FixtureTree.fixtures().resolve("adopt/fastapi"), repo);
    commit("the product");

    Jar.Run init = Jar.run(repo, "init", "--from", ".");
    assertThat(init.exit()).as(init.all()).isZero();
    assertThat(init.out()).contains("manifests/routes.yaml", "schemas/truthbook-config.schema.json",
        ".github/workflows/truthbook.yml", ".pre-commit-config.yaml", "truthbook check");
    commit("Adopt Truthbook");

    Jar.Run clean = Jar.run(repo, "check");
    assertThat(clean.exit()).as(clean.all()).isZero();
    assertThat(clean.out()).contains("0 errors, 0 warnings in 12 manifests");

    write("app/main.py", Files.readString(repo.resolve("app/main.py")) + """


        @app.delete("/api/items/{id}")
        def delete_item(id: int):
            return {}
        """);
    commit("a new route");
    Jar.Run drift = Jar.run(repo, "check");
    assertThat(drift.exit()).as(drift.all()).isEqualTo(1);
    // the route is reported at its decorator, the line that drifted
    int line = Files.readAllLines(repo.resolve("app/main.py")).indexOf("@app.delete(\"/api/items/{id}\")") + 1;
    assertThat(drift.out()).contains("app/main.py:" + line + ":1@")
        .contains("error [drift.route.undocumented] endpoint 'DELETE /api/items/{id}'");
  }

  @Test
  void initInAnEmptyRepositoryIsCleanAndASecondInitRefusesUnlessForced() throws Exception {
    Jar.Run init = Jar.run(repo, "init");
    assertThat(init.exit()).as(init.all()).isZero();
    assertThat(init.out()).contains("truthbook init --from . --force");
    Jar.Run check = Jar.run(repo, "check");
    assertThat(check.exit()).as(check.all()).isZero();

    Jar.Run again = Jar.run(repo, "init");
    assertThat(again.exit()).as(again.all()).isEqualTo(2);
    assertThat(again.err()).startsWith("truthbook: init would overwrite ").contains("manifests/owners.yaml", "--force");
    assertThat(Jar.run(repo, "init", "--force").exit()).isZero();
  }

  @Test
  void checkWithoutManifestsSaysToRunInit() throws Exception {
    Jar.Run check = Jar.run(repo, "check");
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.err()).contains("no 'manifests' folder", "truthbook init");
  }

  private void write(String file, String text) throws Exception {
    Path path = repo.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
  }
}
