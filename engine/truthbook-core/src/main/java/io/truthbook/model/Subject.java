package io.truthbook.model;

import java.util.List;
import java.util.Map;

/**
 * An entity a claim speaks of, as the truth has it: where it is defined, the values of its
 * checkable fields (a field with no value is absent) and the owners it answers to.
 */
public record Subject(String kind, String id, Location at, Map<String, String> values, List<String> owners) {
  public Subject {
    values = Map.copyOf(values);
    owners = List.copyOf(owners);
  }
}
