package io.truthbook.reconcile;

import io.truthbook.evidence.ChangeStamp;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.evidence.sql.MigrationOrder;
import io.truthbook.evidence.sql.TableSet;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.Freshness;
import io.truthbook.model.IngressHost;
import io.truthbook.model.Location;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For each entity with repository evidence, where that evidence is ({@code file:line:col@commit}, the
 * first source that shows it) and when its file last changed: the reference links each entity to it,
 * and the book stamps pages with the date. Evidence is matched as the drift rules match it.
 */
public final class FreshnessIndex {
  private FreshnessIndex() {}

  /** When each entity's evidence last changed, for the entities whose source is read from git. */
  public static List<Freshness> of(Truth truth, EvidenceSet evidence) {
    return freshness(evidence(truth, evidence));
  }

  /** The dates of {@code evidence}, where known. */
  public static List<Freshness> freshness(List<EntityEvidence> evidence) {
    return evidence.stream().flatMap(e -> e.lastChanged().stream()).sorted().toList();
  }

  /** Each entity's evidence, by kind then id. */
  public static List<EntityEvidence> evidence(Truth truth, EvidenceSet evidence) {
    Map<String, Found> tables = new HashMap<>();
    Map<String, Found> routes = new HashMap<>();
    Map<String, Found> services = new HashMap<>();
    Map<String, Found> hosts = new HashMap<>();
    Map<String, Found> ingress = new HashMap<>();
    for (EvidenceCollector.Collected source : evidence.sources()) {
      List<Evidence.TableOp> ops = source.evidence().stream()
          .filter(Evidence.TableOp.class::isInstance).map(Evidence.TableOp.class::cast).toList();
      TableSet.apply(MigrationOrder.sort(ops)).tables()
          .forEach(t -> tables.putIfAbsent(t.name(), new Found(source, t.origin().at())));
      List<Evidence.IngressRoute> proxied = new ArrayList<>();
      for (Evidence e : source.evidence()) {
        if (e instanceof Evidence.Route r) {
          routes.putIfAbsent(RouteDrift.key(r.method(), r.path()), new Found(source, r.at()));
        } else if (e instanceof Evidence.ServiceSpec s) {
          services.putIfAbsent(s.name(), new Found(source, s.at()));
        } else if (e instanceof Evidence.IngressRoute r) {
          hosts.putIfAbsent(r.host(), new Found(source, r.at()));
          proxied.add(r);
        }
      }
      IngressDrift.configured(truth, IngressDrift.judged(truth, proxied))
          .forEach((key, r) -> ingress.putIfAbsent(key, new Found(source, r.at())));
    }
    List<EntityEvidence> out = new ArrayList<>();
    truth.tables().forEach(t -> add(out, EntityEvidence.TABLE, t.name(), tables.get(t.name())));
    truth.endpoints().forEach(e -> add(out, EntityEvidence.ENDPOINT, e.id(),
        routes.get(RouteDrift.key(e.method(), e.path()))));
    truth.services().forEach(s -> add(out, EntityEvidence.SERVICE, s.id(), services.get(s.id())));
    for (IngressHost h : truth.hosts()) {
      add(out, EntityEvidence.HOST, h.host(), hosts.get(h.host()));
      h.routes().forEach(r -> add(out, EntityEvidence.INGRESS_ROUTE, EntityEvidence.ingressRoute(h.host(), r.path()),
          ingress.get(IngressDrift.key(h.host(), r.path()))));
    }
    return out.stream().sorted().toList();
  }

  private static void add(List<EntityEvidence> out, String kind, String id, Found found) {
    if (found != null) {
      Optional<ChangeStamp> stamp = Optional.ofNullable(found.source().lastChanged().get(found.at().file()));
      out.add(EntityEvidence.of(kind, id, found.source().sourceId(), found.at(), stamp.map(ChangeStamp::commit),
          stamp.map(ChangeStamp::time)));
    }
  }

  /** Evidence found in a source. */
  private record Found(EvidenceCollector.Collected source, Location at) {}
}
