package io.truthbook.reconcile.claims;

import io.truthbook.render.MatrixCsv;
import io.truthbook.render.MatrixJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.kinds.ManifestReader;
import io.truthbook.history.TruthHistory;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Truth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped Velocity claims, reconciled with the shipped truth. The manifests are copied out of
 * the repository so that its history (which moves with every commit) does not enter the test.
 */
class VelocityMatrixTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));

  @TempDir Path temp;
  private Truth truth;

  @BeforeEach
  void copyManifests() throws Exception {
    FixtureTree.copy(ROOT.resolve("manifests").toRealPath(), temp.resolve("manifests"));
    truth = ManifestReader.readFolder(temp, LoadLimits.DEFAULTS).truth();
  }

  private ReconciliationMatrix matrix() {
    return new ClaimReconciler(TruthHistory.open(temp, LoadLimits.DEFAULTS, TruthHistory.DEFAULT_DEPTH))
        .reconcile(truth);
  }

  @Test
  void everyVelocityClaimHasItsStatus() {
    Map<String, String> statuses = new LinkedHashMap<>();
    matrix().rows().forEach(r -> statuses.put(r.claimId(), r.status().label()));

    assertThat(statuses).hasSizeGreaterThanOrEqualTo(20).containsAllEntriesOf(Map.ofEntries(
        Map.entry("s1-01", "contradicted"), // ComfyUI on origin-1: it is on gpu-1
        Map.entry("s1-02", "current"),
        Map.entry("s1-03", "current"),
        Map.entry("s1-04", "contradicted"),
        Map.entry("s1-06", "unverifiable"), // no expects, and no such node
        Map.entry("s1-08", "unverifiable"), // the host never existed
        Map.entry("s1-11", "contradicted"),
        Map.entry("s1-13", "unverifiable"),
        Map.entry("s1-14", "current"),
        Map.entry("s1-15", "contradicted"),
        Map.entry("s1-17", "current"),
        Map.entry("s1-19", "contradicted"),
        Map.entry("s1-20", "current"),
        Map.entry("s1-22", "contradicted"),
        Map.entry("s1-23", "current"),
        Map.entry("ho-04", "current"),
        Map.entry("ho-05", "contradicted")));
  }

  @Test
  void rowsSayWhatTheTruthSaysWhereAndWhoOwnsIt() {
    MatrixRow comfy = row("s1-01");
    assertThat(comfy.truth()).isEqualTo("node: gpu-1");
    assertThat(comfy.evidenceText()).matches("manifests/topology\\.yaml:\\d+");
    assertThat(comfy.owners()).containsExactly("sourik");
    assertThat(comfy.since()).isEmpty(); // not in git

    assertThat(row("s1-12").owners()).containsExactly("sourik");
    assertThat(row("s1-15").legacyFeeder()).isTrue();
    assertThat(row("s1-15").truth()).isEqualTo("target: crm_contact");
    assertThat(row("s1-20").owners()).containsExactly("sagnik");
    assertThat(row("s1-06").truth()).isEqualTo("no node 'gpu-box-1' is defined");
    assertThat(row("s1-06").evidence()).isEmpty();
    assertThat(row("s1-02").documentTitle()).isEqualTo("Sprint 1 fact table");
  }

  @Test
  void mustHoldClaimsHoldSoTheCheckStaysGreen() {
    assertThat(matrix().findings()).isEmpty();
  }

  @Test
  void csvAndJsonSayTheSame() throws Exception {
    ReconciliationMatrix matrix = matrix();
    List<List<String>> csv = Csv.parse(MatrixCsv.render(matrix));
    JsonNode json = new ObjectMapper().readTree(MatrixJson.render(matrix));

    assertThat(csv.get(0)).isEqualTo(MatrixCsv.HEADER);
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("summary").get("claims").asInt()).isEqualTo(matrix.rows().size());
    List<List<String>> fromJson = new ArrayList<>();
    for (JsonNode claim : json.get("claims")) {
      JsonNode evidence = claim.path("evidence");
      JsonNode since = claim.path("since");
      List<String> owners = new ArrayList<>();
      claim.get("owners").forEach(o -> owners.add(o.asText()));
      fromJson.add(List.of(claim.get("id").asText(), claim.get("document").asText(),
          claim.get("documentTitle").asText(), claim.get("section").asText(),
          claim.get("statement").asText(),
          claim.get("subject").get("kind").asText() + " " + claim.get("subject").get("id").asText(),
          claim.has("expects") ? claim.get("expects").get("field").asText() + " = "
              + claim.get("expects").get("value").asText() : "",
          claim.get("truth").asText(),
          evidence.isMissingNode() ? "" : evidence.get("file").asText() + ":" + evidence.get("line").asInt()
              + (evidence.has("commit") ? "@" + evidence.get("commit").asText().substring(0, 7) : ""),
          claim.get("status").asText(),
          since.isMissingNode() ? "" : since.get("short").asText(),
          since.isMissingNode() ? "" : since.get("date").asText(),
          claim.get("legacyFeeder").asText(), claim.get("mustHold").asText(), String.join(" ", owners)));
    }
    assertThat(csv.subList(1, csv.size())).isEqualTo(fromJson);
    assertThat(json.get("summary").get("current").asInt() + json.get("summary").get("stale").asInt()
        + json.get("summary").get("contradicted").asInt() + json.get("summary").get("unverifiable").asInt())
        .isEqualTo(matrix.rows().size());
  }

  @Test
  void outputIsDeterministic() {
    Truth again = ManifestReader.readFolder(temp, LoadLimits.DEFAULTS).truth();
    ReconciliationMatrix first = matrix();
    ReconciliationMatrix second = new ClaimReconciler(TruthHistory.none()).reconcile(again);
    assertThat(MatrixCsv.render(second)).isEqualTo(MatrixCsv.render(first));
    assertThat(MatrixJson.render(second)).isEqualTo(MatrixJson.render(first));
  }

  private MatrixRow row(String id) {
    return matrix().rows().stream().filter(r -> r.claimId().equals(id)).findFirst().orElseThrow();
  }
}
