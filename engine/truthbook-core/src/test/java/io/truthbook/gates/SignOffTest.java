package io.truthbook.gates;

import io.truthbook.model.GateState;
import static io.truthbook.gates.Gates.gate;
import static io.truthbook.gates.Gates.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.fixtures.FixtureTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sign} edits the gates manifest as a person would: one entry, every other byte kept. */
class SignOffTest {
  private static final Path VELOCITY = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final String OLD = "sha256:" + "0".repeat(64);
  private static final String GATES = """
      # yaml-language-server: $schema=../schemas/gates.schema.json
      kind: gates
      # Acceptance gates. Sign with `truthbook sign`.
      gates:
        - id: gate-1
          title: Current truth locked
          governs: [claims, topology]   # what it approves
          criteria:
            - id: g1-matrix
              description: Reconciliation matrix completed.
              workstream: a
            # the infra criterion follows
            - id: g1-infra
              description: Infra truth completed.
              workstream: b

        - id: gate-2
          title: Architecture locked
          governs: [owners, domains, routes]
          criteria:
            - id: g2-aligned
              description: "Documents aligned."   # quoted on purpose
          signoffs:
            # Sayan first
            - reviewer: sayan
              date: "2026-04-01"
              digest: %s

      # Readiness follows.
      readiness:
        - id: sr-1
          statement: The story is explainable.
          gate: gate-1
      """.formatted(OLD);

  @TempDir Path temp;
  private Path root;
  private Path file;

  @BeforeEach
  void fixture() throws Exception {
    root = FixtureTree.build(null, temp.resolve("repo"));
    file = root.resolve("manifests/gates.yaml");
    Files.writeString(file, GATES);
  }

  private static String entry(String indent, String reviewer, String date, String digest) {
    return indent + "- reviewer: " + reviewer + "\n" + indent + "  date: \"" + date + "\"\n" + indent + "  digest: "
        + digest + "\n";
  }

  @Test
  void aFirstSignoffIsAddedAtTheEndOfTheGateKeepingEverythingElse() throws Exception {
    SignOff.Signed signed = SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20));

    assertThat(signed.changed()).isTrue();
    assertThat(signed.file()).isEqualTo("manifests/gates.yaml");
    assertThat(signed.digest()).matches("sha256:[0-9a-f]{64}");
    assertThat(Files.readString(file)).isEqualTo(GATES.replace("        workstream: b\n\n",
        "        workstream: b\n    signoffs:\n" + entry("      ", "sourik", "2026-04-20", signed.digest()) + "\n"));
    assertThat(reviewer(gate(Gates.evaluate(root), "gate-1"), "sourik").standing())
        .isEqualTo(GateState.Standing.SIGNED);
  }

  @Test
  void anotherReviewerIsAppendedAfterTheLastEntry() throws Exception {
    SignOff.Signed signed = SignOff.sign(root, "gate-2", "sagnik", LocalDate.of(2026, 4, 20));

    assertThat(Files.readString(file)).isEqualTo(GATES.replace("        digest: " + OLD + "\n",
        "        digest: " + OLD + "\n" + entry("      ", "sagnik", "2026-04-20", signed.digest())));
  }

  @Test
  void signingAgainReplacesTheReviewersEntryInPlace() throws Exception {
    SignOff.Signed signed = SignOff.sign(root, "gate-2", "sayan", LocalDate.of(2026, 4, 21));

    assertThat(Files.readString(file)).isEqualTo(GATES.replace(entry("      ", "sayan", "2026-04-01", OLD),
        entry("      ", "sayan", "2026-04-21", signed.digest())));
    assertThat(Files.readString(file)).contains("      # Sayan first\n");
  }

  @Test
  void signingTwiceOnOneDayChangesNothing() throws Exception {
    SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20));
    byte[] once = Files.readAllBytes(file);

    SignOff.Signed again = SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20));

    assertThat(again.changed()).isFalse();
    assertThat(Files.readAllBytes(file)).isEqualTo(once);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void crlfStaysCrlf() throws Exception {
    Files.writeString(file, GATES.replace("\n", "\r\n"));

    SignOff.Signed signed = SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20));

    assertThat(Files.readString(file)).isEqualTo(GATES.replace("        workstream: b\n\n",
        "        workstream: b\n    signoffs:\n" + entry("      ", "sourik", "2026-04-20", signed.digest()) + "\n")
        .replace("\n", "\r\n"));
  }

  @Test
  void anEmptyFlowListAndIndentlessListsAreFollowed() throws Exception {
    Files.writeString(file, """
        kind: gates
        gates:
        - id: gate-1
          title: Current truth locked
          governs: [claims, topology]
          criteria:
          - id: g1-matrix
            description: Reconciliation matrix completed.
          signoffs: []   # none yet
        - id: gate-2
          title: Architecture locked
          governs: [owners]
          criteria:
          - id: g2-aligned
            description: Documents aligned.""");

    SignOff.Signed first = SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20));
    SignOff.Signed second = SignOff.sign(root, "gate-2", "sayan", LocalDate.of(2026, 4, 20));

    assertThat(Files.readString(file)).isEqualTo("""
        kind: gates
        gates:
        - id: gate-1
          title: Current truth locked
          governs: [claims, topology]
          criteria:
          - id: g1-matrix
            description: Reconciliation matrix completed.
          signoffs: # none yet
        """ + entry("  ", "sourik", "2026-04-20", first.digest()) + """
        - id: gate-2
          title: Architecture locked
          governs: [owners]
          criteria:
          - id: g2-aligned
            description: Documents aligned.
          signoffs:
        """ + entry("  ", "sayan", "2026-04-20", second.digest()));
  }

  @Test
  void unknownGatesOwnersAndReviewersWhoNeedNotSignAreRefused() throws Exception {
    LocalDate day = LocalDate.of(2026, 4, 20);
    assertThatThrownBy(() -> SignOff.sign(root, "gate-9", "sourik", day)).isInstanceOf(SignOffException.class)
        .hasMessage("unknown gate 'gate-9' (gates: gate-1, gate-2)");
    assertThatThrownBy(() -> SignOff.sign(root, "gate-1", "nobody", day)).isInstanceOf(SignOffException.class)
        .hasMessage("unknown owner 'nobody' (owners: sagnik, sayan, sourik)");
    assertThatThrownBy(() -> SignOff.sign(root, "gate-1", "sagnik", day)).isInstanceOf(SignOffException.class)
        .hasMessage("sagnik is not a required reviewer of gate-1 (required: sourik; they own what it governs:"
            + " claims, topology)");
    assertThat(Files.readString(file)).isEqualTo(GATES);
  }

  @Test
  void aGateInFlowStyleOrWithBrokenGovernedManifestsIsRefused() throws Exception {
    Files.writeString(root.resolve("manifests/topology.yaml"), "kind: topology\nnodes: [\n");
    assertThatThrownBy(() -> SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20)))
        .isInstanceOf(SignOffException.class)
        .hasMessage("cannot sign gate-1: the topology manifests it governs do not load (run truthbook check)");

    FixtureTree.build(null, root);
    String flow = "kind: gates\ngates: [{id: gate-1, title: T, governs: [claims, topology],"
        + " criteria: [{id: g1, description: D}]}]\n";
    Files.writeString(file, flow);
    assertThatThrownBy(() -> SignOff.sign(root, "gate-1", "sourik", LocalDate.of(2026, 4, 20)))
        .isInstanceOf(SignOffException.class)
        .hasMessage("cannot edit flow-style YAML ({...}) in this gate; write it in block style");
    assertThat(Files.readString(file)).isEqualTo(flow);
  }

  @Test
  void signingTheVelocityGatesKeepsEveryOtherLineOfTheManifest() throws Exception {
    Path velocity = temp.resolve("velocity");
    FixtureTree.copy(VELOCITY.resolve("manifests").toRealPath(), velocity.resolve("manifests"));
    Path gates = velocity.resolve("manifests/gates.yaml");
    List<String> before = Files.readAllLines(gates);

    List<String> added = new ArrayList<>();
    for (String[] sign : new String[][] {{"gate-1", "sourik"}, {"gate-1", "sayan"}, {"gate-2", "sagnik"},
        {"gate-4", "sagnik"}}) {
      SignOff.Signed signed = SignOff.sign(velocity, sign[0], sign[1], LocalDate.of(2026, 4, 20));
      added.add("      - reviewer: " + sign[1]);
      added.add("        digest: " + signed.digest());
    }

    List<String> after = Files.readAllLines(gates);
    List<String> removed = new ArrayList<>(after);
    removed.removeIf(line -> line.equals("    signoffs:") || line.startsWith("      - reviewer: ")
        || line.equals("        date: \"2026-04-20\"") || line.startsWith("        digest: sha256:"));
    assertThat(removed).isEqualTo(before);
    assertThat(after).containsSubsequence(added.subList(0, 4)).contains(added.get(4), added.get(6));
    GateReport report = Gates.evaluate(velocity);
    assertThat(report.findings()).isEmpty();
    assertThat(reviewer(gate(report, "gate-1"), "sourik").standing()).isEqualTo(GateState.Standing.SIGNED);
    assertThat(reviewer(gate(report, "gate-1"), "sagnik").standing()).isEqualTo(GateState.Standing.MISSING);
    assertThat(reviewer(gate(report, "gate-4"), "sagnik").standing()).isEqualTo(GateState.Standing.SIGNED);
  }
}
