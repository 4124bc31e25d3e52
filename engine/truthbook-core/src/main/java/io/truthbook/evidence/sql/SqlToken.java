package io.truthbook.evidence.sql;

/**
 * One SQL token. A {@code WORD} is an unquoted identifier or keyword as written, a {@code QUOTED}
 * identifier holds its unescaped content, a {@code STRING} stands for any literal (its text is not
 * kept), {@code PUNCT} is one character. {@code offset} is where the token starts in the file and
 * {@code end} where it ends, so that a type or default can be quoted as written.
 */
record SqlToken(Kind kind, String text, int offset, int end) {

  enum Kind { WORD, QUOTED, STRING, NUMBER, PUNCT }

  boolean isWord(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
  }

  boolean isIdentifier() {
    return kind == Kind.WORD || kind == Kind.QUOTED;
  }

  /** The identifier as PostgreSQL resolves it: unquoted ones fold to lower case, quoted ones keep their case. */
  String identifier() {
    return kind == Kind.WORD ? text.toLowerCase(java.util.Locale.ROOT) : text;
  }

  /** The token as a message shows it after "found". */
  String describe() {
    switch (kind) {
      case STRING:
        return "a string literal";
      case QUOTED:
        return "\"" + text + "\"";
      default:
        return "'" + text + "'";
    }
  }
}
