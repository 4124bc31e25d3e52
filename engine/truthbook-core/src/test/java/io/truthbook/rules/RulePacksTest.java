package io.truthbook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.Truthbook;
import io.truthbook.TruthbookException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule packs come from the context class loader; one that cannot be loaded is a one-line tool fault. */
class RulePacksTest {
  @TempDir Path temp;

  @Test
  void aRegisteredRuleThatCannotBeLoadedIsNamedNotThrownAsAnError() throws Exception {
    Path services = Files.createDirectories(temp.resolve("META-INF/services"));
    Files.writeString(services.resolve(Rule.class.getName()), "com.example.MissingRule\n");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader pack = new URLClassLoader(new URL[] {temp.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(pack);
      assertThatThrownBy(Truthbook::rules).isInstanceOf(TruthbookException.class)
          .hasMessageContaining("a rule pack cannot be loaded").hasMessageContaining("com.example.MissingRule")
          .hasMessageContaining("META-INF/services/io.truthbook.rules.Rule");
    } finally {
      thread.setContextClassLoader(previous);
    }
    assertThat(Truthbook.rules().explain("ref.unknown")).isPresent();
  }

  /** A pack's rule that throws while checking. */
  public static final class ThrowingRule implements Rule {
    @Override
    public java.util.List<io.truthbook.model.RuleInfo> reports() {
      return java.util.List.of();
    }

    @Override
    public java.util.List<io.truthbook.model.Finding> check(TruthIndex index) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void aPackRuleThatThrowsFailsTheCheckNamingTheRuleNotTheEngine() throws Exception {
    Path root = io.truthbook.fixtures.FixtureTree.build(null, temp.resolve("repo"));
    Path services = Files.createDirectories(temp.resolve("pack/META-INF/services"));
    Files.writeString(services.resolve(Rule.class.getName()), ThrowingRule.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader pack = new URLClassLoader(new URL[] {temp.resolve("pack").toUri().toURL()}, previous)) {
      thread.setContextClassLoader(pack);
      assertThatThrownBy(() -> new Truthbook(root, io.truthbook.load.LoadLimits.DEFAULTS).check())
          .isInstanceOf(TruthbookException.class)
          .hasMessageContaining("the rule pack's rule " + ThrowingRule.class.getName() + " failed")
          .hasMessageContaining("boom");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
