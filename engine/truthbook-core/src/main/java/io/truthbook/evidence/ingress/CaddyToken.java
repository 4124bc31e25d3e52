package io.truthbook.evidence.ingress;

/**
 * One Caddyfile token. {@code line} numbers logical lines (a trailing backslash joins two), which
 * is what separates one directive from the next; {@code quoted} tokens are never braces or matchers.
 */
record CaddyToken(String text, int offset, int line, boolean quoted) {

  boolean isOpen() {
    return !quoted && text.equals("{");
  }

  boolean isClose() {
    return !quoted && text.equals("}");
  }
}
