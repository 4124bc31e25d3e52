package io.truthbook.evidence.sql;

/**
 * One Python token. A {@code STRING} holds the literal's value (an {@code FSTRING} its unformatted
 * text, a {@code BROKEN_STRING} the text up to where it should have closed), {@code OP} is one
 * character. {@code lineStart} marks the first token of a logical line, and
 * {@code indent} is that line's indentation (tabs to the next multiple of eight, as Python counts).
 */
record PythonToken(Kind kind, String text, int offset, boolean lineStart, int indent) {

  enum Kind { NAME, STRING, FSTRING, BROKEN_STRING, NUMBER, OP }

  boolean isName(String name) {
    return kind == Kind.NAME && text.equals(name);
  }

  boolean isOp(char c) {
    return kind == Kind.OP && text.charAt(0) == c;
  }
}
