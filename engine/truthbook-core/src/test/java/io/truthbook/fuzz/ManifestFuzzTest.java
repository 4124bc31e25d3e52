package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes load → schema → rules: the input is one manifest, laid over the fixture truth. If it
 * declares the kind of a base manifest ({@code kind: domains}) it replaces that file, so that its
 * references meet real ids; otherwise it is one more manifest. The check must return in time with
 * findings a person can act on: each with a file, a line, and a hint.
 */
class ManifestFuzzTest {
  private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*['\"]?([a-z]+)");

  @TempDir static Path temp;
  private static Path root;
  private static Path blocked;

  @FuzzTest(maxDuration = "60s")
  void checkAnyManifest(byte[] manifest) throws IOException {
    Path target = target(manifest);
    Optional<byte[]> original = Files.exists(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty();
    Files.write(target, manifest);
    try {
      CheckResult result = TimeLimit.run(() -> check().check());
      for (Finding finding : result.findings()) {
        if (finding.location().file().isBlank() || finding.location().line() < 0 || finding.hint().isBlank()) {
          throw new AssertionError("a finding without a place or a hint: " + finding);
        }
      }
    } finally {
      if (original.isPresent()) {
        Files.write(target, original.get());
      } else {
        Files.delete(target);
      }
    }
  }

  private static Truthbook check() {
    // a sources manifest may name a URL: a cache under a plain file makes any clone fail at once, offline
    Truthbook.Options defaults = Truthbook.Options.defaults();
    return new Truthbook(root, new Truthbook.Options(LoadLimits.DEFAULTS, true, Optional.empty(),
        blocked.resolve("cache"), defaults.maxFileBytes()));
  }

  private static Path target(byte[] manifest) throws IOException {
    if (root == null) {
      root = FixtureTree.build(null, Files.createDirectories(temp.resolve("repo")));
      blocked = Files.writeString(temp.resolve("not-a-folder"), "");
    }
    Matcher kind = KIND.matcher(new String(manifest, StandardCharsets.UTF_8));
    Path base = kind.find() ? root.resolve("manifests").resolve(kind.group(1) + ".yaml") : null;
    return base != null && Files.exists(base) ? base : root.resolve("manifests/fuzzed.yaml");
  }
}
