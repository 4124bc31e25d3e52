package io.truthbook.evidence;

import com.google.re2j.Pattern;

/**
 * A path glob: {@code *} and {@code ?} stay inside a folder, {@code **} crosses folders. Matched by
 * RE2 in time linear in the path, so no pattern from a manifest can make a check hang.
 */
public record Glob(String pattern, Pattern regex) {

  public static Glob of(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        boolean slash = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
        regex.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
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
