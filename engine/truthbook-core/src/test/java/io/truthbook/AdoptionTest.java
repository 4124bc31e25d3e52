package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truth drafted by {@code init --from} passes {@code check} as written, whatever the product holds: what no
 * manifest can state is left out of its extractor, never written wrong; and the same product gives the same bytes.
 */
class AdoptionTest {
  private static final long MAX_FILE_BYTES = Truthbook.Options.defaults().maxFileBytes();

  @TempDir Path temp;
  private Git git;

  @AfterEach
  void close() {
    if (git != null) {
      git.close();
    }
  }

  @Test
  void aStarterTruthIsCleanInARepositoryWithoutCommits() throws Exception {
    Path root = repository(Map.of(), false);
    new Adoption(root).init(Optional.empty(), false, MAX_FILE_BYTES);
    assertThat(check(root)).isEmpty();
    assertThat(root.resolve("schemas/truthbook-config.schema.json")).isRegularFile();
    assertThat(root.resolve("manifests/owners.yaml")).content()
        .startsWith("# yaml-language-server: $schema=../schemas/owners.schema.json\n");
  }

  @Test
  void aFastApiProductDraftsCleanAndTheSameBytesTwice() throws Exception {
    Path root = repository(fastApi(), true);
    Map<String, String> first = new Adoption(root).draft(root, MAX_FILE_BYTES).files();
    Adoption.Written written = new Adoption(root).init(Optional.of(root), false, MAX_FILE_BYTES);
    commit("truth");
    assertThat(check(root)).isEmpty();
    assertThat(written.notes()).isEmpty();
    assertThat(new Adoption(root).draft(root, MAX_FILE_BYTES).files()).isEqualTo(first);
    String routes = Files.readString(root.resolve("manifests/routes.yaml"));
    assertThat(routes).contains("prefix: /api/items", "prefix: /api/users", "path: \"/api/users/{id}\"",
        "domain: legacy", "owner: alice");
    assertThat(Files.readString(root.resolve("manifests/owners.yaml"))).contains("- id: alice", "name: \"@alice\"");
    assertThat(body(root, "domains")).doesNotContain("prefix:").contains("- name: item", "- name: user");
    assertThat(Files.readString(root.resolve("manifests/sources.yaml")))
        .contains("path: .", "include: [\"db/migrations/**/*.sql\"]", "include: [\"app/**/*.py\"]",
            "include: [\"**/docker-compose.yml\"]", "include: [CODEOWNERS]");
  }

  @Test
  void aRichProductDraftsCleanAndLeavesOutWhatNoManifestCanState() throws Exception {
    Map<String, String> files = new LinkedHashMap<>(fastApi());
    files.put("app/main.py", files.get("app/main.py") + """

        @app.get("/")
        def home():
            return {}


        @app.get("/health")
        def health():
            return {}


        @app.get("/api/Caps: \\"quoted\\" #x/{id}")
        def hostile(id: int):
            return {}
        """);
    files.put("db/migrations/V2__shop.sql", "CREATE TABLE shop_order (id int);\nCREATE TABLE shop_line (id int);\n"
        + "CREATE TABLE audit_log (id int);\n");
    files.put("web/server.js", """
        const express = require('express');
        const app = express();
        app.get('/web/pages/:id', (req, res) => res.send('x'));
        """);
    files.put("web/legacy.js", """
        const express = require('express');
        const app = express();
        app.all('/web/anything', (req, res) => res.send('x'));
        """);
    files.put("docker-compose.yml", """
        services:
          api:
            image: acme/api
            ports:
              - "8000:8000"
            deploy:
              placement:
                constraints: ["node.hostname == worker-1"]
          proxy:
            image: nginx
            ports:
              - "80:80"
            volumes:
              - ./deploy/nginx:/etc/nginx/conf.d:ro
        """);
    files.put("deploy/nginx/app.conf", """
        server {
          server_name shop.example.com;
          location /api/ {
            proxy_pass http://api:8000;
          }
        }
        """);
    files.put("deploy/broken/docker-compose.yml", "services: [\n");
    files.put(".gitignore", "venv/\n");
    files.put("venv/lib/site.py", "@app.get('/vendored')\ndef v():\n    pass\n");
    files.put(".github/CODEOWNERS", "* @alice\n/web/ @acme/web-team\n");
    Path root = repository(files, true);

    Adoption.Written written = new Adoption(root).init(Optional.of(root), false, MAX_FILE_BYTES);
    commit("truth");

    // the shop tables are served by no route: a warning that says so, not an error
    assertThat(check(root)).as(body(root, "routes") + body(root, "domains") + body(root, "sources"))
        .extracting(f -> f.ruleId() + " " + f.message())
        .containsExactly("domain.unserved domain 'shop' has 2 table(s) but no route family");
    assertThat(written.notes()).anySatisfy(n -> assertThat(n).startsWith("http-express does not read web/legacy.js"))
        .anySatisfy(n -> assertThat(n).startsWith("compose does not read deploy/broken/docker-compose.yml"));
    String routes = Files.readString(root.resolve("manifests/routes.yaml"));
    assertThat(routes).contains("prefix: /\n", "prefix: /health", "prefix: /api\n", "prefix: /api/items", "service: api",
        "path: \"/api/Caps: \\\"quoted\\\" #x/{id}\"").doesNotContain("/vendored");
    assertThat(Files.readString(root.resolve("manifests/domains.yaml")))
        .contains("- id: shop", "prefix: shop_", "- name: audit_log");
    assertThat(Files.readString(root.resolve("manifests/topology.yaml")))
        .contains("- id: worker-1", "node: worker-1", "kind: proxy");
    assertThat(Files.readString(root.resolve("manifests/ingress.yaml")))
        .contains("- host: shop.example.com", "edge: proxy", "upstream: api");
    // the web team owns its family by CODEOWNERS, in a domain alice owns: a runtime steward
    assertThat(routes).contains("prefix: /web/pages\n    domain: app\n    owner: web-team");
    assertThat(body(root, "owners")).contains("- id: alice", "- id: web-team\n    name: \"@acme/web-team\"\n    runtime: true");
  }

  @Test
  void aTruthBesideTheProductNamesItAsARepository() throws Exception {
    Path repo = repository(fastApi(), true);
    Path truth = Files.createDirectories(repo.resolve("docs/truth"));
    Adoption.Written written = new Adoption(truth).init(Optional.of(repo), false, MAX_FILE_BYTES);
    commit("truth");
    assertThat(check(truth)).isEmpty();
    assertThat(written.files()).contains(repo.resolve(".github/workflows/truthbook.yml"),
        truth.resolve("manifests/sources.yaml"));
    assertThat(Files.readString(truth.resolve("manifests/sources.yaml"))).contains("repository: ../..");
    assertThat(Files.readString(repo.resolve(".github/workflows/truthbook.yml"))).contains("root: docs/truth");
    assertThat(Files.readString(repo.resolve(".pre-commit-config.yaml")))
        .contains("- id: truthbook-check").contains("args: [--root, docs/truth]");
  }

  @Test
  void anExistingFileStopsItBeforeAnythingIsWrittenUnlessForced() throws Exception {
    Path root = repository(Map.of("truthbook.yaml", "# mine\n", ".pre-commit-config.yaml", "repos: []\n"), false);
    assertThatThrownBy(() -> new Adoption(root).init(Optional.empty(), false, MAX_FILE_BYTES))
        .isInstanceOf(TruthbookException.class).hasMessageContaining("truthbook.yaml");
    assertThat(root.resolve("manifests")).doesNotExist();
    try (var left = Files.list(root)) {
      assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("manifests")
          .noneMatch(name -> name.startsWith(".truthbook-init-"));
    }
    Adoption.Written forced = new Adoption(root).init(Optional.empty(), true, MAX_FILE_BYTES);
    assertThat(root.resolve("truthbook.yaml")).content().startsWith("# yaml-language-server");
    assertThat(root.resolve(".pre-commit-config.yaml")).hasContent("repos: []\n");
    assertThat(forced.leftAlone()).containsKey(root.resolve(".pre-commit-config.yaml"));
  }

  /** A manifest below its teaching comments. */
  private static String body(Path root, String kind) throws java.io.IOException {
    String text = Files.readString(root.resolve("manifests/" + kind + ".yaml"));
    return text.substring(text.indexOf("\nkind: "));
  }

  /** The example product: a FastAPI app with three routes, one migration, a compose service, CODEOWNERS. */
  private static Map<String, String> fastApi() throws java.io.IOException {
    Path product = io.truthbook.fixtures.FixtureTree.fixtures().resolve("adopt/fastapi");
    Map<String, String> files = new LinkedHashMap<>();
    try (var walk = Files.walk(product)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(product.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return files;
  }

  private Path repository(Map<String, String> files, boolean commit) throws Exception {
    Path root = temp.resolve("acme");
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.createDirectories(root.resolve(file.getKey()).getParent());
      Files.writeString(root.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(root);
    git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    if (commit) {
      commit("the product");
    }
    return root;
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
  }

  private static List<Finding> check(Path root) {
    return new Truthbook(root, Truthbook.Options.defaults()).check().findings();
  }
}
