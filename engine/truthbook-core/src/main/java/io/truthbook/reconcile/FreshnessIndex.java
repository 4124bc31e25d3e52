package io.truthbook.reconcile;

import io.truthbook.evidence.ChangeStamp;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.evidence.http.RoutePaths;
import io.truthbook.evidence.sql.MigrationOrder;
import io.truthbook.evidence.sql.TableSet;
import io.truthbook.model.Freshness;
import io.truthbook.model.Location;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** For each entity with repository evidence, when that evidence last changed (the book stamps pages with it). */
public final class FreshnessIndex {
  private FreshnessIndex() {}

  public static List<Freshness> of(Truth truth, EvidenceSet evidence) {
    Map<String, ChangeStamp> stamps = new HashMap<>();
    evidence.sources().forEach(s -> stamps.putAll(s.lastChanged()));
    List<Freshness> out = new ArrayList<>();
    Map<String, Location> tables = new HashMap<>();
    for (EvidenceCollector.Collected source : evidence.sources()) {
      List<Evidence.TableOp> ops = source.evidence().stream()
          .filter(Evidence.TableOp.class::isInstance).map(Evidence.TableOp.class::cast).toList();
      TableSet.apply(MigrationOrder.sort(ops)).tables().forEach(t -> tables.putIfAbsent(t.name(), t.origin().at()));
    }
    truth.tables().forEach(t -> add(out, "table", t.name(), Optional.ofNullable(tables.get(t.name())), stamps));
    Map<String, Location> routes = new HashMap<>();
    evidence.all(Evidence.Route.class).forEach(r -> routes.putIfAbsent(r.method() + " " + RoutePaths.normalise(r.path()), r.at()));
    truth.endpoints().forEach(e -> add(out, "endpoint", e.id(),
        Optional.ofNullable(routes.get(e.method() + " " + RoutePaths.normalise(e.path()))), stamps));
    Map<String, Location> services = new HashMap<>();
    evidence.all(Evidence.ServiceSpec.class).forEach(s -> services.putIfAbsent(s.name(), s.at()));
    truth.services().forEach(s -> add(out, "service", s.id(), Optional.ofNullable(services.get(s.id())), stamps));
    Map<String, Location> hosts = new HashMap<>();
    evidence.all(Evidence.IngressRoute.class).forEach(r -> hosts.putIfAbsent(r.host(), r.at()));
    truth.hosts().forEach(h -> add(out, "host", h.host(), Optional.ofNullable(hosts.get(h.host())), stamps));
    return out.stream().sorted().toList();
  }

  private static void add(List<Freshness> out, String kind, String id, Optional<Location> at,
      Map<String, ChangeStamp> stamps) {
    at.flatMap(location -> Optional.ofNullable(stamps.get(location.file()))
            .map(stamp -> new Freshness(kind, id, location.file(), stamp.commit(), stamp.time())))
        .ifPresent(out::add);
  }
}
