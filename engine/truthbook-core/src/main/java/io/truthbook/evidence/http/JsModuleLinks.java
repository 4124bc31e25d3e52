package io.truthbook.evidence.http;

import io.truthbook.evidence.lexer.Token;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The imports and exports of one JavaScript or TypeScript file, ES module and CommonJS alike:
 * {@code import x from}, {@code import {a as b} from}, {@code import * as ns from},
 * {@code const x = require()}, {@code export default}, {@code export {}}, {@code module.exports}.
 */
final class JsModuleLinks {
  private static final String DEFAULT = "default";
  private static final String NAMESPACE = "*";
  // a re-export (export { a } from './x') is an import under a name no code can spell
  private static final String REEXPORT = "\0export:";

  private final TokenStream tokens;
  private final ExpressionReader reader;
  private final Map<String, ExpressModule.Import> imports = new LinkedHashMap<>();
  private final Map<String, String> exports = new LinkedHashMap<>();

  JsModuleLinks(TokenStream tokens, ExpressionReader reader) {
    this.tokens = tokens;
    this.reader = reader;
  }

  Map<String, ExpressModule.Import> imports() {
    return imports;
  }

  Map<String, String> exports() {
    return exports;
  }

  /** {@code const name = require(spec)} or {@code = require(spec).member}. */
  void requireDeclaration(String name, ValueExpr value) {
    if (value instanceof ValueExpr.Member member) {
      requireSpec(member.target()).ifPresent(spec -> imports.put(name, new ExpressModule.Import(spec, member.name())));
    } else {
      requireSpec(value).ifPresent(spec -> imports.put(name, new ExpressModule.Import(spec, DEFAULT)));
    }
  }

  /** {@code const { a, b: c } = require(spec)}, with {@code open} at the brace. */
  void destructuredRequire(int open) {
    int close = tokens.close(open);
    Optional<String> spec = requireSpec(reader.prefix(close + 2, tokens.size()).expr());
    if (spec.isEmpty()) {
      return;
    }
    for (int i = open + 1; i < close; i++) {
      if (!tokens.name(i) || !(tokens.op(i - 1, "{") || tokens.op(i - 1, ","))) {
        continue;
      }
      String exported = tokens.get(i).text();
      String local = tokens.op(i + 1, ":") && tokens.name(i + 2) ? tokens.get(i + 2).text() : exported;
      imports.put(local, new ExpressModule.Import(spec.get(), exported));
    }
  }

  /** The spec of {@code require('spec')}. */
  static Optional<String> requireSpec(ValueExpr value) {
    if (value instanceof ValueExpr.Call call && call.callee().equals("require")) {
      return call.arguments().positional(0).flatMap(ValueExpr::literal);
    }
    return Optional.empty();
  }

  /** {@code import ... from 'spec'} at {@code at}; dynamic {@code import()} is skipped. */
  void importStatement(int at) {
    int i = at + 1;
    if (tokens.name(i, "type") && !tokens.name(i + 1, "from") && !tokens.op(i + 1, ",")) {
      i++; // TypeScript: import type { X } from
    }
    // local name to the name imported: "default", "*" for a namespace, or an exported name
    Map<String, String> named = new LinkedHashMap<>();
    if (tokens.name(i) && !tokens.name(i, "from")) {
      String local = tokens.get(i).text();
      i++;
      if (tokens.op(i, "=")) {
        // TypeScript: import x = require('spec')
        requireDeclaration(local, reader.prefix(i + 1, tokens.size()).expr());
        return;
      }
      named.put(local, DEFAULT);
      if (tokens.op(i, ",")) {
        i++;
      }
    }
    if (tokens.op(i, "*") && tokens.name(i + 1, "as") && tokens.name(i + 2)) {
      named.put(tokens.get(i + 2).text(), NAMESPACE);
      i += 3;
    }
    if (tokens.op(i, "{")) {
      i = namedList(i, named);
    }
    if (!tokens.name(i, "from") || tokens.get(i + 1).kind() != Token.Kind.STRING) {
      return;
    }
    String spec = tokens.get(i + 1).text();
    named.forEach((local, exported) -> imports.put(local, new ExpressModule.Import(spec, exported)));
  }

  /** {@code export default x}, {@code export const x}, {@code export { a as b } [from 'spec']}. */
  void exportStatement(int at) {
    int i = at + 1;
    if (tokens.name(i, DEFAULT) && tokens.name(i + 1) && !tokens.op(i + 2, "(") && !tokens.op(i + 2, ".")
        && !tokens.name(i + 1, "function") && !tokens.name(i + 1, "class")) {
      exports.put(DEFAULT, tokens.get(i + 1).text());
    } else if ((tokens.name(i, "const") || tokens.name(i, "let") || tokens.name(i, "var")) && tokens.name(i + 1)) {
      exports.put(tokens.get(i + 1).text(), tokens.get(i + 1).text());
    } else if (tokens.op(i, "{")) {
      // read as a list, { a as b } maps b (the exported name here) to a (the name it stands for)
      Map<String, String> named = new LinkedHashMap<>();
      int after = namedList(i, named);
      boolean from = tokens.name(after, "from") && tokens.get(after + 1).kind() == Token.Kind.STRING;
      named.forEach((exported, source) -> {
        if (from) {
          imports.put(REEXPORT + exported, new ExpressModule.Import(tokens.get(after + 1).text(), source));
          exports.put(exported, REEXPORT + exported);
        } else {
          exports.put(exported, source);
        }
      });
    }
  }

  /** {@code module.exports = x}, {@code module.exports = { a, b: c }}, {@code (module.)exports.a = x}. */
  void commonJsExport(int at) {
    int i = at;
    if (tokens.name(i, "module")) {
      if (!tokens.op(i + 1, ".") || !tokens.name(i + 2, "exports")) {
        return;
      }
      i += 2;
    }
    if (tokens.op(i + 1, "=")) {
      ValueExpr value = reader.prefix(i + 2, tokens.size()).expr();
      if (value instanceof ValueExpr.Reference reference) {
        exports.put(DEFAULT, reference.name());
      } else if (requireSpec(value).isPresent()) {
        imports.put(REEXPORT + DEFAULT, new ExpressModule.Import(requireSpec(value).get(), DEFAULT));
        exports.put(DEFAULT, REEXPORT + DEFAULT);
      } else if (tokens.op(i + 2, "{")) {
        objectExports(i + 2);
      }
    } else if (tokens.op(i + 1, ".") && tokens.name(i + 2) && tokens.op(i + 3, "=") && tokens.name(i + 4)) {
      exports.put(tokens.get(i + 2).text(), tokens.get(i + 4).text());
    }
  }

  // { a, b: c } as exports: a -> a, b -> c; other entries (functions, literals) are skipped
  private void objectExports(int open) {
    int close = tokens.close(open);
    for (int i = open + 1; i < close; i++) {
      if (!tokens.name(i) || !(tokens.op(i - 1, "{") || tokens.op(i - 1, ","))) {
        if (tokens.op(i, "(") || tokens.op(i, "[") || tokens.op(i, "{")) {
          i = tokens.close(i);
        }
        continue;
      }
      String key = tokens.get(i).text();
      if (tokens.op(i + 1, ",") || i + 1 == close) {
        exports.put(key, key);
      } else if (tokens.op(i + 1, ":") && tokens.name(i + 2) && (tokens.op(i + 3, ",") || i + 3 == close)) {
        exports.put(key, tokens.get(i + 2).text());
      }
    }
  }

  // { a, b as c, type d }: the name after 'as' (else the name) to the name before; returns the index after '}'
  private int namedList(int open, Map<String, String> named) {
    int close = tokens.close(open);
    for (int i = open + 1; i < close; i++) {
      if (!tokens.name(i)) {
        continue;
      }
      if (tokens.name(i, "type") && tokens.name(i + 1)) {
        continue;
      }
      String exported = tokens.get(i).text();
      String local = exported;
      if (tokens.name(i + 1, "as") && tokens.name(i + 2)) {
        local = tokens.get(i + 2).text();
        i += 2;
      }
      named.put(local, exported);
    }
    return close + 1;
  }
}
