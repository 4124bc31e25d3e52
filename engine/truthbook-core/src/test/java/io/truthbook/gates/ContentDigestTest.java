package io.truthbook.gates;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import io.truthbook.kinds.ManifestReader;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.ManifestKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest covers exactly the governed content: not bytes, not comments, not other kinds. */
class ContentDigestTest {
  private static final List<ManifestKind> GOVERNED = ContentDigest.kinds(List.of("topology", "claims"));

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void fixture() {
    root = FixtureTree.build(null, temp.resolve("repo"));
  }

  private String digest() {
    return ContentDigest.of(ManifestReader.readFolder(root, LoadLimits.DEFAULTS).truth(), GOVERNED);
  }

  private void edit(String file, String from, String to) throws Exception {
    Path path = root.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  @Test
  void aDigestIsSha256InHex() {
    assertThat(digest()).matches("sha256:[0-9a-f]{64}").isEqualTo(digest());
  }

  @Test
  void commentsFormattingAndOrderDoNotCount() throws Exception {
    String before = digest();
    edit("manifests/topology.yaml", "kind: topology\n", "# the runtime\nkind: topology   # trailing\n");
    edit("manifests/topology.yaml", "    ports: [80, 443]", "    ports:\n      - 80\n      - 443");
    // move the node gpu-1 above origin-1
    String text = Files.readString(root.resolve("manifests/topology.yaml"));
    int origin = text.indexOf("  - id: origin-1");
    int gpu = text.indexOf("  - id: gpu-1");
    int services = text.indexOf("services:");
    Files.writeString(root.resolve("manifests/topology.yaml"), text.substring(0, origin)
        + text.substring(gpu, services) + text.substring(origin, gpu) + text.substring(services));
    edit("manifests/claims.yaml", "    subject:\n      kind: service\n      id: comfyui",
        "    subject: {id: comfyui, kind: service}");

    assertThat(digest()).isEqualTo(before);
  }

  @Test
  void otherKindsAndSignoffsDoNotCount() throws Exception {
    String before = digest();
    edit("manifests/routes.yaml", "    owner: sayan", "    owner: sagnik");
    edit("manifests/gates.yaml", "        workstream: a\n", "        workstream: a\n    signoffs:\n"
        + "      - reviewer: sourik\n        date: \"2026-04-20\"\n        digest: sha256:" + "0".repeat(64) + "\n");

    assertThat(digest()).isEqualTo(before);
  }

  @Test
  void anyGovernedFieldCounts() throws Exception {
    String before = digest();
    edit("manifests/topology.yaml", "    ports: [8188]", "    ports: [8189]");
    String ports = digest();
    edit("manifests/claims.yaml", "statement: ComfyUI runs on gpu-1.", "statement: ComfyUI runs on a GPU node.");

    assertThat(List.of(before, ports, digest())).doesNotHaveDuplicates();
  }

  @Test
  void theGovernedKindsAreASet() {
    var truth = ManifestReader.readFolder(root, LoadLimits.DEFAULTS).truth();
    assertThat(ContentDigest.of(truth, ContentDigest.kinds(List.of("claims", "topology", "claims"))))
        .isEqualTo(ContentDigest.of(truth, ContentDigest.kinds(List.of("topology", "claims"))))
        .isNotEqualTo(ContentDigest.of(truth, ContentDigest.kinds(List.of("topology"))));
  }

  @Test
  void digestsWorkedOutAheadAreTheDigestsOfEachGateAndOfTheirTruthOnly() throws Exception {
    var truth = ManifestReader.readFolder(root, LoadLimits.DEFAULTS).truth();
    GateDigests ahead = GateDigests.of(truth);
    assertThat(truth.gates()).isNotEmpty();
    for (var gate : truth.gates()) {
      List<ManifestKind> kinds = ContentDigest.kinds(gate.governs());
      assertThat(ahead.of(truth, kinds)).isEqualTo(ContentDigest.of(truth, kinds));
    }
    // kinds no gate governs, and another truth, are digested when asked
    assertThat(ahead.of(truth, GOVERNED)).isEqualTo(ContentDigest.of(truth, GOVERNED));
    edit("manifests/topology.yaml", "    ports: [80, 443]", "    ports: [80, 8443]");
    var edited = ManifestReader.readFolder(root, LoadLimits.DEFAULTS).truth();
    assertThat(ahead.of(edited, GOVERNED)).isEqualTo(ContentDigest.of(edited, GOVERNED))
        .isNotEqualTo(ahead.of(truth, GOVERNED));
  }
}
