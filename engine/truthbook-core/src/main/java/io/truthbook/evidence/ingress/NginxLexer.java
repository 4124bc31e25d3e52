package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits nginx config text into tokens by nginx's own rules ({@code ngx_conf_read_token}): {@code #}
 * starts a comment and quotes start a string only where a token may start; a word ends at
 * whitespace, {@code ;} or '{', except that '${' continues a variable; '}' inside a
 * word is part of it. One pass, so any input takes linear time.
 */
final class NginxLexer {
  private final String text;
  private final LineIndex lines;
  private final List<NginxToken> tokens = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();
  /** An unterminated string swallows the rest of the file; what follows it is not config. */
  private boolean truncated;

  private NginxLexer(String text, LineIndex lines) {
    this.text = text;
    this.lines = lines;
  }

  /** The tokens of a text, the problems met, and whether the text ended inside a string. */
  record Tokens(List<NginxToken> tokens, List<ExtractionProblem> problems, boolean truncated) {
    Tokens {
      tokens = List.copyOf(tokens);
      problems = List.copyOf(problems);
    }
  }

  static Tokens tokenize(String text, LineIndex lines) {
    NginxLexer lexer = new NginxLexer(text, lines);
    lexer.run();
    return new Tokens(lexer.tokens, lexer.problems, lexer.truncated);
  }

  private void run() {
    int pos = 0;
    while (pos < text.length() && !truncated) {
      char c = text.charAt(pos);
      if (isSpace(c)) {
        pos++;
      } else if (c == '#') {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
      } else if (c == ';') {
        tokens.add(new NginxToken(NginxToken.Kind.SEMICOLON, ";", pos++));
      } else if (c == '{') {
        tokens.add(new NginxToken(NginxToken.Kind.OPEN, "{", pos++));
      } else if (c == '}') {
        tokens.add(new NginxToken(NginxToken.Kind.CLOSE, "}", pos++));
      } else if (c == '"' || c == '\'') {
        pos = quoted(pos, c);
      } else {
        pos = word(pos);
      }
    }
  }

  private int quoted(int start, char quote) {
    int pos = start + 1;
    while (pos < text.length() && text.charAt(pos) != quote) {
      pos += text.charAt(pos) == '\\' ? 2 : 1;
    }
    if (pos >= text.length()) {
      problems.add(new ExtractionProblem(lines.at(start),
          "unterminated string: the " + quote + " here is never closed"));
      truncated = true;
      return text.length();
    }
    tokens.add(new NginxToken(NginxToken.Kind.WORD, unescape(text.substring(start + 1, pos)), start));
    pos++;
    // nginx wants a separator after a closing quote; ')' may close an if-condition
    if (pos < text.length()) {
      char next = text.charAt(pos);
      if (!isSpace(next) && next != ';' && next != '{' && next != ')') {
        problems.add(new ExtractionProblem(lines.at(pos),
            "unexpected '" + next + "' after a quoted string; expected a space, ';' or '{'"));
      }
    }
    return pos;
  }

  private int word(int start) {
    int pos = start;
    boolean variable = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '{' && variable) {
        variable = false;
        pos++;
        continue;
      }
      variable = false;
      if (c == '\\' && pos + 1 < text.length()) {
        pos += 2;
        continue;
      }
      if (c == '$') {
        variable = true;
      } else if (isSpace(c) || c == ';' || c == '{') {
        break;
      }
      pos++;
    }
    tokens.add(new NginxToken(NginxToken.Kind.WORD, unescape(text.substring(start, pos)), start));
    return pos;
  }

  /** nginx's escapes: quotes and backslash lose the backslash, \t \r \n become controls, others stay. */
  private static String unescape(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 >= raw.length()) {
        out.append(c);
        continue;
      }
      char next = raw.charAt(i + 1);
      switch (next) {
        case '"', '\'', '\\' -> out.append(next);
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'n' -> out.append('\n');
        default -> out.append(c).append(next);
      }
      i++;
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
