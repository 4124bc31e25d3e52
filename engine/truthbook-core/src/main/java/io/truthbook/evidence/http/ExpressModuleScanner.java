package io.truthbook.evidence.http;

import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.lexer.Syntax;
import io.truthbook.evidence.lexer.Token;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JavaScript or TypeScript file into an {@link ExpressModule} in a single pass over its
 * tokens; comments never become tokens, and strings never match a call.
 */
final class ExpressModuleScanner {
  private static final Set<String> VERBS =
      Set.of("get", "post", "put", "patch", "delete", "head", "options", "all");
  // a route call on a receiver not created in this file counts only under a conventional name,
  // so that axios.get("/users", config) or cache.get("/k", fn) stay out
  private static final Set<String> CONVENTIONAL = Set.of("app", "router", "routes", "api", "server");

  private final TokenStream tokens;
  private final ExpressionReader reader;
  private final JsModuleLinks links;
  private final Map<String, Location> routers = new LinkedHashMap<>();
  private final Map<String, ValueExpr> values = new LinkedHashMap<>();
  private final List<ExpressModule.RouteDecl> routes = new ArrayList<>();
  private final List<ExpressModule.Mount> mounts = new ArrayList<>();

  private ExpressModuleScanner(SourceFile file) {
    this.tokens = TokenStream.of(file, Syntax.JAVASCRIPT);
    this.reader = new ExpressionReader(tokens);
    this.links = new JsModuleLinks(tokens, reader);
  }

  static ExpressModule scan(SourceFile file) {
    ExpressModuleScanner scanner = new ExpressModuleScanner(file);
    scanner.run();
    return new ExpressModule(file.path(), scanner.routers, scanner.values, scanner.links.imports(),
        scanner.links.exports(), scanner.routes, scanner.mounts, scanner.tokens.problems());
  }

  private void run() {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.isName() || tokens.op(i - 1, ".")) {
        continue;
      }
      switch (token.text()) {
        case "const", "let", "var" -> declaration(i);
        case "import" -> links.importStatement(i);
        case "export" -> links.exportStatement(i);
        case "module", "exports" -> links.commonJsExport(i);
        default -> { }
      }
      // a name not after '.' starts a receiver: app.get(, this.router.use(
      int end = tokens.dottedEnd(i);
      if (end - i >= 3 && tokens.op(end, "(")) {
        call(i, end - 1);
      }
    }
  }

  // const name = value; const name: Type = value; const { a, b: c } = require('x')
  private void declaration(int at) {
    int i = at + 1;
    if (tokens.op(i, "{") && tokens.op(tokens.close(i) + 1, "=")) {
      links.destructuredRequire(i);
      return;
    }
    if (!tokens.name(i)) {
      return;
    }
    String name = tokens.get(i).text();
    int equals = i + 1;
    if (tokens.op(equals, ":")) {
      equals = skipType(equals + 1);
    }
    if (!tokens.op(equals, "=")) {
      return;
    }
    ValueExpr value = reader.prefix(equals + 1, tokens.size()).expr();
    links.requireDeclaration(name, value);
    if (value instanceof ValueExpr.Call call && isRouterFactory(call.callee())) {
      routers.putIfAbsent(name, tokens.at(i));
    }
    values.putIfAbsent(name, value);
  }

  // a TypeScript annotation runs to the '=' (brackets in it jumped); bounded, it is never long
  private int skipType(int from) {
    for (int i = from; i < from + 64 && i < tokens.size(); i++) {
      if (tokens.op(i, "=") || tokens.op(i, ";")) {
        return i;
      }
      if (tokens.op(i, "(") || tokens.op(i, "[") || tokens.op(i, "{")) {
        i = tokens.close(i);
      }
    }
    return from;
  }

  private static boolean isRouterFactory(String callee) {
    return callee.equals("express") || callee.equals("Router") || callee.endsWith(".Router");
  }

  // receiver.verb(path, handler...), receiver.use(...), receiver.route(path).verb(h).verb(h)
  private void call(int start, int nameAt) {
    String method = tokens.get(nameAt).text();
    String receiver = reader.dotted(start, nameAt - 1);
    if (method.equals("use")) {
      Arguments arguments = reader.arguments(nameAt + 1);
      List<ValueExpr> values = arguments.all().stream().map(arguments::value).toList();
      mounts.add(new ExpressModule.Mount(receiver, values, tokens.at(start)));
    } else if (method.equals("route")) {
      chain(receiver, nameAt);
    } else if (VERBS.contains(method)) {
      Arguments arguments = reader.arguments(nameAt + 1);
      List<Arguments.Argument> all = arguments.all();
      // a handler must follow the path; an object literal there is a client's config, not a handler
      if (all.size() >= 2 && !tokens.op(all.get(1).from(), "{")) {
        routes.add(new ExpressModule.RouteDecl(receiver, verb(method), arguments.value(all.get(0)),
            isConventional(receiver), tokens.at(start)));
      }
    }
  }

  private void chain(String receiver, int routeAt) {
    Arguments arguments = reader.arguments(routeAt + 1);
    if (arguments.all().isEmpty()) {
      return;
    }
    ValueExpr path = arguments.value(arguments.all().get(0));
    int i = tokens.close(routeAt + 1) + 1;
    while (tokens.op(i, ".") && tokens.name(i + 1) && tokens.op(i + 2, "(") && VERBS.contains(tokens.get(i + 1).text())) {
      routes.add(new ExpressModule.RouteDecl(receiver, verb(tokens.get(i + 1).text()), path,
          isConventional(receiver), tokens.at(i + 1)));
      i = tokens.close(i + 2) + 1;
    }
  }

  private static String verb(String method) {
    return method.equals("all") ? HttpMethods.ANY : HttpMethods.of(method).orElse(HttpMethods.ANY);
  }

  private boolean isConventional(String receiver) {
    String last = receiver.substring(receiver.lastIndexOf('.') + 1);
    if (routers.containsKey(receiver) || CONVENTIONAL.contains(last)) {
      return true;
    }
    String lower = last.toLowerCase(Locale.ROOT);
    return lower.endsWith("router") || lower.endsWith("routes") || lower.endsWith("app");
  }
}
