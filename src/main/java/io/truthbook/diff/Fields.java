package io.truthbook.diff;

import io.truthbook.model.Location;
import io.truthbook.model.Ref;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flattens a model record into field → text, generically: references print their id, locations
 * are left out (moving a line is not a change of the truth), lists and nested records print in order.
 */
final class Fields {
  private Fields() {}

  static Map<String, String> of(Record record, Set<String> skip) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (skip.contains(component.getName()) || component.getType() == Location.class) {
        continue;
      }
      fields.put(component.getName(), text(value(record, component)));
    }
    return fields;
  }

  private static Object value(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
    }
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Ref ref) {
      return ref.id();
    }
    if (value instanceof Location) {
      return "";
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(Fields::text).orElse("");
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(Fields::text).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Record nested) {
      return of(nested, Set.of()).entrySet().stream().filter(e -> !e.getValue().isEmpty())
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ", "{", "}"));
    }
    return String.valueOf(value);
  }
}
