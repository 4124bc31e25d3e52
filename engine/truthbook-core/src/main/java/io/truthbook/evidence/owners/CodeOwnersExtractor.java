package io.truthbook.evidence.owners;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.CodeOwner;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a GitHub CODEOWNERS file (at the root, in {@code .github/} or {@code docs/}) into one
 * {@link CodeOwner} per rule, at the pattern's line and column. Patterns are kept as written
 * (escapes included); a pattern with no owners is a rule too, one that leaves its paths unowned.
 * GitHub skips a line with invalid syntax, so such a line becomes a problem and no rule.
 */
public final class CodeOwnersExtractor implements Extractor {

  private static final List<String> LOCATIONS = List.of("CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS");
  private static final Pattern USER = Pattern.compile("@[A-Za-z0-9_-]+");
  private static final Pattern TEAM = Pattern.compile("@[A-Za-z0-9-]+/[A-Za-z0-9_.-]+");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  @Override
  public String name() {
    return "codeowners";
  }

  @Override
  public boolean supports(String path) {
    return LOCATIONS.contains(path);
  }

  @Override
  public Result extract(SourceFile file) {
    List<Evidence> rules = new ArrayList<>();
    List<ExtractionProblem> problems = new ArrayList<>();
    String[] lines = file.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      rule(file, i + 1, lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i],
          problems).ifPresent(rules::add);
    }
    return new Result(rules, problems);
  }

  private static Optional<CodeOwner> rule(SourceFile file, int line, String text, List<ExtractionProblem> problems) {
    List<Token> tokens = tokens(text);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    Token pattern = tokens.get(0);
    Optional<String> invalid = OwnerPattern.problem(pattern.text());
    if (invalid.isPresent()) {
      problems.add(new ExtractionProblem(file.at(line, pattern.column()),
          invalid.get() + " in '" + abbreviate(pattern.text()) + "'; GitHub skips this line"));
      return Optional.empty();
    }
    List<String> owners = new ArrayList<>();
    for (Token owner : tokens.subList(1, tokens.size())) {
      if (!USER.matcher(owner.text()).matches() && !TEAM.matcher(owner.text()).matches()
          && !EMAIL.matcher(owner.text()).matches()) {
        problems.add(new ExtractionProblem(file.at(line, owner.column()), "expected an owner like @user,"
            + " @org/team or an email address, found '" + owner.text() + "'; GitHub skips this line"));
        return Optional.empty();
      }
      owners.add(owner.text());
    }
    return Optional.of(new CodeOwner(pattern.text(), owners, file.at(line, pattern.column())));
  }

  private static String abbreviate(String pattern) {
    return pattern.length() <= 80 ? pattern : pattern.substring(0, 77) + "...";
  }

  /**
   * Splits a line at unescaped whitespace, up to a {@code #} that starts a word (a comment);
   * {@code \#} and {@code \ } stay in the pattern as written.
   */
  private static List<Token> tokens(String line) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (c == '#') {
        break;
      }
      int start = i;
      while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
        i += line.charAt(i) == '\\' && i + 1 < line.length() ? 2 : 1;
      }
      tokens.add(new Token(line.substring(start, i), start + 1));
    }
    return tokens;
  }

  /** A word of a CODEOWNERS line and its 1-based column. */
  private record Token(String text, int column) {}
}
