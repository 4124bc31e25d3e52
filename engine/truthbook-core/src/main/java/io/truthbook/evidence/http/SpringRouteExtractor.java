package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.lexer.Syntax;
import io.truthbook.evidence.lexer.Token;
import io.truthbook.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes of Spring MVC / WebFlux controllers in Java and Kotlin: a class-level
 * {@code @RequestMapping} prefix joined with method-level {@code @GetMapping}, {@code @PostMapping},
 * ..., and {@code @RequestMapping(method = ...)}. A mapping without a path maps the class path; a
 * {@code @RequestMapping} without a method answers {@link HttpMethods#ANY}.
 *
 * <p>One pass over the tokens: mapping annotations are held until the next {@code class} keyword
 * (a class mapping) or the next {@code {}, {@code ;} or {@code =} (a method mapping); class bodies
 * are tracked by brace depth, so nested classes get their own prefix.
 */
public final class SpringRouteExtractor implements Extractor {
  private static final String FRAMEWORK = "spring";
  private static final Map<String, String> SHORTCUTS = Map.of("GetMapping", "GET", "PostMapping", "POST",
      "PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH");
  private static final Set<String> CLASS_KEYWORDS = Set.of("class", "interface", "enum", "record", "object");

  /** A mapping annotation: its paths (empty: none written) and methods, and where it is. */
  private record Mapping(List<String> paths, List<String> methods, Location at) {}

  /** An open class body: the brace depth inside it and the prefixes its methods get. */
  private record ClassBody(int depth, List<String> prefixes) {}

  @Override
  public String name() {
    return "http-spring";
  }

  @Override
  public boolean supports(String path) {
    return path.endsWith(".java") || path.endsWith(".kt");
  }

  @Override
  public Result extract(SourceFile file) {
    TokenStream tokens = TokenStream.of(file, file.path().endsWith(".kt") ? Syntax.KOTLIN : Syntax.JAVA);
    return new Scan(tokens).run();
  }

  /** The state of one pass over one file. */
  private static final class Scan {
    private final TokenStream tokens;
    private final ExpressionReader reader;
    private final FoundRoutes found = new FoundRoutes();
    private final Map<String, ValueExpr> constants = new LinkedHashMap<>();
    private final Deque<ClassBody> classes = new ArrayDeque<>();
    private final List<Mapping> pending = new ArrayList<>();
    private Optional<List<String>> classPending = Optional.empty();
    private int depth;

    Scan(TokenStream tokens) {
      this.tokens = tokens;
      this.reader = new ExpressionReader(tokens);
      found.problems(tokens.problems());
      collectConstants();
    }

    Result run() {
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.isOp("@") && tokens.name(i + 1)) {
          i = annotation(i);
        } else if (isClassKeyword(i)) {
          classPending = Optional.of(classPrefixes());
        } else if (token.isOp("{")) {
          depth++;
          if (classPending.isPresent()) {
            classes.push(new ClassBody(depth, classPending.get()));
            classPending = Optional.empty();
          } else {
            emitPending();
          }
        } else if (token.isOp("}")) {
          if (!classes.isEmpty() && classes.peek().depth() == depth) {
            classes.pop();
          }
          depth = Math.max(0, depth - 1);
        } else if ((token.isOp(";") || token.isOp("=")) && classPending.isEmpty()) {
          emitPending(); // an interface method, or a Kotlin expression body
        }
      }
      return found.result();
    }

    // class Foo, interface Foo, record Foo; not Foo.class, Foo::class, nor the "enum" of "enum class"
    private boolean isClassKeyword(int i) {
      Token token = tokens.get(i);
      return token.kind() == Token.Kind.NAME && CLASS_KEYWORDS.contains(token.text())
          && !tokens.op(i - 1, ".") && !tokens.op(i - 1, "::") && tokens.name(i + 1)
          && !tokens.name(i + 1, "class");
    }

    // @Name or @a.b.Name, with arguments; returns the index of its last token
    private int annotation(int at) {
      int end = tokens.dottedEnd(at + 1);
      String name = tokens.get(end - 1).text();
      Arguments arguments = tokens.op(end, "(") ? reader.arguments(end) : Arguments.none(reader);
      int last = tokens.op(end, "(") ? tokens.close(end) : end - 1;
      if (name.equals("RequestMapping") || SHORTCUTS.containsKey(name)) {
        mapping(name, arguments, tokens.at(at)).ifPresent(pending::add);
      }
      return last;
    }

    private Optional<Mapping> mapping(String name, Arguments arguments, Location at) {
      Optional<ValueExpr> pathExpr = arguments.named("value").or(() -> arguments.named("path"))
          .or(() -> arguments.positional(0));
      List<String> paths = new ArrayList<>();
      if (pathExpr.isPresent()) {
        for (ValueExpr item : pathExpr.get().items()) {
          Optional<String> path = item.evaluate(this::constant);
          if (path.isEmpty()) {
            found.problem(at, "mapping path " + item.describe() + " could not be resolved to a string");
            return Optional.empty();
          }
          paths.add(path.get());
        }
      }
      List<String> methods = new ArrayList<>();
      if (SHORTCUTS.containsKey(name)) {
        methods.add(SHORTCUTS.get(name));
      } else {
        for (ValueExpr item : arguments.named("method").map(ValueExpr::items).orElse(List.of())) {
          Optional<String> method = item instanceof ValueExpr.Reference reference
              ? HttpMethods.of(reference.name()) : Optional.empty();
          if (method.isEmpty()) {
            found.problem(at, "request method " + item.describe() + " is not a RequestMethod constant");
          } else {
            methods.add(method.get());
          }
        }
        if (methods.isEmpty()) {
          methods.add(HttpMethods.ANY);
        }
      }
      return Optional.of(new Mapping(paths, methods, at));
    }

    // the held annotations belong to a class: their paths become the class's prefixes
    private List<String> classPrefixes() {
      List<String> prefixes = new ArrayList<>();
      for (Mapping mapping : pending) {
        prefixes.addAll(mapping.paths().isEmpty() ? List.of("") : mapping.paths());
      }
      pending.clear();
      return prefixes.isEmpty() ? List.of("") : prefixes;
    }

    private void emitPending() {
      List<String> prefixes = classes.isEmpty() ? List.of("") : classes.peek().prefixes();
      for (Mapping mapping : pending) {
        List<String> paths = mapping.paths().isEmpty() ? List.of("") : mapping.paths();
        for (String prefix : prefixes) {
          for (String path : paths) {
            for (String method : mapping.methods()) {
              found.route(method, RoutePaths.join(prefix, path), FRAMEWORK, mapping.at());
            }
          }
        }
      }
      pending.clear();
    }

    private Optional<String> constant(String name) {
      ValueExpr value = constants.get(name.substring(name.lastIndexOf('.') + 1));
      // constants refer only to literals here; one level is enough and cannot loop
      return value == null ? Optional.empty() : value.literal();
    }

    // static final String BASE = "/api"; const val BASE = "/api"
    private void collectConstants() {
      for (int i = 1; i + 2 < tokens.size(); i++) {
        boolean typed = tokens.name(i - 1, "String") || tokens.name(i - 1, "val");
        if (typed && tokens.name(i) && tokens.op(i + 1, "=") && tokens.get(i + 2).isText()) {
          ValueExpr value = reader.prefix(i + 2, tokens.size()).expr();
          constants.putIfAbsent(tokens.get(i).text(), value);
        }
      }
    }
  }
}
