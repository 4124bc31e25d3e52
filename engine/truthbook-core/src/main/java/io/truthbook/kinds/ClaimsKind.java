package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Claim;
import io.truthbook.model.ClaimDocument;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.SubjectIndex;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What older documents claimed, with their source and subject, reconciled with the truth. */
final class ClaimsKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.CLAIMS;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("documents").forEach(f -> truth.add(ClaimDocument.class,
        new ClaimDocument(f.text("id"), f.at(), f.text("title"), f.text("date"), f.optText("path"))));
    manifest.objects("claims").forEach(f -> {
      Fields subject = f.objectAt("subject").orElseThrow();
      Optional<Claim.Expectation> expects = f.objectAt("expects")
          .map(e -> new Claim.Expectation(e.text("field"), e.text("value")));
      truth.add(Claim.class, new Claim(f.text("id"), f.at(), f.ref("document"), f.text("section"),
          f.text("statement"), subject.text("kind"), subject.text("id"), expects, f.flag("legacyFeeder"),
          f.flag("mustHold")));
    });
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.DOCUMENT, EntityKind.CLAIM);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.documents().forEach(d -> index.put(EntityKind.DOCUMENT, d.id(), d.at()));
    truth.claims().forEach(c -> index.put(EntityKind.CLAIM, c.id(), c.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    truth.documents().forEach(d -> out.add(new Entity.Builder("document", d.id()).put("title", d.title())
        .put("date", d.date()).put("path", d.path()).build()));
    truth.claims().forEach(c -> out.add(new Entity.Builder("claim", c.id()).put("document", c.document().id())
        .put("section", c.section()).put("statement", c.statement())
        .put("subject", c.subjectKind() + " " + c.subjectId())
        .put("expects", c.expects().map(e -> e.field() + " = " + e.value()))
        .put("legacyFeeder", c.legacyFeeder()).put("mustHold", c.mustHold()).build()));
    return out;
  }

  /** The owners of the claims' subjects, as in the reconciliation matrix. */
  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    SubjectIndex subjects = new SubjectIndex(truth);
    for (Claim claim : truth.claims()) {
      subjects.find(claim.subjectKind(), claim.subjectId()).ifPresent(s -> owners.addAll(s.owners()));
    }
    return owners;
  }

  @Override
  public String reference() {
    return "Claims of older documents";
  }
}
