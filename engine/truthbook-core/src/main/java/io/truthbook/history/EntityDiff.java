package io.truthbook.history;

import io.truthbook.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/** What changed between two entity views: entities added or removed, and fields changed. */
public final class EntityDiff {
  private EntityDiff() {}

  /** One change, in words people read: {@code route family catalog-items: owner ben → ana}. */
  public record Change(String key, Kind kind, String field, String before, String after) {
    /** Whether the entity came, went, or had a field changed. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    public String describe() {
      return switch (kind) {
        case ADDED -> key + " added";
        case REMOVED -> key + " removed";
        case CHANGED -> key + ": " + field + " " + before + " → " + after;
      };
    }
  }

  /** The changes from {@code before} to {@code after}, sorted by entity key, then field. */
  public static List<Change> between(SortedMap<String, Entity> before, SortedMap<String, Entity> after) {
    List<Change> changes = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      Entity was = before.get(key);
      Entity is = after.get(key);
      if (was == null) {
        changes.add(new Change(key, Change.Kind.ADDED, "", "", ""));
      } else if (is == null) {
        changes.add(new Change(key, Change.Kind.REMOVED, "", "", ""));
      } else {
        TreeSet<String> fields = new TreeSet<>(was.fields().keySet());
        fields.addAll(is.fields().keySet());
        for (String field : fields) {
          List<String> old = was.fields().get(field);
          List<String> now = is.fields().get(field);
          if (!java.util.Objects.equals(old, now)) {
            changes.add(new Change(key, Change.Kind.CHANGED, field, Entity.show(old), Entity.show(now)));
          }
        }
      }
    }
    return changes;
  }

  /** The first {@code limit} changes described, joined by "; ", with how many more there are. */
  public static String summary(List<Change> changes, int limit) {
    List<String> shown = changes.stream().limit(limit).map(Change::describe).toList();
    String text = String.join("; ", shown);
    return changes.size() > limit ? text + "; and " + (changes.size() - limit) + " more" : text;
  }
}
