package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportPolicy;
import io.truthbook.model.ImportProfile;
import io.truthbook.model.ImportTransform;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The import model: source profiles, mappings to canonical columns, precedence, AI assistance and approval. */
final class ImportsKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.IMPORTS;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("profiles").forEach(p -> truth.add(ImportProfile.class, profile(p)));
    manifest.objects("mappings").forEach(m -> truth.add(ImportMapping.class, mapping(m)));
    manifest.objects("precedence").forEach(p -> truth.add(ImportPolicy.Precedence.class,
        new ImportPolicy.Precedence(p.at(), p.refs("columns"), p.refs("order"), p.optText("description"))));
    manifest.objectAt("assistance").ifPresent(a -> truth.add(ImportPolicy.Assistance.class,
        new ImportPolicy.Assistance(a.at(), a.ref("steward"), a.ref("gate"), a.objects("suggestions").stream()
            .map(s -> new ImportPolicy.Suggestion(s.text("kind"), s.at(), s.text("description"),
                s.text("approval").equals("steward"), s.flag("bulk")))
            .toList(), a.texts("never"))));
  }

  private static ImportProfile profile(Fields p) {
    return new ImportProfile(p.text("id"), p.at(), p.text("title"), p.text("vendor"), p.optText("documentation"),
        p.texts("headers"), p.at("headers"), p.text("delimiter").charAt(0), p.text("encoding"), p.at("encoding"),
        located(p, "dateFormats"), p.optText("decimalSeparator").orElse(".").charAt(0), located(p, "recognisedBy"));
  }

  private static List<ImportProfile.Located> located(Fields f, String key) {
    return f.refs(key).stream().map(r -> new ImportProfile.Located(r.id(), r.at())).toList();
  }

  private static ImportMapping mapping(Fields m) {
    return new ImportMapping(m.text("id"), m.at(), m.integer("version", 1), m.ref("profile"),
        m.optText("description"), m.objects("rows").stream().map(ImportsKind::row).toList(), m.refs("fromBatch"),
        m.refs("require"), m.objects("duplicateKey").stream()
            .map(k -> new ImportMapping.KeyColumn(k.ref("column"), k.optText("hash").isPresent())).toList());
  }

  private static ImportMapping.Row row(Fields r) {
    List<ImportTransform> transforms = new ArrayList<>();
    r.list("transforms").forEach(node -> transforms.add(transform(node)));
    return new ImportMapping.Row(r.at(), r.optText("from"), r.at("from"), r.ref("to"), transforms,
        r.optInteger("precedence"));
  }

  /** A transform as the schema allows it: a bare word, or a mapping with one key. */
  private static ImportTransform transform(YamlNode node) {
    if (node instanceof YamlNode.Scalar word) {
      return word.valueText().equals("lower") ? new ImportTransform.Lower() : new ImportTransform.Trim();
    }
    Fields f = new Fields(node);
    if (f.optText("split-name").isPresent()) {
      return new ImportTransform.SplitName(f.text("split-name").equals("given"));
    }
    if (f.optText("parse-date").isPresent()) {
      return new ImportTransform.ParseDate(f.text("parse-date"), f.at("parse-date"));
    }
    if (f.optText("phone-e164").isPresent()) {
      return new ImportTransform.PhoneE164(f.text("phone-e164"), f.at("phone-e164"));
    }
    if (f.optText("constant").isPresent()) {
      return new ImportTransform.Constant(f.text("constant"));
    }
    Optional<Fields> concat = f.objectAt("concat");
    if (concat.isPresent()) {
      return new ImportTransform.Concat(concat.get().texts("columns"), concat.get().text("separator"), f.at("concat"));
    }
    Map<String, String> table = new LinkedHashMap<>();
    f.objects("map-values").forEach(pair -> table.putIfAbsent(pair.text("from"), pair.text("to")));
    return new ImportTransform.MapValues(table);
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.PROFILE, EntityKind.MAPPING);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.importProfiles().forEach(p -> index.put(EntityKind.PROFILE, p.id(), p.at()));
    truth.importMappings().forEach(m -> index.put(EntityKind.MAPPING, m.id(), m.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    truth.importProfiles().forEach(p -> out.add(new Entity.Builder("profile", p.id()).put("title", p.title())
        .put("vendor", p.vendor()).put("documentation", p.documentation()).list("headers", p.headers())
        .put("delimiter", String.valueOf(p.delimiter())).put("encoding", p.encoding())
        .list("dateFormats", texts(p.dateFormats())).put("decimalSeparator", String.valueOf(p.decimalSeparator()))
        .list("recognisedBy", texts(p.recognisedBy())).build()));
    truth.importMappings().forEach(m -> out.add(new Entity.Builder("mapping", m.id())
        .put("version", String.valueOf(m.version())).put("profile", m.profile().id())
        .put("description", m.description())
        .list("rows", m.rows().stream().map(ImportsKind::rowSummary).toList())
        .list("fromBatch", Refs.ids(m.fromBatch())).list("require", Refs.ids(m.require()))
        .list("duplicateKey", m.duplicateKey().stream()
            .map(k -> k.column().id() + (k.hashed() ? " sha256-normalised" : "")).toList())
        .build()));
    truth.importPrecedence().forEach(p -> out.add(new Entity.Builder("precedence",
        p.columns().isEmpty() ? "every column" : String.join(", ", Refs.ids(p.columns())))
        .list("order", Refs.ids(p.order())).put("description", p.description()).build()));
    truth.importAssistance().forEach(a -> out.add(new Entity.Builder("assistance", a.gate().id())
        .put("steward", a.steward().id())
        .list("suggestions", a.suggestions().stream().map(s -> s.kind() + ": " + s.description()
            + (s.stewardApproves() ? " (steward approves" + (s.bulk() ? ", in bulk)" : ", one by one)") : " (no approval)"))
            .toList())
        .list("never", a.never()).build()));
    return out;
  }

  private static List<String> texts(List<ImportProfile.Located> located) {
    return located.stream().map(ImportProfile.Located::text).toList();
  }

  /** One row as a diff shows it: {@code Email -> customer.email [trim, lower]}. */
  static String rowSummary(ImportMapping.Row row) {
    String from = row.from().orElse(row.sources().isEmpty() ? "(none)" : String.join(" + ", row.sources()));
    String transforms = row.transforms().stream().map(ImportTransform::summary).collect(Collectors.joining(", "));
    return from + " -> " + row.to().id() + (transforms.isEmpty() ? "" : " [" + transforms + "]")
        + row.precedence().map(p -> " precedence " + p).orElse("");
  }

  /** The steward, and the owners of the tables the mappings write. */
  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.importAssistance().forEach(a -> owners.add(a.steward().id()));
    for (ImportMapping mapping : truth.importMappings()) {
      for (ImportMapping.Row row : mapping.rows()) {
        String table = ImportMapping.split(row.to().id())[0];
        truth.domains().stream().filter(d -> d.tables().stream().anyMatch(t -> t.name().equals(table)))
            .forEach(d -> owners.add(d.owner().id()));
      }
    }
    return owners;
  }

  @Override
  public String reference() {
    return "Imports";
  }
}
