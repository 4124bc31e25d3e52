package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance of `truthbook check`, tried on the real jar as a new user would. */
class CheckCommandIT {
  @TempDir Path temp;

  @Test
  void velocityTruthIsClean() throws Exception {
    Jar.Run run = Jar.run(Jar.ROOT, "check");
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings in " + Jar.manifests(Jar.ROOT) + " manifests\n");
  }

  @Test
  void misspeltOwnerIsOneErrorAtItsLineAndColumnWithASuggestion() throws Exception {
    Path root = Jar.copyOfVelocity(temp);
    Path domains = root.resolve("manifests/domains.yaml");
    List<String> lines = Files.readAllLines(domains);
    int index = -1;
    for (int i = 0; i < lines.size() && index < 0; i++) {
      if (lines.get(i).matches("\\s*owner: sayan\\s*")) {
        index = i;
      }
    }
    assertThat(index).as("domains.yaml refers to sayan").isNotNegative();
    int column = lines.get(index).indexOf("sayan") + 1;
    lines.set(index, lines.get(index).replace("sayan", "sayn"));
    Files.write(domains, lines);

    Jar.Run run = Jar.run(root, "check");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("manifests/domains.yaml:" + (index + 1) + ":" + column
        + ": error [ref.unknown] owner 'sayn' is not defined (did you mean 'sayan'?)\n");
    assertThat(run.out()).endsWith("1 error, 0 warnings in " + Jar.manifests(root) + " manifests\n");
    assertThat(run.out()).contains("  hint: ");
  }

  @Test
  void brokenYamlInSeveralManifestsIsReportedFileByFileWithoutStackTraces() throws Exception {
    Path root = Jar.copyOfVelocity(temp);
    Files.writeString(root.resolve("manifests/owners.yaml"),
        Files.readString(root.resolve("manifests/owners.yaml")).replaceFirst("\n    name:", "\n      name:"));
    Path risks = root.resolve("manifests/risks.yaml");
    Files.writeString(risks, Files.readString(risks).replaceFirst("(\n    title: [^\n]*)", "$1$1"));
    Path gates = root.resolve("manifests/workstreams.yaml");
    Files.writeString(gates, Files.readString(gates).replaceFirst("definitionOfDone:\\s*\n\\s+- [^\n]*\n",
        "definitionOfDone: just one string\n"));

    Jar.Run run = Jar.run(root, "check");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).containsPattern("manifests/owners\\.yaml:\\d+:\\d+: error \\[yaml\\.syntax\\]")
        .containsPattern("manifests/risks\\.yaml:\\d+:\\d+: error \\[yaml\\.duplicate-key\\] duplicate key 'title'")
        .containsPattern("manifests/workstreams\\.yaml:\\d+:\\d+: error \\[schema\\.type\\]");
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingRootIsExitTwoWithOneLine() throws Exception {
    Jar.Run run = Jar.run(temp, "check", "--root", "/nonexistent");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("truthbook: no 'manifests' folder in /nonexistent");
  }

  @Test
  void badFlagIsExitTwo() throws Exception {
    Jar.Run run = Jar.run(Jar.ROOT, "check", "--no-such-flag");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-flag'");
  }

  @Test
  void jsonFormatIsVersionedAndAgreesWithText() throws Exception {
    Path root = Jar.copyOfVelocity(temp);
    Path routes = root.resolve("manifests/routes.yaml");
    Files.writeString(routes, Files.readString(routes).replaceFirst("service: velocity-api", "service: velocity-apj"));
    Jar.Run run = Jar.run(root, "check", "--format", "json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("ref.unknown");
    assertThat(finding.get("file").asText()).isEqualTo("manifests/routes.yaml");
    assertThat(finding.get("message").asText()).contains("did you mean 'velocity-api'");
  }

  @Test
  void theProductShipsNoBenchmark() throws Exception {
    Jar.Run help = Jar.run(Jar.ROOT, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("check", "build").doesNotContain("bench");
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Jar.JAR.toFile())) {
      assertThat(jar.stream().map(java.util.jar.JarEntry::getName))
          .contains("io/truthbook/Truthbook.class")
          .noneMatch(name -> name.startsWith("io/truthbook/bench/"));
    }
  }

  @Test
  void everyCommandHasHelpAndVersion() throws Exception {
    for (String command : List.of("check", "explain")) {
      Jar.Run help = Jar.run(Jar.ROOT, command, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).contains("Usage: truthbook " + command);
      Jar.Run version = Jar.run(Jar.ROOT, command, "--version");
      assertThat(version.exit()).isZero();
      assertThat(version.out()).startsWith("truthbook 0.");
    }
  }

  @Test
  void explainDescribesARuleAndRefusesAnUnknownOne() throws Exception {
    Jar.Run run = Jar.run(Jar.ROOT, "explain", "domain.adjacency");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("domain.adjacency (error): ").contains("How to fix: ");
    Jar.Run unknown = Jar.run(Jar.ROOT, "explain", "ref.unknwn");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("did you mean 'ref.unknown'?");
  }
}
