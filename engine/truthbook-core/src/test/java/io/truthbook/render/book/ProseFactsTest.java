package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.ProseFact;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fact macros render the truth's value, escaped and linked; what the truth lacks renders nothing. */
class ProseFactsTest {
  private final BookSource source = BookFixtures.source(BookFixtures.repositoryRoot(), false);
  private final Anchors anchors = Anchors.of(source.truth());
  private final ProseFacts facts = new ProseFacts(source, anchors);

  @Test
  void anOwnerIsTheOwnersNameLinkedToTheirEntry() {
    assertThat(facts.render(ProseFact.OWNER_OF, "crm")).contains("<<owner-sagnik,Sagnik>>");
    assertThat(facts.render(ProseFact.OWNER_OF, "family:jobs")).contains("<<owner-sourik,Sourik>>");
  }

  @Test
  void aGatesReviewersAreEveryRequiredOwnerInOrder() {
    assertThat(facts.render(ProseFact.REVIEWERS, "gate-2"))
        .contains("<<owner-sagnik,Sagnik>>, <<owner-sayan,Sayan>> and <<owner-sourik,Sourik>>");
  }

  @Test
  void aClaimsStatusIsTheMatrixs() {
    String status = source.matrix().orElseThrow().rows().stream().filter(r -> r.claimId().equals("s1-01"))
        .findFirst().orElseThrow().status().label();
    assertThat(facts.render(ProseFact.STATUS, "s1-01")).contains(status);
  }

  @Test
  void aRuleIsItsIdInCodeStyleAndACountIsANumber() {
    assertThat(facts.render(ProseFact.RULE, "table.prefix")).contains("``table.prefix``");
    long tables = source.truth().domains().stream().filter(d -> d.id().equals("crm")).findFirst().orElseThrow()
        .tables().size();
    assertThat(facts.render(ProseFact.COUNT, "tables-of:crm")).contains(String.valueOf(tables));
  }

  @Test
  void whatTheTruthLacksRendersNothing() {
    assertThat(facts.render(ProseFact.OWNER_OF, "nope")).isEqualTo(Optional.empty());
    assertThat(facts.render(ProseFact.REVIEWERS, "gate-9")).isEmpty();
    assertThat(facts.render(ProseFact.STATUS, "s9-99")).isEmpty();
    assertThat(facts.render(ProseFact.RULE, "table.nope")).isEmpty();
    assertThat(facts.render(ProseFact.COUNT, "rows-of:crm")).isEmpty();
  }

  @Test
  void aMacroInAChapterBecomesItsValueAndAnUnknownOneStaysVisible() {
    ProseLinks links = new ProseLinks(anchors, facts);
    assertThat(links.rewrite(java.util.List.of("Owned by truth:owner-of[crm]; truth:status[s9-99].")))
        .containsExactly("Owned by <<owner-sagnik,Sagnik>>; ##truth&#58;status&#91;s9-99&#93;##.");
  }
}
