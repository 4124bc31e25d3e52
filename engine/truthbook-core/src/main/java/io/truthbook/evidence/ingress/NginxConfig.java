package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nginx config of a whole repository. nginx spreads one config over many files: {@code
 * nginx.conf} includes {@code conf.d/*.conf}, a server includes snippets, and an {@code upstream}
 * block in one file names the service a {@code proxy_pass} in another reaches. This step expands
 * includes in place, starting from every file nothing else includes, and resolves upstream names
 * against the upstream blocks of every file.
 */
public final class NginxConfig {
  /** nginx sets no limit; real configs nest two or three deep, and a cycle is stopped earlier. */
  private static final int MAX_INCLUDE_DEPTH = 16;
  /** Stops a diamond of glob includes from multiplying the work; far above any real config. */
  private static final int MAX_INCLUDED_FILES = 5_000;
  private static final Set<String> NGINX_WORDS = Set.of("http", "server", "location", "upstream", "events",
      "stream", "server_name", "listen", "proxy_pass", "fastcgi_pass", "grpc_pass", "uwsgi_pass",
      "worker_processes", "worker_connections", "include", "map", "types", "error_page", "access_log");

  private final Map<String, SourceFile> files = new LinkedHashMap<>();
  private final Map<String, NginxParser.Parsed> parsed = new HashMap<>();
  private final NginxIncludes includes;
  /** Folders holding an nginx.conf: where relative includes of the files below them start. */
  private final List<String> mainFolders;
  private final List<ExtractionProblem> problems = new ArrayList<>();
  /** Files whose parse problems are reported: nginx-like ones and anything an include pulled in. */
  private final Set<String> reported = new TreeSet<>();
  private final Set<String> expanded = new HashSet<>();
  private int includedFiles;
  /** Include resolution by (pattern, including file, root folder): the same include recurs in every expansion. */
  private final Map<List<String>, List<String>> targetCache = new HashMap<>();
  /** Cycles already reported, by include location and target, so a cycle met from many roots is said once. */
  private final Set<String> cycles = new HashSet<>();
  /** Includes of no file here, already reported by location. */
  private final Set<io.truthbook.model.Location> unread = new HashSet<>();
  /** Files nginx ships that hold types and parameters, never a server or location: nothing to miss. */
  private static final Set<String> STOCK = Set.of("mime.types", "fastcgi_params", "fastcgi.conf", "uwsgi_params",
      "scgi_params", "proxy_params", "koi-utf", "koi-win", "win-utf");

  private NginxConfig(List<SourceFile> files) {
    files.forEach(f -> this.files.putIfAbsent(f.path(), f));
    this.includes = new NginxIncludes(this.files.keySet());
    this.mainFolders = this.files.keySet().stream()
        .filter(p -> p.equals("nginx.conf") || p.endsWith("/nginx.conf"))
        .map(NginxIncludes::folderOf)
        .toList();
  }

  /**
   * The ingress routes of a set of repository files, typically everything the nginx extractor
   * selected. Every file that looks like nginx config and that no other file includes is a config
   * root (so a {@code conf.d/*.conf} with only {@code server} blocks stands alone); includes are
   * followed among {@code files} only. Problems (broken syntax, include cycles) come back in the
   * result, never as exceptions.
   */
  public static Extractor.Result resolve(List<SourceFile> files) {
    return new NginxConfig(files).run();
  }

  private Extractor.Result run() {
    List<String> configs = files.keySet().stream()
        .filter(path -> namedAsNginx(path) || looksLikeNginx(parse(path).directives()))
        .sorted().toList();
    reported.addAll(configs);
    Map<String, String> upstreams = NginxRoutes.upstreamMap();
    configs.forEach(path -> NginxRoutes.collectUpstreams(parse(path).directives(), upstreams));
    Set<String> included = new HashSet<>();
    for (String path : configs) {
      includedBy(path, parse(path).directives(), included);
    }
    NginxRoutes reader = new NginxRoutes(upstreams);
    List<String> roots = new ArrayList<>(configs.stream().filter(p -> !included.contains(p)).toList());
    // files that only include each other in a cycle have no root; each then stands for itself
    configs.stream().filter(included::contains).forEach(roots::add);
    for (String root : roots) {
      if (expanded.contains(root)) {
        continue;
      }
      expanded.add(root);
      Deque<String> chain = new ArrayDeque<>(List.of(root));
      reader.read(expand(parse(root).directives(), chain, rootFolder(root)));
    }
    for (String path : reported) {
      problems.addAll(parse(path).problems());
    }
    problems.addAll(reader.problems());
    return IngressResult.sorted(new LinkedHashSet<>(reader.routes()), new LinkedHashSet<>(problems));
  }

  private NginxParser.Parsed parse(String path) {
    return parsed.computeIfAbsent(path, p -> NginxParser.parse(files.get(p)));
  }

  /** Replaces every {@code include} in a tree by the top-level directives of the files it names. */
  private List<NginxDirective> expand(List<NginxDirective> directives, Deque<String> chain, String rootFolder) {
    List<NginxDirective> out = new ArrayList<>();
    for (NginxDirective d : directives) {
      if (d.block()) {
        out.add(d.withChildren(expand(d.children(), chain, rootFolder)));
      } else if (d.is("include") && d.args().size() == 1) {
        List<String> targets = targets(d.args().get(0), d.at().file(), rootFolder);
        if (targets.isEmpty()) {
          unread(d, d.args().get(0));
        }
        for (String target : targets) {
          include(d, target, chain, rootFolder).ifPresent(out::addAll);
        }
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private Optional<List<NginxDirective>> include(NginxDirective at, String target, Deque<String> chain,
      String rootFolder) {
    if (chain.contains(target)) {
      if (!cycles.add(at.at() + " " + target)) {
        return Optional.empty();
      }
      List<String> cycle = new ArrayList<>(chain);
      Collections.reverse(cycle);
      cycle.add(target);
      problems.add(new ExtractionProblem(at.at(), "include cycle: " + String.join(" -> ", cycle)
          + "; the repeated include is skipped"));
      return Optional.empty();
    }
    if (chain.size() > MAX_INCLUDE_DEPTH) {
      problems.add(new ExtractionProblem(at.at(),
          "includes nested deeper than " + MAX_INCLUDE_DEPTH + " files; '" + target + "' is not read"));
      return Optional.empty();
    }
    if (++includedFiles > MAX_INCLUDED_FILES) {
      if (includedFiles == MAX_INCLUDED_FILES + 1) {
        problems.add(new ExtractionProblem(at.at(),
            "more than " + MAX_INCLUDED_FILES + " file inclusions; the remaining includes are not read"));
      }
      return Optional.empty();
    }
    expanded.add(target);
    reported.add(target);
    chain.push(target);
    try {
      return Optional.of(expand(parse(target).directives(), chain, rootFolder));
    } finally {
      chain.pop();
    }
  }

  /**
   * An include of no file of the source: an absolute path or one leaving the repository. The server reads
   * it, the scan cannot, so the routes may be incomplete; said at its line. A relative glob matching
   * nothing is valid nginx, and nginx's stock files (mime.types) hold no route.
   */
  private void unread(NginxDirective include, String pattern) {
    boolean glob = pattern.contains("*") || pattern.contains("?") || pattern.contains("[");
    boolean elsewhere = pattern.startsWith("/") || pattern.startsWith("../") || pattern.contains("/../");
    String name = pattern.substring(pattern.lastIndexOf('/') + 1);
    if ((glob && !elsewhere) || STOCK.contains(name) || includedFiles > MAX_INCLUDED_FILES
        || !unread.add(include.at())) {
      return;
    }
    problems.add(ExtractionProblem.unread(include.at(), "evidence.unread", io.truthbook.model.Severity.WARNING,
        "include '" + pattern + "' names no file of this source (" + (elsewhere ? "a path outside it" : "a missing file")
            + "); nginx reads it, this scan does not, so routes in it are not checked",
        "commit the included file into the source, or exclude this config from the 'nginx' extractor"));
  }

  private List<String> targets(String pattern, String including, String rootFolder) {
    if (includedFiles > MAX_INCLUDED_FILES) {
      return List.of();
    }
    return targetCache.computeIfAbsent(List.of(pattern, including, rootFolder),
        key -> includes.targets(pattern, including, rootFolder));
  }

  /** Marks the files a tree includes, so that they are read in context rather than as roots. */
  private void includedBy(String path, List<NginxDirective> directives, Set<String> into) {
    for (NginxDirective d : directives) {
      if (d.block()) {
        includedBy(path, d.children(), into);
      } else if (d.is("include") && d.args().size() == 1) {
        targets(d.args().get(0), path, rootFolder(path)).stream()
            .filter(target -> !target.equals(path))
            .forEach(into::add);
      }
    }
  }

  /** The folder of the nearest nginx.conf at or above a file, else the file's own folder. */
  private String rootFolder(String path) {
    String folder = NginxIncludes.folderOf(path);
    return mainFolders.stream().filter(folder::startsWith).max(Comparator.comparingInt(String::length))
        .orElse(folder);
  }

  /**
   * nginx.conf, or a file in a folder named for nginx: nginx config even when broken so badly (an
   * unterminated string on line 1) that no directive survives to say so.
   */
  private static boolean namedAsNginx(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.equals("nginx.conf") || lower.endsWith("/nginx.conf")
        || NginxIncludes.folderOf(lower).contains("nginx");
  }

  /** Any *.conf may be selected; one with no nginx directive is another program's config (supervisord, redis). */
  private static boolean looksLikeNginx(List<NginxDirective> directives) {
    for (NginxDirective d : directives) {
      if (NGINX_WORDS.contains(d.name()) || (d.block() && looksLikeNginx(d.children()))) {
        return true;
      }
    }
    return false;
  }
}
