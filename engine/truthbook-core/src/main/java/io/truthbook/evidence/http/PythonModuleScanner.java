package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor.ExtractionProblem;
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
 * Reads one Python file into a {@link PythonModule} in a single pass over its tokens. Statements are
 * recognised at the start of logical lines, so comments, strings and docstrings never count.
 */
final class PythonModuleScanner {
  private static final Set<String> DECORATORS =
      Set.of("get", "post", "put", "patch", "delete", "head", "options", "trace", "route", "api_route");
  private static final Set<String> ROUTER_FACTORIES = Set.of("APIRouter", "FastAPI", "Blueprint", "Flask", "Quart");

  /** An open {@code class} or {@code def} block and the indentation of its header. */
  private record Block(int indent, boolean isClass) {}

  private final TokenStream tokens;
  private final ExpressionReader reader;
  private final String moduleName;
  private final boolean isPackage;
  private final int[] lineEnds;
  private final Deque<Block> blocks = new ArrayDeque<>();
  private final Map<String, PythonModule.Import> imports = new LinkedHashMap<>();
  private final List<String> starImports = new ArrayList<>();
  private final Map<String, ValueExpr> constants = new LinkedHashMap<>();
  private final Map<String, ValueExpr> attributes = new LinkedHashMap<>();
  private final Map<String, PythonModule.RouterDecl> routers = new LinkedHashMap<>();
  private final List<PythonModule.RouteDecl> routes = new ArrayList<>();
  private final List<PythonModule.Include> includes = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();

  private PythonModuleScanner(SourceFile file) {
    this.tokens = TokenStream.of(file, Syntax.PYTHON);
    this.reader = new ExpressionReader(tokens);
    this.moduleName = PythonModule.nameOf(file.path());
    this.isPackage = file.path().endsWith("__init__.py");
    this.lineEnds = lineEnds(tokens);
    problems.addAll(tokens.problems());
  }

  static PythonModule scan(SourceFile file) {
    PythonModuleScanner scanner = new PythonModuleScanner(file);
    scanner.run();
    return new PythonModule(file.path(), scanner.moduleName, scanner.imports, scanner.starImports,
        scanner.constants, scanner.attributes, scanner.routers, scanner.routes, scanner.includes,
        scanner.problems);
  }

  private void run() {
    for (int i = 0; i < tokens.size(); i++) {
      if (i == 0 || tokens.get(i - 1).kind() == Token.Kind.NEWLINE) {
        enterLine(i);
        Token first = tokens.get(i);
        if (first.isOp("@")) {
          decorator(i);
        } else if (first.isName("import")) {
          importModules(i);
          i = lineEnds[i];
          continue;
        } else if (first.isName("from")) {
          importNames(i);
          i = lineEnds[i];
          continue;
        } else if (first.isName()) {
          assignment(i);
        }
      }
      if (tokens.name(i) && tokens.op(i - 1, ".") && tokens.op(i + 1, "(") && tokens.name(i - 2)) {
        call(i);
      }
    }
  }

  // indentation decides which class or def a line is in; only those two kinds of block matter
  private void enterLine(int i) {
    int indent = tokens.column(i);
    while (!blocks.isEmpty() && blocks.peek().indent() >= indent) {
      blocks.pop();
    }
    if (tokens.name(i, "class")) {
      blocks.push(new Block(indent, true));
    } else if (tokens.name(i, "def") || (tokens.name(i, "async") && tokens.name(i + 1, "def"))) {
      blocks.push(new Block(indent, false));
    }
  }

  // @router.get("/x", ...), @app.route("/x", methods=[...]), @router.api_route(...)
  private void decorator(int at) {
    if (!tokens.name(at + 1)) {
      return;
    }
    int end = tokens.dottedEnd(at + 1);
    if (end - (at + 1) < 3 || !tokens.op(end, "(")) {
      return;
    }
    String method = tokens.get(end - 1).text();
    if (!DECORATORS.contains(method)) {
      return;
    }
    String receiver = reader.dotted(at + 1, end - 2);
    route(receiver, method, reader.arguments(end), tokens.at(at));
  }

  private void route(String receiver, String call, Arguments arguments, Location at) {
    Optional<ValueExpr> path = arguments.named("path").or(() -> arguments.named("rule"))
        .or(() -> arguments.positional(0));
    if (path.isEmpty()) {
      return;
    }
    List<String> methods = new ArrayList<>();
    Optional<ValueExpr> written = arguments.named("methods");
    if (HttpMethods.of(call).isPresent()) {
      methods.add(HttpMethods.of(call).get());
    } else if (written.isEmpty()) {
      methods.add("GET"); // Flask's route, FastAPI's api_route, add_url_rule and add_api_route default to GET
    } else {
      for (ValueExpr item : written.get().items()) {
        Optional<String> method = item.literal().flatMap(HttpMethods::of);
        if (method.isPresent()) {
          methods.add(method.get());
        } else {
          problems.add(new ExtractionProblem(at,
              "HTTP method " + item.describe() + " is not a literal method name; expected e.g. \"GET\""));
        }
      }
    }
    if (!methods.isEmpty()) {
      routes.add(new PythonModule.RouteDecl(receiver, methods, path.get(), at));
    }
  }

  // NAME = value, NAME: type = value
  private void assignment(int at) {
    if (!tokens.op(at + 1, "=") && !tokens.op(at + 1, ":")) {
      return;
    }
    int end = lineEnds[at];
    int valueFrom = -1;
    if (tokens.op(at + 1, "=")) {
      valueFrom = at + 2;
    } else if (tokens.op(at + 1, ":")) {
      for (int i = at + 2; i < end; i++) {
        if (tokens.op(i, "=")) {
          valueFrom = i + 1;
          break;
        }
        if (tokens.op(i, "(") || tokens.op(i, "[") || tokens.op(i, "{")) {
          i = tokens.close(i);
        }
      }
    }
    if (valueFrom < 0 || valueFrom >= end) {
      return;
    }
    String name = tokens.get(at).text();
    ValueExpr value = reader.read(valueFrom, end);
    if (value instanceof ValueExpr.Call call) {
      String factory = call.callee().substring(call.callee().lastIndexOf('.') + 1);
      if (ROUTER_FACTORIES.contains(factory)) {
        Optional<ValueExpr> prefix = factory.equals("APIRouter") ? call.arguments().named("prefix")
            : call.arguments().named("url_prefix");
        routers.putIfAbsent(name, new PythonModule.RouterDecl(name, factory, prefix, tokens.at(at)));
      }
    }
    if (blocks.isEmpty()) {
      constants.putIfAbsent(name, value);
    } else if (blocks.peek().isClass()) {
      attributes.putIfAbsent(name, value);
    }
  }

  // receiver.include_router(...), .register_blueprint(...), .mount(...), .add_api_route(...), .add_url_rule(...)
  private void call(int nameAt) {
    String call = tokens.get(nameAt).text();
    int start = tokens.dottedStart(nameAt - 2);
    String receiver = reader.dotted(start, nameAt - 1);
    Location at = tokens.at(start);
    switch (call) {
      case "include_router" -> {
        Arguments arguments = reader.arguments(nameAt + 1);
        arguments.get("router", 0).ifPresent(child -> includes.add(
            new PythonModule.Include(receiver, child, arguments.named("prefix"), false, at)));
      }
      case "register_blueprint" -> {
        Arguments arguments = reader.arguments(nameAt + 1);
        Optional<ValueExpr> prefix = arguments.named("url_prefix");
        arguments.get("blueprint", 0).ifPresent(child -> includes.add(
            new PythonModule.Include(receiver, child, prefix, prefix.isPresent(), at)));
      }
      case "mount" -> {
        Arguments arguments = reader.arguments(nameAt + 1);
        arguments.get("app", 1).ifPresent(child -> includes.add(
            new PythonModule.Include(receiver, child, arguments.get("path", 0), false, at)));
      }
      case "add_api_route", "add_url_rule" -> route(receiver, call, reader.arguments(nameAt + 1), at);
      default -> { }
    }
  }

  // import a.b.c, import a.b as x
  private void importModules(int at) {
    int end = lineEnds[at];
    int i = at + 1;
    while (i < end && tokens.name(i)) {
      int nameEnd = tokens.dottedEnd(i);
      String module = reader.dotted(i, nameEnd);
      i = nameEnd;
      if (tokens.name(i, "as") && tokens.name(i + 1)) {
        imports.put(tokens.get(i + 1).text(), new PythonModule.Import(module, Optional.empty()));
        i += 2;
      } else {
        // "import a.b.c" binds only "a"; attribute access walks down from there
        String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
        imports.put(top, new PythonModule.Import(top, Optional.empty()));
      }
      if (!tokens.op(i, ",")) {
        break;
      }
      i++;
    }
  }

  // from .routers.sales import router as sales_router, from app.routers import (contacts, users)
  private void importNames(int at) {
    int end = lineEnds[at];
    int i = at + 1;
    int dots = 0;
    while (i < end && tokens.op(i, ".")) {
      dots++;
      i++;
    }
    String relative = "";
    if (tokens.name(i) && !tokens.name(i, "import")) {
      int nameEnd = tokens.dottedEnd(i);
      relative = reader.dotted(i, nameEnd);
      i = nameEnd;
    }
    if (!tokens.name(i, "import")) {
      return;
    }
    String module = absolute(dots, relative);
    for (i++; i < end; i++) {
      if (tokens.op(i, "*")) {
        starImports.add(module);
      } else if (tokens.name(i)) {
        String name = tokens.get(i).text();
        String local = name;
        if (tokens.name(i + 1, "as") && tokens.name(i + 2)) {
          local = tokens.get(i + 2).text();
          i += 2;
        }
        imports.put(local, new PythonModule.Import(module, Optional.of(name)));
      }
    }
  }

  private String absolute(int dots, String relative) {
    if (dots == 0) {
      return relative;
    }
    String base = isPackage ? moduleName : parent(moduleName);
    for (int up = 1; up < dots; up++) {
      base = parent(base);
    }
    if (relative.isEmpty()) {
      return base;
    }
    return base.isEmpty() ? relative : base + "." + relative;
  }

  private static String parent(String module) {
    int dot = module.lastIndexOf('.');
    return dot < 0 ? "" : module.substring(0, dot);
  }

  // for each token, the index of the NEWLINE ending its logical line (or the end)
  private static int[] lineEnds(TokenStream tokens) {
    int[] ends = new int[tokens.size()];
    int next = tokens.size();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).kind() == Token.Kind.NEWLINE) {
        next = i;
      }
      ends[i] = next;
    }
    return ends;
  }
}
