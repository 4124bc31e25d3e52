package io.truthbook.reconcile.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import io.truthbook.kinds.ManifestReader;
import io.truthbook.history.Revision;
import io.truthbook.history.TruthHistory;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Finding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims judged over a real git history of the manifests: stale, contradicted, and since when. */
class ClaimHistoryTest {
  private static final String CLAIMS = """
      kind: claims
      documents:
        - id: fact-table
          title: Fact table
          date: "2026-03-20"
      claims:
        - id: c-01
          document: fact-table
          section: Infra
          statement: ComfyUI runs on gpu-1.
          subject: {kind: service, id: comfyui}
          expects: {field: node, value: gpu-1}
          mustHold: true
        - id: c-02
          document: fact-table
          section: Infra
          statement: The API runs on gpu-1.
          subject: {kind: service, id: api}
          expects: {field: node, value: gpu-1}
        - id: c-03
          document: fact-table
          section: Infra
          statement: The web app runs on origin-1.
          subject: {kind: service, id: web}
          expects: {field: node, value: origin-1}
        - id: c-04
          document: fact-table
          section: Infra
          statement: gpu-2 is a GPU node.
          subject: {kind: node, id: gpu-2}
          expects: {field: role, value: gpu}
        - id: c-05
          document: fact-table
          section: Routes
          statement: Sayan owns the Oracle routes.
          subject: {kind: family, id: oracle}
          expects: {field: owner, value: sayan}
        - id: c-06
          document: fact-table
          section: Infra
          statement: ComfyUI listens on 8188.
          subject: {kind: service, id: comfyui}
          expects: {field: ports, value: "8188"}
      """;
  private static final String ORACLE_SAYAN = "    domain: oracle\n    owner: sayan";
  private static final String ORACLE_SAGNIK = "    domain: oracle\n    owner: sagnik";
  private static final String COMFY_ON_GPU = "  - id: comfyui\n    node: gpu-1";
  private static final String COMFY_ON_ORIGIN = "  - id: comfyui\n    node: origin-1";

  @TempDir Path temp;
  private GitRepo repo;
  private RevCommit first;

  @BeforeEach
  void repository() throws Exception {
    repo = GitRepo.init(FixtureTree.build(null, temp.resolve("repo")));
    repo.write("manifests/claims.yaml", CLAIMS);
    first = repo.commit("the truth as the fact table knew it", "2026-04-01");
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private ReconciliationMatrix reconcile(Path root, int depth) {
    return new ClaimReconciler(TruthHistory.open(root, LoadLimits.DEFAULTS, depth))
        .reconcile(ManifestReader.readFolder(root, LoadLimits.DEFAULTS).truth());
  }

  private ReconciliationMatrix reconcile() {
    return reconcile(repo.root(), TruthHistory.DEFAULT_DEPTH);
  }

  private static MatrixRow row(ReconciliationMatrix matrix, String id) {
    return matrix.rows().stream().filter(r -> r.claimId().equals(id)).findFirst().orElseThrow();
  }

  private static Optional<Revision> revision(RevCommit commit, String date) {
    return Optional.of(new Revision(commit.name(), LocalDate.parse(date)));
  }

  @Test
  void aClaimTrueAtOneCommitAndFalseAtTheNextIsStaleSinceTheNext() throws Exception {
    repo.replace("manifests/topology.yaml", COMFY_ON_GPU, COMFY_ON_ORIGIN);
    RevCommit second = repo.commit("move ComfyUI to the origin", "2026-04-10");

    MatrixRow comfy = row(reconcile(), "c-01");

    assertThat(comfy.status()).isEqualTo(ClaimStatus.STALE);
    assertThat(comfy.since()).isEqualTo(revision(second, "2026-04-10"));
    assertThat(comfy.truth()).isEqualTo("node: origin-1");
    assertThat(comfy.evidenceText()).isEqualTo("manifests/topology.yaml:40@" + second.name().substring(0, 7));
  }

  @Test
  void claimsThatNeverChangedStatusDateFromTheFirstCommit() {
    ReconciliationMatrix matrix = reconcile();

    assertThat(row(matrix, "c-01").status()).isEqualTo(ClaimStatus.CURRENT);
    assertThat(row(matrix, "c-01").since()).isEqualTo(revision(first, "2026-04-01"));
    assertThat(row(matrix, "c-02").status()).isEqualTo(ClaimStatus.CONTRADICTED);
    assertThat(row(matrix, "c-02").since()).isEqualTo(revision(first, "2026-04-01"));
    assertThat(row(matrix, "c-04").status()).isEqualTo(ClaimStatus.UNVERIFIABLE);
    assertThat(row(matrix, "c-04").evidence()).isEmpty();
  }

  @Test
  void aClaimThatHeldAgainIsCurrentSinceItHeldAgain() throws Exception {
    repo.replace("manifests/routes.yaml", ORACLE_SAYAN, ORACLE_SAGNIK);
    RevCommit moved = repo.commit("Oracle routes to Sagnik", "2026-04-05");
    assertThat(row(reconcile(), "c-05").status()).isEqualTo(ClaimStatus.STALE);
    assertThat(row(reconcile(), "c-05").since()).isEqualTo(revision(moved, "2026-04-05"));

    repo.replace("manifests/routes.yaml", ORACLE_SAGNIK, ORACLE_SAYAN);
    RevCommit back = repo.commit("Oracle routes back to Sayan", "2026-04-06");

    MatrixRow oracle = row(reconcile(), "c-05");
    assertThat(oracle.status()).isEqualTo(ClaimStatus.CURRENT);
    assertThat(oracle.since()).isEqualTo(revision(back, "2026-04-06"));
    assertThat(oracle.owners()).containsExactly("sayan");
  }

  @Test
  void anUncommittedChangeHasNoSinceAndNoCommitInItsEvidence() throws Exception {
    repo.replace("manifests/topology.yaml", COMFY_ON_GPU, COMFY_ON_ORIGIN);

    MatrixRow comfy = row(reconcile(), "c-01");

    assertThat(comfy.status()).isEqualTo(ClaimStatus.STALE);
    assertThat(comfy.since()).isEmpty();
    assertThat(comfy.evidenceText()).isEqualTo("manifests/topology.yaml:40");
  }

  @Test
  void aSubjectThatWentAwayIsShownWhereItLastMatched() throws Exception {
    repo.replace("manifests/topology.yaml", """
          - id: web
            node: origin-1
            kind: web
            description: The web app.
            ports: [3000]
        """, "");
    repo.replace("manifests/ingress.yaml", "      - path: /\n        upstream: web\n", "");
    RevCommit gone = repo.commit("drop the web app", "2026-04-12");

    MatrixRow web = row(reconcile(), "c-03");

    assertThat(web.status()).isEqualTo(ClaimStatus.STALE);
    assertThat(web.truth()).isEqualTo("no service 'web' is defined");
    assertThat(web.since()).isEqualTo(revision(gone, "2026-04-12"));
    assertThat(web.evidenceText()).isEqualTo("manifests/topology.yaml:35@" + first.name().substring(0, 7));
    assertThat(web.owners()).containsExactly("sourik");
  }

  @Test
  void aMustHoldClaimThatIsNoLongerCurrentIsAnErrorAtTheClaim() throws Exception {
    repo.replace("manifests/topology.yaml", COMFY_ON_GPU, COMFY_ON_ORIGIN);
    RevCommit second = repo.commit("move ComfyUI to the origin", "2026-04-10");

    List<Finding> findings = reconcile().findings();

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("claim.must-hold");
      assertThat(f.isError()).isTrue();
      assertThat(f.location().file()).isEqualTo("manifests/claims.yaml");
      assertThat(f.location().line()).isEqualTo(7);
      assertThat(f.message()).isEqualTo("must-hold claim 'c-01' is stale since " + second.name().substring(0, 7)
          + " (2026-04-10): \"ComfyUI runs on gpu-1.\" (expected service comfyui node = gpu-1, the truth says"
          + " node: origin-1)");
    });
  }

  @Test
  void theHistoryIsBoundedAndReadBelowASubfolder() throws Exception {
    repo.replace("manifests/topology.yaml", COMFY_ON_GPU, COMFY_ON_ORIGIN);
    repo.commit("move ComfyUI to the origin", "2026-04-10");

    // one commit back is all it may see: the claim never matched as far as it knows
    assertThat(row(reconcile(repo.root(), 1), "c-01").status()).isEqualTo(ClaimStatus.CONTRADICTED);

    // the truth may live in a folder of a bigger repository
    try (GitRepo outer = GitRepo.init(temp.resolve("outer"))) {
      FixtureTree.build(null, outer.root().resolve("docs/truth"));
      outer.write("docs/truth/manifests/claims.yaml", CLAIMS);
      outer.write("README.md", "outer\n");
      RevCommit one = outer.commit("truth in a subfolder", "2026-05-01");
      outer.replace("docs/truth/manifests/topology.yaml", COMFY_ON_GPU, COMFY_ON_ORIGIN);
      RevCommit two = outer.commit("move ComfyUI", "2026-05-02");
      outer.write("README.md", "outer, edited\n");
      outer.commit("not the truth", "2026-05-03");

      ReconciliationMatrix matrix = reconcile(outer.root().resolve("docs/truth"), TruthHistory.DEFAULT_DEPTH);
      assertThat(row(matrix, "c-01").status()).isEqualTo(ClaimStatus.STALE);
      assertThat(row(matrix, "c-01").since()).isEqualTo(revision(two, "2026-05-02"));
      assertThat(row(matrix, "c-02").since()).isEqualTo(revision(one, "2026-05-01"));
      assertThat(row(matrix, "c-01").evidenceText()).startsWith("manifests/topology.yaml:40@");
    }
  }

  @Test
  void portsCompareAsASetAndBooleansIgnoreCase() {
    assertThat(ClaimFields.same("ports", "443, 80", "80, 443")).isTrue();
    assertThat(ClaimFields.same("ports", "80", "80, 443")).isFalse();
    assertThat(ClaimFields.same("public", "TRUE", "true")).isTrue();
    assertThat(ClaimFields.same("prefix", "/api/crm/", "/api/crm")).isTrue();
    assertThat(ClaimFields.same("node", "Gpu-1", "gpu-1")).isFalse();
    assertThat(row(reconcile(), "c-06").status()).isEqualTo(ClaimStatus.CURRENT);
  }

  @Test
  void aFieldThatCannotBeCheckedIsUnverifiableAndSaysWhatCan() {
    repo.write("manifests/claims.yaml", CLAIMS.replace("expects: {field: ports, value: \"8188\"}",
        "expects: {field: colour, value: blue}"));

    MatrixRow row = row(reconcile(), "c-06");

    assertThat(row.status()).isEqualTo(ClaimStatus.UNVERIFIABLE);
    assertThat(row.truth()).isEqualTo("field 'colour' of a service cannot be checked (checkable: node, kind, ports,"
        + " gpus, image)");
  }
}
