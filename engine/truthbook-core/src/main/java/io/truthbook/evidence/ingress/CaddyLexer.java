package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Caddyfile into tokens as Caddy does: whitespace separates, {@code #} starts a comment
 * where a token may start, {@code "..."} allows spaces and {@code \"}, backticks quote raw text,
 * and a backslash at the end of a line continues it. {@code {$VAR:default}} is replaced by its
 * default, as Caddy does before parsing; a variable without one is kept and reported.
 */
final class CaddyLexer {
  private final String text;
  private final LineIndex lines;
  private final List<CaddyToken> tokens = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();
  private boolean truncated;

  /** The tokens, the problems met, and whether a string ran to the end of the file. */
  record Tokens(List<CaddyToken> tokens, List<ExtractionProblem> problems, boolean truncated) {
    Tokens {
      tokens = List.copyOf(tokens);
      problems = List.copyOf(problems);
    }
  }

  private CaddyLexer(String text, LineIndex lines) {
    this.text = text;
    this.lines = lines;
  }

  static Tokens tokenize(String text, LineIndex lines) {
    CaddyLexer lexer = new CaddyLexer(text, lines);
    lexer.run();
    return new Tokens(lexer.tokens, lexer.problems, lexer.truncated);
  }

  private void run() {
    int line = 1;
    int pos = 0;
    while (pos < text.length() && !truncated) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
      } else if (c == '\\' && continuesLine(pos)) {
        pos = text.indexOf('\n', pos) + 1;
      } else if (c == '"' || c == '`') {
        pos = quoted(pos, c, line);
      } else {
        int end = pos;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        add(text.substring(pos, end), pos, line, false);
        pos = end;
      }
    }
  }

  /** A backslash followed only by spaces up to the end of the line. */
  private boolean continuesLine(int pos) {
    for (int i = pos + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }

  private int quoted(int start, char quote, int line) {
    StringBuilder value = new StringBuilder();
    int pos = start + 1;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == quote) {
        add(value.toString(), start, line, true);
        return pos + 1;
      }
      if (quote == '"' && c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
        value.append('"');
        pos += 2;
        continue;
      }
      value.append(c);
      pos++;
    }
    problems.add(new ExtractionProblem(lines.at(start), "unterminated string: the " + quote + " here is never closed"));
    truncated = true;
    return text.length();
  }

  private void add(String raw, int offset, int line, boolean quoted) {
    tokens.add(new CaddyToken(environment(raw), offset, line, quoted));
  }

  /** Replaces {$NAME:default} by its default; without a default the placeholder {$NAME} stays. */
  private String environment(String raw) {
    int open = raw.indexOf("{$");
    if (open < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder();
    int pos = 0;
    while (open >= 0) {
      int close = raw.indexOf('}', open);
      if (close < 0) {
        break;
      }
      out.append(raw, pos, open);
      String body = raw.substring(open + 2, close);
      int colon = body.indexOf(':');
      if (colon >= 0) {
        out.append(body, colon + 1, body.length());
      } else {
        // kept as written: the source may declare its value, which the collector substitutes into routes
        out.append(raw, open, close + 1);
      }
      pos = close + 1;
      open = raw.indexOf("{$", pos);
    }
    out.append(raw, pos, raw.length());
    return out.toString();
  }
}
