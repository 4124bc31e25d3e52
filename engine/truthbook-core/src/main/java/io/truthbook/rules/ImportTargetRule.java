package io.truthbook.rules;

import io.truthbook.imports.DatePatterns;
import io.truthbook.imports.PhoneNumbers;
import io.truthbook.model.ColumnType;
import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportProfile;
import io.truthbook.model.ImportTransform;
import io.truthbook.model.Ref;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an import mapping names exists and fits: its target columns in the truth's tables, with a type
 * the transforms' output can fill; its source columns among its profile's headers; its transforms'
 * parameters; and each profile's own declarations.
 */
final class ImportTargetRule implements Rule {
  static final RuleInfo TARGET = new RuleInfo("import.target", Severity.ERROR,
      "an import mapping names a canonical column that does not exist",
      "A mapping writes canonical table.column pairs; a misspelt table or column would load nothing, or fail"
          + " at commit time, after the steward approved the mapping.",
      "fix the spelling (the message suggests the closest column), or declare the column in the domains manifest");
  static final RuleInfo COLUMNS = new RuleInfo("import.columns", Severity.ERROR,
      "an import mapping writes a table that declares no columns",
      "A mapping can only be judged against declared columns (names, types, NOT NULL); a table without"
          + " them would let any target pass unseen.",
      "declare the table's columns in the domains manifest (columns: name, type, nullable, default, ...)");
  static final RuleInfo TYPE = new RuleInfo("import.type", Severity.ERROR,
      "a mapping row's transforms give a value the target column's type cannot hold",
      "A CSV cell is text. parse-date gives a date (for date and timestamp columns); split-name, lower,"
          + " concat and phone-e164 give text (for text columns); a cell as it is, trimmed, mapped or constant may"
          + " fill any scalar column, and import-check tries each value. A date or JSON column fed raw text"
          + " fails at load.",
      "add parse-date with the export's pattern for a date column, or map the value to a column of the right type");
  static final RuleInfo SOURCE = new RuleInfo("import.source", Severity.ERROR,
      "a mapping row reads a column its profile's export does not have",
      "A row's source must be one of the profile's headers, spelt exactly as the vendor writes it, or the"
          + " import finds no value and the column stays empty.",
      "use the header as the profile lists it (the message suggests the closest), or add it to the profile");
  static final RuleInfo TRANSFORM = new RuleInfo("import.transform", Severity.ERROR,
      "a transform's parameter is not usable",
      "parse-date needs a java.time pattern; phone-e164 a region whose country code is known.",
      "fix the pattern (yyyy-MM-dd HH:mm) or name a known region");
  static final RuleInfo PROFILE = new RuleInfo("import.profile", Severity.ERROR,
      "a source profile contradicts itself",
      "A profile is recognised by headers it must list itself, is read in an encoding Java knows, and its date"
          + " formats are java.time patterns; otherwise import-check cannot recognise or read the export.",
      "list the recognising header among the headers, fix the encoding name or the pattern");

  /** Column types a CSV cell can be read into as it is (import-check tries each value). */
  private static final Set<ColumnType> SCALAR = EnumSet.of(ColumnType.TEXT, ColumnType.UUID, ColumnType.INTEGER,
      ColumnType.BIGINT, ColumnType.DECIMAL, ColumnType.FLOAT, ColumnType.BOOLEAN);
  private static final Set<ColumnType> DATES = EnumSet.of(ColumnType.DATE, ColumnType.TIMESTAMP,
      ColumnType.TIMESTAMPTZ);

  @Override
  public List<RuleInfo> reports() {
    return List.of(TARGET, COLUMNS, TYPE, SOURCE, TRANSFORM, PROFILE);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    index.truth().importProfiles().forEach(p -> profile(p, findings));
    ImportColumns columns = new ImportColumns(index);
    for (ImportMapping mapping : index.truth().importMappings()) {
      Optional<ImportProfile> profile = index.truth().importProfiles().stream()
          .filter(p -> p.id().equals(mapping.profile().id())).findFirst();
      for (ImportMapping.Row row : mapping.rows()) {
        columns.resolve(row.to(), findings).ifPresent(column -> type(row, column, findings));
        profile.ifPresent(p -> sources(row, p, findings));
        row.transforms().forEach(t -> transform(t, findings));
      }
      mapping.fromBatch().forEach(c -> columns.resolve(c, findings));
      mapping.require().forEach(c -> columns.resolve(c, findings));
      mapping.duplicateKey().forEach(k -> columns.resolve(k.column(), findings));
    }
    index.truth().importPrecedence().forEach(p -> p.columns().forEach(c -> columns.resolve(c, findings)));
    return findings;
  }

  private static void profile(ImportProfile profile, List<Finding> findings) {
    Set<String> seen = new HashSet<>();
    profile.headers().stream().filter(h -> !seen.add(h)).distinct().forEach(h -> findings.add(Finding.error(
        PROFILE.id(), profile.headersAt(), "profile '" + profile.id() + "' lists header '" + h + "' twice",
        "remove the second one: a header row with two equal headers is ambiguous")));
    for (ImportProfile.Located header : profile.recognisedBy()) {
      if (!profile.headers().contains(header.text())) {
        findings.add(Finding.error(PROFILE.id(), header.at(), "profile '" + profile.id() + "' is recognised by '"
            + header.text() + "', which is not one of its headers" + didYouMean(header.text(), profile.headers()),
            PROFILE.fix()));
      }
    }
    if (!supported(profile.encoding())) {
      findings.add(Finding.error(PROFILE.id(), profile.encodingAt(), "profile '" + profile.id() + "' declares"
          + " encoding '" + profile.encoding() + "', which Java does not know",
          "write a Java charset name: UTF-8, windows-1252, ISO-8859-1, UTF-16"));
    }
    for (ImportProfile.Located format : profile.dateFormats()) {
      DatePatterns.problem(format.text()).ifPresent(why -> findings.add(Finding.error(PROFILE.id(), format.at(),
          "profile '" + profile.id() + "' date format '" + format.text() + "' is not a java.time pattern: " + why,
          PROFILE.fix())));
    }
  }

  private static boolean supported(String encoding) {
    try {
      return Charset.isSupported(encoding);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void type(ImportMapping.Row row, Domain.Column column, List<Finding> findings) {
    ImportTransform.Output output = row.transforms().isEmpty() ? ImportTransform.Output.TEXT
        : row.transforms().get(row.transforms().size() - 1).output();
    boolean textual = row.transforms().stream().anyMatch(t -> t instanceof ImportTransform.SplitName
        || t instanceof ImportTransform.Lower || t instanceof ImportTransform.Concat
        || t instanceof ImportTransform.PhoneE164);
    String problem = null;
    if (output == ImportTransform.Output.DATE && !DATES.contains(column.type())) {
      problem = "parse-date gives a date, but " + row.to().id() + " is " + column.type().id();
    } else if (output == ImportTransform.Output.TEXT && textual && column.type() != ColumnType.TEXT) {
      problem = "the transforms give text, but " + row.to().id() + " is " + column.type().id();
    } else if (output == ImportTransform.Output.TEXT && !SCALAR.contains(column.type())) {
      problem = row.to().id() + " is " + column.type().id() + ", which a text value cannot fill"
          + (DATES.contains(column.type()) ? " without parse-date" : "");
    }
    if (problem != null) {
      findings.add(Finding.error(TYPE.id(), row.to().at(), problem, TYPE.fix()));
    }
  }

  private static void sources(ImportMapping.Row row, ImportProfile profile, List<Finding> findings) {
    for (String source : row.sources()) {
      if (!profile.headers().contains(source)) {
        findings.add(Finding.error(SOURCE.id(), row.fromAt(), "column '" + source + "' is not a header of profile '"
            + profile.id() + "'" + didYouMean(source, profile.headers()), SOURCE.fix()));
      }
    }
    boolean makesValue = row.transforms().stream().anyMatch(t -> t instanceof ImportTransform.Constant
        || t instanceof ImportTransform.Concat);
    if (row.from().isEmpty() && !makesValue) {
      findings.add(Finding.error(SOURCE.id(), row.at(), "the row writing " + row.to().id()
          + " reads no column and makes no value", "give it 'from: HEADER', or a constant or concat transform"));
    }
  }

  private static void transform(ImportTransform transform, List<Finding> findings) {
    if (transform instanceof ImportTransform.ParseDate date) {
      DatePatterns.problem(date.pattern()).ifPresent(why -> findings.add(Finding.error(TRANSFORM.id(), date.at(),
          "parse-date pattern '" + date.pattern() + "' is not a java.time pattern: " + why, TRANSFORM.fix())));
    } else if (transform instanceof ImportTransform.PhoneE164 phone && !PhoneNumbers.knows(phone.region())) {
      findings.add(Finding.error(TRANSFORM.id(), phone.at(), "phone-e164 region '" + phone.region()
          + "' has no known country code", "name one of " + String.join(", ", PhoneNumbers.regions())));
    }
  }

  static String didYouMean(String wrong, java.util.Collection<String> known) {
    return Suggestions.closest(wrong, known).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** Resolves {@code table.column} references, each reported once per place it is written. */
  static final class ImportColumns {
    private final TruthIndex index;

    ImportColumns(TruthIndex index) {
      this.index = index;
    }

    /** The declared column a reference names, or a finding saying why there is none. */
    Optional<Domain.Column> resolve(Ref target, List<Finding> findings) {
      String[] parts = ImportMapping.split(target.id());
      Optional<Domain.Table> table = table(parts[0]);
      if (table.isEmpty()) {
        String hint = index.closest(io.truthbook.model.EntityKind.TABLE, parts[0])
            .map(c -> " (did you mean '" + c + "." + parts[1] + "'?)").orElse("");
        findings.add(Finding.error(TARGET.id(), target.at(), "'" + parts[0] + "' of " + target.id()
            + " is not a canonical table" + hint, TARGET.fix()));
        return Optional.empty();
      }
      if (table.get().columns().isEmpty()) {
        findings.add(Finding.error(COLUMNS.id(), target.at(), "table " + parts[0] + " declares no columns, so "
            + target.id() + " cannot be checked", COLUMNS.fix()));
        return Optional.empty();
      }
      Optional<Domain.Column> column = table.get().column(parts[1]);
      if (column.isEmpty()) {
        List<String> known = table.get().columns().stream().map(c -> parts[0] + "." + c.name()).toList();
        findings.add(Finding.error(TARGET.id(), target.at(), "table " + parts[0] + " has no column '" + parts[1]
            + "'" + didYouMean(target.id(), known), TARGET.fix()));
      }
      return column;
    }

    /** The declared column, without findings (for rules that judge resolved columns only). */
    Optional<Domain.Column> column(String target) {
      String[] parts = ImportMapping.split(target);
      return table(parts[0]).flatMap(t -> t.column(parts[1]));
    }

    Optional<Domain.Table> table(String name) {
      return index.domainOfTable(name).flatMap(d -> d.tables().stream().filter(t -> t.name().equals(name)).findFirst());
    }
  }
}
