package io.truthbook.evidence.sql;

import java.util.List;
import java.util.Optional;

/** A position in the tokens of one non-empty statement, with the keyword tests the reader needs. */
final class TokenCursor {
  private final List<SqlToken> tokens;
  private int index;

  TokenCursor(List<SqlToken> tokens) {
    this.tokens = tokens;
  }

  /** The statement's first token: where its operations are located. */
  SqlToken first() {
    return tokens.get(0);
  }

  SqlToken last() {
    return tokens.get(tokens.size() - 1);
  }

  boolean atEnd() {
    return index >= tokens.size();
  }

  Optional<SqlToken> peek() {
    return peekAhead(0);
  }

  Optional<SqlToken> peekAhead(int distance) {
    int at = index + distance;
    return at < tokens.size() ? Optional.of(tokens.get(at)) : Optional.empty();
  }

  boolean peekWord(String... keywords) {
    if (atEnd()) {
      return false;
    }
    for (String keyword : keywords) {
      if (tokens.get(index).isWord(keyword)) {
        return true;
      }
    }
    return false;
  }

  void advance() {
    index++;
  }

  /** Moves past the keywords if they all come next, in order; otherwise stays put. */
  boolean accept(String... keywords) {
    for (int i = 0; i < keywords.length; i++) {
      if (index + i >= tokens.size() || !tokens.get(index + i).isWord(keywords[i])) {
        return false;
      }
    }
    index += keywords.length;
    return true;
  }

  boolean acceptPunct(char c) {
    if (!atEnd() && tokens.get(index).isPunct(c)) {
      index++;
      return true;
    }
    return false;
  }

  boolean peekPunct(char c) {
    return !atEnd() && tokens.get(index).isPunct(c);
  }

  /** Moves {@code count} tokens on. */
  void skip(int count) {
    index = Math.min(tokens.size(), index + count);
  }

  /**
   * The tokens from the cursor up to (not including) the next comma outside parentheses, or a ')'
   * that closes a parenthesis opened before the cursor, or the end; the cursor stays put.
   */
  List<SqlToken> peekClause() {
    int depth = 0;
    int end = index;
    for (; end < tokens.size(); end++) {
      SqlToken token = tokens.get(end);
      if (token.isPunct('(')) {
        depth++;
      } else if (token.isPunct(')')) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (token.isPunct(',') && depth == 0) {
        break;
      }
    }
    return tokens.subList(index, end);
  }

  /** Moves past a parenthesised group if one starts here, with everything nested in it. */
  boolean skipGroup() {
    if (!peekPunct('(')) {
      return false;
    }
    int depth = 0;
    while (!atEnd()) {
      SqlToken token = tokens.get(index++);
      if (token.isPunct('(')) {
        depth++;
      } else if (token.isPunct(')') && --depth == 0) {
        return true;
      }
    }
    return true;
  }

  /** Moves past the next comma outside parentheses; false if the statement ends first. */
  boolean skipToTopLevelComma() {
    int depth = 0;
    while (!atEnd()) {
      SqlToken token = tokens.get(index++);
      if (token.isPunct('(')) {
        depth++;
      } else if (token.isPunct(')')) {
        depth = Math.max(0, depth - 1);
      } else if (token.isPunct(',') && depth == 0) {
        return true;
      }
    }
    return false;
  }
}
