package io.truthbook.adopt;

import io.truthbook.evidence.Glob;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Include globs narrowed to the folders where an extractor found evidence: {@code db/migrations/**}{@code /*.sql}
 * rather than every {@code .sql} file of the repository. A glob is only kept when every file it selects is one
 * the extractor reads (a glob bypasses the extractor's own choice of files), so a later file in the same folder,
 * a new migration or router, is read too.
 */
final class SourceGlobs {
  private SourceGlobs() {}

  /**
   * The globs for {@code evidenceFiles}, judged against every file of the product ({@code files}, with the
   * files init itself writes); {@code reads} says whether the extractor reads a file of its own choice.
   */
  static List<String> narrowed(Collection<String> evidenceFiles, Collection<String> files, Predicate<String> reads) {
    Set<String> folders = new TreeSet<>();
    evidenceFiles.forEach(f -> folders.add(folder(f)));
    List<String> tops = coarsened(folders);
    Set<String> globs = new LinkedHashSet<>();
    // many files share a candidate (a folder of migrations): each glob is judged against the product once
    Map<String, Boolean> judged = new HashMap<>();
    for (String top : tops) {
      for (String file : new TreeSet<>(evidenceFiles)) {
        if (under(folder(file), top)) {
          globs.add(candidates(top, file, reads).stream()
              .filter(glob -> judged.computeIfAbsent(glob, g -> selectsOnlyRead(g, files, reads)))
              .findFirst().orElse(file));
        }
      }
    }
    return List.copyOf(globs);
  }

  /**
   * The topmost of the folders, and in place of two or more of them beside each other their parent
   * ({@code svc/a}, {@code svc/b} → {@code svc}), but never the repository's root: one glob per module would
   * say the same at length.
   */
  private static List<String> coarsened(Set<String> folders) {
    Set<String> tops = new TreeSet<>(folders);
    boolean changed = true;
    while (changed) {
      Set<String> current = Set.copyOf(tops);
      tops.removeIf(d -> current.stream().anyMatch(a -> !a.equals(d) && under(d, a)));
      Map<String, Long> children = new HashMap<>();
      tops.stream().filter(d -> d.contains("/")).forEach(d -> children.merge(folder(d), 1L, Long::sum));
      changed = tops.addAll(children.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).toList());
    }
    return List.copyOf(tops);
  }

  /**
   * From the widest to the file itself, in the folder and below: by extension when the extractor reads any
   * file of that extension there (not only compose files by their name), then by name when it reads the
   * name in any folder (not only CODEOWNERS where GitHub looks).
   */
  private static List<String> candidates(String top, String file, Predicate<String> reads) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    List<String> candidates = new ArrayList<>();
    // a name holding a glob's own characters cannot be written as a glob
    if (dot > 0 && !wild(name.substring(dot)) && reads.test(join(top, "truthbook-init-probe" + name.substring(dot)))) {
      candidates.add(join(top, "**/*" + name.substring(dot)));
    }
    if (!wild(name) && reads.test(join(top, "truthbook-init-probe/" + name))) {
      candidates.add(join(top, "**/" + name));
    }
    return candidates;
  }

  private static boolean wild(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  private static boolean selectsOnlyRead(String glob, Collection<String> files, Predicate<String> reads) {
    Glob compiled = Glob.of(glob);
    return files.stream().filter(compiled::matches).allMatch(reads);
  }

  private static String folder(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  private static boolean under(String folder, String ancestor) {
    return ancestor.isEmpty() || folder.equals(ancestor) || folder.startsWith(ancestor + "/");
  }

  private static String join(String folder, String glob) {
    return folder.isEmpty() ? glob : folder + "/" + glob;
  }
}
