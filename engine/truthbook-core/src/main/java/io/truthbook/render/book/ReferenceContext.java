package io.truthbook.render.book;

import io.truthbook.model.Chapter;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.EntityKind;
import io.truthbook.model.GateState;
import io.truthbook.model.Ref;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Service;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every reference section needs: the truth, the anchors, the chapters' mentions, the rules, the
 * reconciliation matrix when the book has one, and what the check verified (gates, evidence).
 */
final class ReferenceContext {
  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC);
  private final Truth truth;
  private final Anchors anchors;
  private final ChapterMentions mentions;
  private final Map<String, RuleInfo> rules;
  private final Optional<ReconciliationMatrix> matrix;
  private final Map<String, MatrixRow> rows = new LinkedHashMap<>();
  private final Map<String, Service> services = new HashMap<>();
  private final Set<String> placed = new HashSet<>();
  private final Map<String, GateState> gates = new HashMap<>();
  private final Map<String, EntityEvidence> evidence = new HashMap<>();
  private final Set<String> diagrams;

  ReferenceContext(Truth truth, List<ChapterText> chapters, List<RuleInfo> rules,
      Optional<ReconciliationMatrix> matrix, Verification verified, Set<String> diagrams) {
    this.truth = truth;
    this.anchors = Anchors.of(truth);
    this.mentions = ChapterMentions.scan(truth, chapters);
    this.rules = rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
    this.matrix = matrix;
    matrix.ifPresent(m -> m.rows().forEach(r -> rows.putIfAbsent(r.claimId(), r)));
    truth.services().forEach(s -> services.putIfAbsent(s.id(), s));
    verified.gates().forEach(g -> gates.putIfAbsent(g.id(), g));
    verified.evidence().forEach(e -> evidence.putIfAbsent(e.kind() + " " + e.id(), e));
    this.diagrams = Set.copyOf(diagrams);
  }

  /**
   * A link to the diagram with this id, labelled with the id; the id in monospace when the book or
   * site shows no such diagram (built without diagrams, or its rendering failed), so no link dangles.
   */
  String diagramLink(String id) {
    return diagrams.contains(id) ? AsciiDocText.link(Diagram.anchorOf(id), id) : mono(id);
  }

  /** The gate's state as the check evaluated it; empty for a book built without a check. */
  Optional<GateState> gateState(String id) {
    return Optional.ofNullable(gates.get(id));
  }

  /** Whether the book shows the product's evidence: built after a check that read the product. */
  boolean productRead() {
    return !evidence.isEmpty();
  }

  /**
   * {@code cells} with, when the product was read, the entity's evidence cell inserted at {@code at}
   * ("none found" when the check found none).
   */
  List<String> withEvidence(List<String> cells, int at, String kind, String id) {
    if (!productRead()) {
      return cells;
    }
    List<String> out = new java.util.ArrayList<>(cells);
    out.add(at, evidence(kind, id).orElse("none found"));
    return out;
  }

  /** A table's header or column widths with the evidence column inserted at {@code at} when the product was read. */
  <T> List<T> withEvidenceColumn(List<T> columns, int at, T column) {
    if (!productRead()) {
      return columns;
    }
    List<T> out = new java.util.ArrayList<>(columns);
    out.add(at, column);
    return out;
  }

  /**
   * Where the product shows the entity ({@code file:line@commit}, linked to the line when its source
   * declares a web address) and when that file last changed; empty when the check found no evidence.
   * {@code kind} is one of {@link EntityEvidence}'s kinds.
   */
  Optional<String> evidence(String kind, String id) {
    return Optional.ofNullable(evidence.get(kind + " " + id)).map(e -> {
      String place = e.at().fileLine();
      String shown = e.web().map(url -> AsciiDocText.webLink(url, place)).orElseGet(() -> mono(place));
      return shown + e.lastChanged().map(f -> ", last changed " + DAY.format(f.date()) + " in "
          + mono(f.commit().substring(0, Math.min(7, f.commit().length())))).orElse("");
    });
  }

  Truth truth() {
    return truth;
  }

  Optional<ReconciliationMatrix> matrix() {
    return matrix;
  }

  /** The claim's row of the reconciliation matrix (the first, for a duplicated id), when the book has one. */
  Optional<MatrixRow> matrixRow(String claimId) {
    return Optional.ofNullable(rows.get(claimId));
  }

  /** The service with this id (the first, for a duplicated id): looked up once per family, host and path. */
  Optional<Service> service(String id) {
    return Optional.ofNullable(services.get(id));
  }

  /** The anchor of the claim's row in the reconciliation chapter, when the book has one. */
  Optional<String> matrixAnchor(String claimId) {
    return matrixRow(claimId).flatMap(r -> anchors.of(EntityKind.CLAIM, claimId))
        .map(a -> ReconciliationChapter.ROW_PREFIX + a);
  }

  /**
   * The anchor to place at the entity's one home in the book; empty when it is already placed (a
   * duplicated id in a truth with errors), so no anchor appears twice.
   */
  String place(EntityKind kind, String id) {
    Optional<String> anchor = anchors.of(kind, id);
    return anchor.isPresent() && placed.add(anchor.get()) ? anchor.get() : "";
  }

  /** The same, as an inline anchor for a table cell or a list item. */
  String inlineAnchor(EntityKind kind, String id) {
    String anchor = place(kind, id);
    return anchor.isEmpty() ? "" : "[[" + anchor + "]]";
  }

  /** A link to the entity labelled with its id, or the id as plain text when the truth lacks it. */
  String link(EntityKind kind, String id) {
    return link(kind, id, id);
  }

  String link(EntityKind kind, String id, String label) {
    return anchors.of(kind, id).map(a -> AsciiDocText.link(a, label)).orElseGet(() -> AsciiDocText.inert(label));
  }

  String link(EntityKind kind, Ref ref) {
    return link(kind, ref.id());
  }

  String text(String value) {
    return AsciiDocText.inert(value);
  }

  String mono(String value) {
    return AsciiDocText.mono(value);
  }

  /** The chapters that name the entity, as links, or "no chapter". */
  String referencedFrom(EntityKind kind, String id) {
    List<String> from = new ArrayList<>();
    mentions.of(kind, id).forEach(c -> from.add(link(EntityKind.CHAPTER, c.id(), c.title())));
    String written = kind.word() + ":" + id;
    truth.glossary().stream().filter(g -> g.see().stream().anyMatch(r -> r.id().equals(written)))
        .forEach(g -> from.add("glossary " + link(EntityKind.TERM, g.term())));
    return from.isEmpty() ? "no chapter" : String.join(", ", from);
  }

  /** A rule id with its title, when the rule is known. */
  String rule(String id) {
    RuleInfo rule = rules.get(id);
    return mono(id) + (rule == null ? "" : " — " + text(rule.title()));
  }
}
