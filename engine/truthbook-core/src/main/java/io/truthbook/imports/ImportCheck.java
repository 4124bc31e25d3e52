package io.truthbook.imports;

import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportProfile;
import io.truthbook.model.Location;
import io.truthbook.model.Truth;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A dry run of an import: the profile (given, or recognised from the header row), its mapping of the
 * highest version, and every row of the export judged by it, streamed through Commons CSV (RFC 4180:
 * quoted delimiters and line breaks, CRLF, any delimiter; a byte order mark is skipped). Findings go to
 * the sink as they are made; nothing of the file is kept but counts.
 */
public final class ImportCheck {
  private final Truth truth;
  private final BiFunction<String, Collection<String>, Optional<String>> closest;

  /**
   * @param closest the known id closest to a misspelt one, for a did-you-mean (the rules' suggestions,
   *     which the facade hands in: this stage does not reach into the rules)
   */
  public ImportCheck(Truth truth, BiFunction<String, Collection<String>, Optional<String>> closest) {
    this.truth = truth;
    this.closest = closest;
  }

  /**
   * Checks the file, giving {@code displayName} as the file in every finding. Throws {@link
   * ImportInputException} when the file cannot be checked at all.
   */
  public ImportSummary run(Path file, String displayName, Optional<String> profileId, Consumer<Finding> sink) {
    if (Files.isDirectory(file)) {
      throw new ImportInputException(displayName + ": is a folder, not a file: give the path of the export"
          + " (a .csv file) to check");
    }
    if (!Files.isRegularFile(file)) {
      throw new ImportInputException(displayName + ": no such file: give the path of the export (a .csv file),"
          + " absolute or from the current folder");
    }
    if (truth.importProfiles().isEmpty()) {
      throw new ImportInputException("the truth declares no import profiles: add an 'imports' manifest with"
          + " profiles and mappings");
    }
    try {
      FileEncoding encoding = FileEncoding.probe(file);
      String how;
      ImportProfile profile;
      if (profileId.isPresent()) {
        profile = truth.importProfiles().stream().filter(p -> p.id().equals(profileId.get())).findFirst()
            .orElseThrow(() -> new ImportInputException("unknown profile '" + profileId.get() + "'"
                + closest.apply(profileId.get(), profileIds()).map(c -> " (did you mean '" + c + "'?)").orElse("")
                + "; the profiles are " + String.join(", ", profileIds())
                + ". Give one of them with --profile, or leave --profile out to recognise it from the header row"));
        ProfileRecognition.Match match = ProfileRecognition.match(profile, header(file, profile, encoding));
        if (!match.complete()) {
          throw new ImportInputException(displayName + ":1: the header row is not a " + profile.id() + " export: "
              + match.describe() + "; missing " + missing(profile, file, encoding));
        }
        how = "as asked";
      } else {
        List<ProfileRecognition.Match> ranked = ProfileRecognition.ranked(truth.importProfiles().stream()
            .map(p -> ProfileRecognition.match(p, header(file, p, encoding))).toList());
        if (!ranked.get(0).complete()) {
          throw new ImportInputException(displayName + ":1: the header row matches no profile; closest: "
              + String.join(", ", ranked.stream().limit(3).map(ProfileRecognition.Match::describe).toList())
              + ". Give one with --profile, or add a profile for this export");
        }
        profile = ranked.get(0).profile();
        how = "recognised from the header row";
      }
      ImportMapping mapping = ImportMapping.latest(truth.importMappings(), profile.id())
          .orElseThrow(() -> new ImportInputException("profile '" + profile.id() + "' has no mapping: add one to"
              + " the imports manifest"));
      Charset charset = encoding.charset(Charset.forName(profile.encoding()));
      if (!encoding.utf8() && encoding.bomCharset().isEmpty()) {
        sink.accept(Finding.warning(RowRules.ENCODING.id(), Location.of(displayName, 1, 1), "the file is not UTF-8"
            + encoding.guess().map(g -> " (it looks like " + g + ")").orElse("") + "; read as " + charset.name()
            + ", the encoding profile " + profile.id() + " declares", RowRules.ENCODING.fix()));
      }
      try (CSVParser parser = open(file, profile, encoding, charset)) {
        List<String> header = parser.getHeaderNames();
        RowCheck check = new RowCheck(displayName, header, mapping, profile.decimalSeparator(), this::column);
        for (String missing : check.missingHeaders()) {
          sink.accept(Finding.warning(RowRules.WIDTH.id(), Location.of(displayName, 1, 1), "the header row has no"
              + " column '" + CellValues.shown(missing) + "' that mapping " + mapping.id() + " reads: what it"
              + " fills stays empty", "export the column, or check the mapping's spelling of it"));
        }
        RowCheck.Counts counts = check.check(rows(parser), sink);
        return new ImportSummary(profile.id(), mapping.id(), mapping.version(), how, charset.name(), counts.good(),
            counts.bad(), counts.empty(), check.columnCounts());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportInputException(displayName + ": cannot read the file: " + e.getMessage(), e);
    }
  }

  private List<String> profileIds() {
    return truth.importProfiles().stream().map(ImportProfile::id).toList();
  }

  private String missing(ImportProfile profile, Path file, FileEncoding encoding) {
    List<String> header = header(file, profile, encoding);
    return String.join(", ", profile.recognisedBy().stream().map(ImportProfile.Located::text)
        .filter(h -> !header.contains(h)).map(h -> "'" + h + "'").toList());
  }

  private Optional<Domain.Column> column(String target) {
    String[] parts = ImportMapping.split(target);
    return truth.tables().stream().filter(t -> t.name().equals(parts[0])).findFirst()
        .flatMap(t -> t.column(parts[1]));
  }

  /** The header row as the profile would read it (its delimiter and encoding); empty for an empty file. */
  private static List<String> header(Path file, ImportProfile profile, FileEncoding encoding) {
    Charset charset = encoding.charset(Charset.forName(profile.encoding()));
    try (CSVParser parser = CSVParser.builder().setReader(reader(file, encoding, charset))
        .setFormat(format(profile).get()).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().toList().stream().map(String::strip).toList() : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CSVFormat.Builder format(ImportProfile profile) {
    // RFC 4180 keeps empty lines as records (they are counted and skipped) and never trims
    return CSVFormat.RFC4180.builder().setDelimiter(profile.delimiter());
  }

  private static CSVParser open(Path file, ImportProfile profile, FileEncoding encoding, Charset charset)
      throws IOException {
    return CSVParser.builder().setReader(reader(file, encoding, charset))
        .setFormat(format(profile).setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get())
        .get();
  }

  private static Reader reader(Path file, FileEncoding encoding, Charset charset) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(encoding.bomLength());
    // malformed bytes decode as U+FFFD, and a cell holding one is refused
    return new java.io.BufferedReader(new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)), 1 << 16);
  }

  /**
   * The parser's records as rows with the physical line each starts on: the line after the one the
   * previous record (or the header) ended on. The parser reads a record ahead only when asked.
   */
  private static Iterator<SourceRow> rows(CSVParser parser) {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private long ended = parser.getCurrentLineNumber();

      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public SourceRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long start = ended + 1;
        CSVRecord record = records.next();
        ended = parser.getCurrentLineNumber();
        return new SourceRow(start, new ArrayList<>(record.toList()));
      }
    };
  }
}
