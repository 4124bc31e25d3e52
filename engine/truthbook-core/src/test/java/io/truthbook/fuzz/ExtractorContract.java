package io.truthbook.fuzz;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every extractor promises on any input, checked on each fuzzed one: it returns in time
 * ({@link TimeLimit}) without throwing, and every evidence and problem points into a file it was
 * given, at a line that file has. A broken promise is thrown as an {@link AssertionError}, which
 * Jazzer reports as a finding.
 */
final class ExtractorContract {
  private ExtractorContract() {}

  /** Runs {@code extract} on {@code files} and checks the promise. */
  static Extractor.Result holds(List<SourceFile> files, Function<List<SourceFile>, Extractor.Result> extract) {
    Extractor.Result result = TimeLimit.run(() -> extract.apply(files));
    Map<String, Integer> lines = files.stream()
        .collect(Collectors.toMap(SourceFile::path, f -> FuzzedFiles.lines(f.text()), (a, b) -> a));
    for (Evidence evidence : result.evidence()) {
      inside(evidence.at(), lines, evidence.toString());
    }
    for (Extractor.ExtractionProblem problem : result.problems()) {
      inside(problem.at(), lines, problem.message());
      if (problem.message().isBlank()) {
        throw new AssertionError("a problem at " + problem.at() + " says nothing");
      }
    }
    return result;
  }

  /** Runs one extractor on one file and checks the promise. */
  static Extractor.Result holds(Extractor extractor, SourceFile file) {
    return holds(List.of(file), files -> extractor.extract(files.get(0)));
  }

  private static void inside(Location at, Map<String, Integer> lines, String what) {
    Integer count = lines.get(at.file());
    if (count == null) {
      throw new AssertionError("'" + what + "' points at " + at.file() + ", which is not an input file");
    }
    if (at.line() > count) {
      throw new AssertionError("'" + what + "' points at line " + at.line() + " of " + at.file()
          + ", which has " + count + " lines");
    }
  }
}
