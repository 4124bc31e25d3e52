package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.RepositoryPaths;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the routes of a parsed Caddyfile: for each site address, one route per {@code reverse_proxy}
 * (or {@code php_fastcgi}) with the paths its matcher or its enclosing {@code handle} /
 * {@code handle_path} / {@code route} selects. A handle block that proxies nowhere, and a site with
 * no proxy at all (static files, redirects), still serve their paths: they get upstream "".
 */
final class CaddyRoutes {
  static final String SOURCE = "caddy";
  private static final int MAX_IMPORT_DEPTH = 8;
  /** Snippets importing snippets grow exponentially: 931 bytes can ask for millions of lines. */
  static final int MAX_IMPORTED_DIRECTIVES = 100_000;
  private static final Set<String> PROXIES = Set.of("reverse_proxy", "php_fastcgi");
  private static final Set<String> HANDLES = Set.of("handle", "handle_path", "route");

  /** Where the lines being read apply: hosts, paths, and the prefix a handle_path strips. */
  private record Scope(List<String> hosts, List<PathMatch> paths, String stripped) {}

  private final Map<String, List<CaddyDirective>> snippets = new HashMap<>();
  private final Set<IngressRoute> routes = new LinkedHashSet<>();
  private final Set<ExtractionProblem> problems = new LinkedHashSet<>();
  /** The named matchers of the site being read. */
  private Map<String, CaddyMatcher> matchers = new HashMap<>();
  /** The lines snippet imports have added so far, over the whole file. */
  private int importedDirectives;

  List<IngressRoute> routes() {
    return List.copyOf(routes);
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  void read(List<CaddyDirective> top) {
    List<CaddyDirective> sites = new ArrayList<>();
    for (CaddyDirective d : top) {
      String name = d.name();
      if (name.startsWith("(") && name.endsWith(")") && d.block()) {
        snippets.put(name.substring(1, name.length() - 1), d.children());
      } else if (!d.words().isEmpty() && !name.startsWith("&(")) {
        // a block with no words is the global options block; named routes (&(name)) serve nothing by themselves
        sites.add(d);
      }
    }
    if (!sites.isEmpty() && !sites.get(0).block() && !isImport(sites.get(0))) {
      // a Caddyfile with one site may leave out the braces: the first line is its addresses
      site(sites.get(0), sites.subList(1, sites.size()));
      return;
    }
    // otherwise an import at the top stands where sites do (import sites/*): never a site address itself
    sites.stream().filter(CaddyRoutes::isImport).filter(d -> !snippets.containsKey(d.word(1).orElseThrow()))
        .forEach(this::fileImport);
    sites.removeIf(CaddyRoutes::isImport);
    for (CaddyDirective site : sites) {
      if (site.block()) {
        site(site, site.children());
      } else {
        problems.add(new ExtractionProblem(site.at(), "'" + site.name()
            + "' is outside any site block; only a Caddyfile with a single site may leave out the braces"));
      }
    }
  }

  private void site(CaddyDirective addresses, List<CaddyDirective> body) {
    List<String> hosts = new ArrayList<>();
    List<PathMatch> paths = new ArrayList<>();
    for (String word : addresses.words()) {
      for (String address : word.split(",")) {
        if (!address.isBlank()) {
          hosts.add(host(address.trim()));
          sitePath(address.trim()).ifPresent(paths::add);
        }
      }
    }
    List<CaddyDirective> lines = imports(body);
    matchers = new HashMap<>();
    defineMatchers(lines, 0);
    Scope scope = new Scope(List.copyOf(new LinkedHashSet<>(hosts)),
        paths.isEmpty() ? List.of(PathMatch.everything()) : List.of(paths.get(0)), "");
    if (!walk(lines, scope, 0)) {
      emit(scope.paths(), scope.hosts(), "", addresses.at());
    }
  }

  /** Named matchers are site-wide wherever they are written, so handle blocks are searched too. */
  private void defineMatchers(List<CaddyDirective> lines, int depth) {
    for (CaddyDirective line : imports(lines)) {
      if (line.name().startsWith("@") && line.name().length() > 1) {
        matchers.putIfAbsent(line.name(), CaddyMatcher.define(line));
      } else if (line.block() && HANDLES.contains(line.name()) && depth < CaddyParser.MAX_NESTING) {
        defineMatchers(line.children(), depth + 1);
      }
    }
  }

  /** Reads the lines of a scope; true if any route was emitted under it. */
  private boolean walk(List<CaddyDirective> lines, Scope scope, int depth) {
    boolean emitted = false;
    for (CaddyDirective line : imports(lines)) {
      if (PROXIES.contains(line.name())) {
        proxy(line, scope);
        emitted = true;
      } else if (HANDLES.contains(line.name()) && line.block() && depth < CaddyParser.MAX_NESTING) {
        Optional<String> matcher = line.word(1).filter(CaddyRoutes::isMatcher);
        List<PathMatch> paths = paths(matcher, scope, line.at());
        String stripped = scope.stripped();
        if (line.is("handle_path") && matcher.isPresent() && !paths.isEmpty()) {
          stripped = stripPrefix(paths.get(0).path());
        }
        Scope inner = new Scope(hosts(matcher, scope), paths, stripped);
        if (!walk(line.children(), inner, depth + 1)) {
          emit(paths, inner.hosts(), "", line.at());
        }
        emitted = true;
      }
    }
    return emitted;
  }

  private void proxy(CaddyDirective line, Scope scope) {
    List<String> args = line.args();
    Optional<String> matcher = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0)).filter(CaddyRoutes::isMatcher);
    List<String> upstreams = new ArrayList<>(args.subList(matcher.isPresent() ? 1 : 0, args.size()));
    for (CaddyDirective sub : line.children()) {
      if (sub.name().equals("to")) {
        upstreams.addAll(sub.args());
      }
    }
    String upstream = upstreams.isEmpty() ? "" : UpstreamHost.of(upstreams.get(0));
    emit(paths(matcher, scope, line.at()), hosts(matcher, scope), upstream, line.at());
  }

  private void emit(List<PathMatch> paths, List<String> hosts, String upstream, Location at) {
    for (String host : hosts) {
      for (PathMatch path : paths) {
        routes.add(new IngressRoute(host, path.path(), path.match(), upstream, SOURCE, at));
      }
    }
  }

  /** The paths a matcher token selects within a scope; a path inside handle_path is below its prefix. */
  private List<PathMatch> paths(Optional<String> matcher, Scope scope, Location at) {
    if (matcher.isEmpty() || matcher.get().equals("*")) {
      return scope.paths();
    }
    List<PathMatch> own;
    if (matcher.get().startsWith("/")) {
      own = List.of(CaddyMatcher.path(matcher.get()));
    } else {
      CaddyMatcher named = matchers.get(matcher.get());
      if (named == null) {
        problems.add(new ExtractionProblem(at, "matcher " + matcher.get() + " is not defined in this site"));
        return scope.paths();
      }
      own = named.paths();
    }
    if (own.isEmpty()) {
      return scope.paths();
    }
    return own.stream().map(p -> below(scope.stripped(), p)).toList();
  }

  private List<String> hosts(Optional<String> matcher, Scope scope) {
    CaddyMatcher named = matcher.map(matchers::get).orElse(null);
    return named == null || named.hosts().isEmpty() ? scope.hosts() : named.hosts();
  }

  private static PathMatch below(String prefix, PathMatch path) {
    if (prefix.isEmpty() || path.match().equals(PathMatch.REGEX)) {
      return path;
    }
    return new PathMatch(prefix + path.path(), path.match());
  }

  /** "/x/*" → "/x": what handle_path removes before the lines inside it see the path. */
  private static String stripPrefix(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * Replaces "import snippet" lines by the snippet's lines; imports of files are left out. The lines
   * imports read (imports included) are counted over the whole file; past {@value #MAX_IMPORTED_DIRECTIVES} the remaining
   * imports are skipped, with one problem at the import where the count ran out.
   */
  private List<CaddyDirective> imports(List<CaddyDirective> lines) {
    return imports(lines, new java.util.ArrayDeque<>());
  }

  /** {@code chain} holds the snippets being imported, outermost first: an import of one of them is a cycle. */
  private List<CaddyDirective> imports(List<CaddyDirective> lines, java.util.Deque<String> chain) {
    int depth = chain.size();
    List<CaddyDirective> out = new ArrayList<>();
    for (CaddyDirective line : lines) {
      if (depth > 0 && ++importedDirectives > MAX_IMPORTED_DIRECTIVES) {
        break; // reported at the import where the count ran out
      }
      Optional<List<CaddyDirective>> snippet = line.name().equals("import")
          ? line.word(1).map(snippets::get) : Optional.empty();
      if (snippet.isEmpty()) {
        if (isImport(line)) {
          fileImport(line);
        }
        out.add(line);
      } else if (importedDirectives > MAX_IMPORTED_DIRECTIVES) {
        continue; // reported where the count ran out
      } else if (chain.contains(line.word(1).orElseThrow())) {
        // Caddy refuses the cycle; the scan skips the repeated import and says that it was not read
        problems.add(ExtractionProblem.unread(line.at(), "evidence.unread", io.truthbook.model.Severity.WARNING,
            "import cycle " + String.join(" -> ", chain) + " -> " + line.word(1).orElseThrow()
                + "; the repeated import is not read",
            "break the cycle: a snippet must not import itself, directly or through others"));
      } else if (depth < MAX_IMPORT_DEPTH) {
        chain.addLast(line.word(1).orElseThrow());
        out.addAll(imports(snippet.get(), chain));
        chain.removeLast();
        if (importedDirectives > MAX_IMPORTED_DIRECTIVES && depth == 0) {
          problems.add(new ExtractionProblem(line.at(), "snippet imports expand to more than "
              + MAX_IMPORTED_DIRECTIVES + " lines; the remaining imports are skipped"));
        }
      } else {
        problems.add(new ExtractionProblem(line.at(), "snippet imports nested deeper than " + MAX_IMPORT_DEPTH
            + " levels (an import cycle?); this import is skipped"));
      }
    }
    return out;
  }

  /**
   * An import of a file rather than a snippet, relative to the Caddyfile's folder. One outside the
   * repository (absolute, or climbing above it) is never read, though Caddy reads it: said at its line.
   */
  private void fileImport(CaddyDirective line) {
    String pattern = line.word(1).orElseThrow();
    if (RepositoryPaths.outside(RepositoryPaths.folderOf(line.at().file()), pattern)) {
      problems.add(ExtractionProblem.unread(line.at(), "evidence.unread", io.truthbook.model.Severity.WARNING,
          "import '" + pattern + "' names a file outside the repository; Caddy reads it, this scan never does,"
              + " so the sites and routes in it are not checked",
          "write what it holds in a Caddyfile of this source, or document its routes in the ingress manifest"));
    }
  }

  private static boolean isImport(CaddyDirective line) {
    return line.name().equals("import") && !line.block() && line.word(1).isPresent();
  }

  private static boolean isMatcher(String word) {
    return word.equals("*") || word.startsWith("/") || (word.startsWith("@") && word.length() > 1);
  }

  /** The host of a site address: "https://app.example.com:443/x" → "app.example.com", ":80" → "". */
  private static String host(String address) {
    String rest = address;
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      rest = rest.substring(scheme + 3);
    }
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      rest = rest.substring(0, slash);
    }
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      return close > 0 ? rest.substring(1, close) : rest;
    }
    int port = rest.indexOf(':');
    return port >= 0 ? rest.substring(0, port) : rest;
  }

  /** The path of a site address such as "example.com/api/*", which every line of the site is under. */
  private static Optional<PathMatch> sitePath(String address) {
    int scheme = address.indexOf("://");
    String rest = scheme >= 0 ? address.substring(scheme + 3) : address;
    int slash = rest.indexOf('/');
    return slash >= 0 ? Optional.of(CaddyMatcher.path(rest.substring(slash))) : Optional.empty();
  }
}
