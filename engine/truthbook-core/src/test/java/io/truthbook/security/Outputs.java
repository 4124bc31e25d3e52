package io.truthbook.security;

import io.truthbook.Audit;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.render.DiffReport;
import io.truthbook.render.MatrixCsv;
import io.truthbook.render.MatrixJson;
import io.truthbook.render.ReportFormat;
import io.truthbook.render.ReportFormats;
import io.truthbook.render.ReviewReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every output the tool writes for one truth, written under one folder as a user would get them. */
final class Outputs {
  /** The file each report format is written to. */
  static final Map<String, String> REPORTS = Map.of("text", "check.txt", "json", "check.json", "junit",
      "check-junit.xml", "sarif", "check.sarif", "github", "check-github.txt", "markdown", "check.md");

  private Outputs() {}

  /** Writes reports, matrix, diff, review, diagrams, book and site source of {@code repo} into {@code out}. */
  static CheckResult write(HostileTruth.Repo repo, Path out) {
    Truthbook truthbook = new Truthbook(repo.root(), new Truthbook.Options(Truthbook.Options.defaults().limits(),
        false, Optional.empty(), out.resolve("clones"), Truthbook.Options.defaults().maxFileBytes()));
    Audit audit = truthbook.audit();
    ReportFormats formats = new ReportFormats(Truthbook.rules().all(), "0.0.0-test");
    for (String name : formats.names()) {
      ReportFormat format = formats.byName(name).orElseThrow();
      write(out.resolve(REPORTS.get(name)), format.render(audit.result()));
    }
    write(out.resolve("matrix.csv"), MatrixCsv.render(audit.matrix()));
    write(out.resolve("matrix.json"), MatrixJson.render(audit.matrix()));
    write(out.resolve("diff.txt"), DiffReport.text(repo.base(), repo.head(), truthbook.diff(repo.base(), repo.head())));
    write(out.resolve("diff.json"), DiffReport.json(repo.base(), repo.head(), truthbook.diff(repo.base(), repo.head())));
    write(out.resolve("review.md"), ReviewReport.markdown(truthbook.review(repo.base(), repo.head())));
    truthbook.build(out.resolve("build"), audit);
    truthbook.siteSource(out.resolve("site-source"), out.resolve("site-cache"), audit);
    return audit.result();
  }

  /** Every file under {@code folder}, sorted. */
  static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
