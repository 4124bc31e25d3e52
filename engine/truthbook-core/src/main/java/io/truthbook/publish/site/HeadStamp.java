package io.truthbook.publish.site;

import io.truthbook.render.book.Stamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * When the truth under a root was verified: the commit {@code HEAD} of the git repository holding it,
 * and the day of that commit in its committer's time zone. Never the clock, so a commit always gives
 * the same stamp. Outside git (a copied tree, a repository without commits) the commit reads
 * {@value #UNCOMMITTED} and the day is the newest change of a manifest.
 */
public final class HeadStamp {
  public static final String UNCOMMITTED = "uncommitted";

  private HeadStamp() {}

  public static Stamp of(Path root) {
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + root, e);
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.toFile());
    if (builder.getGitDir() == null) {
      return uncommitted(real);
    }
    try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        return uncommitted(real);
      }
      RevCommit commit = walk.parseCommit(head);
      PersonIdent committer = commit.getCommitterIdent();
      LocalDate day = committer.getWhenAsInstant().atZone(committer.getZoneId()).toLocalDate();
      return new Stamp(commit.name(), day);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HEAD of the repository holding " + root, e);
    }
  }

  private static Stamp uncommitted(Path root) {
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
    return new Stamp(UNCOMMITTED, LocalDate.ofInstant(newest.toInstant(), ZoneOffset.UTC));
  }
}
