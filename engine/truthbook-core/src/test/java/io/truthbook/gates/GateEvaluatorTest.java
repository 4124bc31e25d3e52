package io.truthbook.gates;

import io.truthbook.model.GateState;
import static io.truthbook.gates.Gates.criterion;
import static io.truthbook.gates.Gates.gate;
import static io.truthbook.gates.Gates.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Criteria are evaluated, reviewers derived, sign-offs judged; no git here (see StaleSignoffTest). */
class GateEvaluatorTest {
  static final String GATES = """
      kind: gates
      gates:
        - id: gate-1
          title: Current truth locked
          governs: [claims, topology]
          criteria:
            - id: g1-matrix
              description: Reconciliation matrix completed.
              workstream: a
              artifact: docs/reconciliation.csv
            - id: g1-infra
              description: Infra truth completed.
              workstream: b
        - id: gate-2
          title: Architecture locked
          governs: [owners, domains, routes]
          criteria:
            - id: g2-aligned
              description: Documents aligned.
            - id: g2-escape
              description: An artifact outside the repository.
              artifact: ../outside.txt
      """;

  @TempDir Path temp;
  private Path root;

  static final String ZERO = "sha256:" + "0".repeat(64);

  /** GATES with a sign-off of gate-1 after its last criterion. */
  static String withSignoff(String reviewer, String digest) {
    return GATES.replace("        workstream: b\n", "        workstream: b\n    signoffs:\n      - reviewer: "
        + reviewer + "\n        date: \"2026-04-20\"\n        digest: " + digest + "\n");
  }

  @BeforeEach
  void fixture() throws Exception {
    root = FixtureTree.build(null, temp.resolve("repo"));
    Files.writeString(root.resolve("manifests/gates.yaml"), GATES);
  }

  @Test
  void workstreamAndArtifactCriteriaAreEvaluated() throws Exception {
    GateState gate = gate(Gates.evaluate(root), "gate-1");

    assertThat(criterion(gate, "g1-matrix").met()).isFalse();
    assertThat(criterion(gate, "g1-matrix").notes()).containsExactly(
        "workstream a is not done: 1 of 1 tasks open (Reconcile)",
        "artifact docs/reconciliation.csv does not exist");
    assertThat(criterion(gate, "g1-infra").met()).isTrue();
    assertThat(criterion(gate, "check").met()).isTrue();
    assertThat(criterion(gate, "claims").met()).isTrue();
    assertThat(gate.passed()).isFalse();

    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/reconciliation.csv"), "claim\r\n");
    Path workstreams = root.resolve("manifests/workstreams.yaml");
    Files.writeString(workstreams, Files.readString(workstreams).replaceFirst("done: false", "done: true"));

    assertThat(criterion(gate(Gates.evaluate(root), "gate-1"), "g1-matrix").met()).isTrue();
  }

  @Test
  void aBuildOutputNeverCountsEvenWhenItWasBuilt() throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), GATES.replace("docs/reconciliation.csv",
        "./target/../target/reconciliation.csv"));
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/reconciliation.csv"), "claim\n");

    assertThat(criterion(gate(Gates.evaluate(root), "gate-1"), "g1-matrix").notes()).contains(
        "artifact ./target/../target/reconciliation.csv is a build output: it never counts (commit what the gate"
            + " needs, or state it as a rule over the truth)");
  }

  @Test
  void reconciledHoldsWhenEveryClaimHasAVerdict() throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), GATES.replace("artifact: docs/reconciliation.csv",
        "reconciled: true").replace("        workstream: a\n", ""));
    // c-01 expects comfyui on gpu-1, and the topology says so: current
    assertThat(criterion(gate(Gates.evaluate(root), "gate-1"), "g1-matrix").met()).isTrue();

    Path claims = root.resolve("manifests/claims.yaml");
    Files.writeString(claims, Files.readString(claims).replace("    expects:\n      field: node\n      value: gpu-1\n",
        ""));
    GateState.CriterionResult pending = criterion(gate(Gates.evaluate(root), "gate-1"), "g1-matrix");
    assertThat(pending.met()).isFalse();
    assertThat(pending.notes()).containsExactly("1 of 1 claims unverifiable (c-01)");

    Files.writeString(claims, "kind: claims\n");
    assertThat(criterion(gate(Gates.evaluate(root), "gate-1"), "g1-matrix").notes())
        .containsExactly("no claim to reconcile: the matrix is empty");
  }

  @Test
  void anArtifactMustStayInsideTheRepository() throws Exception {
    Files.writeString(temp.resolve("outside.txt"), "outside\n");
    assertThat(criterion(gate(Gates.evaluate(root), "gate-2"), "g2-escape").notes())
        .containsExactly("artifact ../outside.txt lies outside the repository");

    Files.writeString(root.resolve("manifests/gates.yaml"), GATES.replace("../outside.txt", "linked.txt"));
    Files.createSymbolicLink(root.resolve("linked.txt"), temp.resolve("outside.txt"));
    assertThat(criterion(gate(Gates.evaluate(root), "gate-2"), "g2-escape").notes())
        .containsExactly("artifact linked.txt is a link that leaves the repository");

    Files.writeString(root.resolve("manifests/gates.yaml"), GATES.replace("../outside.txt", "/etc/hostname"));
    assertThat(criterion(gate(Gates.evaluate(root), "gate-2"), "g2-escape").notes())
        .containsExactly("artifact /etc/hostname lies outside the repository (write a repository path)");
  }

  @Test
  void requiredReviewersAreTheOwnersOfTheGovernedContent() {
    GateReport report = Gates.evaluate(root);

    // claims about a service, and topology: the runtime steward
    assertThat(gate(report, "gate-1").requiredReviewers()).containsExactly("sourik");
    // owners: everyone
    assertThat(gate(report, "gate-2").requiredReviewers()).containsExactly("sagnik", "sayan", "sourik");
    assertThat(gate(report, "gate-1").reviewers()).singleElement()
        .satisfies(r -> assertThat(r.standing()).isEqualTo(GateState.Standing.MISSING));
  }

  @Test
  void claimsAboutOwnedThingsAddTheirOwners() throws Exception {
    Path claims = root.resolve("manifests/claims.yaml");
    Files.writeString(claims, Files.readString(claims) + """
          - id: c-02
            document: fact-table
            section: Routes
            statement: Sayan owns the Oracle routes.
            subject: {kind: family, id: oracle}
            expects: {field: owner, value: sayan}
        """);

    assertThat(gate(Gates.evaluate(root), "gate-1").requiredReviewers()).containsExactly("sayan", "sourik");
  }

  @Test
  void theCheckCriterionCountsErrorsInTheGovernedKindsOnly() {
    Map<String, List<String>> sources = Map.of(
        "manifests/topology.yaml", List.of("kind: topology"),
        "manifests/routes.yaml", List.of("# a comment", "kind: routes"));
    List<Finding> findings = List.of(
        Finding.error("topology.port", Location.of("manifests/topology.yaml", 30, 5), "port shared", "fix"),
        Finding.error("route.unmatched", Location.of("manifests/routes.yaml", 3, 5), "no family", "fix"),
        Finding.warning("domain.unserved", Location.of("manifests/topology.yaml", 2, 1), "a warning", "fix"),
        Finding.error("gate.signoff-stale", Location.of("manifests/topology.yaml", 1, 1), "own finding", "fix"),
        Finding.error("drift.service.gpu", new Location("app/compose.yaml", 4, 0, java.util.Optional.of("abc")),
            "GPU request", "fix"));

    GateReport report = Gates.evaluate(root, findings, sources);

    GateState.CriterionResult gate1 = criterion(gate(report, "gate-1"), "check");
    assertThat(gate1.met()).isFalse();
    assertThat(gate1.description()).isEqualTo("no errors in the governed manifests (claims, topology)");
    assertThat(gate1.notes()).containsExactly(
        "2 errors, first: app/compose.yaml:4@abc [drift.service.gpu] GPU request");
    GateState.CriterionResult gate2 = criterion(gate(report, "gate-2"), "check");
    assertThat(gate2.notes()).containsExactly("1 error, first: manifests/routes.yaml:3:5 [route.unmatched] no family");
  }

  @Test
  void aContradictedClaimBlocksAGateThatGovernsClaims() throws Exception {
    Path claims = root.resolve("manifests/claims.yaml");
    Files.writeString(claims, Files.readString(claims).replace("value: gpu-1", "value: origin-1"));

    GateState.CriterionResult result = criterion(gate(Gates.evaluate(root), "gate-1"), "claims");

    assertThat(result.met()).isFalse();
    assertThat(result.notes()).containsExactly("contradicted: c-01");
  }

  @Test
  void aGateWithEveryCriterionMetAndEveryReviewerSignedPasses() throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), """
        kind: gates
        gates:
          - id: gate-1
            title: Current truth locked
            governs: [claims, topology]
            criteria:
              - id: g1-infra
                description: Infra truth completed.
                workstream: b
              - id: g1-judged
                description: Operators agree.
        """);
    GateState before = gate(Gates.evaluate(root), "gate-1");
    assertThat(criterion(before, "g1-judged").notes())
        .containsExactly("nothing to evaluate: holds once every required reviewer has signed off");

    SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20));
    GateReport report = Gates.evaluate(root);

    GateState gate = gate(report, "gate-1");
    assertThat(gate.passed()).isTrue();
    assertThat(report.findings()).isEmpty();
    assertThat(report.text()).isEqualTo("""
        gate-1  Current truth locked: passed
          governs  claims, topology
          digest   %s
          criteria
            [x] g1-infra   Infra truth completed.
            [x] g1-judged  Operators agree.
            [x] check      no errors in the governed manifests (claims, topology)
            [x] claims     no contradicted claim; every must-hold claim current
          reviewers (required: sourik)
            [x] sourik  signed 2026-04-20

        1 gate: 1 passed, 0 blocked
        """.formatted(gate.digest()));
  }

  @Test
  void aSignoffBySomeoneWhoNeedNotSignIsAWarning() throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), withSignoff("sagnik", ZERO));

    GateReport report = Gates.evaluate(root);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("gate.signoff-unknown-reviewer");
      assertThat(f.isError()).isFalse();
      assertThat(f.location()).isEqualTo(Location.of("manifests/gates.yaml", 15, 19));
      assertThat(f.message()).isEqualTo("'sagnik' signed gate-1 but is not one of its required reviewers (sourik)");
    });
    assertThat(reviewer(gate(report, "gate-1"), "sagnik").standing()).isEqualTo(GateState.Standing.NOT_REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-45", "2026-02-31", "2025-02-29"})
  void aSignoffDatedOnADayThatDoesNotExistIsAnError(String date) throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), withSignoff("sourik", ZERO).replace("2026-04-20", date));

    GateReport report = Gates.evaluate(root);

    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("gate.signoff-date")).singleElement()
        .satisfies(f -> {
          assertThat(f.isError()).isTrue();
          assertThat(f.location()).isEqualTo(Location.of("manifests/gates.yaml", 16, 15));
          assertThat(f.message()).isEqualTo("sign-off of gate-1 by sourik is dated '" + date
              + "', which is not a day of the calendar");
        });
  }

  @Test
  void aSignoffOfOtherContentIsStaleEvenWithoutHistory() throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), withSignoff("sourik", ZERO));

    GateReport report = Gates.evaluate(root);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("gate.signoff-stale");
      assertThat(f.isError()).isTrue();
      assertThat(f.message()).isEqualTo("sign-off of gate-1 by sourik (2026-04-20) is stale: the content it governs"
          + " (claims, topology) changed since 2026-04-20");
      assertThat(f.hint()).isEqualTo("review the changes, then sign again: truthbook sign gate-1 --as sourik");
    });
    assertThat(reviewer(gate(report, "gate-1"), "sourik").standing()).isEqualTo(GateState.Standing.STALE);
  }

  @Test
  void aBrokenGovernedManifestLeavesSignoffsUnjudged() throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), withSignoff("sourik", ZERO));
    Files.writeString(root.resolve("manifests/topology.yaml"), "kind: topology\nnodes: {\n");

    GateReport report = Gates.evaluate(root);

    assertThat(report.findings()).isEmpty();
    assertThat(reviewer(gate(report, "gate-1"), "sourik").standing()).isEqualTo(GateState.Standing.UNJUDGED);
  }

  @Test
  void theReportIsDeterministic() throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), withSignoff("sourik", ZERO));
    GateReport first = Gates.evaluate(root);
    GateReport second = Gates.evaluate(root);

    assertThat(second.text()).isEqualTo(first.text());
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(first.text()).contains("2 gates: 0 passed, 2 blocked\n");
  }
}
