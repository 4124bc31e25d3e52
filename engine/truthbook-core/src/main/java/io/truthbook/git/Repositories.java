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

  /**
   * Where {@code folder} lies in the git working tree that holds it: the tree's root and the folder's path
   * from it ({@code ""} at the root, else ending in {@code /}); empty outside git or in a bare repository.
   */
  public static Optional<Place> placeOf(Path folder) {
    Path normal = folder.toAbsolutePath().normalize();
    try {
      Optional<Repository> holding = holding(normal);
      if (holding.isEmpty()) {
        return Optional.empty();
      }
      try (Repository repository = holding.get()) {
        return repository.isBare() ? Optional.empty() : Optional.of(Place.of(repository, normal));
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A folder's place in a working tree: the tree's absolute root, and the folder's path from it. */
  public record Place(Path workTree, String folder) {
    /** The place of {@code directory} in {@code repository}'s working tree. */
    public static Place of(Repository repository, Path directory) {
      Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String relative = workTree.relativize(directory.toAbsolutePath().normalize()).toString().replace('\\', '/');
      return new Place(workTree, relative.isEmpty() ? "" : relative + "/");
    }
  }
}
