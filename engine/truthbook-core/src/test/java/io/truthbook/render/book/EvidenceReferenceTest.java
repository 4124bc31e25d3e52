package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.FileOrigin;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each endpoint, table, service, host and ingress route shows where the product defines it. */
class EvidenceReferenceTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String CHANGED = "fedcba9876543210fedcba9876543210fedcba98";

  @TempDir Path temp;

  private static EntityEvidence at(String kind, String id, String file, int line) {
    return EntityEvidence.of(kind, id, "product", new Location(file, line, 5, Optional.of(COMMIT)),
        Optional.of(CHANGED), Optional.of(Instant.parse("2026-04-02T23:30:00Z")));
  }

  private String reference(List<EntityEvidence> evidence) {
    BookFixtures.Loaded loaded = BookFixtures.load(FixtureTree.build(null, temp.resolve("repo")));
    return GeneratedReference.render(loaded.truth(), loaded.chapters(), Truthbook.rules().all(), Optional.empty(),
        new Verification(List.of(), evidence));
  }

  private static Source source(Optional<String> web) {
    return new Source("product", Location.of("manifests/sources.yaml", 3, 7), Optional.of("app"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(), web);
  }

  @Test
  void withoutAWebAddressEvidenceIsPlainFileLineAtCommit() {
    String text = reference(List.of(
        at(EntityEvidence.ENDPOINT, "GET /api/crm/contacts", "app/api/contacts.py", 12),
        at(EntityEvidence.TABLE, "crm_contact", "app/db/V1__init.sql", 3),
        at(EntityEvidence.SERVICE, "api", "app/deploy/compose.yml", 8),
        at(EntityEvidence.HOST, "app.example.test", "app/deploy/nginx.conf", 2),
        at(EntityEvidence.INGRESS_ROUTE, "app.example.test/api/", "app/deploy/nginx.conf", 9)));

    assertThat(text).contains("|Endpoint |Family |Owner |Domain |Service |Defined at |Referenced from");
    assertThat(text).contains("|``app/api/contacts.py&#58;12&#64;0123456``, last changed 2026-04-02 in ``fedcba9``\n");
    assertThat(text).contains("|``app/db/V1&#95;&#95;init.sql&#58;3&#64;0123456``, last changed 2026-04-02");
    assertThat(text).contains("Defined at:: ``app/deploy/compose.yml&#58;8&#64;0123456``");
    assertThat(text).contains("Configured at:: ``app/deploy/nginx.conf&#58;2&#64;0123456``");
    assertThat(text).contains("|``app/deploy/nginx.conf&#58;9&#64;0123456``, last changed");
    assertThat(text).doesNotContain("link:");
    // an entity the check found no evidence for says so, once the product was read
    assertThat(text).contains("|none found\n");
  }

  @Test
  void aSourceWebAddressLinksTheLineAtTheCommitEscaped() {
    Source source = source(Optional.of("https://git.example.test/org/repo/blob/{commit}/{path}#L{line}"));
    EntityEvidence found = at(EntityEvidence.ENDPOINT, "GET /api/crm/contacts", "app/api/cont[a]cts_*x*.py", 12)
        .linked(List.of(source), file -> Optional.of(new FileOrigin("", FileOrigin.TRUTH, "product/", Optional.empty())));

    assertThat(found.web()).contains("https://git.example.test/org/repo/blob/" + COMMIT
        + "/product/app/api/cont%5Ba%5Dcts_*x*.py#L12");
    String text = reference(List.of(found));
    assertThat(text).contains("|link:https://git.example.test/org/repo/blob/" + COMMIT
        + "/product/app/api/cont%5Ba%5Dcts%5F%2Ax%2A.py#L12[app/api/cont&#91;a&#93;cts&#95;&#42;x&#42;.py&#58;12&#64;0123456]"
        + ", last changed 2026-04-02 in ``fedcba9``\n");
  }

  @Test
  void noLinkWithoutATemplateOrACommit() {
    EntityEvidence uncommitted = EntityEvidence.of(EntityEvidence.SERVICE, "api", "product",
        Location.of("app/compose.yml", 8, 3), Optional.empty(), Optional.empty());
    Source linked = source(Optional.of("https://git.example.test/{commit}/{path}#L{line}"));
    assertThat(uncommitted.linked(List.of(linked), file -> Optional.empty()).web()).isEmpty();
    assertThat(at(EntityEvidence.SERVICE, "api", "app/compose.yml", 8)
        .linked(List.of(source(Optional.empty())), file -> Optional.empty()).web()).isEmpty();
    assertThat(reference(List.of(uncommitted))).contains("Defined at:: ``app/compose.yml&#58;8``\n");
  }

  @Test
  void aWebAddressCannotBreakOutOfTheLinkMacro() {
    assertThat(AsciiDocText.webLink("https://x.test/a b]c[d{e}`f`+g+|h#i#j", "label"))
        .isEqualTo("link:https://x.test/a%20b%5Dc%5Bd%7Be%7D%60f%60%2Bg%2B%7Ch#i%23j[label]");
    assertThat(AsciiDocText.webLink("javascript:alert(1)", "label")).isEqualTo("label");
    assertThat(AsciiDocText.webLink("https://x.test/\u00e9\n", "")).isEqualTo("link:https://x.test/%C3%A9%0A[https&#58;//x.test/\u00e9]");
  }
}
