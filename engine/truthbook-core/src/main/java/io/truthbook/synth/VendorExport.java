package io.truthbook.synth;

import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportProfile;
import io.truthbook.model.ImportTransform;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A graph written as a vendor writes its export: the profile's headers in its order, delimiter and
 * encoding, each mapped header holding the canonical value its mapping would read back (the inverse of
 * the transforms: a date in the profile's pattern, a stage in the vendor's label, a name joined for
 * {@code split-name}); headers the mapping does not read stay empty. One record per row of the table
 * the mapping mostly fills; columns of other tables come from the graph's first row of that table. So
 * {@code import-check} on the file is the round trip.
 */
final class VendorExport {
  private VendorExport() {}

  /** The table most of the mapping's rows fill: the one an export has a record per row of. */
  static String primaryTable(ImportMapping mapping) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    mapping.rows().forEach(r -> counts.merge(ImportMapping.split(r.to().id())[0], 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
  }

  static void write(OutputStream stream, ImportProfile profile, ImportMapping mapping,
      Map<String, List<GraphMaker.Row>> graph) throws IOException {
    String primary = primaryTable(mapping);
    Charset charset = Charset.forName(profile.encoding());
    Writer writer = new OutputStreamWriter(stream, charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(profile.delimiter()).setQuoteMode(QuoteMode.MINIMAL)
        .get();
    try (CSVPrinter out = new CSVPrinter(writer, format)) {
      out.printRecord(profile.headers());
      for (GraphMaker.Row row : graph.getOrDefault(primary, List.of())) {
        Map<String, String> cells = cells(mapping, primary, row, graph);
        List<String> record = new ArrayList<>();
        profile.headers().forEach(h -> record.add(cells.getOrDefault(h, "")));
        out.printRecord(record);
      }
    }
  }

  private static Map<String, String> cells(ImportMapping mapping, String primary, GraphMaker.Row row,
      Map<String, List<GraphMaker.Row>> graph) {
    Map<String, String> cells = new LinkedHashMap<>();
    Map<String, Integer> written = new LinkedHashMap<>();
    for (ImportMapping.Row r : mapping.rows()) {
      if (r.from().isEmpty() || r.transforms().stream().anyMatch(t -> t instanceof ImportTransform.Concat)) {
        continue;
      }
      String[] target = ImportMapping.split(r.to().id());
      // of several sources for one column, the one that wins (the lowest precedence) carries the value
      int precedence = r.precedence().orElse(0);
      Integer before = written.get(r.to().id());
      if (before != null && before <= precedence) {
        continue;
      }
      Optional<GraphMaker.Row> source = target[0].equals(primary) ? Optional.of(row)
          : graph.getOrDefault(target[0], List.of()).stream().findFirst();
      Optional<String> value = source.map(s -> s.values().get(target[1]));
      if (value.isEmpty()) {
        continue;
      }
      String cell = inverse(value.get(), r.transforms());
      String header = r.from().get();
      boolean split = r.transforms().stream().anyMatch(t -> t instanceof ImportTransform.SplitName);
      if (split && cells.containsKey(header)) {
        boolean given = r.transforms().stream().anyMatch(t -> t instanceof ImportTransform.SplitName n && n.given());
        cell = given ? cell + " " + cells.get(header) : cells.get(header) + " " + cell;
      }
      if (before != null) {
        mapping.rows().stream().filter(o -> o.to().id().equals(r.to().id()) && o.from().isPresent())
            .forEach(o -> cells.remove(o.from().get()));
      }
      cells.put(header, cell);
      written.put(r.to().id(), precedence);
    }
    return cells;
  }

  /** The value a vendor writes for a canonical value, so the mapping's transforms give it back. */
  private static String inverse(String canonical, List<ImportTransform> transforms) {
    String value = canonical;
    for (int i = transforms.size() - 1; i >= 0; i--) {
      ImportTransform t = transforms.get(i);
      if (t instanceof ImportTransform.MapValues map) {
        String current = value;
        value = map.table().entrySet().stream().filter(e -> e.getValue().equals(current)).map(Map.Entry::getKey)
            .findFirst().orElse(value);
      } else if (t instanceof ImportTransform.ParseDate date) {
        value = Values.parseTime(value).atOffset(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern(date.pattern(), Locale.ROOT));
      }
    }
    return value;
  }
}
