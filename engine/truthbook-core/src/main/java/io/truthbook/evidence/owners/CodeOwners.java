package io.truthbook.evidence.owners;

import io.truthbook.evidence.Evidence.CodeOwner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who owns a path by a CODEOWNERS file, as GitHub decides it: the last rule whose pattern matches
 * wins, even when an earlier rule is more specific, and a matching rule without owners leaves the
 * path unowned. Patterns compile once per instance; {@link #ownersOf(String, List)} is the one-off.
 */
public final class CodeOwners {
  private final List<CodeOwner> rules;
  private final List<OwnerPattern> patterns;
  /**
   * The rules by the literal folders their patterns start with: a path can only match the rules on its
   * own folders' branch, so finding its rule is a walk down its folders, not a match of every rule.
   */
  private final Folder index = new Folder();

  private CodeOwners(List<CodeOwner> rules) {
    this.rules = List.copyOf(rules);
    List<OwnerPattern> compiled = new ArrayList<>();
    for (CodeOwner rule : this.rules) {
      compiled.add(OwnerPattern.of(rule.pattern()));
    }
    this.patterns = List.copyOf(compiled);
    for (int i = 0; i < patterns.size(); i++) {
      Folder folder = index;
      for (String name : patterns.get(i).leadingFolders()) {
        folder = folder.children.computeIfAbsent(name, n -> new Folder());
      }
      folder.rules.add(i);
    }
  }

  private static final class Folder {
    private final Map<String, Folder> children = new HashMap<>();
    /** Indexes of the rules whose literal folders end here, ascending. */
    private final List<Integer> rules = new ArrayList<>();
  }

  /** The rules of one CODEOWNERS file, in file order. */
  public static CodeOwners of(List<CodeOwner> rules) {
    return new CodeOwners(rules);
  }

  /** The owners of {@code path} by {@code rules} (in file order); empty when unowned or unmatched. */
  public static List<String> ownersOf(String path, List<CodeOwner> rules) {
    return of(rules).ownersOf(path);
  }

  /** The owners of a repository path (leading slash optional); empty when unowned or unmatched. */
  public List<String> ownersOf(String path) {
    return ruleFor(path).map(CodeOwner::owners).orElse(List.of());
  }

  /**
   * The rule that decides {@code path}: the last one that matches.
   *
   * @throws TooComplex if a pattern is too deep to match (the extractor's limits keep them out; this
   *     is the backstop for rules made some other way)
   */
  public Optional<CodeOwner> ruleFor(String path) {
    List<Integer> candidates = new ArrayList<>(index.rules);
    Folder folder = index;
    for (String name : (path.startsWith("/") ? path.substring(1) : path).split("/", -1)) {
      folder = folder.children.get(name);
      if (folder == null) {
        break;
      }
      candidates.addAll(folder.rules);
    }
    candidates.sort(Comparator.reverseOrder());
    for (int i : candidates) {
      boolean matches;
      try {
        matches = patterns.get(i).matches(path);
      } catch (StackOverflowError e) {
        throw new TooComplex(rules.get(i));
      }
      if (matches) {
        return Optional.of(rules.get(i));
      }
    }
    return Optional.empty();
  }

  /** A rule whose pattern overflowed the stack while being matched: a finding at the rule, not a crash. */
  public static final class TooComplex extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient CodeOwner rule;

    TooComplex(CodeOwner rule) {
      super("CODEOWNERS pattern too complex to match: " + rule.at());
      this.rule = rule;
    }

    public CodeOwner rule() {
      return rule;
    }
  }
}
