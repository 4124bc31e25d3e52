package io.truthbook.evidence.ingress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a Caddy matcher says about hosts and paths: a path token ({@code /api/*}) or a named matcher
 * ({@code @api path /api/* /v1/*}, {@code @api { host a.example.com; path_regexp ^/x }}). Other
 * conditions (headers, methods, {@code not}) narrow a route without moving it, so they are ignored.
 */
record CaddyMatcher(List<PathMatch> paths, List<String> hosts) {

  CaddyMatcher {
    paths = List.copyOf(paths);
    hosts = List.copyOf(hosts);
  }

  /** A named matcher's definition: the words after "@name" on its line, or the lines of its block. */
  static CaddyMatcher define(CaddyDirective definition) {
    List<PathMatch> paths = new ArrayList<>();
    List<String> hosts = new ArrayList<>();
    condition(definition.args(), paths, hosts);
    for (CaddyDirective line : definition.children()) {
      condition(line.words(), paths, hosts);
    }
    return new CaddyMatcher(paths, hosts);
  }

  private static void condition(List<String> words, List<PathMatch> paths, List<String> hosts) {
    if (words.isEmpty()) {
      return;
    }
    List<String> args = words.subList(1, words.size());
    switch (words.get(0)) {
      case "path" -> args.forEach(a -> paths.add(path(a)));
      // path_regexp [name] regexp: the pattern is always the last word
      case "path_regexp" -> {
        if (!args.isEmpty()) {
          paths.add(PathMatch.regex(args.get(args.size() - 1)));
        }
      }
      case "host" -> hosts.addAll(args);
      default -> {
        // header, method, query, remote_ip, not, expression ...: no host or path to report
      }
    }
  }

  /**
   * A Caddy path pattern: no '*' is exact, a single trailing '*' a prefix ("/api/*" → "/api/"),
   * '*' alone everything, and '*' elsewhere a regular expression.
   */
  static PathMatch path(String pattern) {
    int star = pattern.indexOf('*');
    if (pattern.equals("*")) {
      return PathMatch.everything();
    }
    if (star < 0) {
      return PathMatch.exact(pattern);
    }
    if (star == pattern.length() - 1) {
      return PathMatch.prefix(pattern.substring(0, star));
    }
    StringBuilder regex = new StringBuilder("^");
    String[] pieces = pattern.split("\\*", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      if (!pieces[i].isEmpty()) {
        regex.append(Pattern.quote(pieces[i]));
      }
    }
    return PathMatch.regex(regex.append('$').toString());
  }
}
