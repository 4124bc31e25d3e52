package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups Caddyfile tokens into lines and blocks. A line ends at a newline (a line ending in a comma
 * continues an address list) or at a brace; a line whose last token is '{' owns the lines up
 * to the matching '}'. Unbalanced braces become problems; what was read is kept.
 */
final class CaddyParser {
  static final int MAX_NESTING = 64;
  private static final int MAX_PROBLEMS = 50;

  /** The top-level lines of a Caddyfile and the problems met. */
  record Parsed(List<CaddyDirective> directives, List<ExtractionProblem> problems) {
    Parsed {
      directives = List.copyOf(directives);
      problems = List.copyOf(problems);
    }
  }

  private final List<CaddyToken> tokens;
  private final LineIndex lines;
  private final List<ExtractionProblem> problems = new ArrayList<>();
  private final boolean truncated;
  private int pos;
  /** Set by {@link #block} when it stopped at its '}' rather than at the end of the input. */
  private boolean closed;

  private CaddyParser(CaddyLexer.Tokens tokens, LineIndex lines) {
    this.tokens = tokens.tokens();
    this.lines = lines;
    this.truncated = tokens.truncated();
    problems.addAll(tokens.problems());
  }

  static Parsed parse(SourceFile file) {
    LineIndex lines = new LineIndex(file);
    CaddyParser parser = new CaddyParser(CaddyLexer.tokenize(file.text(), lines), lines);
    List<CaddyDirective> top = parser.block(0);
    return new Parsed(top, parser.problems);
  }

  /** Reads lines up to the '}' closing this block (consumed) or the end of the input. */
  private List<CaddyDirective> block(int depth) {
    List<CaddyDirective> directives = new ArrayList<>();
    while (pos < tokens.size()) {
      CaddyToken first = tokens.get(pos);
      if (problems.size() >= MAX_PROBLEMS) {
        problems.add(new ExtractionProblem(lines.at(first.offset()),
            "more than " + MAX_PROBLEMS + " syntax problems; the rest of the file is not read"));
        pos = tokens.size();
        closed = true;
        return directives;
      }
      if (first.isClose()) {
        pos++;
        if (depth > 0) {
          closed = true;
          return directives;
        }
        problems.add(new ExtractionProblem(lines.at(first.offset()), "unexpected '}' with no block open"));
        continue;
      }
      List<CaddyToken> line = line();
      CaddyToken last = line.get(line.size() - 1);
      List<String> words = line.stream().map(CaddyToken::text).toList();
      if (!last.isOpen()) {
        directives.add(new CaddyDirective(words, false, List.of(), lines.at(first.offset())));
        continue;
      }
      if (depth >= MAX_NESTING) {
        problems.add(new ExtractionProblem(lines.at(last.offset()),
            "blocks nested deeper than " + MAX_NESTING + " levels; the rest of the file is not read"));
        pos = tokens.size();
        closed = false;
        return directives;
      }
      List<CaddyDirective> children = block(depth + 1);
      if (!closed && !truncated) {
        problems.add(new ExtractionProblem(lines.at(last.offset()),
            "unexpected end of file: the '{' here is never closed with '}'"));
      }
      directives.add(new CaddyDirective(words.subList(0, words.size() - 1), true, children, lines.at(first.offset())));
    }
    closed = false;
    return directives;
  }

  /** The tokens of one line, starting at {@code pos}: up to a newline, after a '{', or before a '}'. */
  private List<CaddyToken> line() {
    List<CaddyToken> line = new ArrayList<>();
    CaddyToken token = tokens.get(pos++);
    line.add(token);
    while (!token.isOpen() && pos < tokens.size()) {
      CaddyToken next = tokens.get(pos);
      boolean sameLine = next.line() == token.line();
      boolean addressContinues = !token.quoted() && token.text().endsWith(",");
      if (next.isClose() || !(sameLine || addressContinues)) {
        break;
      }
      line.add(next);
      token = next;
      pos++;
    }
    return line;
  }
}
