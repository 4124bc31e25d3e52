package io.truthbook.evidence.sql;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits Python source into the tokens an Alembic migration needs: names, string values, single
 * characters, and where logical lines start and how far they are indented. Comments go; docstrings
 * stay strings, so an {@code op.create_table} quoted in one is never taken for a call.
 */
final class PythonLexer {
  private static final int TAB_STOP = 8;

  private final String text;
  private final LineIndex lines;
  private final List<PythonToken> tokens = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();
  private int pos;
  private int brackets;
  private boolean lineStart = true;
  private int indent;

  private PythonLexer(String text, LineIndex lines) {
    this.text = text;
    this.lines = lines;
  }

  static PythonLexer lex(String text, LineIndex lines) {
    PythonLexer lexer = new PythonLexer(text, lines);
    lexer.run();
    return lexer;
  }

  List<PythonToken> tokens() {
    return List.copyOf(tokens);
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  private void run() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        // inside brackets a newline continues the logical line
        if (brackets == 0) {
          lineStart = true;
          indent = 0;
        }
      } else if (c == '\\' && (charAt(pos + 1) == '\n' || charAt(pos + 1) == '\r')) {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
      } else if (c == ' ' || c == '\f' || c == '\uFEFF') {
        indent++;
        pos++;
      } else if (c == '\t') {
        indent = (indent / TAB_STOP + 1) * TAB_STOP;
        pos++;
      } else if (c == '\r') {
        pos++;
      } else if (c == '#') {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
      } else {
        token(c);
        lineStart = false;
      }
    }
  }

  private void token(char c) {
    int start = pos;
    if (Character.isLetter(c) || c == '_') {
      while (pos < text.length() && isNamePart(text.charAt(pos))) {
        pos++;
      }
      char quote = charAt(pos);
      if ((quote == '\'' || quote == '"') && isStringPrefix(text.substring(start, pos))) {
        string(start, text.substring(start, pos).toLowerCase(Locale.ROOT));
      } else {
        add(PythonToken.Kind.NAME, text.substring(start, pos), start);
      }
    } else if (c == '\'' || c == '"') {
      string(start, "");
    } else if (c >= '0' && c <= '9') {
      while (pos < text.length() && (isNamePart(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      add(PythonToken.Kind.NUMBER, text.substring(start, pos), start);
    } else {
      pos++;
      if (c == '(' || c == '[' || c == '{') {
        brackets++;
      } else if (c == ')' || c == ']' || c == '}') {
        brackets = Math.max(0, brackets - 1);
      }
      add(PythonToken.Kind.OP, String.valueOf(c), start);
    }
  }

  /** A string literal whose quote is at {@code pos}; {@code prefix} is lower-cased (r, b, f, rb, ...). */
  private void string(int start, String prefix) {
    char quote = text.charAt(pos);
    boolean triple = charAt(pos + 1) == quote && charAt(pos + 2) == quote;
    boolean raw = prefix.indexOf('r') >= 0;
    pos += triple ? 3 : 1;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        // a backslash always keeps the next character from closing the string, even in a raw one;
        // before a CRLF it continues the string on the next line
        int escapedLength = text.startsWith("\r\n", pos + 1) ? 3 : 2;
        value.append(raw ? text.substring(pos, pos + escapedLength) : escaped(text.charAt(pos + 1)));
        pos += escapedLength;
      } else if (c == quote && (!triple || (charAt(pos + 1) == quote && charAt(pos + 2) == quote))) {
        pos += triple ? 3 : 1;
        boolean formatted = prefix.indexOf('f') >= 0;
        add(formatted ? PythonToken.Kind.FSTRING : PythonToken.Kind.STRING, value.toString(), start);
        return;
      } else if (c == '\n' && !triple) {
        break;
      } else {
        value.append(c);
        pos++;
      }
    }
    problems.add(new ExtractionProblem(lines.at(start), "unterminated string literal"));
    add(PythonToken.Kind.BROKEN_STRING, value.toString(), start);
    // the line is broken; ending it here lets the next line be read as a statement again
    brackets = 0;
  }

  private static String escaped(char c) {
    switch (c) {
      case 'n':
        return "\n";
      case 't':
        return "\t";
      case '\\':
      case '\'':
      case '"':
        return String.valueOf(c);
      default:
        return "\\" + c;
    }
  }

  private static boolean isStringPrefix(String word) {
    String prefix = word.toLowerCase(Locale.ROOT);
    return prefix.length() <= 2 && prefix.chars().allMatch(c -> "rbuf".indexOf(c) >= 0);
  }

  private void add(PythonToken.Kind kind, String tokenText, int start) {
    tokens.add(new PythonToken(kind, tokenText, start, lineStart, indent));
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private char charAt(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }
}
