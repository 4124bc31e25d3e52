package io.truthbook.load;

import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds manifest files under the repository root, never following links out of it. */
public final class RepositoryFiles {
  /** The folder under the root that holds the manifests. */
  public static final String MANIFESTS = "manifests";

  private RepositoryFiles() {}

  /** The manifest files to read and the findings for entries that cannot be read as manifests. */
  public record Listing(List<Path> files, List<Finding> findings) {
    public Listing {
      files = List.copyOf(files);
      findings = List.copyOf(findings);
    }
  }

  /** True when {@code file}, with every symbolic link resolved, still lies under {@code root}. */
  public static boolean insideReal(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Every {@code .yaml}/{@code .yml} file in {@code root/manifests}, sorted by name for determinism.
   * Entries that are not regular files inside the repository become findings and are never opened
   * (a fifo would block the reader, a device never ends); a manifests folder that is a link, or that
   * holds nothing, is a finding too. The caller checks that the folder exists.
   */
  public static Listing manifests(Path root) {
    Path folder = root.resolve(MANIFESTS);
    if (Files.isSymbolicLink(folder)) {
      return new Listing(List.of(), List.of(folderLink(root, folder)));
    }
    List<Path> files = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Path path : yamlEntries(folder)) {
      String file = relative(root, path);
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        files.add(path);
      } else if (!Files.isSymbolicLink(path)) {
        findings.add(notFile(file, "'" + file + "' is " + kind(path) + ", not a regular file"));
      } else if (!resolves(path)) {
        findings.add(notFile(file, "'" + file + "' is a link to nothing (dangling, or a loop of links)"));
      } else if (!insideReal(root, path)) {
        findings.add(outside(file));
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        findings.add(notFile(file, "'" + file + "' is a link to " + kind(path) + ", not to a regular file"));
      }
    }
    if (files.isEmpty() && findings.isEmpty()) {
      findings.add(Finding.error("manifest.none", Location.of(MANIFESTS, 1, 1),
          "no manifests (*.yaml) in '" + MANIFESTS + "': a truth with no manifests is not a truth",
          "add the manifests to manifests/, or give the repository root with --root DIR"));
    }
    return new Listing(files, findings);
  }

  /** The path as written in findings: relative to the root, with forward slashes. */
  public static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** Everything named like a manifest under the folder; links are listed, never followed. */
  private static List<Path> yamlEntries(Path folder) {
    try (Stream<Path> entries = Files.walk(folder)) {
      return entries
          .filter(p -> !p.equals(folder))
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot list manifests in " + folder,
          e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    }
  }

  private static Finding folderLink(Path root, Path folder) {
    if (!insideReal(root, folder)) {
      return Finding.error("manifest.outside", Location.of(MANIFESTS, 1, 1),
          "the '" + MANIFESTS + "' folder is a link that leaves the repository",
          "move the manifests into a real manifests/ folder of the repository instead of linking to them");
    }
    return Finding.error("manifest.folder", Location.of(MANIFESTS, 1, 1),
        "'" + MANIFESTS + "' is a symbolic link, not a folder of the repository",
        "move the manifests into a real manifests/ folder instead of linking to one");
  }

  private static Finding outside(String file) {
    return Finding.error("manifest.outside", Location.of(file, 1, 1),
        "manifest '" + file + "' is a link that leaves the repository",
        "copy the file into the repository instead of linking to it");
  }

  private static Finding notFile(String file, String message) {
    return Finding.error("manifest.not-file", Location.of(file, 1, 1), message,
        "replace it with a regular YAML file, or rename or remove it");
  }

  private static boolean resolves(Path link) {
    try {
      link.toRealPath();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** What a non-regular entry is, in words (links followed). */
  private static String kind(Path path) {
    if (Files.isDirectory(path)) {
      return "a folder";
    }
    return Files.exists(path) ? "a special file (fifo, socket or device)" : "missing";
  }
}
