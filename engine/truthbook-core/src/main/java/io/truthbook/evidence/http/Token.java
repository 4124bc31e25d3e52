package io.truthbook.evidence.http;

/**
 * One token of source code. For strings {@code text} is the value without quotes; for templates
 * (f-strings, JS template literals, Kotlin strings with {@code $}) it keeps the placeholders.
 */
record Token(Kind kind, String text, int offset) {

  /** What a token is; comments and whitespace never become tokens. */
  enum Kind { NAME, STRING, TEMPLATE, LITERAL, OP, NEWLINE, END }

  static final Token END = new Token(Kind.END, "", -1);

  boolean isOp(String op) {
    return kind == Kind.OP && text.equals(op);
  }

  boolean isName() {
    return kind == Kind.NAME;
  }

  boolean isName(String name) {
    return kind == Kind.NAME && text.equals(name);
  }

  boolean isText() {
    return kind == Kind.STRING || kind == Kind.TEMPLATE;
  }
}
