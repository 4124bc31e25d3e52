package io.truthbook.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.reconcile.claims.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A git repository holding the Velocity truth and sample application, committed once as shipped
 * ({@code base}) and once with the hostile corpus planted in every free-text manifest field, in a
 * migration's table name and in route paths ({@code head}).
 */
final class HostileTruth {
  /** Manifest keys whose values are prose a person writes: titles, descriptions, statements. */
  private static final Set<String> TEXT_KEYS = Set.of("title", "description", "statement",
      "summary", "mitigation", "objective", "definition", "note", "section", "os", "image", "model", "artifact",
      "areas", "definitionOfDone");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final List<String> corpus;
  /**
   * Where the corpus rotation stands per field ({@code parent/key}): each kind of field walks the corpus
   * from a place of its own, so what a domain's name holds does not shift when another manifest gains a field.
   */
  private final Map<String, Integer> next = new java.util.HashMap<>();

  private HostileTruth(List<String> corpus) {
    this.corpus = corpus;
  }

  /** The repository, with {@code base} at HEAD~1 and the hostile truth at HEAD. */
  record Repo(Path root, String base, String head) {}

  static Repo create(Path repositoryRoot, Path target, List<String> corpus, Path secret) throws Exception {
    for (String folder : List.of("manifests", "chapters", "diagrams", "examples")) {
      FixtureTree.copy(repositoryRoot.resolve(folder), target.resolve(folder));
    }
    try (GitRepo git = GitRepo.init(target)) {
      String base = git.commit("Velocity as shipped", "2026-03-01").name();
      HostileTruth planter = new HostileTruth(corpus);
      try (Stream<Path> manifests = Files.list(target.resolve("manifests"))) {
        for (Path manifest : manifests.filter(p -> !p.endsWith("sources.yaml")).sorted().toList()) {
          planter.plant(manifest);
        }
      }
      plantEvidence(git, secret);
      return new Repo(target, base, git.commit("hostile text everywhere", "2026-03-02").name());
    }
  }

  private static void plantEvidence(GitRepo git, Path secret) {
    git.write("examples/velocity-app/db/migrations/V99__hostile.sql", String.join("\n",
        "-- include::" + secret + "[] <script>alert(1)</script>",
        "CREATE TABLE \"crm_<script>alert(1)</script>\" (id int);",
        "CREATE TABLE \"=HYPERLINK(1)+include::" + secret + "[]\" (id int);",
        "CREATE TABLE \"@enduml!include " + secret + "\" (id int);",
        ""));
    // a file name is evidence too: it reaches every report as the finding's location
    git.write("examples/velocity-app/db/migrations/V98__esc\u001b[2J<b>x<\\b>.sql",
        "CREATE TABLE crm_named_by_the_file (id int);\n");
    String router = "examples/velocity-app/services/api/app/routers/crm_contacts.py";
    git.write(router, git.read(router) + String.join("\n", "",
        "@router.get(\"/{contact_id}/<img src=x onerror=alert(1)>\")",
        "def hostile_one(contact_id: int):",
        "    return {}",
        "",
        "",
        "@router.get(\"/x/+++pass:[<script>]+++/{docdir}/[a](javascript:alert(1))\")",
        "def hostile_two():",
        "    return {}",
        ""));
    // a hand-written diagram that tries to read the secret through PlantUML's preprocessor
    git.write("diagrams/hostile.puml", String.join("\n", "@startuml", "title Hostile", "!include " + secret,
        "rectangle \"%load_json(\\\"" + secret + "\\\")\"", "@enduml", ""));
  }

  private void plant(Path manifest) throws IOException {
    JsonNode tree = YAML.readTree(manifest.toFile());
    walk(tree, "");
    Files.writeString(manifest, YAML.writeValueAsString(tree));
  }

  /** Plants the corpus in the text fields under {@code node}, the value of the key {@code parent}. */
  private void walk(JsonNode node, String parent) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode value = field.getValue();
        // a person's or a domain's name is prose, a table's name an identifier; a domain's purpose is
        // prose, a disk's purpose a keyword
        boolean text = TEXT_KEYS.contains(field.getKey())
            || field.getKey().equals("name") && Set.of("owners", "domains").contains(parent)
            || field.getKey().equals("purpose") && parent.equals("domains");
        if (text && value.isTextual()) {
          object.set(field.getKey(), TextNode.valueOf(hostile(parent + "/" + field.getKey())));
        } else if (text && value instanceof ArrayNode array) {
          for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isTextual()) {
              array.set(i, TextNode.valueOf(hostile(parent + "/" + field.getKey())));
            }
          }
        } else {
          walk(value, field.getKey());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> walk(item, parent));
    }
  }

  private String hostile(String field) {
    // each field starts at its own place in the corpus, so different fields show different attacks
    int n = next.merge(field, 1, Integer::sum) - 1 + Math.floorMod(field.hashCode(), corpus.size());
    return corpus.get(n % corpus.size());
  }
}
