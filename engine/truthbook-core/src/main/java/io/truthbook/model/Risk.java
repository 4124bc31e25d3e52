package io.truthbook.model;

import java.util.List;

/** A risk from the seed, tied to the rules that detect it. */
public record Risk(
    String id,
    Location at,
    String title,
    String description,
    String severity,
    Ref owner,
    List<Ref> detectedBy,
    String mitigation) {

  public Risk {
    detectedBy = List.copyOf(detectedBy);
  }
}
