package io.truthbook.gates;

import io.truthbook.model.GateState;
import io.truthbook.load.RepositoryFiles;
import io.truthbook.model.Finding;
import io.truthbook.model.Gate;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import io.truthbook.reconcile.claims.ClaimStatus;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates a gate's criteria; none is taken on trust.
 *
 * <ul>
 *   <li>{@code workstream: x} holds when every task of workstream x is done;
 *   <li>{@code artifact: path} holds when the file exists inside the repository (a path that leaves
 *       it never holds, nor one in the build folder: a build output would make the state of a commit
 *       depend on what someone built);
 *   <li>{@code reconciled: true} holds when the truth states claims and every one has a verdict
 *       (current, stale or contradicted): the reconciliation matrix is complete, none unverifiable;
 *   <li>{@code clean: [kinds]} holds when a manifest of each kind exists and no error finding of the
 *       check lies in one (the import model complete and clean, say);
 *   <li>a criterion with several needs each; one with none has nothing to evaluate and holds once
 *       every required reviewer has signed off (their judgement is the evidence);
 *   <li>implicit {@code check}, on every gate: no error finding in the kinds it governs (sign-off
 *       findings aside, they are the gate's own);
 *   <li>implicit {@code claims}, on a gate that governs claims: no contradicted claim and every
 *       must-hold claim current. Stale and unverifiable claims are reported by the matrix but do not
 *       block: the matrix has classified them, which is what the gate asks.
 * </ul>
 */
final class Criteria {
  private static final int SHOWN = 3;

  private final Path root;
  private final Truth truth;
  private final ReconciliationMatrix matrix;
  private final List<Finding> findings;
  private final FindingKinds kindsOf;

  Criteria(Path root, Truth truth, ReconciliationMatrix matrix, List<Finding> findings, FindingKinds kindsOf) {
    this.root = root;
    this.truth = truth;
    this.matrix = matrix;
    this.findings = findings.stream().filter(f -> !f.ruleId().startsWith("gate.")).sorted().toList();
    this.kindsOf = kindsOf;
  }

  List<GateState.CriterionResult> evaluate(Gate gate, List<ManifestKind> kinds, boolean signed) {
    List<GateState.CriterionResult> results = new ArrayList<>();
    for (Gate.Criterion criterion : gate.criteria()) {
      List<String> unmet = new ArrayList<>();
      criterion.workstream().ifPresent(w -> workstream(w.id()).ifPresent(unmet::add));
      criterion.artifact().ifPresent(a -> artifact(a).ifPresent(unmet::add));
      criterion.clean().forEach(k -> clean(k).ifPresent(unmet::add));
      if (criterion.reconciled()) {
        reconciled().ifPresent(unmet::add);
      }
      if (criterion.judgement() && !signed) {
        unmet.add("nothing to evaluate: holds once every required reviewer has signed off");
      }
      results.add(new GateState.CriterionResult(criterion.id(), criterion.description(), false, unmet.isEmpty(),
          unmet));
    }
    results.add(check(kinds, gate.governs()));
    if (kinds.contains(ManifestKind.CLAIMS)) {
      results.add(claims());
    }
    return results;
  }

  private Optional<String> workstream(String id) {
    Optional<Workstream> found = truth.workstreams().stream().filter(w -> w.id().equals(id)).findFirst();
    if (found.isEmpty()) {
      return Optional.of("workstream " + id + " is not defined");
    }
    List<Workstream.Task> open = found.get().tasks().stream().filter(t -> !t.done()).toList();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("workstream " + id + " is not done: " + open.size() + " of " + found.get().tasks().size()
        + " tasks open (" + open.stream().map(Workstream.Task::title).limit(SHOWN)
        .collect(Collectors.joining("; ")) + (open.size() > SHOWN ? "; ..." : "") + ")");
  }

  /** A kind's manifests present and without error findings, or why not. */
  private Optional<String> clean(String id) {
    Optional<ManifestKind> kind = ManifestKind.byId(id);
    if (kind.isEmpty() || !truth.present().contains(kind.get())) {
      return Optional.of("no " + id + " manifest");
    }
    List<Finding> errors = findings.stream().filter(Finding::isError)
        .filter(f -> kindsOf.of(f).filter(kind.get()::equals).isPresent()).toList();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the " + id
        + " manifests, first: " + errors.get(0).location() + " [" + errors.get(0).ruleId() + "] "
        + errors.get(0).message());
  }

  /** Every claim with a verdict, or which are not. */
  private Optional<String> reconciled() {
    if (matrix.rows().isEmpty()) {
      return Optional.of("no claim to reconcile: the matrix is empty");
    }
    List<String> pending = matrix.rows().stream().filter(r -> r.status() == ClaimStatus.UNVERIFIABLE)
        .map(MatrixRow::claimId).toList();
    if (pending.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(pending.size() + " of " + matrix.rows().size() + " claims unverifiable ("
        + pending.stream().limit(SHOWN).collect(Collectors.joining(", ")) + (pending.size() > SHOWN ? ", ..." : "")
        + ")");
  }

  private Optional<String> artifact(Gate.Artifact named) {
    String artifact = named.path();
    if (named.isBuildOutput()) {
      return Optional.of("artifact " + artifact + " is a build output: it never counts (commit what the gate needs,"
          + " or state it as a rule over the truth)");
    }
    Path resolved;
    try {
      Path path = Path.of(artifact);
      if (path.isAbsolute()) {
        return Optional.of("artifact " + artifact + " lies outside the repository (write a repository path)");
      }
      resolved = root.resolve(path).normalize();
    } catch (InvalidPathException e) {
      return Optional.of("artifact " + artifact + " is not a valid path");
    }
    if (!resolved.startsWith(root)) {
      return Optional.of("artifact " + artifact + " lies outside the repository");
    }
    if (!Files.exists(resolved)) {
      return Optional.of("artifact " + artifact + " does not exist");
    }
    if (!RepositoryFiles.insideReal(root, resolved)) {
      return Optional.of("artifact " + artifact + " is a link that leaves the repository");
    }
    return Optional.empty();
  }

  private GateState.CriterionResult check(List<ManifestKind> kinds, List<String> governs) {
    List<Finding> errors = findings.stream()
        .filter(Finding::isError)
        .filter(f -> kindsOf.of(f).filter(kinds::contains).isPresent())
        .toList();
    List<String> notes = new ArrayList<>();
    if (!errors.isEmpty()) {
      notes.add(errors.size() + (errors.size() == 1 ? " error" : " errors") + ", first: "
          + errors.get(0).location() + " [" + errors.get(0).ruleId() + "] " + errors.get(0).message());
    }
    return new GateState.CriterionResult("check", "no errors in the governed manifests ("
        + String.join(", ", governs) + ")", true, errors.isEmpty(), notes);
  }

  private GateState.CriterionResult claims() {
    List<String> contradicted = matrix.rows().stream().filter(r -> r.status() == ClaimStatus.CONTRADICTED)
        .map(MatrixRow::claimId).toList();
    List<String> failing = matrix.rows().stream().filter(MatrixRow::failsMustHold).map(MatrixRow::claimId).toList();
    List<String> notes = new ArrayList<>();
    if (!contradicted.isEmpty()) {
      notes.add("contradicted: " + String.join(", ", contradicted));
    }
    if (!failing.isEmpty()) {
      notes.add("must-hold but not current: " + String.join(", ", failing));
    }
    return new GateState.CriterionResult("claims", "no contradicted claim; every must-hold claim current", true,
        notes.isEmpty(), notes);
  }
}
