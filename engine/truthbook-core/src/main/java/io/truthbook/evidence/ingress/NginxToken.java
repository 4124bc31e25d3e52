package io.truthbook.evidence.ingress;

/** One nginx token: a word (quoted or not, escapes already applied), {@code ;}, '{' or '}'. */
record NginxToken(Kind kind, String text, int offset) {

  enum Kind { WORD, SEMICOLON, OPEN, CLOSE }
}
