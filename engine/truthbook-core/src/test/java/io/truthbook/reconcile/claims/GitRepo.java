package io.truthbook.reconcile.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A throw-away git repository made with JGit, committed at fixed dates so that tests are repeatable. */
public final class GitRepo implements AutoCloseable {
  private final Path root;
  private final Git git;

  private GitRepo(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  public static GitRepo init(Path root) throws Exception {
    return new GitRepo(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
  }

  public Path root() {
    return root;
  }

  public String read(String file) {
    try {
      return Files.readString(root.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(String file, String text) {
    try {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces exactly one occurrence of {@code from} in {@code file}. */
  public void replace(String file, String from, String to) {
    String text = read(file);
    if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
      throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
    }
    write(file, text.replace(from, to));
  }

  /** Commits everything, at noon UTC of {@code isoDate}. */
  public RevCommit commit(String message, String isoDate) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who = new PersonIdent("Test", "test@example.test",
        Instant.parse(isoDate + "T12:00:00Z"), ZoneOffset.UTC);
    return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  @Override
  public void close() {
    git.close();
  }
}
