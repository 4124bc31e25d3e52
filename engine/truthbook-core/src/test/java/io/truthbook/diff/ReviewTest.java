package io.truthbook.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.render.DiffReport;
import io.truthbook.render.ReviewReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Between two commits, the reviewer sees each change, the gates it touches and who must sign. */
class ReviewTest {
  @TempDir Path temp;

  @Test
  void ownerMoveAndTableRemapAreListedWithGatesAndReviewers() throws Exception {
    Path root = FixtureTree.build(null, temp.resolve("repo"));
    Path gates = root.resolve("manifests/gates.yaml");
    Files.writeString(gates, Files.readString(gates).replace("    governs: [claims, topology]",
        "    governs: [claims, topology, routes, domains]\n    signoffs:\n      - reviewer: sagnik\n"
            + "        date: \"2026-04-20\"\n        digest: sha256:" + "0".repeat(64)));
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    RevCommit base = commit(git, "base");
    Path routes = root.resolve("manifests/routes.yaml");
    Files.writeString(routes, Files.readString(routes).replace("    domain: oracle\n    owner: sayan",
        "    domain: oracle\n    owner: sourik"));
    Path domains = root.resolve("manifests/domains.yaml");
    Files.writeString(domains, Files.readString(domains).replace("        target: crm_contact",
        "        target: crm_account"));
    RevCommit head = commit(git, "move oracle routes to the runtime steward, remap contacts");

    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    Review review = truthbook.review(base.name(), head.name());
    String markdown = ReviewReport.markdown(review);

    assertThat(review.diff().changes()).extracting(c -> c.entityKind() + " " + c.id() + " " + c.fields())
        .containsExactlyInAnyOrder(
            "legacy table contacts [FieldChange[field=target, from=crm_contact, to=crm_account]]",
            "route family /api/oracle [FieldChange[field=owner, from=sayan, to=sourik]]");
    // a table has no owner of its own: its domain's owner answers for the remap
    assertThat(review.diff().changes()).filteredOn(c -> c.entityKind().equals("legacy table"))
        .singleElement().extracting(TruthDiff.Change::owners).asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.collection(String.class)).containsExactly("sagnik");
    assertThat(markdown).contains("route family `/api/oracle` moved from sayan to sourik")
        .contains("target: crm\\_contact → crm\\_account")
        .contains("`gate-1`").contains("invalidates the sign-off of sagnik")
        .contains("`sagnik`, `sayan`, `sourik`").doesNotContain("@sagnik");
    assertThat(review.newFindings()).isEmpty();
    assertThat(DiffReport.text(base.name(), head.name(), review.diff()))
        .contains("~ route family '/api/oracle'\n    owner: sayan → sourik\n");
  }

  @Test
  void aChangeToContentWithoutAnOwnerNeedsTheTouchedGatesReviewers() throws Exception {
    Path root = FixtureTree.build(null, temp.resolve("repo"));
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    RevCommit base = commit(git, "base");
    Path topology = root.resolve("manifests/topology.yaml");
    Files.writeString(topology, Files.readString(topology).replace("description: ComfyUI.",
        "description: ComfyUI, with the model cache."));
    RevCommit head = commit(git, "describe comfyui");

    Review review = new Truthbook(root, Truthbook.Options.defaults()).review(base.name(), head.name());

    assertThat(review.diff().changes()).extracting(c -> c.entityKind() + " " + c.id() + " " + c.owners())
        .containsExactly("service comfyui []");
    // a service names no owner: the reviewers are those gate-1 needs, the owners of what it governs
    assertThat(review.gates()).singleElement().satisfies(gate -> {
      assertThat(gate.id()).isEqualTo("gate-1");
      assertThat(gate.kinds()).containsExactly("topology");
      assertThat(gate.required()).isNotEmpty().contains("sourik");
      assertThat(review.reviewers()).containsExactlyElementsOf(gate.required());
    });
    assertThat(ReviewReport.markdown(review)).contains("to be signed by `").contains("`sourik`").doesNotContain("@sourik")
        .doesNotContain("Nobody in particular");
  }

  @Test
  void aSignoffTheChangeRecordsIsListedThoughItChangesNoContent() throws Exception {
    Path root = FixtureTree.build(null, temp.resolve("repo"));
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    RevCommit base = commit(git, "base");
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    truthbook.sign("gate-1", "sourik", java.time.LocalDate.of(2026, 4, 21));
    RevCommit head = commit(git, "sourik signs gate-1");

    Review review = truthbook.review(base.name(), head.name());

    assertThat(review.diff().isEmpty()).isTrue();
    assertThat(review.recordedSignoffs()).containsExactly(new Review.RecordedSignoff("gate-1", "sourik", "2026-04-21"));
    assertThat(ReviewReport.markdown(review)).contains("### Sign-offs this change records\n\n"
        + "- `gate-1` signed by sourik (2026-04-21)\n");
    // the same sign-off again in a later change is not recorded twice
    Path gates = root.resolve("manifests/gates.yaml");
    Files.writeString(gates, Files.readString(gates) + "# a comment\n");
    RevCommit later = commit(git, "a comment");
    assertThat(truthbook.review(head.name(), later.name()).recordedSignoffs()).isEmpty();
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
        .setSign(false).call();
  }
}
