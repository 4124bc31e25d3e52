package io.truthbook.evidence.ingress;

import io.truthbook.model.Location;
import java.util.List;
import java.util.Optional;

/**
 * One nginx directive: its name, arguments, and for a block ({@code server { ... }}) the directives
 * inside. {@code at} is where the name is written, in the file that wrote it (which, after include
 * expansion, need not be the file of the enclosing block).
 */
record NginxDirective(String name, List<String> args, boolean block, List<NginxDirective> children, Location at) {

  NginxDirective {
    args = List.copyOf(args);
    children = List.copyOf(children);
  }

  NginxDirective withChildren(List<NginxDirective> replaced) {
    return new NginxDirective(name, args, block, replaced, at);
  }

  boolean is(String directive) {
    return name.equals(directive);
  }

  Optional<String> arg(int index) {
    return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
  }
}
