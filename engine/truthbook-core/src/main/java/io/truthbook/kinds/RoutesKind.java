package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Endpoint;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Ref;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Root route families (prefix, domain, owner, serving service) and the endpoints in them. */
final class RoutesKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.ROUTES;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("families").forEach(f -> truth.add(RouteFamily.class, new RouteFamily(f.text("id"), f.at(),
        f.text("prefix"), f.at("prefix"), f.ref("domain"), f.ref("owner"), f.optRef("service"),
        f.optText("description"))));
    manifest.objects("endpoints").forEach(f -> truth.add(Endpoint.class, new Endpoint(
        f.text("method").toUpperCase(Locale.ROOT), f.text("path"), f.at(), f.text("summary"), f.optRef("owner"),
        f.optText("surface"), f.optText("source"))));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.FAMILY, EntityKind.ROUTE);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.families().forEach(f -> index.put(EntityKind.FAMILY, f.id(), f.at()));
    truth.endpoints().forEach(e -> index.put(EntityKind.ROUTE, e.id(), e.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    truth.families().forEach(f -> out.add(new Entity.Builder("route family", f.id()).label(f.prefix())
        .put("prefix", f.prefix()).put("domain", f.domain().id()).put("owner", f.owner().id())
        .put("service", f.service().map(Ref::id)).put("description", f.description()).build()));
    truth.endpoints().forEach(e -> out.add(new Entity.Builder("endpoint", e.id()).put("summary", e.summary())
        .put("owner", e.owner().map(Ref::id)).put("surface", e.surface())
        .put("source", e.source()).build()));
    return out;
  }

  /** The families' owners and the endpoints' explicit owners. */
  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.families().forEach(f -> owners.add(f.owner().id()));
    truth.endpoints().forEach(e -> e.owner().map(Ref::id).ifPresent(owners::add));
    return owners;
  }

  @Override
  public String reference() {
    return "Route families and endpoints";
  }
}
