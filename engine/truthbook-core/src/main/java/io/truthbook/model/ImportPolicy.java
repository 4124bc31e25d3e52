package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * The import's rules between sources and people: which source wins a column several write, and what
 * AI may suggest, who approves it (the steward), what may be approved in bulk and the gate recording it.
 */
public final class ImportPolicy {
  private ImportPolicy() {}

  /** Profiles in order of precedence (the winning source first) for some columns, or every one. */
  public record Precedence(Location at, List<Ref> columns, List<Ref> order, Optional<String> description) {
    public Precedence {
      columns = List.copyOf(columns);
      order = List.copyOf(order);
    }

    /** Whether it decides the column (one without columns decides every column). */
    public boolean decides(String column) {
      return columns.isEmpty() || columns.stream().anyMatch(c -> c.id().equals(column));
    }
  }

  /** What AI may suggest during an import and who approves it. */
  public record Assistance(Location at, Ref steward, Ref gate, List<Suggestion> suggestions, List<String> never) {
    public Assistance {
      suggestions = List.copyOf(suggestions);
      never = List.copyOf(never);
    }
  }

  /** One kind of suggestion: whether the steward must approve it, and whether in bulk. */
  public record Suggestion(String kind, Location at, String description, boolean stewardApproves, boolean bulk) {}
}
