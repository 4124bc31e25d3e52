package io.truthbook.evidence.http;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.lexer.SourceLexer;
import io.truthbook.evidence.lexer.Syntax;
import io.truthbook.evidence.lexer.Token;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes of Supabase edge functions ({@code supabase/functions/NAME/index.ts}), served at
 * {@code /functions/v1/NAME}. A handler given to {@code Deno.serve} (or std's {@code serve}) routes
 * inside itself: each {@code req.method === "POST"} (or {@code case "POST":}) is a method, each
 * {@code pathname === "/NAME/x"} a path; without a method test it is {@code POST}, as
 * {@code functions.invoke} calls it. Hono and oak routers ({@code app.get("/NAME/x", h)}, with
 * Hono's {@code basePath}) route as in Express. A function file with no route at all is a note.
 */
public final class SupabaseFunctionExtractor implements Extractor {
  private static final Pattern FILE =
      Pattern.compile("(?:^|.*/)supabase/functions/([A-Za-z0-9_-]+)/index\\.(?:ts|js|tsx|mjs)$");
  private static final String PREFIX = "/functions/v1";
  private static final String FRAMEWORK = "supabase";
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final Set<String> ROUTER_METHODS = Set.of("get", "post", "put", "patch", "delete", "head",
      "options", "all");

  @Override
  public String name() {
    return "http-supabase";
  }

  @Override
  public boolean supports(String path) {
    return FILE.matcher(path).matches();
  }

  @Override
  public Result extract(SourceFile file) {
    Matcher name = FILE.matcher(file.path());
    if (!name.matches()) {
      return Result.of(List.of());
    }
    String function = name.group(1);
    List<Token> tokens = SourceLexer.lex(file.text(), Syntax.JAVASCRIPT).tokens();
    LineIndex lines = new LineIndex(file);
    List<Evidence.Route> routes = new ArrayList<>();
    Set<String> routers = new LinkedHashSet<>();
    String base = "";
    int served = -1;
    Set<String> methods = new LinkedHashSet<>();
    Set<String> paths = new LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isName("serve") && next(tokens, i, 1).isOp("(") && served < 0) {
        served = token.offset();
      } else if (token.isName() && next(tokens, i, 1).isOp("=") && next(tokens, i, 2).isName("new")
          && (next(tokens, i, 3).isName("Hono") || next(tokens, i, 3).isName("Router"))) {
        routers.add(token.text());
      } else if (token.isName("basePath") && next(tokens, i, 1).isOp("(") && next(tokens, i, 2).isText()) {
        base = next(tokens, i, 2).text();
      } else if (routers.contains(token.text()) && next(tokens, i, 1).isOp(".")
          && ROUTER_METHODS.contains(next(tokens, i, 2).text()) && next(tokens, i, 3).isOp("(")
          && next(tokens, i, 4).isText()) {
        String method = next(tokens, i, 2).text().toUpperCase(Locale.ROOT);
        routes.add(new Evidence.Route(method.equals("ALL") ? "ANY" : method,
            RoutePaths.join(PREFIX, base, next(tokens, i, 4).text()), FRAMEWORK, lines.at(token.offset())));
      } else if (token.isName("method") && method(compared(tokens, i))) {
        methods.add(compared(tokens, i).text().toUpperCase(Locale.ROOT));
      } else if (token.isName("case") && method(next(tokens, i, 1)) && next(tokens, i, 2).isOp(":")) {
        methods.add(next(tokens, i, 1).text().toUpperCase(Locale.ROOT));
      } else if (token.isName("pathname") && compared(tokens, i).isText()) {
        paths.add(compared(tokens, i).text());
      }
    }
    if (routes.isEmpty() && served >= 0) {
      // the handler routes inside itself: every method it tests, on every path it tests (or its own)
      List<String> where = paths.isEmpty() ? List.of("/" + function) : List.copyOf(paths);
      for (String method : methods.isEmpty() ? List.of("POST") : List.copyOf(methods)) {
        for (String path : where) {
          routes.add(new Evidence.Route(method, RoutePaths.join(PREFIX, path), FRAMEWORK, lines.at(served)));
        }
      }
    }
    if (routes.isEmpty()) {
      return new Result(List.of(), List.of(ExtractionProblem.unread(file.at(1, 1), "evidence.no-route",
          Severity.NOTE, "edge function '" + function + "' has no Deno.serve handler and no Hono or oak route;"
              + " nothing was read as a route",
          "serve it with Deno.serve(handler), or exclude the file from the 'http-supabase' extractor")));
    }
    return Result.of(routes);
  }

  private static Token next(List<Token> tokens, int i, int ahead) {
    return i + ahead < tokens.size() ? tokens.get(i + ahead) : Token.END;
  }

  /** The token {@code tokens[i]} is compared with by {@code ===} or {@code ==}, or END. */
  private static Token compared(List<Token> tokens, int i) {
    Token operator = next(tokens, i, 1);
    return operator.isOp("===") || operator.isOp("==") ? next(tokens, i, 2) : Token.END;
  }

  private static boolean method(Token token) {
    return token.isText() && METHODS.contains(token.text().toUpperCase(Locale.ROOT));
  }
}
