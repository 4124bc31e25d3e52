package io.truthbook.bench;

import static io.truthbook.bench.GeneratedFiles.quoted;

import io.truthbook.model.ManifestKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the manifests of a plan, valid against the packaged schemas, plus the schemas themselves and
 * the chapters the book names. Long lists are split over several files of one kind, each well under
 * the loader's default limit of 1 MiB.
 */
final class SyntheticManifests {
  static final int CHUNK_BYTES = 384 * 1024;
  static final String PRODUCT = "product";

  private final SyntheticPlan plan;
  private final GeneratedFiles out;
  private final Random random;
  private int manifests;

  SyntheticManifests(SyntheticPlan plan, GeneratedFiles out) {
    this.plan = plan;
    this.out = out;
    this.random = new Random(plan.seed * 31 + 7);
  }

  /** Writes everything; returns the number of manifest files. */
  int write() {
    for (ManifestKind kind : ManifestKind.values()) {
      out.write("schemas/" + kind.schemaFile(), schema(kind));
    }
    owners();
    domains();
    routes();
    ingress();
    topology();
    claims();
    governance();
    book();
    sources();
    return manifests;
  }

  private void owners() {
    List<String> items = new ArrayList<>();
    for (SyntheticPlan.Owner owner : plan.owners) {
      items.add("  - id: " + owner.id() + "\n    name: " + quoted(owner.name()) + "\n    title: "
          + (owner.runtime() ? "Runtime steward" : "Domain owner") + "\n    areas: [" + (owner.runtime()
          ? "runtime routing" : "data domains") + "]\n    domains: [" + String.join(", ", owner.domains()) + "]\n"
          + (owner.runtime() ? "    runtime: true\n" : ""));
    }
    chunked(ManifestKind.OWNERS, "owners", items);
  }

  private void domains() {
    List<String> items = new ArrayList<>();
    for (SyntheticPlan.Domain d : plan.domains) {
      StringBuilder y = new StringBuilder();
      y.append("  - id: ").append(d.id()).append("\n    name: ").append(quoted("Domain " + d.id().substring(1)
          .toUpperCase(java.util.Locale.ROOT))).append("\n    prefix: ").append(d.prefix())
          .append("\n    owner: ").append(d.owner())
          .append("\n    purpose: ").append(quoted("Synthetic domain " + d.index() + " of the benchmark truth."));
      d.parent().ifPresent(p -> {
        SyntheticPlan.Domain parent = plan.domains.get(p);
        if (d.adjacent()) {
          y.append("\n    adjacentTo: ").append(parent.id());
        }
        y.append("\n    dependsOn:\n      - domain: ").append(parent.id()).append("\n        via: ").append(parent.iface());
      });
      y.append("\n    interfaces:\n      - id: ").append(d.iface())
          .append("\n        description: ").append(quoted("Read access to " + d.tables().get(0) + "."))
          .append("\n        tables: [").append(d.tables().get(0)).append("]\n    tables:\n");
      for (String table : d.tables()) {
        y.append("      - name: ").append(table).append("\n        description: ")
            .append(quoted("One " + table.substring(d.prefix().length()).replaceAll("_[0-9]+$", "") + " record."))
            .append('\n');
      }
      y.append("    legacy:\n      - table: ").append(d.legacyLive()).append("\n        target: ").append(d.tables().get(0))
          .append("\n        state: dual-write\n      - table: ").append(d.legacyRetired()).append("\n        target: ")
          .append(d.tables().get(d.tables().size() - 1)).append("\n        state: retired\n        note: ")
          .append(quoted("Dropped by the cleanup migration.")).append('\n');
      items.add(y.toString());
    }
    chunked(ManifestKind.DOMAINS, "domains", items);
  }

  private void routes() {
    List<String> families = new ArrayList<>();
    for (SyntheticPlan.Family f : plan.families) {
      families.add("  - id: " + f.id() + "\n    prefix: " + f.prefix() + "\n    domain: " + f.domain().id()
          + "\n    owner: " + f.owner() + "\n    service: " + f.service() + "\n    description: "
          + quoted("Routes of " + f.id() + ".") + "\n");
    }
    chunked(ManifestKind.ROUTES, "families", families);
    List<String> endpoints = new ArrayList<>();
    for (SyntheticPlan.Endpoint e : plan.endpoints) {
      endpoints.add("  - method: " + e.method() + "\n    path: " + e.path() + "\n    summary: " + quoted(e.summary())
          + e.owner().map(o -> "\n    owner: " + o).orElse("") + "\n    surface: " + e.family().id() + "\n");
    }
    chunked(ManifestKind.ROUTES, "endpoints", endpoints);
  }

  private void ingress() {
    List<String> hosts = new ArrayList<>();
    for (SyntheticPlan.Cell cell : plan.cells) {
      StringBuilder y = new StringBuilder("  - host: " + cell.host() + "\n    edge: " + cell.edge().id()
          + "\n    public: true\n    tls:\n      mode: acme\n    routes:\n");
      for (SyntheticPlan.Family f : plan.families) {
        if (f.cell() == cell.index()) {
          y.append("      - path: ").append(f.prefix()).append("/\n        upstream: ").append(f.service()).append('\n');
        }
      }
      if (plan.families.stream().noneMatch(f -> f.cell() == cell.index())) {
        y.append("      - path: /\n        upstream: ").append(cell.apis().get(0).id()).append('\n');
      }
      hosts.add(y.toString());
      StringBuilder gpu = new StringBuilder("  - host: " + cell.gpuHost() + "\n    edge: " + cell.edge().id()
          + "\n    public: false\n    tls:\n      mode: internal-ca\n    routes:\n");
      for (SyntheticPlan.Service comfy : cell.comfy()) {
        gpu.append("      - path: /").append(comfy.id()).append("/\n        upstream: ").append(comfy.id()).append('\n');
      }
      hosts.add(gpu.toString());
    }
    chunked(ManifestKind.INGRESS, "hosts", hosts);
  }

  private void topology() {
    List<String> nodes = new ArrayList<>();
    List<String> services = new ArrayList<>();
    for (SyntheticPlan.Cell cell : plan.cells) {
      for (SyntheticPlan.Node n : cell.nodes()) {
        StringBuilder y = new StringBuilder("  - id: " + n.id() + "\n    role: " + n.role() + "\n    hostname: "
            + n.hostname() + "\n    os: Debian 12\n    cpus: " + n.cpus() + "\n    memoryGb: " + n.memoryGb() + "\n");
        if (n.gpus() > 0) {
          y.append("    gpus:\n      - model: NVIDIA L40S\n        count: ").append(n.gpus()).append("\n        memoryGb: 48\n");
        }
        y.append("    nvme:\n");
        for (SyntheticPlan.Nvme d : n.nvme()) {
          y.append("      - device: ").append(d.device()).append("\n        mount: ").append(d.mount())
              .append("\n        sizeGb: ").append(d.sizeGb()).append("\n        purpose: ").append(d.purpose()).append('\n');
        }
        nodes.add(y.toString());
      }
      for (SyntheticPlan.Service s : cell.services()) {
        StringBuilder y = new StringBuilder("  - id: " + s.id() + "\n    node: " + s.node().id() + "\n    kind: "
            + s.kind() + "\n    description: " + quoted("Service " + s.id() + ".") + "\n    image: " + quoted(s.image())
            + "\n    ports: " + s.ports() + "\n");
        if (s.gpus() > 0) {
          y.append("    gpus: ").append(s.gpus()).append('\n');
        }
        if (!s.volumes().isEmpty()) {
          y.append("    volumes:\n");
          s.volumes().forEach(v -> y.append("      - device: ").append(v[0]).append("\n        mount: ").append(v[1]).append('\n'));
        }
        services.add(y.toString());
      }
    }
    chunked(ManifestKind.TOPOLOGY, "nodes", nodes);
    chunked(ManifestKind.TOPOLOGY, "services", services);
  }

  private void claims() {
    int documents = Math.max(1, plan.scale.claims() / 50);
    List<String> docs = new ArrayList<>();
    for (int k = 0; k < documents; k++) {
      docs.add("  - id: doc-" + k + "\n    title: " + quoted("Handoff notes " + k) + "\n    date: "
          + quoted(String.format("2026-%02d-%02d", 1 + k % 12, 1 + k % 28)) + "\n");
    }
    chunked(ManifestKind.CLAIMS, "documents", docs);
    List<String> claims = new ArrayList<>();
    List<SyntheticPlan.Service> services = plan.cells.stream().flatMap(c -> c.services().stream()).toList();
    for (int k = 0; k < plan.scale.claims(); k++) {
      String subject;
      String expects;
      switch (random.nextInt(3)) {
        case 0 -> {
          SyntheticPlan.Service s = services.get(random.nextInt(services.size()));
          subject = "service\n      id: " + s.id();
          expects = "\n    expects:\n      field: node\n      value: " + s.node().id();
        }
        case 1 -> {
          SyntheticPlan.Family f = plan.families.get(random.nextInt(plan.families.size()));
          subject = "family\n      id: " + f.id();
          expects = "\n    expects:\n      field: owner\n      value: " + f.owner();
        }
        default -> {
          SyntheticPlan.Domain d = plan.domains.get(random.nextInt(plan.domains.size()));
          subject = "table\n      id: " + d.tables().get(0);
          expects = "\n    expects:\n      field: domain\n      value: " + d.id();
        }
      }
      claims.add("  - id: claim-" + k + "\n    document: doc-" + (k % documents) + "\n    section: Infra\n    statement: "
          + quoted("An older document said something about this, claim " + k + ".") + "\n    subject:\n      kind: "
          + subject + expects + "\n");
    }
    chunked(ManifestKind.CLAIMS, "claims", claims);
  }

  private void governance() {
    StringBuilder work = new StringBuilder(header(ManifestKind.WORKSTREAMS)).append("workstreams:\n");
    String[] deps = {"", "a", "a", "b", "c", "c", "d"};
    for (int k = 0; k < 7; k++) {
      work.append("  - id: ").append((char) ('a' + k)).append("\n    title: ").append(quoted("Workstream " + k))
          .append("\n    owner: ").append(plan.owners.get(k % plan.owners.size()).id())
          .append("\n    objective: ").append(quoted("Deliver part " + k + "."))
          .append("\n    tasks:\n      - title: ").append(quoted("Do it")).append("\n        done: false")
          .append("\n    definitionOfDone: [").append(quoted("It is done.")).append("]\n")
          .append(deps[k].isEmpty() ? "" : "    dependsOn: [" + deps[k] + "]\n");
    }
    manifest("workstreams.yaml", work);
    StringBuilder gates = new StringBuilder(header(ManifestKind.GATES)).append("gates:\n");
    for (int g = 1; g <= 4; g++) {
      gates.append("  - id: gate-").append(g).append("\n    title: ").append(quoted("Gate " + g))
          .append("\n    governs: [").append(g == 1 ? "claims, ingress, topology" : g == 2 ? "owners, domains, routes"
              : g == 3 ? "workstreams, risks" : "book").append("]\n    criteria:\n      - id: g").append(g)
          .append("-done\n        description: ").append(quoted("Criterion of gate " + g + "."))
          .append("\n        workstream: ").append((char) ('a' + g)).append('\n');
    }
    gates.append("readiness:\n  - id: sr-benchmark\n    statement: ").append(quoted("The truth checks at scale."))
        .append("\n    gate: gate-1\n");
    manifest("gates.yaml", gates);
    StringBuilder risks = new StringBuilder(header(ManifestKind.RISKS)).append("risks:\n");
    String[][] list = {{"route-family-sprawl", "route.unmatched, route.overlap"}, {"overloading-oracle", "domain.adjacency"},
        {"unusable-ai-graph", "domain.unserved"}, {"under-planned-migration", "table.legacy-canonical, drift.table.unmapped"}};
    for (String[] risk : list) {
      risks.append("  - id: ").append(risk[0]).append("\n    title: ").append(quoted(risk[0])).append("\n    description: ")
          .append(quoted("Synthetic risk.")).append("\n    severity: high\n    owner: ").append(SyntheticPlan.STEWARD)
          .append("\n    detectedBy: [").append(risk[1]).append("]\n    mitigation: ").append(quoted("Run the check.")).append('\n');
    }
    manifest("risks.yaml", risks);
  }

  private void book() {
    StringBuilder book = new StringBuilder(header(ManifestKind.BOOK)).append("title: ")
        .append(quoted("Benchmark truth " + plan.scale.name())).append("\nchapters:\n");
    int perChapter = 10;
    for (int from = 0, n = 0; from < plan.domains.size(); from += perChapter, n++) {
      String file = String.format("chapters/%03d-domains.adoc", n);
      StringBuilder text = new StringBuilder("= Domains " + from + " to " + (from + perChapter - 1) + "\n\n");
      for (SyntheticPlan.Domain d : plan.domains.subList(from, Math.min(plan.domains.size(), from + perChapter))) {
        text.append("== Domain truth:domain[").append(d.id()).append("]\n\nIt keeps ");
        d.tables().forEach(t -> text.append("truth:table[").append(t).append("] "));
        text.append("and is owned by truth:owner[").append(d.owner()).append("].\n\n");
      }
      out.write(file, text);
      book.append("  - id: domains-").append(n).append("\n    file: ").append(file).append("\n    title: ")
          .append(quoted("Domains, part " + n)).append("\n    owner: ").append(plan.owners.get(0).id()).append('\n');
    }
    book.append("glossary:\n  - term: cell\n    definition: ").append(quoted("Ten nodes and twenty services.")).append('\n');
    manifest("book.yaml", book);
  }

  private void sources() {
    manifest("sources.yaml", header(ManifestKind.SOURCES) + "sources:\n  - id: product\n    description: "
        + quoted("The synthetic product.") + "\n    path: " + PRODUCT + "\n    extractors:\n"
        + "      - name: sql\n        include: [\"db/migrations/**/*.sql\"]\n"
        + "      - name: http-python\n        include: [\"services/**/*.py\"]\n"
        + "      - name: nginx\n        include: [\"deploy/nginx/**\"]\n"
        + "      - name: compose\n        include: [\"deploy/cells/**/docker-compose*.yml\"]\n"
        + "      - name: codeowners\n        include: [\"CODEOWNERS\"]\n");
  }

  /** Items of one list key, spread over as many files of the kind as their size needs. */
  private void chunked(ManifestKind kind, String key, List<String> items) {
    int part = 1;
    StringBuilder file = null;
    for (String item : items) {
      if (file != null && file.length() + item.length() > CHUNK_BYTES) {
        manifest(String.format("%s-%s-%03d.yaml", kind.id(), key, part++), file);
        file = null;
      }
      if (file == null) {
        file = new StringBuilder(header(kind)).append(key).append(":\n");
      }
      file.append(item);
    }
    if (file != null) {
      manifest(String.format("%s-%s-%03d.yaml", kind.id(), key, part), file);
    }
  }

  private void manifest(String name, CharSequence text) {
    out.write("manifests/" + name, text);
    manifests++;
  }

  private static String header(ManifestKind kind) {
    return "# yaml-language-server: $schema=../schemas/" + kind.schemaFile() + "\nkind: " + kind.id() + "\n";
  }

  private static String schema(ManifestKind kind) {
    try (InputStream in = SyntheticManifests.class.getResourceAsStream("/schemas/" + kind.schemaFile())) {
      if (in == null) {
        throw new IllegalStateException("schema " + kind.schemaFile() + " is not packaged with the tool");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
