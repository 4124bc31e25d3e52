package io.truthbook.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A fact a chapter states through the truth rather than in its own words: {@code truth:FACT[target]}
 * renders the truth's value (an owner, a gate's reviewers, a claim's status, a rule id, a count), so
 * the chapter cannot go on saying what the truth no longer does. The check resolves each target; the
 * book renders the value.
 */
public enum ProseFact {
  /** {@code truth:owner-of[domain]} or {@code truth:owner-of[family:id]}: who owns the entity. */
  OWNER_OF("owner-of"),
  /** {@code truth:reviewers[gate-id]}: the owners who must sign the gate. */
  REVIEWERS("reviewers"),
  /** {@code truth:status[claim-id]}: the claim's status in the reconciliation. */
  STATUS("status"),
  /** {@code truth:rule[rule.id]}: a rule id of the catalogue, in code style. */
  RULE("rule"),
  /** {@code truth:count[tables-of:domain]}, {@code endpoints-of:family} or {@code families-of:domain}. */
  COUNT("count");

  /** What {@link #COUNT} can count, written {@code MEASURE:id}. */
  public static final String MEASURES = "tables-of:DOMAIN, endpoints-of:FAMILY, families-of:DOMAIN";

  private final String word;

  ProseFact(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Optional<ProseFact> byWord(String word) {
    return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
  }

  /** The entity a target names, by kind and id; empty when the target is not written as the fact asks. */
  public Optional<Subject> subject(String target) {
    String t = target.trim();
    int colon = t.indexOf(':');
    String head = colon < 0 ? "" : t.substring(0, colon);
    String id = colon < 0 ? t : t.substring(colon + 1).trim();
    return switch (this) {
      case OWNER_OF -> colon < 0 ? Optional.of(new Subject(EntityKind.DOMAIN, t))
          : head.equals("domain") ? Optional.of(new Subject(EntityKind.DOMAIN, id))
          : head.equals("family") ? Optional.of(new Subject(EntityKind.FAMILY, id)) : Optional.empty();
      case REVIEWERS -> colon < 0 ? Optional.of(new Subject(EntityKind.GATE, t)) : Optional.empty();
      case STATUS -> colon < 0 ? Optional.of(new Subject(EntityKind.CLAIM, t)) : Optional.empty();
      case RULE -> Optional.empty();
      case COUNT -> switch (head) {
        case "tables-of", "families-of" -> Optional.of(new Subject(EntityKind.DOMAIN, id));
        case "endpoints-of" -> Optional.of(new Subject(EntityKind.FAMILY, id));
        default -> Optional.empty();
      };
    };
  }

  /** How the target of this fact is written, for messages. */
  public String grammar() {
    return switch (this) {
      case OWNER_OF -> "truth:owner-of[DOMAIN] or truth:owner-of[family:FAMILY]";
      case REVIEWERS -> "truth:reviewers[GATE]";
      case STATUS -> "truth:status[CLAIM]";
      case RULE -> "truth:rule[RULE.ID]";
      case COUNT -> "truth:count[MEASURE:ID] with MEASURE:ID one of " + MEASURES;
    };
  }

  /** The owner id of the entity an {@link #OWNER_OF} target names, if the truth has it. */
  public static Optional<String> owner(Truth truth, Subject subject) {
    return switch (subject.kind()) {
      case DOMAIN -> truth.domains().stream().filter(d -> d.id().equals(subject.id())).findFirst()
          .map(d -> d.owner().id());
      case FAMILY -> truth.families().stream().filter(f -> f.id().equals(subject.id())).findFirst()
          .map(f -> f.owner().id());
      default -> Optional.empty();
    };
  }

  /** The number a {@link #COUNT} target asks for, if the truth has its subject. */
  public static Optional<Long> count(Truth truth, String target) {
    String t = target.trim();
    String head = t.contains(":") ? t.substring(0, t.indexOf(':')) : "";
    return COUNT.subject(t).flatMap(subject -> switch (head) {
      case "tables-of" -> truth.domains().stream().filter(d -> d.id().equals(subject.id())).findFirst()
          .map(d -> (long) d.tables().size());
      case "families-of" -> truth.domains().stream().anyMatch(d -> d.id().equals(subject.id()))
          ? Optional.of(truth.families().stream().filter(f -> f.domain().id().equals(subject.id())).count())
          : Optional.empty();
      default -> truth.families().stream().anyMatch(f -> f.id().equals(subject.id()))
          ? Optional.of(truth.endpoints().stream().filter(e -> truth.familyOf(e.path())
              .filter(f -> f.id().equals(subject.id())).isPresent()).count())
          : Optional.empty();
    });
  }

  /** The entity a fact's target names. */
  public record Subject(EntityKind kind, String id) {}
}
