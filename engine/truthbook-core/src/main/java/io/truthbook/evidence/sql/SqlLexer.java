package io.truthbook.evidence.sql;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits SQL text into tokens, skipping what can hide a {@code CREATE TABLE} that is never run:
 * comments, string literals, dollar-quoted bodies, psql meta-commands and {@code COPY} data.
 * Hand-written and single-pass so that any input, however hostile, takes linear time.
 */
final class SqlLexer {
  /**
   * PostgreSQL caps identifiers at 63 bytes, so a longer "tag" is no dollar quote; the cap also keeps
   * the search for the closing tag linear.
   */
  private static final int MAX_DOLLAR_TAG = 64;

  private final String text;
  private final LineIndex lines;
  /**
   * A backtick anywhere marks a MySQL file: MySQL reads backslash escapes in every string and does
   * not nest block comments.
   */
  private final boolean mysql;
  private final List<ExtractionProblem> problems = new ArrayList<>();
  private boolean unterminated;
  private int pos;
  /** Only whitespace since the last newline: where psql meta-commands and MySQL '#' comments start. */
  private boolean lineStart = true;

  SqlLexer(String text, LineIndex lines) {
    this.text = text;
    this.lines = lines;
    this.mysql = text.indexOf('`') >= 0;
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  /** The next token, or empty at the end of the text. */
  Optional<SqlToken> next() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        lineStart = true;
        pos++;
      } else if (Character.isWhitespace(c) || c == '\uFEFF') {
        pos++;
      } else if (c == '-' && charAt(pos + 1) == '-') {
        skipLine();
      } else if (c == '/' && charAt(pos + 1) == '*') {
        skipBlockComment();
      } else if ((c == '\\' || c == '#') && lineStart) {
        skipLine();
      } else {
        lineStart = false;
        return Optional.of(token(c));
      }
    }
    return Optional.empty();
  }

  /**
   * Skips the rows that follow {@code COPY ... FROM stdin;} up to the {@code \.} line: they are data,
   * and a stray quote in them must not swallow the rest of a pg_dump.
   */
  void skipCopyData() {
    int start = pos;
    int lineEnd = text.indexOf('\n', pos);
    while (lineEnd >= 0) {
      int from = lineEnd + 1;
      int next = text.indexOf('\n', from);
      int to = next < 0 ? text.length() : next;
      if (text.substring(from, to).strip().equals("\\.")) {
        pos = to;
        lineStart = true;
        return;
      }
      lineEnd = next;
    }
    problems.add(new ExtractionProblem(lines.at(start),
        "COPY ... FROM stdin data has no terminating '\\.' line; the rest of the file is skipped"));
    pos = text.length();
  }

  private SqlToken token(char c) {
    int start = pos;
    if (c == '\'') {
      return string(start, mysql);
    }
    if (c == '"' || c == '`') {
      return quotedIdentifier(start, c);
    }
    if (c == '$') {
      Optional<String> tag = dollarTag(start);
      if (tag.isPresent()) {
        return dollarString(start, tag.get());
      }
      pos++;
      return new SqlToken(SqlToken.Kind.PUNCT, "$", start, pos);
    }
    if (Character.isLetter(c) || c == '_') {
      while (pos < text.length() && isWordPart(text.charAt(pos))) {
        pos++;
      }
      String word = text.substring(start, pos);
      // E'...' is PostgreSQL's escape string: backslashes escape, so \' does not end it
      if (word.equalsIgnoreCase("e") && charAt(pos) == '\'') {
        return string(start, true);
      }
      return new SqlToken(SqlToken.Kind.WORD, word, start, pos);
    }
    if (c >= '0' && c <= '9') {
      while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
        pos++;
      }
      return new SqlToken(SqlToken.Kind.NUMBER, text.substring(start, pos), start, pos);
    }
    pos++;
    return new SqlToken(SqlToken.Kind.PUNCT, String.valueOf(c), start, pos);
  }

  /** A '...' literal from the quote at {@code pos}; {@code start} is where the token began (E'...'). */
  private SqlToken string(int start, boolean backslashEscapes) {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && backslashEscapes) {
        pos += 2;
      } else if (c == '\'') {
        if (charAt(pos + 1) != '\'') {
          pos++;
          return new SqlToken(SqlToken.Kind.STRING, "", start, pos);
        }
        pos += 2;
      } else {
        pos++;
      }
    }
    unterminated(start, "string literal: the quote opened here is never closed");
    return new SqlToken(SqlToken.Kind.STRING, "", start, pos);
  }

  private SqlToken quotedIdentifier(int start, char quote) {
    StringBuilder name = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == quote) {
        if (charAt(pos + 1) != quote) {
          pos++;
          return new SqlToken(SqlToken.Kind.QUOTED, name.toString(), start, pos);
        }
        pos++;
      }
      name.append(c);
      pos++;
    }
    unterminated(start, "quoted identifier: the " + quote + " opened here is never closed");
    return new SqlToken(SqlToken.Kind.QUOTED, name.toString(), start, pos);
  }

  /** The $tag$ opening at {@code start}, if it is one ($1 is a parameter, not a quote). */
  private Optional<String> dollarTag(int start) {
    int end = start + 1;
    if (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '_')) {
      while (end < text.length() && end - start <= MAX_DOLLAR_TAG
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
    }
    return charAt(end) == '$' ? Optional.of(text.substring(start, end + 1)) : Optional.empty();
  }

  private SqlToken dollarString(int start, String tag) {
    int close = text.indexOf(tag, start + tag.length());
    if (close < 0) {
      unterminated(start, "dollar-quoted string: " + tag + " opened here is never closed");
      return new SqlToken(SqlToken.Kind.STRING, "", start, pos);
    }
    pos = close + tag.length();
    return new SqlToken(SqlToken.Kind.STRING, "", start, pos);
  }

  private void skipLine() {
    int end = text.indexOf('\n', pos);
    pos = end < 0 ? text.length() : end;
  }

  private void skipBlockComment() {
    int start = pos;
    int depth = 0;
    while (pos < text.length()) {
      if (text.startsWith("/*", pos)) {
        // PostgreSQL nests block comments; MySQL ends at the first */
        depth = mysql ? 1 : depth + 1;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        pos += 2;
        if (--depth == 0) {
          return;
        }
      } else {
        pos++;
      }
    }
    unterminated(start, "block comment: the /* opened here is never closed");
  }

  /** Reports what was left open at {@code start}; everything after it belongs to it, so lexing ends. */
  private void unterminated(int start, String what) {
    problems.add(new ExtractionProblem(lines.at(start), "unterminated " + what));
    pos = text.length();
    unterminated = true;
  }

  /**
   * True when lexing ended inside a quote or comment that is never closed: the last statement's
   * tokens are not what its author wrote (a table name would swallow the rest of the file).
   */
  boolean endedUnterminated() {
    return unterminated;
  }

  private char charAt(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
