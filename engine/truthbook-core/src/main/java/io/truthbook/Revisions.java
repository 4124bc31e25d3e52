package io.truthbook;

import io.truthbook.diff.Review;
import io.truthbook.diff.TruthDiff;
import io.truthbook.evidence.EvidenceException;
import io.truthbook.evidence.GitTree;
import io.truthbook.gates.RequiredReviewers;
import io.truthbook.model.Finding;
import io.truthbook.model.Truth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The truth across git revisions: the semantic diff, and the reviewer's view of a change. */
final class Revisions {
  private final Path root;
  private final Truthbook.Options options;
  private final TruthFiles files;

  Revisions(Path root, Truthbook.Options options, TruthFiles files) {
    this.root = root;
    this.options = options;
    this.files = files;
  }

  /** The semantic diff of the truth between two revisions. */
  TruthDiff diff(String base, String head) {
    return TruthDiff.between(files.truthAt(base), files.truthAt(head));
  }

  /**
   * The reviewer's view of a change between two revisions. Its findings come from the manifests
   * and chapters at each revision (repository evidence is the business of {@code check}).
   */
  Review review(String base, String head) {
    Truth after = files.truthAt(head);
    return Review.of(base, head, files.truthAt(base), after, checkAt(base), checkAt(head),
        gate -> RequiredReviewers.of(gate, after));
  }

  /** Checks the manifests and chapters as committed at a revision, in a temporary copy. */
  private List<Finding> checkAt(String revision) {
    Path copy = null;
    try (GitTree tree = GitTree.at(root, revision).orElseThrow(() ->
        new TruthbookException("revision '" + revision + "' does not exist in the repository of " + root))) {
      copy = Files.createTempDirectory("truthbook-review-");
      for (String file : tree.files()) {
        if (file.startsWith(Truthbook.MANIFESTS + "/") || file.startsWith("chapters/") || file.startsWith("diagrams/")) {
          Path target = copy.resolve(file).normalize();
          if (target.startsWith(copy)) {
            Files.createDirectories(target.getParent());
            Files.write(target, tree.read(file));
          }
        }
      }
      Files.createDirectories(copy.resolve(Truthbook.MANIFESTS));
      return new Truthbook(copy, options).checkWithoutEvidence().findings();
    } catch (IOException | EvidenceException | UncheckedIOException e) {
      throw new TruthbookException("cannot check revision '" + revision + "': " + e.getMessage(), e);
    } finally {
      deleteTree(copy);
    }
  }

  private static void deleteTree(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing the review for
    }
  }
}
