package io.truthbook.evidence.ingress;

import io.truthbook.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * One line of a Caddyfile and, if it ends with '{', the lines of its block. A site block's
 * words are its addresses; a directive's are its name and arguments; a global options block has no
 * words at all.
 */
record CaddyDirective(List<String> words, boolean block, List<CaddyDirective> children, Location at) {

  CaddyDirective {
    words = List.copyOf(words);
    children = List.copyOf(children);
  }

  String name() {
    return words.isEmpty() ? "" : words.get(0);
  }

  boolean is(String directive) {
    return name().equals(directive);
  }

  Optional<String> word(int index) {
    return index < words.size() ? Optional.of(words.get(index)) : Optional.empty();
  }

  List<String> args() {
    return words.isEmpty() ? List.of() : words.subList(1, words.size());
  }
}
