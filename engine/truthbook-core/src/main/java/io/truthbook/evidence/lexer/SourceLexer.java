package io.truthbook.evidence.lexer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits source code into tokens in one pass, dropping comments and whitespace. Unterminated
 * strings and comments are reported, not thrown; every scan is bounded by the line or the input,
 * so lexing stays linear on any garbage. Docstrings are strings like any other, so code quoted in
 * one never counts.
 */
public final class SourceLexer {

  /** A lexical problem at a character offset. */
  public record Problem(int offset, String message) {}

  /** The tokens of a text and every problem met, in text order. */
  public record Lexed(List<Token> tokens, List<Problem> problems) {}

  private static final int MAX_REGEX = 1000;
  private static final int TAB_STOP = 8;
  private static final int TEMPLATE = -1;
  // after these words a '/' starts a regex literal, not a division
  private static final Set<String> REGEX_AFTER = Set.of("return", "typeof", "case", "do", "else", "in",
      "of", "new", "delete", "void", "throw", "yield", "await", "instanceof");
  private static final Set<String> TWO_CHAR_OPS = Set.of("==", "!=", "<=", ">=", "+=", "-=", "*=", "/=",
      "%=", "&=", "|=", "^=", ":=", "->", "=>", "::", "**", "&&", "||");

  private final String text;
  private final Syntax syntax;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private int pos;
  private int brackets;
  // Python only: the open brackets again, but forgotten at an unterminated string so that the next
  // line starts a statement again; NEWLINE tokens keep following the brackets as written, so that
  // route scanners do not read on past a broken line as if it parsed
  private int lineBrackets;
  // Python only: whether no token has been read yet on this logical line, the whitespace before it,
  // and the indentation of the current line
  private boolean lineStart = true;
  private int spaces;
  private int indent;

  private SourceLexer(String text, Syntax syntax) {
    this.text = text;
    this.syntax = syntax;
  }

  public static Lexed lex(String text, Syntax syntax) {
    SourceLexer lexer = new SourceLexer(text, syntax);
    lexer.run();
    return new Lexed(List.copyOf(lexer.tokens), List.copyOf(lexer.problems));
  }

  private void run() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        newline();
        pos++;
      } else if (c == '\\' && syntax == Syntax.PYTHON && (peek(1) == '\n' || peek(1) == '\r')) {
        // explicit line joining: the backslash and the line break vanish
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
      } else if (syntax.space(c)) {
        space(c);
        pos++;
      } else if (c == '#' && syntax == Syntax.PYTHON) {
        skipLine();
      } else if (c == '/' && syntax.slashComments() && peek(1) == '/') {
        skipLine();
      } else if (c == '/' && syntax.slashComments() && peek(1) == '*') {
        blockComment();
      } else if (c == '/' && syntax == Syntax.JAVASCRIPT && regexAllowed()) {
        regex();
      } else if (syntax.nameStart(c)) {
        nameOrPrefixedString();
      } else if (syntax.numberStart(c)) {
        number();
      } else if (c == '"' || c == '\'') {
        string(pos, "");
      } else if (c == '`' && syntax == Syntax.JAVASCRIPT) {
        template();
      } else {
        op();
      }
    }
  }

  private void newline() {
    // Python ends a logical line at a break outside brackets; other languages need no such token
    if (syntax != Syntax.PYTHON) {
      return;
    }
    if (brackets == 0 && !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != Token.Kind.NEWLINE) {
      add(Token.Kind.NEWLINE, "\n", pos);
    }
    if (lineBrackets == 0) {
      lineStart = true;
      spaces = 0;
    }
  }

  private void space(char c) {
    if (c == '\t') {
      spaces = (spaces / TAB_STOP + 1) * TAB_STOP;
    } else if (c != '\r') {
      spaces++;
    }
  }

  private void nameOrPrefixedString() {
    int start = pos;
    while (pos < text.length() && syntax.namePart(text.charAt(pos))) {
      pos++;
    }
    String name = text.substring(start, pos);
    char next = peek(0);
    if (syntax == Syntax.PYTHON && (next == '"' || next == '\'') && isStringPrefix(name)) {
      string(start, name);
    } else {
      add(Token.Kind.NAME, name, start);
    }
  }

  private static boolean isStringPrefix(String name) {
    if (name.length() > 2) {
      return false;
    }
    for (char c : name.toCharArray()) {
      if ("rRbBuUfF".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private void number() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
        || text.charAt(pos) == '_')) {
      pos++;
    }
    add(Token.Kind.LITERAL, text.substring(start, pos), start);
  }

  private void string(int start, String prefix) {
    char quote = text.charAt(pos);
    String lower = prefix.toLowerCase(Locale.ROOT);
    // Python has both triple quotes; Java text blocks and Kotlin raw strings only """
    boolean triple = syntax != Syntax.JAVASCRIPT && (quote == '"' || syntax == Syntax.PYTHON)
        && text.startsWith(String.valueOf(quote).repeat(3), pos);
    boolean raw = lower.contains("r") || (syntax == Syntax.KOTLIN && triple);
    String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
    pos += close.length();
    StringBuilder value = new StringBuilder();
    boolean closed = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (text.startsWith(close, pos)) {
        pos += close.length();
        closed = true;
        break;
      }
      if (c == '\n' && !triple) {
        break;
      }
      if (c == '\\' && pos + 1 < text.length() && !(syntax == Syntax.KOTLIN && triple)) {
        // a backslash always keeps the next character from closing the string, even in a raw one;
        // in Python, before a CRLF it continues the string on the next line
        int length = syntax == Syntax.PYTHON && text.startsWith("\r\n", pos + 1) ? 3 : 2;
        value.append(raw ? text.substring(pos, pos + length) : escaped(text.charAt(pos + 1)));
        pos += length;
        continue;
      }
      value.append(c);
      pos++;
    }
    if (!closed) {
      problem(start, "unterminated string literal");
      lineBrackets = 0;
    }
    // every f-string is a template; a Kotlin string only when it holds a placeholder
    boolean template = syntax == Syntax.PYTHON ? lower.contains("f")
        : syntax == Syntax.KOTLIN && (value.indexOf("{") >= 0 || value.indexOf("$") >= 0);
    add(template ? Token.Kind.TEMPLATE : Token.Kind.STRING, value.toString(), start, !closed);
  }

  /** The value of a backslash escape; Python keeps the backslash of one it does not know. */
  private String escaped(char c) {
    if (c == 'n' || c == 't') {
      return c == 'n' ? "\n" : "\t";
    }
    if (syntax != Syntax.PYTHON) {
      return c == '\n' ? "" : String.valueOf(c);
    }
    return c == '\\' || c == '\'' || c == '"' ? String.valueOf(c) : "\\" + c;
  }

  private void template() {
    int start = pos;
    StringBuilder value = new StringBuilder();
    boolean closed = scanTemplate(value);
    if (!closed) {
      problem(start, "unterminated template literal");
    }
    boolean placeholders = value.indexOf("${") >= 0;
    add(placeholders ? Token.Kind.TEMPLATE : Token.Kind.STRING, value.toString(), start, !closed);
  }

  /**
   * At a backtick; reads to the closing one, keeping the outer template's {@code ${...}} as written.
   * Templates inside placeholders nest to any depth, so they are followed with a stack, not recursion.
   */
  private boolean scanTemplate(StringBuilder value) {
    pos++;
    // one entry per open template (TEMPLATE) or placeholder (its count of open braces)
    Deque<Integer> open = new ArrayDeque<>();
    open.push(TEMPLATE);
    int placeholderFrom = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      boolean outer = open.size() == 1;
      int top = open.peek();
      if (top == TEMPLATE) {
        if (c == '`') {
          pos++;
          open.pop();
          if (open.isEmpty()) {
            return true;
          }
        } else if (c == '\\' && pos + 1 < text.length()) {
          if (outer) {
            append(value, text.charAt(pos + 1));
          }
          pos += 2;
        } else if (c == '$' && peek(1) == '{') {
          placeholderFrom = outer ? pos : placeholderFrom;
          pos += 2;
          open.push(1);
        } else {
          if (outer) {
            append(value, c);
          }
          pos++;
        }
      } else if (c == '`') {
        pos++;
        open.push(TEMPLATE);
      } else if (c == '"' || c == '\'') {
        skipQuoted(c);
      } else {
        pos++;
        if (c == '{' || c == '}') {
          open.pop();
          if (c == '{') {
            open.push(top + 1);
          } else if (top > 1) {
            open.push(top - 1);
          } else if (open.size() == 1 && value != null) {
            value.append(text, placeholderFrom, pos);
          }
        }
      }
    }
    return false;
  }

  private void skipQuoted(char quote) {
    pos++;
    while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
      pos += text.charAt(pos) == '\\' ? 2 : 1;
    }
    pos++;
  }

  private static void append(StringBuilder value, char c) {
    if (value != null) {
      value.append(c);
    }
  }

  private boolean regexAllowed() {
    if (tokens.isEmpty()) {
      return true;
    }
    Token last = tokens.get(tokens.size() - 1);
    if (last.kind() == Token.Kind.OP) {
      return !last.text().equals(")") && !last.text().equals("]");
    }
    return last.kind() == Token.Kind.NAME && REGEX_AFTER.contains(last.text());
  }

  // a regex literal never holds a line break; bounded, so a lone '/' costs little to reject
  private void regex() {
    int i = pos + 1;
    boolean inClass = false;
    int limit = Math.min(text.length(), pos + MAX_REGEX);
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      } else if (c == '\\') {
        i += 2;
        continue;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        i++;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
          i++;
        }
        add(Token.Kind.LITERAL, text.substring(pos, i), pos);
        pos = i;
        return;
      }
      i++;
    }
    op();
  }

  private void op() {
    int start = pos;
    char c = text.charAt(pos);
    String two = pos + 1 < text.length() ? text.substring(pos, pos + 2) : "";
    String op;
    if ((two.equals("==") || two.equals("!=")) && peek(2) == '=') {
      op = two + "=";
    } else if (TWO_CHAR_OPS.contains(two)) {
      op = two;
    } else {
      op = String.valueOf(c);
    }
    if (c == '(' || c == '[' || c == '{') {
      brackets++;
      lineBrackets++;
    } else if (c == ')' || c == ']' || c == '}') {
      brackets = Math.max(0, brackets - 1);
      lineBrackets = Math.max(0, lineBrackets - 1);
    }
    pos += op.length();
    add(Token.Kind.OP, op, start);
  }

  private void blockComment() {
    int end = text.indexOf("*/", pos + 2);
    if (end < 0) {
      problem(pos, "unterminated block comment");
      pos = text.length();
    } else {
      pos = end + 2;
    }
  }

  private void skipLine() {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
  }

  private char peek(int ahead) {
    int at = pos + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void add(Token.Kind kind, String value, int start) {
    add(kind, value, start, false);
  }

  private void add(Token.Kind kind, String value, int start, boolean unterminated) {
    boolean python = syntax == Syntax.PYTHON;
    if (lineStart) {
      indent = spaces;
    }
    tokens.add(new Token(kind, value, start, python && lineStart, python ? indent : 0, unterminated));
    lineStart = false;
  }

  private void problem(int offset, String message) {
    problems.add(new Problem(offset, message));
  }
}
