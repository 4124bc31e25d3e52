package io.truthbook.evidence.ingress;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Traefik router rule ({@code Host(`a`) && PathPrefix(`/api`) || Host(`b`)}) turned into the
 * host/path pairs it routes. The rule is parsed with Traefik's precedence ({@code !} over {@code &&}
 * over {@code ||}) and put in disjunctive normal form; in each conjunction the Host and Path matchers
 * say what is routed, while negated matchers and the others (Method, Header, ...) only narrow it.
 */
final class TraefikRule {
  /** Past this many alternatives a rule is not something a person wrote; it is refused. */
  private static final int MAX_TERMS = 64;
  private static final int MAX_NESTING = 32;

  /** One routed host and path; host "" means any host. */
  record Target(String host, PathMatch path) {}

  /** A matcher call: name and arguments, negated when under an odd number of '!'. */
  private record Matcher(String name, List<String> args, boolean negated) {}

  private final List<TraefikToken> tokens;
  private int pos;

  private TraefikRule(List<TraefikToken> tokens) {
    this.tokens = tokens;
  }

  /** The targets of a rule, or the reason it cannot be read. */
  static Parsed parse(String rule) {
    Optional<List<TraefikToken>> tokens = TraefikToken.tokenize(rule);
    if (tokens.isEmpty()) {
      return Parsed.error("unterminated string in the rule");
    }
    TraefikRule parser = new TraefikRule(tokens.get());
    try {
      List<List<Matcher>> terms = parser.or(0, false);
      if (parser.pos < parser.tokens.size()) {
        return Parsed.error("unexpected '" + parser.tokens.get(parser.pos).text() + "' in the rule");
      }
      return new Parsed(targets(terms), Optional.empty());
    } catch (RuleException e) {
      return Parsed.error(e.getMessage());
    }
  }

  /** The targets of a rule, or why there are none. */
  record Parsed(List<Target> targets, Optional<String> error) {
    Parsed {
      targets = List.copyOf(targets);
    }

    static Parsed error(String message) {
      return new Parsed(List.of(), Optional.of(message));
    }
  }

  private List<List<Matcher>> or(int depth, boolean negated) {
    List<List<Matcher>> left = and(depth, negated);
    while (accept("||")) {
      List<List<Matcher>> right = and(depth, negated);
      // under '!', De Morgan turns || into &&
      left = negated ? product(left, right) : concat(left, right);
    }
    return left;
  }

  private List<List<Matcher>> and(int depth, boolean negated) {
    List<List<Matcher>> left = unary(depth, negated);
    while (accept("&&")) {
      List<List<Matcher>> right = unary(depth, negated);
      left = negated ? concat(left, right) : product(left, right);
    }
    return left;
  }

  private List<List<Matcher>> unary(int depth, boolean negated) {
    if (depth > MAX_NESTING) {
      throw new RuleException("rule nested deeper than " + MAX_NESTING + " levels");
    }
    if (accept("!")) {
      return unary(depth + 1, !negated);
    }
    if (accept("(")) {
      List<List<Matcher>> inner = or(depth + 1, negated);
      expect(")");
      return inner;
    }
    TraefikToken name = next("a matcher such as Host(...) or PathPrefix(...)");
    if (!name.isName()) {
      throw new RuleException("expected a matcher such as Host(...), found '" + name.text() + "'");
    }
    expect("(");
    List<String> args = new ArrayList<>();
    if (!accept(")")) {
      do {
        TraefikToken arg = next("an argument");
        if (!arg.isString()) {
          throw new RuleException("expected a quoted argument to " + name.text() + ", found '" + arg.text() + "'");
        }
        args.add(arg.text());
      } while (accept(","));
      expect(")");
    }
    List<List<Matcher>> single = new ArrayList<>();
    single.add(List.of(new Matcher(name.text(), args, negated)));
    return single;
  }

  private static List<List<Matcher>> concat(List<List<Matcher>> left, List<List<Matcher>> right) {
    List<List<Matcher>> all = new ArrayList<>(left);
    all.addAll(right);
    checkSize(all.size());
    return all;
  }

  private static List<List<Matcher>> product(List<List<Matcher>> left, List<List<Matcher>> right) {
    checkSize((long) left.size() * right.size());
    List<List<Matcher>> all = new ArrayList<>();
    for (List<Matcher> l : left) {
      for (List<Matcher> r : right) {
        List<Matcher> both = new ArrayList<>(l);
        both.addAll(r);
        all.add(both);
      }
    }
    return all;
  }

  private static void checkSize(long terms) {
    if (terms > MAX_TERMS) {
      throw new RuleException("rule has more than " + MAX_TERMS + " alternatives");
    }
  }

  /** Each conjunction routes its hosts × its paths; a missing host is any host, a missing path "/". */
  private static List<Target> targets(List<List<Matcher>> terms) {
    Set<Target> targets = new LinkedHashSet<>();
    for (List<Matcher> term : terms) {
      List<String> hosts = new ArrayList<>();
      List<PathMatch> paths = new ArrayList<>();
      for (Matcher m : term) {
        if (m.negated()) {
          continue;
        }
        String name = m.name().toLowerCase(Locale.ROOT);
        // several Host (or path) matchers in one conjunction must all hold; the first one says it
        if ((name.equals("host") || name.equals("hostheader") || name.equals("hostregexp")) && hosts.isEmpty()) {
          hosts.addAll(m.args());
        } else if (name.equals("path") && paths.isEmpty()) {
          m.args().forEach(a -> paths.add(PathMatch.exact(a)));
        } else if (name.equals("pathprefix") && paths.isEmpty()) {
          m.args().forEach(a -> paths.add(PathMatch.prefix(a)));
        } else if (name.equals("pathregexp") && paths.isEmpty()) {
          m.args().forEach(a -> paths.add(PathMatch.regex(a)));
        }
      }
      if (hosts.isEmpty()) {
        hosts.add("");
      }
      if (paths.isEmpty()) {
        paths.add(PathMatch.everything());
      }
      for (String host : hosts) {
        for (PathMatch path : paths) {
          targets.add(new Target(host, path));
        }
      }
    }
    return List.copyOf(targets);
  }

  private boolean accept(String text) {
    if (pos < tokens.size() && tokens.get(pos).isSymbol(text)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(String text) {
    if (!accept(text)) {
      String found = pos < tokens.size() ? "'" + tokens.get(pos).text() + "'" : "the end of the rule";
      throw new RuleException("expected '" + text + "', found " + found);
    }
  }

  private TraefikToken next(String expected) {
    if (pos >= tokens.size()) {
      throw new RuleException("expected " + expected + ", found the end of the rule");
    }
    return tokens.get(pos++);
  }

  /** Stops the parse of one rule; caught in {@link #parse}, never leaves this class. */
  private static final class RuleException extends RuntimeException {
    RuleException(String message) {
      super(message, null, false, false);
    }
  }
}
