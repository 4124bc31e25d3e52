package io.truthbook.evidence.http;

/** The lexical rules of a source language: comment markers, string forms and templates. */
enum Syntax {
  /** {@code #} comments, prefixed and triple-quoted strings, f-string templates, NEWLINE tokens. */
  PYTHON,
  /** {@code //} and block comments, regex literals, backtick templates. */
  JAVASCRIPT,
  /** {@code //} and block comments, text blocks. */
  JAVA,
  /** Like Java, but every string may hold {@code $name} templates. */
  KOTLIN;

  boolean slashComments() {
    return this != PYTHON;
  }

  /** True where {@code name = value} inside a call names an argument. */
  boolean namedArguments() {
    return this != JAVASCRIPT;
  }
}
