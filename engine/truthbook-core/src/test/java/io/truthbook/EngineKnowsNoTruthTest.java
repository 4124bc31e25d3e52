package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine knows no particular truth: nothing the engine library, the CLI or the Maven plugin ships names
 * Velocity, its domains or its people. What is Velocity's lives in its manifests and its rule pack
 * at the repository root. (The benchmark, which never ships, generates Velocity-shaped truths.)
 */
class EngineKnowsNoTruthTest {
  private static final Pattern VELOCITY = Pattern.compile("(?i)velocity|crm|oracle|sagnik|sayan|sourik");

  @Test
  void noShippedSourceOrResourceNamesVelocity() throws IOException {
    Path engine = Path.of(System.getProperty("truthbook.module", ".")).toAbsolutePath().normalize().getParent();
    List<String> hits = new ArrayList<>();
    for (String module : List.of("truthbook-core", "truthbook-cli", "truthbook-maven-plugin")) {
      Path main = engine.resolve(module).resolve("src/main");
      assertThat(main).isDirectory();
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = VELOCITY.matcher(lines.get(i));
            if (matcher.find()) {
              hits.add(engine.relativize(file) + ":" + (i + 1) + ": " + matcher.group());
            }
          }
        }
      }
    }
    assertThat(hits).as("the engine must name no truth; move it into a manifest or a rule pack").isEmpty();
  }
}
