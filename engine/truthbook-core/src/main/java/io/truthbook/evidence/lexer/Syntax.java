package io.truthbook.evidence.lexer;

/** The lexical rules of a source language: comment markers, string forms and templates. */
public enum Syntax {
  /**
   * {@code #} comments, prefixed and triple-quoted strings, f-string templates, NEWLINE tokens,
   * logical line starts and their indentation.
   */
  PYTHON,
  /** {@code //} and block comments, regex literals, backtick templates. */
  JAVASCRIPT,
  /** {@code //} and block comments, text blocks. */
  JAVA,
  /** Like Java, but every string may hold {@code $name} templates. */
  KOTLIN;

  public boolean slashComments() {
    return this != PYTHON;
  }

  /** True where {@code name = value} inside a call names an argument. */
  public boolean namedArguments() {
    return this != JAVASCRIPT;
  }

  /** True for a character that starts a name: Python's letters and '_', or a Java identifier start. */
  boolean nameStart(char c) {
    return this == PYTHON ? Character.isLetter(c) || c == '_' : Character.isJavaIdentifierStart(c);
  }

  boolean namePart(char c) {
    return this == PYTHON ? Character.isLetterOrDigit(c) || c == '_' : Character.isJavaIdentifierPart(c);
  }

  /** True for a character that starts a number; Python's numbers start with an ASCII digit. */
  boolean numberStart(char c) {
    return this == PYTHON ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /**
   * True for whitespace between tokens, line breaks aside. Python knows only spaces, tabs, form
   * feeds, carriage returns and a byte order mark; any other character is an operator to it.
   */
  boolean space(char c) {
    return this == PYTHON ? c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\uFEFF'
        : Character.isWhitespace(c);
  }
}
