package io.truthbook.evidence;

import java.util.List;

/**
 * Turns one repository file into evidence. An extractor says which files it supports by path;
 * problems in the file (malformed SQL, broken YAML) are reported as {@link ExtractionProblem}s, never
 * thrown. A new extractor is one class and one registration in {@link Extractors}.
 */
public interface Extractor {

  /** A short stable name, used in {@code sources} manifests and messages: "sql", "http", ... */
  String name();

  /** True if this extractor reads the file at {@code path} (repository-relative, forward slashes). */
  boolean supports(String path);

  Result extract(SourceFile file);

  /** Evidence found and problems met in one file. */
  record Result(List<Evidence> evidence, List<ExtractionProblem> problems) {
    public Result {
      evidence = List.copyOf(evidence);
      problems = List.copyOf(problems);
    }

    public static Result of(List<? extends Evidence> evidence) {
      return new Result(List.copyOf(evidence), List.of());
    }
  }

  /**
   * A problem in the input file at a place: by default malformed input, an {@code evidence.parse}
   * error; or something valid the extractor did not read and says so ({@link #unread}), a warning or a
   * note under its own rule id, with what to do.
   */
  record ExtractionProblem(io.truthbook.model.Location at, String message, String rule,
      io.truthbook.model.Severity severity, String hint) {
    public static final String PARSE = "evidence.parse";

    /** Malformed input: an {@code evidence.parse} error. */
    public ExtractionProblem(io.truthbook.model.Location at, String message) {
      this(at, message, PARSE, io.truthbook.model.Severity.ERROR, "");
    }

    /** Valid input that was not read, under rule {@code rule}: the truth may be incomplete there. */
    public static ExtractionProblem unread(io.truthbook.model.Location at, String rule,
        io.truthbook.model.Severity severity, String message, String hint) {
      return new ExtractionProblem(at, message, rule, severity, hint);
    }
  }
}
