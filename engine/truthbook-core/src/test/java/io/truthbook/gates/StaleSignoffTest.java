package io.truthbook.gates;

import io.truthbook.model.GateState;
import static io.truthbook.gates.Gates.gate;
import static io.truthbook.gates.Gates.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import io.truthbook.reconcile.claims.GitRepo;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign, commit, change what the gate governs, commit: the sign-off is stale and says what changed. */
class StaleSignoffTest {
  private static final String GATES = """
      kind: gates
      gates:
        - id: gate-1
          title: Current truth locked
          governs: [claims, topology]
          criteria:
            - id: g1-matrix
              description: Reconciliation matrix completed.
              workstream: a
        - id: gate-2
          title: Architecture locked
          governs: [domains, routes]
          criteria:
            - id: g2-aligned
              description: Documents aligned.
      """;

  private static final String ORACLE_SAYAN = "    domain: oracle\n    owner: sayan";
  private static final String ORACLE_SAGNIK = "    domain: oracle\n    owner: sagnik";

  @TempDir Path temp;
  private GitRepo repo;

  @BeforeEach
  void repository() throws Exception {
    repo = GitRepo.init(FixtureTree.build(null, temp.resolve("repo")));
    repo.write("manifests/gates.yaml", GATES);
    repo.commit("the truth", "2026-04-01");
  }

  @AfterEach
  void close() {
    repo.close();
  }

  @Test
  void aChangeToGovernedContentMakesTheSignoffStaleNamingReviewerAndEntity() throws Exception {
    SignOff.sign(repo.root(), "gate-2", "sayan", LocalDate.of(2026, 4, 20));
    RevCommit signed = repo.commit("sayan signs gate-2", "2026-04-20");
    assertThat(Gates.evaluate(repo.root()).findings()).isEmpty();

    repo.replace("manifests/routes.yaml", ORACLE_SAYAN, ORACLE_SAGNIK);
    repo.replace("manifests/domains.yaml", "state: dual-write", "state: cut-over");
    repo.write("manifests/routes.yaml", repo.read("manifests/routes.yaml")
        + "  - method: GET\n    path: /api/oracle/runs\n    summary: List runs.\n");
    repo.commit("Oracle routes move to Sagnik", "2026-04-22");

    GateReport report = Gates.evaluate(repo.root());

    String since = signed.name().substring(0, 7) + " (2026-04-20)";
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("gate.signoff-stale");
      assertThat(f.isError()).isTrue();
      assertThat(f.location().file()).isEqualTo("manifests/gates.yaml");
      assertThat(f.location().line()).isEqualTo(17);
      assertThat(f.message()).isEqualTo("sign-off of gate-2 by sayan (2026-04-20) is stale: changed since " + since
          + ": endpoint GET /api/oracle/runs added; legacy table contacts: state dual-write → cut-over;"
          + " route family oracle: owner sayan → sagnik");
    });
    GateState gate = gate(report, "gate-2");
    assertThat(gate.passed()).isFalse();
    assertThat(reviewer(gate, "sayan").standing()).isEqualTo(GateState.Standing.STALE);
    assertThat(report.text()).contains("    [ ] sayan   stale (signed 2026-04-20): changed since " + since
        + ": endpoint GET /api/oracle/runs added;");
  }

  @Test
  void changesOutsideTheGovernedContentKeepTheSignoff() throws Exception {
    SignOff.sign(repo.root(), "gate-1", "sourik", LocalDate.of(2026, 4, 20));
    repo.commit("sourik signs gate-1", "2026-04-20");

    repo.replace("manifests/routes.yaml", ORACLE_SAYAN, ORACLE_SAGNIK);
    repo.replace("manifests/topology.yaml", "kind: topology\n", "# the runtime, reviewed by sourik\nkind: topology\n");
    repo.commit("routes and a comment", "2026-04-22");

    GateReport report = Gates.evaluate(repo.root());

    assertThat(report.findings()).isEmpty();
    assertThat(reviewer(gate(report, "gate-1"), "sourik").standing()).isEqualTo(GateState.Standing.SIGNED);
  }

  @Test
  void anUncommittedChangeIsComparedWithTheSignedCommit() throws Exception {
    SignOff.sign(repo.root(), "gate-1", "sourik", LocalDate.of(2026, 4, 20));
    RevCommit signed = repo.commit("sourik signs gate-1", "2026-04-20");

    repo.replace("manifests/topology.yaml", "    ports: [8188]", "    ports: [8188, 8189]");

    assertThat(Gates.evaluate(repo.root()).findings()).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("sign-off of gate-1 by sourik (2026-04-20) is stale: changed since " + signed.name().substring(0, 7)
            + " (2026-04-20): service comfyui: ports 8188 → [8188, 8189]"));
  }
}
