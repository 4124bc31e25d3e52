package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.IngressHost;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Public hosts: TLS, the edge that serves them, and path to upstream service routes. */
final class IngressKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.INGRESS;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("hosts").forEach(f -> {
      Optional<Fields> tls = f.objectAt("tls");
      truth.add(IngressHost.class, new IngressHost(f.text("host"), f.at(), f.ref("edge"), f.flag("public"),
          tls.map(t -> t.text("mode")).orElse("none"), tls.flatMap(t -> t.optText("certificate")),
          f.objects("routes").stream()
              .map(r -> new IngressHost.Route(r.text("path"), r.at(), r.optText("match").orElse("prefix"),
                  r.ref("upstream"), r.optText("description")))
              .toList()));
    });
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.HOST);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.hosts().forEach(h -> index.put(EntityKind.HOST, h.host(), h.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    for (IngressHost h : truth.hosts()) {
      out.add(new Entity.Builder("host", h.host()).put("edge", h.edge().id()).put("public", h.isPublic())
          .put("tls", h.tlsMode()).put("certificate", h.certificate()).build());
      h.routes().forEach(r -> out.add(new Entity.Builder("ingress route", h.host() + r.path())
          .put("match", r.match()).put("upstream", r.upstream().id()).put("description", r.description()).build()));
    }
    return out;
  }

  @Override
  public Set<String> reviewers(Truth truth) {
    return Refs.stewards(truth);
  }

  @Override
  public String reference() {
    return "Ingress";
  }
}
