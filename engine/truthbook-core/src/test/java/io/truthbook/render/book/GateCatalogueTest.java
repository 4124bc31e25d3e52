package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Audit;
import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.GateState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference shows each gate as the check evaluated it: state, criteria, reviewers, sign-offs. */
class GateCatalogueTest {
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
              reconciled: true
            - id: g1-judged
              description: Operators agree.
      """;

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void fixture() throws Exception {
    root = FixtureTree.build(null, temp.resolve("repo"));
    Files.writeString(root.resolve("manifests/gates.yaml"), GATES);
  }

  private String reference() {
    Audit audit = new Truthbook(root, LoadLimits.DEFAULTS).audit();
    BookFixtures.Loaded loaded = BookFixtures.load(root);
    return GeneratedReference.render(loaded.truth(), loaded.chapters(), Truthbook.rules().all(),
        Optional.of(audit.matrix()), new Verification(audit.gates().gates(), audit.evidence()));
  }

  private String digest() {
    return new Truthbook(root, LoadLimits.DEFAULTS).audit().gates().gates().stream()
        .filter(g -> g.id().equals("gate-1")).map(GateState::digest).findFirst().orElseThrow();
  }

  private void signoffs(String entries) throws Exception {
    Files.writeString(root.resolve("manifests/gates.yaml"), GATES + "    signoffs:\n" + entries);
  }

  @Test
  void aBlockedGateSaysWhyWithItsRequiredReviewersAndImplicitCriteria() {
    String text = reference();

    assertThat(text).contains("State:: *blocked*: 2 of 4 criteria unmet (``g1-matrix``, ``g1-judged``); "
        + "no valid sign-off of <<owner-sourik,sourik>> (not signed)");
    assertThat(text).contains("Required reviewers:: <<owner-sourik,sourik>>");
    assertThat(text).contains("Sign-offs:: none");
    assertThat(text).contains("|``g1-matrix``\n|*unmet*\n|Reconciliation matrix completed.\n"
        + "|workstream <<workstream-a,A>> done +\nevery claim reconciled\n"
        + "|workstream a is not done&#58; 1 of 1 tasks open &#40;Reconcile)\n");
    assertThat(text).contains("|``g1-judged``\n|*unmet*\n|Operators agree.\n|the required reviewers' judgement\n"
        + "|nothing to evaluate&#58; holds once every required reviewer has signed off\n");
    assertThat(text).contains("|``check`` _implicit_\n|met\n|no errors in the governed manifests &#40;claims, topology)\n");
    assertThat(text).contains("|``claims`` _implicit_\n|met\n");
  }

  @Test
  void eachSignOffSaysWhetherItIsStillValid() throws Exception {
    signoffs("      - reviewer: sourik\n        date: \"2026-04-20\"\n        digest: " + digest() + "\n"
        + "      - reviewer: sagnik\n        date: \"2026-04-21\"\n        digest: " + digest() + "\n");
    String text = reference();

    assertThat(text).contains("Sign-offs:: 2, listed below");
    assertThat(text).contains("|<<owner-sourik,sourik>>\n|2026-04-20\n|``sha256&#58;")
        .contains("|*valid*: the digest matches the governed content at this commit\n");
    assertThat(text).contains("|<<owner-sagnik,sagnik>>\n|2026-04-21\n")
        .contains("|does not count: not a required reviewer\n");
    assertThat(text).contains("State:: *blocked*: 1 of 4 criteria unmet (``g1-matrix``)\n");

    signoffs("      - reviewer: sourik\n        date: \"2026-04-20\"\n        digest: sha256:" + "0".repeat(64) + "\n");
    assertThat(reference()).contains("|*lapsed*: the governed content changed since")
        .contains("no valid sign-off of <<owner-sourik,sourik>> (lapsed)");
  }

  @Test
  void aPassedGateSaysSo() throws Exception {
    signoffs("      - reviewer: sourik\n        date: \"2026-04-20\"\n        digest: " + digest() + "\n");
    Files.writeString(root.resolve("manifests/gates.yaml"), Files.readString(root.resolve("manifests/gates.yaml"))
        .replace("        workstream: a\n", ""));

    assertThat(reference()).contains("State:: *passed*: every criterion holds and every required reviewer has a"
        + " valid sign-off");
  }

  @Test
  void aBookWithoutACheckSaysTheGateWasNotEvaluated() {
    assertThat(BookFixtures.reference(root)).contains("State:: not evaluated: this book was built without a check")
        .contains("|``g1-matrix``\n|not evaluated\n");
  }
}
