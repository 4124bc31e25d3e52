package io.truthbook.evidence;

import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.model.Finding;
import io.truthbook.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitutes a source's declared variables into the hosts and paths of its ingress routes. Deployments
 * write {@code ${DOMAIN}} (compose labels, templated Kubernetes or nginx files) or {@code {$DOMAIN}}
 * (Caddy); the truth names the real host, so evidence is matched with the deployment's values in.
 * A variable still unknown is a warning at the route: the route is then matched as written.
 */
final class DeclaredVariables {
  // Caddy's environment placeholder, as its lexer keeps it when the file gives no default
  private static final Pattern CADDY = Pattern.compile("\\{\\$([A-Za-z_][A-Za-z0-9_]*)\\}");

  private final Source source;
  private final Map<String, String> values;

  DeclaredVariables(Source source) {
    this.source = source;
    this.values = source.variables();
  }

  /** The evidence with declared values substituted; a warning per route and variable still unknown. */
  List<Evidence> apply(List<Evidence> evidence, List<Finding> findings) {
    List<Evidence> out = new ArrayList<>(evidence.size());
    for (Evidence item : evidence) {
      if (item instanceof Evidence.IngressRoute route && (route.host().contains("$") || route.path().contains("$"))) {
        Set<String> unknown = new LinkedHashSet<>();
        String host = substitute(route.host(), unknown);
        String path = substitute(route.path(), unknown);
        for (String name : unknown) {
          findings.add(Finding.warning("evidence.variable", route.at(), "route '" + route.host() + route.path()
                  + "' names variable " + name + ", which source '" + source.id()
                  + "' does not declare; the route is matched as written",
              "declare it in the source: variables: [{name: " + name + ", value: ...}], or give it a default"
                  + " in the file"));
        }
        out.add(new Evidence.IngressRoute(host, path, route.match(), route.upstream(), route.source(), route.at()));
      } else {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * Caddy's placeholders are replaced first and compose interpolation runs only between them: read as
   * compose, the {@code $DOMAIN} inside {@code {$DOMAIN}} would be replaced and leave its braces behind.
   */
  String substitute(String text, Set<String> unknown) {
    Matcher caddy = CADDY.matcher(text);
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (caddy.find()) {
      out.append(interpolate(text.substring(from, caddy.start()), unknown));
      String name = caddy.group(1);
      if (values.containsKey(name)) {
        out.append(values.get(name));
      } else {
        unknown.add(name);
        out.append(caddy.group());
      }
      from = caddy.end();
    }
    return out.append(interpolate(text.substring(from), unknown)).toString();
  }

  private String interpolate(String text, Set<String> unknown) {
    ComposeVariables.Interpolated interpolated = ComposeVariables.interpolate(text, values);
    unknown.addAll(interpolated.unresolved());
    return interpolated.text();
  }
}
