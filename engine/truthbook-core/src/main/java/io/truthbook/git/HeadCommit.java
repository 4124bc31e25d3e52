package io.truthbook.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * When the truth under a root was verified: the commit {@code HEAD} of the git repository holding it,
 * and that commit's day. A commit's day is its committer time in UTC, everywhere (book, site, claims'
 * "since", freshness), so the book and the site never disagree about the day; never the clock, so a
 * commit always gives the same day. Outside git (a copied tree, a repository without commits) the
 * commit reads {@value #UNCOMMITTED} and the day is the newest change of a manifest.
 */
public record HeadCommit(String id, LocalDate day) {
  public static final String UNCOMMITTED = "uncommitted";

  /** The day of a commit: its committer time, in UTC. */
  public static LocalDate dayOf(RevCommit commit) {
    return dayOf(commit.getCommitterIdent().getWhenAsInstant());
  }

  /** The UTC day of an instant a commit records. */
  public static LocalDate dayOf(Instant when) {
    return LocalDate.ofInstant(when, ZoneOffset.UTC);
  }

  public static HeadCommit of(Path root) {
    Path real = Repositories.real(root);
    try {
      Optional<Repository> holding = Repositories.holding(real);
      if (holding.isEmpty()) {
        return uncommitted(real);
      }
      try (Repository repository = holding.get(); RevWalk walk = new RevWalk(repository)) {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
          return uncommitted(real);
        }
        RevCommit commit = walk.parseCommit(head);
        return new HeadCommit(commit.name(), dayOf(commit));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HEAD of the repository holding " + root, e);
    }
  }

  private static HeadCommit uncommitted(Path root) {
    FileTime newest = FileTime.fromMillis(0);
    Path manifests = root.resolve("manifests");
    if (Files.isDirectory(manifests)) {
      try (Stream<Path> files = Files.walk(manifests)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          FileTime modified = Files.getLastModifiedTime(file);
          newest = modified.compareTo(newest) > 0 ? modified : newest;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + manifests, e);
      }
    }
    return new HeadCommit(UNCOMMITTED, dayOf(newest.toInstant()));
  }
}
