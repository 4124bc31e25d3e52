package io.truthbook.render.book;

import io.truthbook.Truthbook;
import io.truthbook.history.TruthHistory;
import io.truthbook.load.ChapterLoader;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.ClaimReconciler;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.render.diagram.DiagramSet;
import io.truthbook.render.diagram.DiagramSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Truths to build books from: the repository's Velocity truth and the golden fixture folders. */
public final class BookFixtures {
  /** A fixed stamp, so outputs do not depend on the repository's history. */
  public static final Stamp STAMP = new Stamp("0123456789abcdef0123456789abcdef01234567", LocalDate.of(2026, 1, 15));

  /** The literal text the hostile fixture carries in several descriptions. */
  public static final String HOSTILE = "include::/etc/passwd[] +++<script>alert(1)</script>+++ {nonexistent-attr}";

  private BookFixtures() {}

  /** The frozen Velocity truth the engine's tests read (src/test/velocity): Maven passes it. */
  public static Path repositoryRoot() {
    return Path.of(System.getProperty("truthbook.root", "src/test/velocity")).toAbsolutePath().normalize();
  }

  /** The engine module's folder, where its test resources live: Maven passes it, an IDE runs from it. */
  public static Path moduleFolder() {
    return Path.of(System.getProperty("truthbook.module", ".")).toAbsolutePath().normalize();
  }

  public static Path goldenFolder() {
    return moduleFolder().resolve("src/test/resources/golden/book");
  }

  public static Path hostileRoot() {
    return goldenFolder().resolve("hostile");
  }

  /** The truth of a small product that leaves out every optional field (no prefix, no node, no service). */
  public static Path minimalRoot() {
    return moduleFolder().resolve("src/test/resources/fixtures/minimal");
  }

  /** A truth with its chapters' text, as the facade reads them. */
  public record Loaded(Truth truth, List<ChapterText> chapters) {}

  public static Loaded load(Path root) {
    Truth truth = new Truthbook(root, LoadLimits.DEFAULTS).truth();
    var texts = ChapterLoader.load(root, truth.chapters(), LoadLimits.DEFAULTS.maxManifestBytes()).texts();
    return new Loaded(truth, ChapterText.pair(truth.chapters(), texts));
  }

  /** The book of the truth under root, with its claims reconciled as {@link #matrix} does. */
  public static BookSource source(Path root, boolean draft) {
    Loaded loaded = load(root);
    return new BookSource(loaded.truth(), loaded.chapters(), STAMP, draft, List.of(), Truthbook.rules().all(),
        Optional.of(matrix(loaded.truth())), io.truthbook.gates.RequiredReviewers.ofEach(loaded.truth()),
        Verification.NONE);
  }

  /** The generated reference of the truth under root, linking to every diagram generated from it. */
  public static String reference(Path root) {
    Loaded loaded = load(root);
    return GeneratedReference.render(loaded.truth(), loaded.chapters(), Truthbook.rules().all(),
        Optional.of(matrix(loaded.truth())), Verification.NONE, diagramIds(loaded.truth()));
  }

  /** The ids of the diagrams generated from the truth, as a built book shows them. */
  public static Set<String> diagramIds(Truth truth) {
    return DiagramSet.generate(truth).stream().map(DiagramSource::id).collect(Collectors.toSet());
  }

  /** The truth's claims reconciled without history, so outputs do not depend on the repository's commits. */
  public static ReconciliationMatrix matrix(Truth truth) {
    return new ClaimReconciler(TruthHistory.none()).reconcile(truth);
  }
}
