package io.truthbook.adopt;

import io.truthbook.evidence.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The product's evidence, each piece with the extractor that found it, and what the drafts could not write
 * down: a file whose evidence no manifest can state is left out of its extractor, with the reason.
 */
final class ProductEvidence {
  /** One piece of evidence and the extractor that found it. */
  record Item<T extends Evidence>(String extractor, T evidence) {}

  private final Map<String, List<Evidence>> byExtractor;
  private final Function<String, String> inProduct;
  private final Map<String, Map<String, String>> skipped = new TreeMap<>();

  /** {@code inProduct} turns a path as evidence names it into one relative to the product's folder. */
  ProductEvidence(Map<String, List<Evidence>> byExtractor, Function<String, String> inProduct) {
    this.byExtractor = new LinkedHashMap<>(byExtractor);
    this.inProduct = inProduct;
  }

  <T extends Evidence> List<Item<T>> all(Class<T> type) {
    List<Item<T>> items = new ArrayList<>();
    byExtractor.forEach((extractor, evidence) -> evidence.stream().filter(type::isInstance)
        .forEach(e -> items.add(new Item<>(extractor, type.cast(e)))));
    return items;
  }

  /** The path of the file evidence was found in, relative to the product's folder. */
  String file(Evidence evidence) {
    return inProduct.apply(evidence.at().file());
  }

  /** Leaves the file an item was found in out of its extractor: no manifest can state what it says. */
  void skip(Item<?> item, String reason) {
    skipped.computeIfAbsent(item.extractor(), k -> new TreeMap<>()).putIfAbsent(file(item.evidence()), reason);
  }

  /** Per extractor, the files to leave out and why. */
  Map<String, Map<String, String>> skipped() {
    return skipped;
  }
}
