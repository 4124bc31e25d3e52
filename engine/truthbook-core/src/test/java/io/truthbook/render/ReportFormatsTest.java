package io.truthbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format reports the same findings at the same places, and real consumers read them. */
class ReportFormatsTest {
  private static final String HOSTILE = "<script>alert(1)</script> ]]> & \u0001 =cmd|'/c calc'!A1 `x` "
      + "[link](javascript:alert(1)) ::error::x, 100% \nsecond line";
  private static final CheckResult RESULT = new CheckResult(List.of(
      Finding.error("ref.unknown", Location.of("manifests/domains.yaml", 17, 12),
          "owner 'sayn' is not defined (did you mean 'sayan'?)", "change it to 'sayan'"),
      Finding.error("ref.unknown", Location.of("manifests/routes.yaml", 3, 5), HOSTILE, HOSTILE),
      Finding.warning("domain.unserved", Location.of("manifests/domains.yaml", 40, 5), "domain 'x' is unserved",
          "declare a family"),
      new Finding("drift.table.unmapped", Severity.ERROR,
          new Location("examples/app/db/V7__x y.sql", 3, 1, Optional.of("a1b2c3d4e5f6a7b8")),
          "table 'crm_shadow' is in the repository but no domain maps it", "map it"),
      Finding.error("schema.required", Location.of("manifests/gates.yaml", 2, 1), "missing key", "add it")),
      Map.of(), 10);
  private static final ReportFormats FORMATS = new ReportFormats(io.truthbook.Truthbook.rules().all(), "0.1.0");

  @TempDir Path temp;

  private static String render(String format) {
    return FORMATS.byName(format).orElseThrow().render(RESULT);
  }

  @Test
  void sarifValidatesAgainstTheOfficialSchemaAndCarriesEveryFinding() throws Exception {
    String sarif = render("sarif");
    JSONObject schemaJson;
    try (InputStream in = getClass().getResourceAsStream("/reference/sarif-schema-2.1.0.json")) {
      schemaJson = new JSONObject(new JSONTokener(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    Schema schema = SchemaLoader.builder().schemaJson(schemaJson).build().load().build();
    try {
      schema.validate(new JSONObject(sarif));
    } catch (ValidationException e) {
      throw new AssertionError(String.join("\n", e.getAllMessages()), e);
    }
    JsonNode run = new ObjectMapper().readTree(sarif).get("runs").get(0);
    List<String> places = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      String ruleId = result.get("ruleId").asText();
      assertThat(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(ruleId);
      places.add(ruleId + " " + physical.get("artifactLocation").get("uri").asText().replace("%20", " ") + ":"
          + physical.get("region").get("startLine").asInt() + ":" + physical.get("region").get("startColumn").asInt());
    }
    assertThat(places).containsExactlyElementsOf(expectedPlaces());
  }

  @Test
  void junitIsReadBySurefiresOwnReportParser() throws Exception {
    Path xml = temp.resolve("TEST-truthbook.xml");
    Files.writeString(xml, render("junit"));
    List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
    // the parser groups test cases by class name, which is the rule id
    List<ReportTestCase> cases = suites.stream().flatMap(s -> s.getTestCases().stream()).toList();
    assertThat(suites).extracting(ReportTestSuite::getFullClassName).contains("ref.unknown", "topology.gpu");
    List<ReportTestCase> failing = cases.stream().filter(ReportTestCase::hasFailure).toList();
    // one case per finding, named by its place, so that two findings in one file are two cases
    assertThat(failing).extracting(c -> c.getFullClassName() + " " + c.getName()).containsExactlyInAnyOrder(
        "drift.table.unmapped examples/app/db/V7__x y.sql:3:1@a1b2c3d", "ref.unknown manifests/domains.yaml:17:12",
        "ref.unknown manifests/routes.yaml:3:5", "schema.required manifests/gates.yaml:2:1");
    assertThat(cases).anyMatch(c -> c.getFullClassName().equals("domain.unserved") && !c.hasFailure()
        && c.getName().equals("manifests/domains.yaml:40:5"));
    String details = String.join("\n", failing.stream().map(ReportTestCase::getFailureDetail).toList());
    for (String place : List.of("manifests/domains.yaml:17:12", "manifests/routes.yaml:3:5",
        "examples/app/db/V7__x y.sql:3:1@a1b2c3d", "manifests/gates.yaml:2:1")) {
      assertThat(details).contains(place);
    }
    assertThat(cases).anyMatch(c -> c.getFullClassName().equals("topology.gpu") && !c.hasFailure());
    assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo(4);
  }

  @Test
  void junitCasesCarryTheFileAndLineReportersAnnotate() throws Exception {
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document document = factory.newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(render("junit").getBytes(StandardCharsets.UTF_8)));
    org.w3c.dom.NodeList nodes = document.getElementsByTagName("testcase");
    List<String> placed = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      org.w3c.dom.Element testcase = (org.w3c.dom.Element) nodes.item(i);
      if (testcase.hasAttribute("file")) {
        placed.add(testcase.getAttribute("classname") + " " + testcase.getAttribute("file") + ":"
            + testcase.getAttribute("line"));
      }
    }
    assertThat(placed).containsExactlyInAnyOrder("ref.unknown manifests/domains.yaml:17",
        "ref.unknown manifests/routes.yaml:3", "domain.unserved manifests/domains.yaml:40",
        "drift.table.unmapped examples/app/db/V7__x y.sql:3", "schema.required manifests/gates.yaml:2");
    assertThat(document.getDocumentElement().getAttribute("tests"))
        .isEqualTo(Integer.toString(nodes.getLength()));
  }

  @Test
  void githubAnnotationsParseBackToTheSameFindings() {
    Pattern annotation = Pattern.compile("^::(error|warning) file=([^,]+),line=(\\d+),col=(\\d+),title=([^:]+)::(.*)$");
    List<String> places = new ArrayList<>();
    for (String line : render("github").split("\n")) {
      Matcher m = annotation.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      String rule = m.group(5).replace("truthbook [", "").replace("]", "").replace("%3A", ":");
      places.add(rule + " " + m.group(2).replace("%3A", ":") + ":" + m.group(3) + ":" + m.group(4));
    }
    assertThat(places).containsExactlyElementsOf(expectedPlaces());
    assertThat(render("github")).contains("%0Asecond line").doesNotContain("\nsecond line");
  }

  @Test
  void markdownIsInertAndListsEveryFinding() {
    String markdown = render("markdown");
    assertThat(markdown).doesNotContain("<script").doesNotContain("](javascript").contains("&lt;script&gt;");
    assertThat(markdown.lines().filter(l -> l.startsWith("| error |") || l.startsWith("| warning |")))
        .hasSize(RESULT.findings().size());
    assertThat(markdown).contains("`examples/app/db/V7__x y.sql:3:1@a1b2c3d`");
  }

  @Test
  void markdownTextMentionsNobodyAndLinksNoIssue() {
    String text = MarkdownReport.text("ask @octocat or @org/team about #12 and GH-3");

    assertThat(text).doesNotContainPattern("@[A-Za-z0-9]").doesNotContainPattern("(?<!&)#[0-9]")
        .contains("@&#8203;octocat", "@&#8203;org/team", "\\#&#8203;12");
    // what a reader sees once the entities are decoded: the same words, with invisible spaces
    assertThat(text.replace("&#8203;", "").replace("\\", "")).isEqualTo("ask @octocat or @org/team about #12 and GH-3");
  }

  @Test
  void jsonAndTextAgreeWithTheFindings() throws Exception {
    JsonNode json = new ObjectMapper().readTree(render("json"));
    assertThat(json.get("findings")).hasSize(RESULT.findings().size());
    assertThat(json.get("findings").get(0).get("commit").asText()).isEqualTo("a1b2c3d4e5f6a7b8");
    String text = render("text");
    assertThat(text.lines().filter(l -> l.matches("^[^ ].*?:\\d+(:\\d+|@\\w+): (error|warning) \\[.*")))
        .hasSize(RESULT.findings().size());
    assertThat(text).doesNotContain("\u0001");
  }

  private static List<String> expectedPlaces() {
    return RESULT.findings().stream().map(f -> f.ruleId() + " " + f.location().file() + ":"
        + f.location().line() + ":" + f.location().column()).toList();
  }
}
