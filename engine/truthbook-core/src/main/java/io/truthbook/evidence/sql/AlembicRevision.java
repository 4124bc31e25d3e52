package io.truthbook.evidence.sql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Alembic revision: its id and the revisions it follows (none for the first, two or more for a
 * merge). The table operations of a revision carry it in their order as
 * {@code alembic:<revision>:<down_revision>[,<down_revision>...]#<position>}.
 */
public record AlembicRevision(String id, List<String> downRevisions) {
  static final String ORDER_PREFIX = "alembic:";

  public AlembicRevision {
    Objects.requireNonNull(id, "id");
    downRevisions = List.copyOf(downRevisions);
  }

  /** The order of the table operation at {@code position} (0-based) in this revision's file. */
  String order(int position) {
    return ORDER_PREFIX + id + ":" + String.join(",", downRevisions) + "#"
        + String.format(Locale.ROOT, "%08d", position);
  }

  /** The revision an order names, if the order is an Alembic one. */
  static Optional<AlembicRevision> fromOrder(String order) {
    int colon = order.indexOf(':', ORDER_PREFIX.length());
    int hash = order.lastIndexOf('#');
    if (!order.startsWith(ORDER_PREFIX) || colon < 0 || hash < colon) {
      return Optional.empty();
    }
    String downs = order.substring(colon + 1, hash);
    return Optional.of(new AlembicRevision(order.substring(ORDER_PREFIX.length(), colon),
        Stream.of(downs.split(",")).filter(down -> !down.isEmpty()).collect(Collectors.toList())));
  }
}
