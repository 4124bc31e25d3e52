package io.truthbook.evidence.ingress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the repository files an nginx {@code include} names. nginx reads a relative include against
 * its prefix ({@code /etc/nginx}); a repository holds that prefix somewhere, so the including
 * file's folder, the folder of the config root and the parent of a {@code conf.d} / {@code
 * sites-enabled} folder are tried in that order, the first that matches anything winning. Absolute includes lose a known prefix ({@code /etc/nginx/}) or, for
 * other mount points, are matched by their last folders. Matches come sorted, as nginx sorts globs.
 */
final class NginxIncludes {
  private static final List<String> PREFIXES = List.of("/etc/nginx/", "/usr/local/nginx/conf/",
      "/usr/local/etc/nginx/", "/usr/local/openresty/nginx/conf/", "/opt/nginx/conf/");
  private static final Set<String> CONFIG_FOLDERS =
      Set.of("conf.d", "sites-enabled", "sites-available", "snippets", "includes", "vhosts", "http.d");

  private final TreeSet<String> paths;

  NginxIncludes(Iterable<String> paths) {
    this.paths = new TreeSet<>();
    paths.forEach(this.paths::add);
  }

  /** The files {@code pattern} names when {@code including} includes it under a config rooted at {@code rootFolder}. */
  List<String> targets(String pattern, String including, String rootFolder) {
    if (pattern.isEmpty()) {
      return List.of();
    }
    Set<String> bases = new LinkedHashSet<>();
    String folder = folderOf(including);
    bases.add(folder);
    bases.add(rootFolder);
    parentOfConfigFolder(folder).ifPresent(bases::add);
    List<String> relative = new ArrayList<>();
    if (pattern.startsWith("/")) {
      String stripped = PREFIXES.stream().filter(pattern::startsWith).findFirst()
          .map(prefix -> pattern.substring(prefix.length())).orElse("");
      if (!stripped.isEmpty()) {
        relative.add(stripped);
      } else {
        relative.addAll(tails(pattern));
        bases.add("");
      }
    } else {
      relative.add(pattern);
    }
    for (String candidate : relative) {
      for (String base : bases) {
        List<String> found = matching(base + candidate);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The folder of a path, with its trailing slash ("" at the repository root). */
  static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  private static Optional<String> parentOfConfigFolder(String folder) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    String withoutSlash = folder.substring(0, folder.length() - 1);
    String name = withoutSlash.substring(withoutSlash.lastIndexOf('/') + 1);
    return CONFIG_FOLDERS.contains(name) ? Optional.of(folderOf(withoutSlash)) : Optional.empty();
  }

  /** "/config/nginx/site-confs/*.conf" → "nginx/site-confs/*.conf", "site-confs/*.conf": two folders at least. */
  private static List<String> tails(String absolute) {
    String[] parts = absolute.substring(1).split("/");
    List<String> tails = new ArrayList<>();
    for (int start = 0; start <= parts.length - 2; start++) {
      tails.add(String.join("/", Arrays.asList(parts).subList(start, parts.length)));
    }
    return tails;
  }

  private List<String> matching(String pattern) {
    Optional<String> normal = normalize(pattern);
    if (normal.isEmpty()) {
      return List.of();
    }
    String path = normal.get();
    if (!hasGlob(path)) {
      return paths.contains(path) ? List.of(path) : List.of();
    }
    Optional<Pattern> regex = globRegex(path);
    return regex.map(r -> paths.stream().filter(p -> r.matcher(p).matches()).toList()).orElse(List.of());
  }

  /** Drops "." and resolves ".." segments; empty if the path climbs out of the repository. */
  private static Optional<String> normalize(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return Optional.empty();
        }
        segments.remove(segments.size() - 1);
      } else {
        segments.add(segment);
      }
    }
    return Optional.of(String.join("/", segments));
  }

  private static boolean hasGlob(String path) {
    return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0;
  }

  /** glob(3) as nginx uses it: '*' and '?' stay within a folder, '[...]' is a character class. */
  private static Optional<Pattern> globRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
        int close = glob.indexOf(']', i + 2);
        String body = glob.substring(i + 1, close);
        boolean negated = body.startsWith("!") || body.startsWith("^");
        String members = negated ? body.substring(1) : body;
        regex.append(negated ? "[^/" : "[");
        for (char m : members.toCharArray()) {
          // escaping every other non-letter is always valid inside a Java character class
          regex.append(m == '-' || Character.isLetterOrDigit(m) ? String.valueOf(m) : "\\" + m);
        }
        regex.append(']');
        i = close;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return Optional.of(Pattern.compile(regex.toString()));
    } catch (PatternSyntaxException e) {
      // a class like [z-a] matches nothing for glob(3) either
      return Optional.empty();
    }
  }
}
