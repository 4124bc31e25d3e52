package io.truthbook.synth;

import io.truthbook.disk.ContentCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import net.datafaker.Faker;

/**
 * Datafaker's verdict on a {@code fake} expression, cached by content: the key is the SHA-256 of
 * Datafaker's version, the locale and the expression, the value {@code ok} or the error, one file each
 * under {@value #FOLDER} of the truth's root. Evaluating the first expression loads Datafaker's locale
 * data, a tenth of a second of a cold {@code check}; a brief whose expressions did not change loads none.
 * A cache that cannot be read or written, or a Datafaker that does not name its version, is not used:
 * the expression is evaluated, as without one.
 */
public final class FakeVerdicts {
  static final String FOLDER = "target/synth-cache";
  private static final String FORMAT = "truthbook fake verdicts 1";
  private static final String OK = "ok";
  private static final String ERROR = "error";
  private static final Optional<String> DATAFAKER = datafakerVersion();

  private final ContentCache cache;

  private FakeVerdicts(ContentCache cache) {
    this.cache = cache;
  }

  /** Verdicts kept under the truth's {@value #FOLDER}. */
  public static FakeVerdicts in(Path root) {
    return new FakeVerdicts(DATAFAKER.isPresent() ? ContentCache.in(root.resolve(FOLDER)) : ContentCache.none());
  }

  /** No cache: every expression is evaluated. */
  public static FakeVerdicts none() {
    return new FakeVerdicts(ContentCache.none());
  }

  /** Why the expression does not evaluate in the locale (default {@code en}), or empty when it does. */
  Optional<String> error(String expression, Optional<String> locale) {
    String tag = locale.orElse("en");
    String key = ContentCache.key(FORMAT, DATAFAKER.orElse(""), tag, expression);
    Optional<Optional<String>> cached = cache.read(key).flatMap(FakeVerdicts::parse);
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<String> verdict = Values.fakeError(expression, tag);
    cache.write(key, verdict.map(e -> ERROR + "\n" + e.replaceAll("[\\r\\n]+", " ") + "\n").orElse(OK + "\n"));
    return verdict;
  }

  /** The verdict an entry states, or empty when it is not one (corrupt, foreign): then Datafaker is asked. */
  private static Optional<Optional<String>> parse(String entry) {
    if (entry.equals(OK + "\n")) {
      return Optional.of(Optional.empty());
    }
    String[] lines = entry.split("\n", -1);
    return lines.length == 3 && lines[0].equals(ERROR) && lines[2].isEmpty()
        ? Optional.of(Optional.of(lines[1])) : Optional.empty();
  }

  /** Datafaker's version as its jar states it (a shaded jar keeps the file). */
  private static Optional<String> datafakerVersion() {
    try (InputStream in = Faker.class.getResourceAsStream("/META-INF/maven/net.datafaker/datafaker/pom.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(in);
      return Optional.ofNullable(properties.getProperty("version")).filter(v -> !v.isBlank());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
