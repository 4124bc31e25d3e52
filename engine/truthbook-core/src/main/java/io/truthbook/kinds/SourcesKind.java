package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Source;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Set;

/** The product repositories the truth is checked against, and the extractors that read them. */
final class SourcesKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.SOURCES;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("sources").forEach(f -> truth.add(Source.class, new Source(f.text("id"), f.at(),
        f.optText("path"), f.optText("repository"), f.optText("url"), f.optText("subdir"), f.optText("ref"),
        f.objects("extractors").stream()
            .map(e -> new Source.ExtractorSelection(e.text("name"), e.texts("include"), e.texts("exclude"),
                e.at("include")))
            .toList(),
        f.objects("variables").stream().collect(java.util.stream.Collectors.toMap(v -> v.text("name"),
            v -> v.text("value"), (first, second) -> second)), f.optText("web"), f.optText("bundle"))));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.SOURCE);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.sources().forEach(s -> index.put(EntityKind.SOURCE, s.id(), s.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    return truth.sources().stream().<Entity>map(s -> new Entity.Builder("source", s.id()).put("path", s.path())
        .put("repository", s.repository()).put("url", s.url()).put("subdir", s.subdir()).put("ref", s.ref())
        .put("bundle", s.bundle())
        .list("extractors", s.extractors().stream()
            .map(x -> x.name() + " include " + x.include() + " exclude " + x.exclude()).toList())
        .list("variables", java.util.Optional.of(new java.util.TreeMap<>(s.variables()).entrySet().stream()
            .map(v -> v.getKey() + "=" + v.getValue()).toList()).filter(v -> !v.isEmpty()))
        .build()).toList();
  }

  /** What the truth is checked against is the runtime stewards' to change. */
  @Override
  public Set<String> reviewers(Truth truth) {
    return Refs.stewards(truth);
  }

  @Override
  public String reference() {
    return "Chapters and sources";
  }
}
