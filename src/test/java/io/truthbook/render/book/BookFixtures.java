package io.truthbook.render.book;

import io.truthbook.Truthbook;
import io.truthbook.load.ChapterLoader;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Truth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Truths to build books from: the repository's Velocity truth and the golden fixture folders. */
public final class BookFixtures {
  /** A fixed stamp, so outputs do not depend on the repository's history. */
  public static final Stamp STAMP = new Stamp("0123456789abcdef0123456789abcdef01234567", LocalDate.of(2026, 1, 15));

  /** The literal text the hostile fixture carries in several descriptions. */
  public static final String HOSTILE = "include::/etc/passwd[] +++<script>alert(1)</script>+++ {nonexistent-attr}";

  private BookFixtures() {}

  /** The repository root: Maven passes it, an IDE runs from it. */
  public static Path repositoryRoot() {
    return Path.of(System.getProperty("truthbook.root", ".")).toAbsolutePath().normalize();
  }

  public static Path goldenFolder() {
    return repositoryRoot().resolve("src/test/resources/golden/book");
  }

  public static Path hostileRoot() {
    return goldenFolder().resolve("hostile");
  }

  /** A truth with its chapters' text, as the facade reads them. */
  public record Loaded(Truth truth, List<ChapterText> chapters) {}

  public static Loaded load(Path root) {
    Truth truth = new Truthbook(root, LoadLimits.DEFAULTS).truth();
    var texts = ChapterLoader.load(root, truth.chapters(), LoadLimits.DEFAULTS.maxManifestBytes()).texts();
    return new Loaded(truth, ChapterText.pair(truth.chapters(), texts));
  }

  public static BookSource source(Path root, boolean draft) {
    Loaded loaded = load(root);
    return new BookSource(loaded.truth(), loaded.chapters(), STAMP, draft, List.of(), Truthbook.rules().all());
  }

  public static String reference(Path root) {
    Loaded loaded = load(root);
    return GeneratedReference.render(loaded.truth(), loaded.chapters(), Truthbook.rules().all());
  }
}
