package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the routes of an nginx directive tree whose includes are already expanded: one route per
 * server name and location, nested locations included. The upstream is the host of the location's
 * {@code proxy_pass} (or fastcgi/grpc/uwsgi/scgi pass), through an {@code upstream} block to its
 * first server when the host names one; "" when the location passes nowhere (static files,
 * {@code return}).
 */
final class NginxRoutes {
  static final String SOURCE = "nginx";
  private static final List<String> PASSES =
      List.of("proxy_pass", "fastcgi_pass", "grpc_pass", "uwsgi_pass", "scgi_pass", "memcached_pass");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}|\\$(\\w+)");

  private final Map<String, String> upstreams;
  private final List<IngressRoute> routes = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();

  /** {@code upstreams} maps an upstream block's name to the service of its first server. */
  NginxRoutes(Map<String, String> upstreams) {
    this.upstreams = upstreams;
  }

  List<IngressRoute> routes() {
    return List.copyOf(routes);
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  /** The upstream blocks anywhere in a tree: name → host of the first {@code server} line. */
  static void collectUpstreams(List<NginxDirective> directives, Map<String, String> into) {
    for (NginxDirective d : directives) {
      if (d.block() && d.is("upstream") && d.args().size() == 1) {
        String service = d.children().stream()
            .filter(c -> c.is("server") && !c.block() && !c.args().isEmpty())
            .findFirst()
            .map(c -> UpstreamHost.of(c.args().get(0)))
            .orElse(d.args().get(0));
        into.putIfAbsent(d.args().get(0), service);
      } else if (d.block()) {
        collectUpstreams(d.children(), into);
      }
    }
  }

  /** An upstream map that, like nginx, compares upstream names without case. */
  static Map<String, String> upstreamMap() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }

  /** Reads the servers at the top level of a file and inside {@code http} blocks. */
  void read(List<NginxDirective> directives) {
    for (NginxDirective d : directives) {
      if (!d.block()) {
        continue;
      }
      if (d.is("server")) {
        server(d);
      } else if (d.is("http")) {
        read(d.children());
      }
    }
  }

  private void server(NginxDirective server) {
    Set<String> hosts = new LinkedHashSet<>();
    for (NginxDirective d : server.children()) {
      if (d.is("server_name") && !d.block()) {
        // "_" is the conventional catch-all and "" the nameless server; both serve any host
        d.args().forEach(name -> hosts.add(name.equals("_") ? "" : name));
      }
    }
    if (hosts.isEmpty()) {
      hosts.add("");
    }
    locations(server.children(), List.copyOf(hosts), variables(server.children(), Map.of()));
  }

  private void locations(List<NginxDirective> children, List<String> hosts, Map<String, String> variables) {
    for (NginxDirective d : children) {
      if (d.block() && d.is("location")) {
        location(d, hosts, variables);
      }
    }
  }

  private void location(NginxDirective location, List<String> hosts, Map<String, String> outer) {
    Map<String, String> variables = variables(location.children(), outer);
    Optional<PathMatch> match = match(location);
    if (match.isPresent()) {
      String upstream = upstream(location, variables);
      for (String host : hosts) {
        routes.add(new IngressRoute(host, match.get().path(), match.get().match(), upstream, SOURCE, location.at()));
      }
    }
    locations(location.children(), hosts, variables);
  }

  /** The path of a location, or empty for a named location ({@code @fallback}) or a broken one. */
  private Optional<PathMatch> match(NginxDirective location) {
    List<String> args = location.args();
    if (args.size() == 2) {
      Optional<String> kind = modifier(args.get(0));
      if (kind.isPresent()) {
        return Optional.of(new PathMatch(args.get(1), kind.get()));
      }
    }
    if (args.size() != 1) {
      problems.add(new ExtractionProblem(location.at(),
          "location takes one path, optionally after a modifier (=, ^~, ~, ~*); found " + args.size() + " arguments"));
      return Optional.empty();
    }
    String path = args.get(0);
    if (path.startsWith("@")) {
      return Optional.empty();
    }
    // nginx also reads a modifier written against the path: "=/health", "~*\.php$"
    for (String attached : List.of("^~", "~*", "=", "~")) {
      if (path.startsWith(attached) && path.length() > attached.length()) {
        return Optional.of(new PathMatch(path.substring(attached.length()), modifier(attached).orElseThrow()));
      }
    }
    return Optional.of(PathMatch.prefix(path));
  }

  private static Optional<String> modifier(String word) {
    switch (word) {
      case "=":
        return Optional.of(PathMatch.EXACT);
      case "^~":
        return Optional.of(PathMatch.PREFIX);
      case "~":
      case "~*":
        return Optional.of(PathMatch.REGEX);
      default:
        return Optional.empty();
    }
  }

  private String upstream(NginxDirective location, Map<String, String> variables) {
    Optional<NginxDirective> pass = firstPass(location.children());
    if (pass.isEmpty()) {
      // a pass inside "if" or "limit_except" is conditional, but still where the location sends traffic
      pass = location.children().stream()
          .filter(d -> d.block() && (d.is("if") || d.is("limit_except")))
          .map(d -> firstPass(d.children()))
          .flatMap(Optional::stream)
          .findFirst();
    }
    return pass.flatMap(p -> p.arg(0)).map(address -> service(substitute(address, variables))).orElse("");
  }

  private static Optional<NginxDirective> firstPass(List<NginxDirective> directives) {
    return directives.stream().filter(d -> !d.block() && PASSES.contains(d.name())).findFirst();
  }

  private String service(String address) {
    String host = UpstreamHost.of(address);
    return upstreams.getOrDefault(host, host);
  }

  /** {@code set $backend http://api:8000;} in server or location scope, as later passes see it. */
  private static Map<String, String> variables(List<NginxDirective> directives, Map<String, String> outer) {
    Map<String, String> variables = new TreeMap<>(outer);
    for (NginxDirective d : directives) {
      if (d.is("set") && !d.block() && d.args().size() == 2 && d.args().get(0).startsWith("$")) {
        variables.put(d.args().get(0).substring(1), substitute(d.args().get(1), variables));
      }
    }
    return variables;
  }

  private static String substitute(String text, Map<String, String> variables) {
    if (variables.isEmpty() || text.indexOf('$') < 0) {
      return text;
    }
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(variables.getOrDefault(name, m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
