package io.velocity.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule pack is discovered by the engine, and guards Oracle's place beside CRM. */
class OracleBesideCrmRuleTest {
  @TempDir Path root;

  @Test
  void theEngineDiscoversThePackAndExplainsItsRule() {
    assertThat(Truthbook.rules().explain("velocity.oracle-beside-crm")).get()
        .satisfies(info -> assertThat(info.fix()).contains("adjacentTo: crm"));
  }

  @Test
  void oracleBesideCrmPasses() throws IOException {
    assertThat(findings("    adjacentTo: crm\n")).isEmpty();
  }

  @Test
  void oracleWithoutItsAdjacencyIsAnErrorAtTheDomain() throws IOException {
    assertThat(findings("")).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo("manifests/domains.yaml");
      assertThat(f.location().line()).isEqualTo(15);
      assertThat(f.message()).isEqualTo("domain 'oracle' does not declare 'adjacentTo: crm'");
    });
  }

  @Test
  void oracleBesideAnotherDomainSaysWhichOne() throws IOException {
    assertThat(findings("    adjacentTo: core\n")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("(it says 'core')"));
  }

  private List<Finding> findings(String oracleAdjacency) throws IOException {
    Files.createDirectories(root.resolve("manifests"));
    Files.writeString(root.resolve("manifests/owners.yaml"), """
        kind: owners
        owners:
          - {id: ana, name: Ana, title: Founder, areas: [crm], domains: [crm, oracle, core]}
        """);
    Files.writeString(root.resolve("manifests/domains.yaml"), """
        kind: domains
        domains:
          - id: core
            name: Core
            prefix: core_
            owner: ana
            purpose: Shared records.
            tables: []
          - id: crm
            name: CRM
            prefix: crm_
            owner: ana
            purpose: Customers.
            tables: []
          - id: oracle
            name: Oracle
            prefix: oracle_
            owner: ana
            purpose: Templates.
            tables: []
        """ + oracleAdjacency);
    return new Truthbook(root, LoadLimits.DEFAULTS).check().findings().stream()
        .filter(f -> f.ruleId().startsWith("velocity.")).toList();
  }
}
