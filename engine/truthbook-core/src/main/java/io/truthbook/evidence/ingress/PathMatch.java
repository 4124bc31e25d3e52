package io.truthbook.evidence.ingress;

/** A path and how a proxy compares it with request paths: "prefix", "exact" or "regex". */
record PathMatch(String path, String match) {
  static final String PREFIX = "prefix";
  static final String EXACT = "exact";
  static final String REGEX = "regex";

  static PathMatch prefix(String path) {
    return new PathMatch(path, PREFIX);
  }

  static PathMatch exact(String path) {
    return new PathMatch(path, EXACT);
  }

  static PathMatch regex(String path) {
    return new PathMatch(path, REGEX);
  }

  /** Every request path: what a rule with no path condition matches. */
  static PathMatch everything() {
    return prefix("/");
  }
}
