package io.truthbook.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds manifest files under the repository root, never following links out of it. */
public final class RepositoryFiles {
  private RepositoryFiles() {}

  /** True when {@code file}, with every symbolic link resolved, still lies under {@code root}. */
  public static boolean insideReal(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** Every {@code .yaml}/{@code .yml} file in {@code folder}, sorted by name for determinism. */
  public static List<Path> manifests(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list manifests in " + folder, e);
    }
  }

  /** The path as written in findings: relative to the root, with forward slashes. */
  public static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
