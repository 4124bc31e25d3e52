package io.truthbook.adopt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Route families from the longest common path prefixes of the endpoints: {@code /api/items} and
 * {@code /api/users/{id}} give the families {@code /api/items} and {@code /api/users}. A common prefix that
 * only names the API ({@code /api}, {@code /api/v1}, the root) is split by its next segment, and is a family of
 * its own only for the endpoints it serves itself; any other common prefix is one family.
 */
final class RouteFamilies {
  /** A segment a family prefix can hold. */
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9_-]+");
  /** Segments that say where an API is, not what it serves. */
  private static final Pattern NAMESPACE = Pattern.compile("api|rest|internal|public|private|v[0-9]+(?:\\.[0-9]+)*");
  /** The family of the endpoints no longer prefix holds (the root, or paths a prefix cannot spell). */
  static final String ROOT = "/";

  private RouteFamilies() {}

  /** The family prefixes for these endpoint paths, sorted; {@link #ROOT} when some path needs it. */
  static List<String> prefixes(Collection<String> paths) {
    List<List<String>> statics = new TreeSet<>(paths).stream().map(RouteFamilies::staticSegments).toList();
    List<String> out = new ArrayList<>();
    split(statics, out);
    return new TreeSet<>(out).stream().toList();
  }

  /** Ids for the prefixes: their last segment, or as many last segments as make it unique. */
  static Map<String, String> ids(List<String> prefixes) {
    Map<String, String> ids = new TreeMap<>();
    List<String> left = new ArrayList<>(prefixes);
    int longest = prefixes.stream().mapToInt(p -> segments(p).size()).max().orElse(0);
    for (int take = 1; !left.isEmpty(); take++) {
      Map<String, List<String>> byId = new TreeMap<>();
      for (String prefix : left) {
        byId.computeIfAbsent(id(prefix, take), k -> new ArrayList<>()).add(prefix);
      }
      byId.forEach((id, same) -> {
        if (same.size() == 1 && !ids.containsValue(id)) {
          ids.put(same.get(0), id);
        }
      });
      left.removeIf(ids::containsKey);
      if (take >= longest) {
        // prefixes that spell one id however much is taken (/a_b and /a-b): numbered
        for (String prefix : left) {
          int n = 2;
          while (ids.containsValue(id(prefix, take) + "-" + n)) {
            n++;
          }
          ids.put(prefix, id(prefix, take) + "-" + n);
        }
        left.clear();
      }
    }
    return ids;
  }

  private static String id(String prefix, int take) {
    List<String> segments = segments(prefix);
    if (segments.isEmpty()) {
      return "root";
    }
    String joined = String.join("-", segments.subList(Math.max(0, segments.size() - take), segments.size()));
    String id = joined.replace('_', '-').replaceAll("-+", "-").replaceAll("^[^a-z]+|-+$", "");
    return id.isEmpty() ? "routes" : id;
  }

  /** The segments of a path before its first parameter, or the first segment a prefix cannot spell. */
  static List<String> staticSegments(String path) {
    List<String> out = new ArrayList<>();
    for (String segment : segments(path)) {
      if (!SEGMENT.matcher(segment).matches()) {
        break;
      }
      out.add(segment);
    }
    return out;
  }

  static String prefix(List<String> segments) {
    return segments.isEmpty() ? ROOT : "/" + String.join("/", segments);
  }

  private static List<String> segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static void split(List<List<String>> group, List<String> out) {
    List<String> common = commonPrefix(group);
    boolean served = group.stream().anyMatch(common::equals);
    boolean namespace = common.isEmpty() || NAMESPACE.matcher(common.get(common.size() - 1)).matches();
    if (served || !namespace) {
      // a namespace that is served itself (/api, the root) is the family of those endpoints alone
      out.add(prefix(common));
    }
    if (!namespace) {
      return;
    }
    Map<String, List<List<String>>> byNext = new TreeMap<>();
    for (List<String> path : group) {
      if (path.size() > common.size()) {
        byNext.computeIfAbsent(path.get(common.size()), k -> new ArrayList<>()).add(path);
      }
    }
    byNext.values().forEach(next -> split(next, out));
  }

  private static List<String> commonPrefix(List<List<String>> paths) {
    List<String> first = paths.get(0);
    int length = first.size();
    for (List<String> path : paths) {
      int i = 0;
      while (i < length && i < path.size() && path.get(i).equals(first.get(i))) {
        i++;
      }
      length = i;
    }
    return first.subList(0, length);
  }
}
