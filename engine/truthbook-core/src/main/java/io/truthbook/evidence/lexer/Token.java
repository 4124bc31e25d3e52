package io.truthbook.evidence.lexer;

/**
 * One token of source code. For strings {@code text} is the value without quotes; for templates
 * (f-strings, JS template literals, Kotlin strings with {@code $}) it keeps the placeholders; an
 * {@code unterminated} string or template holds the text up to where it should have closed.
 * In Python, {@code lineStart} marks the first token of a logical line and {@code indent} is that
 * line's indentation (tabs to the next multiple of eight, as Python counts); other languages leave
 * them false and 0.
 */
public record Token(Kind kind, String text, int offset, boolean lineStart, int indent, boolean unterminated) {

  /** What a token is; comments and whitespace never become tokens. */
  public enum Kind { NAME, STRING, TEMPLATE, LITERAL, OP, NEWLINE, END }

  public static final Token END = new Token(Kind.END, "", -1);

  /** A token outside any line structure. */
  public Token(Kind kind, String text, int offset) {
    this(kind, text, offset, false, 0, false);
  }

  public boolean isOp(String op) {
    return kind == Kind.OP && text.equals(op);
  }

  public boolean isName() {
    return kind == Kind.NAME;
  }

  public boolean isName(String name) {
    return kind == Kind.NAME && text.equals(name);
  }

  public boolean isText() {
    return kind == Kind.STRING || kind == Kind.TEMPLATE;
  }
}
