package io.truthbook.evidence;

import com.google.re2j.Pattern;
import java.util.Optional;

/**
 * A path glob: {@code *} and {@code ?} stay inside a folder, {@code **} crosses folders. Matched by
 * RE2 in time linear in the path, so no pattern from a manifest can make a check hang.
 */
public record Glob(String pattern, Pattern regex) {

  /**
   * The longest glob compiled. RE2 follows a pattern's empty paths recursively, so a glob of
   * thousands of parts could overflow the stack; a path glob is never near this long.
   */
  public static final int MAX_LENGTH = 1024;

  /** Why {@code pattern} cannot be a glob, if it cannot: only when it is over {@link #MAX_LENGTH}. */
  public static Optional<String> problem(String pattern) {
    return pattern.length() > MAX_LENGTH
        ? Optional.of("a glob of " + pattern.length() + " characters is over the limit of " + MAX_LENGTH)
        : Optional.empty();
  }

  /** Compiles {@code pattern}; one with a {@link #problem} is refused. */
  public static Glob of(String pattern) {
    problem(pattern).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        // a run of '*' is one '**', and '**/**/' is '**/': they match the same paths
        int end = i;
        while (end < pattern.length() && pattern.charAt(end) == '*') {
          end++;
        }
        boolean slash = end < pattern.length() && pattern.charAt(end) == '/';
        while (slash && pattern.startsWith("**/", end + 1)) {
          end += 3;
        }
        regex.append(slash ? "(?:.*/)?" : ".*");
        i = slash ? end : end - 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Glob(pattern, Pattern.compile(regex.toString()));
  }

  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }
}
