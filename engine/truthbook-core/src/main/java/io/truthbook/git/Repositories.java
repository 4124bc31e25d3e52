package io.truthbook.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Finds and opens the git repository holding a folder, the one way the engine does. */
public final class Repositories {
  private Repositories() {}

  /** A folder with links resolved, as git sees it. */
  public static Path real(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + folder, e);
    }
  }

  /** The repository holding a folder (the caller closes it), or empty outside git. */
  public static Optional<Repository> holding(Path folder) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    return Optional.of(builder.setMustExist(true).build());
  }
}
