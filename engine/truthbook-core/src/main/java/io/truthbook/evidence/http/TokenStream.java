package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.lexer.SourceLexer;
import io.truthbook.evidence.lexer.Syntax;
import io.truthbook.evidence.lexer.Token;
import io.truthbook.model.Location;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The tokens of one source file with their matching brackets precomputed, so that scanners can
 * jump over a whole argument list in constant time and stay linear on deeply nested input.
 */
final class TokenStream {
  private static final int MAX_DOTTED = 32;
  private static final int MAX_PROBLEMS = 20;

  private final SourceFile file;
  private final Syntax syntax;
  private final List<Token> tokens;
  private final int[] closing;
  private final LineIndex lines;
  private final List<ExtractionProblem> problems;

  private TokenStream(SourceFile file, Syntax syntax, SourceLexer.Lexed lexed) {
    this.file = file;
    this.syntax = syntax;
    this.tokens = lexed.tokens();
    this.lines = new LineIndex(file);
    this.closing = matchBrackets(tokens);
    this.problems = lexed.problems().stream().limit(MAX_PROBLEMS)
        .map(p -> new ExtractionProblem(location(p.offset()), p.message()))
        .toList();
  }

  static TokenStream of(SourceFile file, Syntax syntax) {
    return new TokenStream(file, syntax, SourceLexer.lex(file.text(), syntax));
  }

  SourceFile file() {
    return file;
  }

  Syntax syntax() {
    return syntax;
  }

  /** Lexical problems: unterminated strings and comments. */
  List<ExtractionProblem> problems() {
    return problems;
  }

  int size() {
    return tokens.size();
  }

  /** The token at {@code i}, or {@link Token#END} outside the stream. */
  Token get(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : Token.END;
  }

  boolean op(int i, String op) {
    return get(i).isOp(op);
  }

  boolean name(int i) {
    return get(i).isName();
  }

  boolean name(int i, String name) {
    return get(i).isName(name);
  }

  /** The index of the bracket closing the one at {@code open}; an unclosed bracket runs to the end. */
  int close(int open) {
    int at = open >= 0 && open < closing.length ? closing[open] : -1;
    return at >= 0 ? at : tokens.size();
  }

  /** The index after a dotted name ({@code a.b.c}) starting with the name at {@code i}. */
  int dottedEnd(int i) {
    int end = i + 1;
    for (int segments = 1; segments < MAX_DOTTED && op(end, ".") && name(end + 1); segments++) {
      end += 2;
    }
    return end;
  }

  /** The index where a dotted name ending with the name at {@code last} starts. */
  int dottedStart(int last) {
    int start = last;
    for (int segments = 1; segments < MAX_DOTTED && op(start - 1, ".") && name(start - 2); segments++) {
      start -= 2;
    }
    return start;
  }

  /** The tokens from {@code from} to {@code to} joined without spaces, shortened for messages. */
  String text(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to && i < tokens.size() && text.length() < 80; i++) {
      Token token = tokens.get(i);
      text.append(token.isText() ? "\"" + token.text() + "\"" : token.text());
    }
    return text.length() > 80 ? text.substring(0, 77) + "..." : text.toString();
  }

  /** The location of the token at {@code i}, with the file's commit. */
  Location at(int i) {
    return location(get(i).offset());
  }

  /** The 1-based column of the token at {@code i}. */
  int column(int i) {
    return lines.column(Math.max(0, get(i).offset()));
  }

  private Location location(int offset) {
    int at = Math.max(0, Math.min(offset, file.text().length()));
    return file.at(lines.line(at), lines.column(at));
  }

  private static int[] matchBrackets(List<Token> tokens) {
    int[] closing = new int[tokens.size()];
    Arrays.fill(closing, -1);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() != Token.Kind.OP) {
        continue;
      }
      switch (token.text()) {
        case "(", "[", "{" -> open.push(i);
        case ")", "]", "}" -> {
          // a stray closer is ignored rather than unbalancing everything after it
          if (!open.isEmpty() && pairs(tokens.get(open.peek()).text(), token.text())) {
            closing[open.pop()] = i;
          }
        }
        default -> { }
      }
    }
    return closing;
  }

  private static boolean pairs(String open, String close) {
    return open.equals("(") && close.equals(")") || open.equals("[") && close.equals("]")
        || open.equals("{") && close.equals("}");
  }
}
