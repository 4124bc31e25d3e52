package io.truthbook.evidence;

/**
 * Where a path that configuration names points, seen from the repository: compose's {@code env_file}
 * and {@code extends}, Caddy's {@code import}. One outside the repository is never read by the scan,
 * though the real server reads it, so the extractors say so at its line.
 */
public final class RepositoryPaths {
  private RepositoryPaths() {}

  /**
   * True if {@code path}, written in a file of {@code folder} (relative to the repository root, empty or
   * ending in '/'), is absolute, home-relative, or climbs above the repository root.
   */
  public static boolean outside(String folder, String path) {
    if (path.startsWith("/") || path.startsWith("~") || path.matches("^[A-Za-z]:[\\\\/].*")) {
      return true;
    }
    int depth = (int) folder.chars().filter(c -> c == '/').count();
    for (String part : path.split("[\\\\/]")) {
      if (part.equals("..")) {
        depth--;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  /** The folder of a repository file, ending in '/', or empty at the root: "deploy/compose.yml" → "deploy/". */
  public static String folderOf(String file) {
    return file.substring(0, file.lastIndexOf('/') + 1);
  }
}
