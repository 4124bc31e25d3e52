package io.truthbook.evidence.owners;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CODEOWNERS path pattern compiled to a regular expression with GitHub's semantics, which are
 * gitignore's minus negation and character ranges: a pattern with no slash but a trailing one
 * matches at any depth ({@code *.js}, {@code apps/}); any other slash anchors it at the root
 * ({@code /docs/}, {@code docs/*}); a name also matches everything under it; a trailing {@code *}
 * segment matches direct children only, as GitHub documents for {@code docs/*}; {@code **} spans
 * any number of directories; {@code \} escapes the next character. Matched by RE2 in time linear in
 * the path: a CODEOWNERS file is repository content, and no pattern in it may make a check hang.
 */
record OwnerPattern(String pattern, Optional<Pattern> regex) {

  /**
   * The most segments (after runs of {@code **} are merged) and characters a pattern may have. RE2
   * matches in linear time but follows the empty paths of a pattern recursively, so a pattern of
   * thousands of optional segments would overflow the stack; real patterns are far shorter.
   */
  static final int MAX_SEGMENTS = 256;

  static final int MAX_LENGTH = 4096;

  /** Compiles {@code pattern}; an invalid one (see {@link #problem}) never matches. */
  static OwnerPattern of(String pattern) {
    // '/' alone is valid and owns nothing
    return new OwnerPattern(pattern, problem(pattern).isPresent() || pattern.equals("/") ? Optional.empty()
        : Optional.of(compile(pattern)));
  }

  /** Why GitHub would reject {@code pattern}, or why it is too long to match safely, if either. */
  static Optional<String> problem(String pattern) {
    if (pattern.isEmpty()) {
      return Optional.of("empty pattern");
    }
    if (pattern.startsWith("!")) {
      return Optional.of("negated patterns ('!') are not supported in CODEOWNERS");
    }
    if (pattern.contains("***")) {
      return Optional.of("a pattern cannot contain three consecutive asterisks");
    }
    List<String> segments = segments(pattern);
    int length = String.join("/", segments).length();
    if (length > MAX_LENGTH) {
      return Optional.of("a pattern of " + length + " characters is over the limit of " + MAX_LENGTH);
    }
    long folders = segments.stream().filter(s -> !s.isEmpty()).count();
    if (folders > MAX_SEGMENTS) {
      return Optional.of("a pattern of " + folders + " folders is over the limit of " + MAX_SEGMENTS);
    }
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == '\\') {
        i++;
      } else if (pattern.charAt(i) == '[' || pattern.charAt(i) == ']') {
        return Optional.of("character ranges ('[...]') are not supported in CODEOWNERS");
      }
    }
    return Optional.empty();
  }

  /** True if the repository path (no leading slash needed) is covered by this pattern. */
  boolean matches(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return regex.isPresent() && regex.get().matcher(relative).matches();
  }

  /**
   * The literal folders every path this pattern matches starts with ({@code /services/api/*.py} →
   * services, api), or empty when the pattern floats or starts with a wildcard: a necessary condition
   * that lets {@link CodeOwners} look up the few rules a path can match instead of trying them all.
   */
  List<String> leadingFolders() {
    if (regex.isEmpty()) {
      return List.of();
    }
    List<String> segments = segments(pattern);
    boolean floats = !segments.get(0).isEmpty() && !segments.get(0).equals("**")
        && (segments.size() == 1 || (segments.size() == 2 && segments.get(1).isEmpty()));
    if (floats) {
      // as compile() decides it: a lone name matches at any depth
      return List.of();
    }
    List<String> literal = new ArrayList<>();
    for (String segment : segments.subList(segments.get(0).isEmpty() ? 1 : 0, segments.size())) {
      if (segment.isEmpty() || segment.contains("*") || segment.contains("?") || segment.contains("\\")) {
        break;
      }
      literal.add(segment);
    }
    return literal;
  }

  /** The segments of {@code pattern}, a run of {@code **} merged into one: they match the same paths. */
  private static List<String> segments(String pattern) {
    List<String> segments = new ArrayList<>();
    for (String segment : pattern.split("/", -1)) {
      if (!(segment.equals("**") && !segments.isEmpty() && segments.get(segments.size() - 1).equals("**"))) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static Pattern compile(String pattern) {
    List<String> segments = segments(pattern);
    if (segments.get(0).isEmpty()) {
      segments.remove(0);
    } else if ((segments.size() == 1 || (segments.size() == 2 && segments.get(1).isEmpty()))
        && !segments.get(0).equals("**")) {
      // a lone name floats: it matches at any depth, as if written **/name
      segments.add(0, "**");
    }
    int last = segments.size() - 1;
    if (last > 0 && segments.get(last).isEmpty()) {
      // a trailing slash means the directory's contents
      segments.set(last, "**");
    }
    StringBuilder regex = new StringBuilder();
    boolean needSlash = false;
    for (int i = 0; i <= last; i++) {
      String segment = segments.get(i);
      if (segment.equals("**")) {
        if (i == 0 && i == last) {
          regex.append(".+");
        } else if (i == 0) {
          regex.append("(?:.+/)?");
          needSlash = false;
        } else if (i == last) {
          regex.append("/.*");
        } else {
          regex.append("(?:/.+)?");
          needSlash = true;
        }
        continue;
      }
      if (needSlash) {
        regex.append('/');
      }
      needSlash = true;
      if (segment.equals("*")) {
        regex.append("[^/]+");
        continue;
      }
      literal(segment, regex);
      if (i == last) {
        regex.append("(?:/.*)?");
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static void literal(String segment, StringBuilder regex) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '\\' && i + 1 < segment.length()) {
        quote(segment.charAt(++i), regex);
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        quote(c, regex);
      }
    }
  }

  private static void quote(char c, StringBuilder regex) {
    // a backslash makes any ASCII punctuation literal; before a letter it could start an escape class
    if (c < 128 && !Character.isLetterOrDigit(c)) {
      regex.append('\\');
    }
    regex.append(c);
  }
}
