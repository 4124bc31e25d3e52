package io.truthbook.adopt;

import java.util.List;
import java.util.Map;

/** The sources manifest of a drafted truth: where the product is, and what each extractor that found something reads. */
final class SourcesDraft {
  private SourcesDraft() {}

  /**
   * Writes the product's source with {@code selections}; {@code dropped} are extractors that found only what
   * no manifest can state, named in a comment with their files.
   */
  static void write(YamlWriter yaml, ProductPlace place, List<Selection> selections, List<Selection> dropped) {
    yaml.key(0, "sources");
    yaml.item(1, "id", place.id());
    yaml.field(2, "description", "Drafted by truthbook init --from " + place.from() + ": the extractors that found"
        + " something, reading the folders where they found it.");
    place.path().ifPresent(path -> yaml.field(2, "path", path));
    place.repository().ifPresent(repository -> yaml.field(2, "repository", repository));
    place.subdir().ifPresent(subdir -> yaml.field(2, "subdir", subdir));
    for (Selection selection : dropped) {
      yaml.comment(2, "not run: " + selection.extractor() + ", which found only what no manifest can state");
      selection.exclude().forEach((file, why) -> yaml.comment(2, "  " + file + ": " + why));
    }
    if (selections.isEmpty()) {
      yaml.comment(2, "no extractor found anything: name the ones to run under extractors:");
      yaml.list(2, "extractors", List.of());
      return;
    }
    yaml.key(2, "extractors");
    for (Selection selection : selections) {
      yaml.item(3, "name", selection.extractor());
      if (selection.include().isEmpty()) {
        yaml.comment(4, "every file it supports: read only in the folders of its evidence, it found less (a prefix"
            + " or include from another folder)");
      } else {
        yaml.list(4, "include", selection.include());
      }
      if (!selection.exclude().isEmpty()) {
        yaml.key(4, "exclude");
        for (Map.Entry<String, String> excluded : selection.exclude().entrySet()) {
          yaml.comment(5, excluded.getValue()).item(5, excluded.getKey());
        }
      }
    }
  }
}
