package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds the directive tree of one nginx file. Broken structure (a stray '}', a directive
 * without {@code ;}, a block never closed) becomes a problem, and the parser keeps what it can: a
 * block left open at the end of the file still counts, so its routes are not lost.
 */
final class NginxParser {
  /** Deeper than any real config; stops a file of '{' from costing a deep stack later. */
  private static final int MAX_NESTING = 64;
  private static final int MAX_PROBLEMS = 50;

  /** A parsed file: its top-level directives and the problems met reading it. */
  record Parsed(List<NginxDirective> directives, List<ExtractionProblem> problems) {
    Parsed {
      directives = List.copyOf(directives);
      problems = List.copyOf(problems);
    }
  }

  private NginxParser() {}

  static Parsed parse(SourceFile file) {
    LineIndex lines = new LineIndex(file);
    NginxLexer.Tokens tokens = NginxLexer.tokenize(file.text(), lines);
    List<ExtractionProblem> problems = new ArrayList<>(tokens.problems());
    Deque<Frame> open = new ArrayDeque<>();
    Frame top = new Frame("", List.of(), lines.at(0));
    open.push(top);
    List<NginxToken> pending = new ArrayList<>();
    for (NginxToken token : tokens.tokens()) {
      if (problems.size() >= MAX_PROBLEMS) {
        // past this, the file is not nginx config gone wrong but something else; more messages help nobody
        problems.add(new ExtractionProblem(lines.at(token.offset()),
            "more than " + MAX_PROBLEMS + " syntax problems; the rest of the file is not read"));
        return new Parsed(closeAll(open, problems, false), problems);
      }
      switch (token.kind()) {
        case WORD -> pending.add(token);
        case SEMICOLON -> {
          if (pending.isEmpty()) {
            problems.add(new ExtractionProblem(lines.at(token.offset()), "unexpected ';' with no directive before it"));
          } else {
            open.peek().children.add(leaf(pending, lines));
            pending.clear();
          }
        }
        case OPEN -> {
          if (open.size() > MAX_NESTING) {
            problems.add(new ExtractionProblem(lines.at(token.offset()),
                "blocks nested deeper than " + MAX_NESTING + " levels; the rest of the file is not read"));
            return new Parsed(closeAll(open, problems, false), problems);
          }
          if (pending.isEmpty()) {
            problems.add(new ExtractionProblem(lines.at(token.offset()), "unexpected '{' with no directive name before it"));
            open.push(new Frame("", List.of(), lines.at(token.offset())));
          } else {
            open.push(new Frame(pending.get(0).text(), words(pending), lines.at(pending.get(0).offset())));
            pending.clear();
          }
        }
        case CLOSE -> {
          if (!pending.isEmpty()) {
            problems.add(new ExtractionProblem(lines.at(token.offset()),
                "unexpected '}': directive '" + pending.get(0).text() + "' is missing its ';'"));
            pending.clear();
          }
          if (open.size() == 1) {
            problems.add(new ExtractionProblem(lines.at(token.offset()), "unexpected '}' with no block open"));
          } else {
            Frame done = open.pop();
            open.peek().children.add(done.directive());
          }
        }
      }
    }
    boolean reportEnd = !tokens.truncated();
    if (!pending.isEmpty() && reportEnd) {
      problems.add(new ExtractionProblem(lines.at(pending.get(pending.size() - 1).offset()),
          "unexpected end of file: directive '" + pending.get(0).text() + "' is missing its ';'"));
    }
    return new Parsed(closeAll(open, problems, reportEnd), problems);
  }

  /** Closes the blocks still open at the end, innermost first, and returns the top level. */
  private static List<NginxDirective> closeAll(Deque<Frame> open, List<ExtractionProblem> problems, boolean report) {
    while (open.size() > 1) {
      Frame done = open.pop();
      if (report) {
        problems.add(new ExtractionProblem(done.at,
            "unexpected end of file: block '" + done.name + "' opened here is never closed with '}'"));
      }
      open.peek().children.add(done.directive());
    }
    return open.pop().children;
  }

  private static NginxDirective leaf(List<NginxToken> words, LineIndex lines) {
    return new NginxDirective(words.get(0).text(), words(words), false, List.of(), lines.at(words.get(0).offset()));
  }

  private static List<String> words(List<NginxToken> tokens) {
    return tokens.subList(1, tokens.size()).stream().map(NginxToken::text).toList();
  }

  /** A block being read. */
  private static final class Frame {
    final String name;
    final List<String> args;
    final Location at;
    final List<NginxDirective> children = new ArrayList<>();

    Frame(String name, List<String> args, Location at) {
      this.name = name;
      this.args = args;
      this.at = at;
    }

    NginxDirective directive() {
      return new NginxDirective(name, args, true, children, at);
    }
  }
}
