package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportPolicy;
import io.truthbook.model.ImportProfile;
import io.truthbook.model.ImportTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * The import model: each source profile with its headers and how its file is written, each mapping as
 * source → target rows with their transforms, the precedence between sources, and what AI may suggest
 * and who approves it. The import chapter links here instead of keeping its own tables.
 */
final class ImportCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Imports");
    out.paragraph("The exports an import recognises, how their columns map to canonical columns, which source wins"
        + " a column and what AI may suggest. " + c.mono("truthbook import-check FILE.csv") + " runs a mapping on"
        + " a real file without loading it.");
    for (ImportProfile p : c.truth().importProfiles()) {
      profile(c, out, p);
    }
    for (ImportMapping m : c.truth().importMappings()) {
      mapping(c, out, m);
    }
    precedence(c, out);
    assistance(c, out);
  }

  private static void profile(ReferenceContext c, AsciiDocWriter out, ImportProfile p) {
    out.section(2, c.place(EntityKind.PROFILE, p.id()), "Profile " + c.mono(p.id()) + ": " + c.text(p.title()));
    out.fields()
        .field("Vendor", c.text(p.vendor()))
        .field("Documentation", p.documentation().map(c::text))
        .field("File", c.text("delimiter '" + (p.delimiter() == '\t' ? "tab" : String.valueOf(p.delimiter()))
            + "', encoding " + p.encoding() + ", decimal separator '" + p.decimalSeparator() + "'"))
        .field("Dates", String.join(", ", p.dateFormats().stream().map(f -> c.mono(f.text())).toList()))
        .field("Recognised by", String.join(", ", p.recognisedBy().stream().map(h -> c.mono(h.text())).toList()))
        .field("Mappings", String.join(", ", c.truth().importMappings().stream()
            .filter(m -> m.profile().id().equals(p.id())).map(m -> c.link(EntityKind.MAPPING, m.id())).toList()))
        .field("Referenced from", c.referencedFrom(EntityKind.PROFILE, p.id()));
    out.paragraph("Headers, in the export's order: " + String.join(", ", p.headers().stream().map(c::mono).toList())
        + ".");
  }

  private static void mapping(ReferenceContext c, AsciiDocWriter out, ImportMapping m) {
    out.section(2, c.place(EntityKind.MAPPING, m.id()), "Mapping " + c.mono(m.id()) + " (version " + m.version()
        + ")");
    out.fields()
        .field("Profile", c.link(EntityKind.PROFILE, m.profile()))
        .field("Description", m.description().map(c::text))
        .field("From the batch", String.join(", ", m.fromBatch().stream().map(r -> column(c, r.id())).toList()))
        .field("Must cover", String.join(", ", m.require().stream().map(r -> column(c, r.id())).toList()))
        .field("Duplicate key", String.join(", ", m.duplicateKey().stream()
            .map(k -> column(c, k.column().id()) + (k.hashed() ? " (SHA-256, normalised)" : "")).toList()))
        .field("Referenced from", c.referencedFrom(EntityKind.MAPPING, m.id()));
    List<List<String>> rows = new ArrayList<>();
    for (ImportMapping.Row row : m.rows()) {
      rows.add(List.of(String.join(" + ", row.sources().stream().map(c::mono).toList()), column(c, row.to().id()),
          String.join(", ", row.transforms().stream().map(ImportTransform::summary).map(c::mono).toList()),
          row.precedence().map(String::valueOf).orElse("")));
    }
    out.table("Rows of " + c.text(m.id()), "3,3,4,1", List.of("Source", "Target", "Transforms", "Precedence"), rows);
  }

  /** {@code table.column}, the table linked. */
  private static String column(ReferenceContext c, String target) {
    String[] parts = ImportMapping.split(target);
    return c.link(EntityKind.TABLE, parts[0]) + c.mono("." + parts[1]);
  }

  private static void precedence(ReferenceContext c, AsciiDocWriter out) {
    List<ImportPolicy.Precedence> all = c.truth().importPrecedence();
    if (all.isEmpty()) {
      return;
    }
    out.section(2, "", "Precedence between sources");
    List<List<String>> rows = new ArrayList<>();
    for (ImportPolicy.Precedence p : all) {
      rows.add(List.of(p.columns().isEmpty() ? "every column"
          : String.join(", ", p.columns().stream().map(r -> column(c, r.id())).toList()),
          String.join(" before ", p.order().stream().map(r -> c.link(EntityKind.PROFILE, r)).toList()),
          p.description().map(c::text).orElse("")));
    }
    out.table("", "2,3,4", List.of("Columns", "Order (winner first)", "Why"), rows);
  }

  private static void assistance(ReferenceContext c, AsciiDocWriter out) {
    for (ImportPolicy.Assistance a : c.truth().importAssistance()) {
      out.section(2, "", "AI assistance and approval");
      out.fields()
          .field("Steward", c.link(EntityKind.OWNER, a.steward()))
          .field("Recorded by", c.link(EntityKind.GATE, a.gate()));
      List<List<String>> rows = new ArrayList<>();
      for (ImportPolicy.Suggestion s : a.suggestions()) {
        rows.add(List.of(c.mono(s.kind()), c.text(s.description()),
            s.stewardApproves() ? "steward" : "none", s.stewardApproves() ? (s.bulk() ? "yes" : "no") : ""));
      }
      out.table("AI may suggest", "2,5,1,1", List.of("Suggestion", "What", "Approval", "In bulk"), rows);
      out.bullets("AI never", a.never().stream().map(c::text).toList());
    }
  }
}
