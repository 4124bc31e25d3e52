package io.truthbook.evidence.http;

/**
 * Route paths in one canonical spelling: prefixes joined with single slashes, a trailing slash kept
 * as the route wrote it (FastAPI, Flask and Spring serve {@code /users/} and {@code /users} as two
 * paths), and every path parameter written {@code {name}} whatever the framework's syntax.
 */
public final class RoutePaths {

  private static final int MAX_CONSTRAINT = 200;

  private RoutePaths() {}

  /**
   * Joins prefixes and a route path into one canonical path; empty parts are skipped, and the path
   * ends in a slash when its last non-empty part does ({@code "/api/contacts" + "/"} is
   * {@code /api/contacts/}, as FastAPI serves it).
   */
  public static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    boolean trailing = false;
    for (String part : parts) {
      joined.append('/').append(part);
      if (!part.isEmpty()) {
        trailing = part.endsWith("/");
      }
    }
    String canonical = canonical(joined.toString());
    return trailing || canonical.equals("/") ? canonical : slashless(canonical);
  }

  /** The path without its trailing slash (the root stays {@code /}): how slash-blind frameworks match. */
  public static String slashless(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * The canonical spelling of one path: {@code :id}, {@code <int:id>}, {@code {id:int}} and
   * {@code {id:[0-9]+}} all become {@code {id}}; slashes are collapsed and a trailing one kept.
   */
  public static String canonical(String path) {
    StringBuilder out = new StringBuilder(path.length() + 1);
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '/') {
        // one slash between segments, whatever was written
        if (out.length() == 0 || out.charAt(out.length() - 1) != '/') {
          out.append('/');
        }
        i++;
      } else if (c == '{') {
        i = brace(path, i, out);
      } else if (c == '<') {
        i = angle(path, i, out);
      } else if (c == ':' && startsParameter(path, i)) {
        i = colon(path, i, out);
      } else {
        if (out.length() == 0) {
          out.append('/');
        }
        out.append(c);
        i++;
      }
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  /**
   * The path with every parameter written {@code {}}, so that a manifest's {@code /contacts/{id}}
   * and code's {@code /contacts/:contactId} compare equal.
   */
  public static String normalise(String path) {
    String canonical = canonical(path);
    StringBuilder out = new StringBuilder(canonical.length());
    int i = 0;
    while (i < canonical.length()) {
      int end = canonical.charAt(i) == '{' ? parameterEnd(canonical, i) : -1;
      if (end > 0) {
        out.append("{}");
        i = end + 1;
      } else {
        out.append(canonical.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  // {name}, {name:int}, {name:[0-9]{3}}: braces in the pattern nest, so count them
  private static int brace(String path, int open, StringBuilder out) {
    int depth = 0;
    for (int i = open; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        String inner = path.substring(open + 1, i);
        int colon = inner.indexOf(':');
        String name = (colon >= 0 ? inner.substring(0, colon) : inner).trim();
        // Spring's {*rest} catch-all names the parameter after the star
        name = name.startsWith("*") ? name.substring(1) : name;
        return parameter(name, path.substring(open, i + 1), out, i + 1);
      }
    }
    return literal(path.substring(open), out, path.length());
  }

  // the '}' closing a canonical {name} opened at i, or -1; stops at the segment's end to stay linear
  private static int parameterEnd(String canonical, int open) {
    for (int i = open + 1; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      if (c == '}') {
        return i;
      }
      if (c == '/' || c == '{') {
        return -1;
      }
    }
    return -1;
  }

  // Flask/Werkzeug <id> and <converter:id>
  private static int angle(String path, int open, StringBuilder out) {
    int close = open + 1;
    while (close < path.length() && path.charAt(close) != '>' && path.charAt(close) != '/'
        && path.charAt(close) != '<') {
      close++;
    }
    if (close >= path.length() || path.charAt(close) != '>') {
      return literal(path.substring(open, close), out, close);
    }
    String inner = path.substring(open + 1, close);
    String name = inner.substring(inner.lastIndexOf(':') + 1).trim();
    return parameter(name, path.substring(open, close + 1), out, close + 1);
  }

  // Express :id, :id?, :id(\\d+), also inside a segment after '-' or '.' (/flights/:from-:to)
  private static int colon(String path, int start, StringBuilder out) {
    int i = start + 1;
    while (i < path.length() && isNameChar(path.charAt(i))) {
      i++;
    }
    String name = path.substring(start + 1, i);
    if (i < path.length() && path.charAt(i) == '(') {
      int depth = 0;
      // a constraint is a short regex; the bound keeps unclosed garbage linear
      for (int j = i; j < path.length() && j < i + MAX_CONSTRAINT; j++) {
        char c = path.charAt(j);
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          i = j + 1;
          break;
        }
      }
    }
    if (i < path.length() && "?*+".indexOf(path.charAt(i)) >= 0) {
      i++;
    }
    return parameter(name, path.substring(start, i), out, i);
  }

  private static int parameter(String name, String written, StringBuilder out, int next) {
    if (name.isEmpty()) {
      return literal(written, out, next);
    }
    if (out.length() == 0) {
      out.append('/');
    }
    out.append('{').append(name).append('}');
    return next;
  }

  private static int literal(String text, StringBuilder out, int next) {
    if (out.length() == 0) {
      out.append('/');
    }
    out.append(text);
    return next;
  }

  private static boolean startsParameter(String path, int colon) {
    boolean afterBoundary = colon == 0 || "/-.".indexOf(path.charAt(colon - 1)) >= 0;
    return afterBoundary && colon + 1 < path.length() && Character.isJavaIdentifierStart(path.charAt(colon + 1));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
