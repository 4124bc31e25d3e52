package io.truthbook.kinds;

import io.truthbook.model.Owner;
import io.truthbook.model.Ref;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Small reads the descriptors share. */
final class Refs {
  private Refs() {}

  static List<String> ids(List<Ref> refs) {
    return refs.stream().map(Ref::id).toList();
  }

  /** The runtime stewards ({@code runtime: true}): who reviews what runs the product. */
  static Set<String> stewards(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.owners().stream().filter(Owner::runtime).forEach(o -> owners.add(o.id()));
    return owners;
  }
}
