package io.truthbook.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The entities of a synthetic truth, decided once from a scale and a seed so that the manifests and
 * the product written from it agree everywhere except where drift is planted. Same scale and seed,
 * same plan: every choice draws from one {@link Random} in a fixed order.
 */
final class SyntheticPlan {
  static final List<String> NOUNS = List.of("contact", "account", "deal", "task", "note", "invoice", "order",
      "asset", "lead", "quote", "ticket", "event", "profile", "signal", "listing", "unit", "report", "batch",
      "template", "run", "stage", "item", "export", "import", "setting", "role", "grant", "audit", "media", "tag");
  private static final List<String> NESTED = List.of("ops", "admin", "internal", "sync", "jobs", "search");
  static final String STEWARD = "steward";

  record Owner(String id, String name, List<String> domains, boolean runtime) {}

  /** A domain; {@code parent} is the domain it depends on (through the parent's interface). */
  record Domain(int index, String id, String prefix, String owner, List<String> tables, String iface,
      Optional<Integer> parent, boolean adjacent, String legacyLive, String legacyRetired, Set<String> renamed) {}

  record Family(int index, String id, String prefix, Domain domain, String owner, String service, int cell,
      String module) {}

  /** An endpoint; {@code codeSuffix} is its path below the family as the router writes it, {@code file} its router file. */
  record Endpoint(String method, String path, String codeSuffix, String summary, Optional<String> owner,
      Family family, int file) {
    String id() {
      return method + " " + path;
    }
  }

  record Nvme(String device, String mount, int sizeGb, String purpose) {}

  record Node(String id, String role, String hostname, int cpus, int memoryGb, int gpus, List<Nvme> nvme) {}

  /** A service; {@code binds} are compose volume strings, {@code volumes} the truth's device mounts. */
  record Service(String id, Node node, String kind, String image, List<Integer> ports, int gpus,
      List<String[]> volumes, List<String> binds) {}

  record Cell(int index, String code, List<Node> nodes, List<Service> services, Service edge, List<Service> apis,
      List<Service> comfy, String host, String gpuHost) {}

  final Scale scale;
  final long seed;
  final List<Owner> owners = new ArrayList<>();
  final List<Domain> domains = new ArrayList<>();
  final List<Family> families = new ArrayList<>();
  final List<Endpoint> endpoints = new ArrayList<>();
  final List<Cell> cells = new ArrayList<>();
  /** Drift: endpoints the code does not serve, tables no migration creates. */
  final Set<String> missingEndpoints = new LinkedHashSet<>();
  final Set<String> missingTables = new LinkedHashSet<>();
  /** Drift: the families that get one undocumented route, cells that get a stray location and service. */
  final Set<Integer> undocumentedIn = new LinkedHashSet<>();
  final List<Integer> strayCells = new ArrayList<>();
  /** Router files per family: two resources (ten endpoints) each. */
  final int filesPerFamily;
  private final Random random;

  SyntheticPlan(Scale scale, long seed) {
    this.scale = scale;
    this.seed = seed;
    this.random = new Random(seed);
    int ownerCount = Math.max(1, scale.domains() / 2);
    for (int k = 0; k < ownerCount; k++) {
      owners.add(new Owner(String.format("owner-%03d", k), "Owner " + k, new ArrayList<>(), false));
    }
    owners.add(new Owner(STEWARD, "Runtime steward", List.of(), true));
    planDomains(ownerCount);
    for (int c = 0; c < scale.cells(); c++) {
      cells.add(cell(c));
    }
    int resources = (scale.endpoints() / scale.families() + 4) / 5;
    this.filesPerFamily = (resources + 1) / 2;
    planFamilies();
    planDrift();
  }

  /** Lower-case letters for a number, {@code width} long: 0 → "aaa". */
  static String code(int number, int width) {
    char[] letters = new char[width];
    int rest = number;
    for (int i = width - 1; i >= 0; i--) {
      letters[i] = (char) ('a' + rest % 26);
      rest /= 26;
    }
    return new String(letters);
  }

  private void planDomains(int ownerCount) {
    int tablesPerDomain = scale.tables() / scale.domains();
    for (int i = 0; i < scale.domains(); i++) {
      String id = "d" + code(i, 3);
      String prefix = id + "_";
      Owner owner = owners.get((int) ((long) i * ownerCount / scale.domains()));
      owner.domains().add(id);
      List<String> tables = new ArrayList<>();
      Set<String> renamed = new LinkedHashSet<>();
      for (int t = 0; t < tablesPerDomain; t++) {
        String table = prefix + NOUNS.get(random.nextInt(NOUNS.size())) + "_" + t;
        tables.add(table);
        if (t == 1 && i % 7 == 3) {
          renamed.add(table); // created under a working name, renamed by a later migration
        }
      }
      Optional<Integer> parent = i == 0 ? Optional.empty() : Optional.of((i - 1) / 2);
      domains.add(new Domain(i, id, prefix, owner.id(), List.copyOf(tables), id + "-read", parent, i == 1,
          "legacy_" + code(i, 3) + "_" + NOUNS.get(random.nextInt(NOUNS.size())), "legacy_" + code(i, 3) + "_old",
          renamed));
    }
  }

  private Cell cell(int c) {
    String code = String.format("c%03d", c);
    List<Node> nodes = new ArrayList<>();
    List<Service> services = new ArrayList<>();
    Node origin = node(code + "-origin", "origin", 16, 64, 0, new Nvme("/dev/nvme0n1", "/srv", 960, "general"));
    nodes.add(origin);
    Service edge = service(code + "-edge", origin, "proxy", "nginx:1.27", List.of(80, 443), 0, null, null);
    services.add(edge);
    List<Service> apis = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      apis.add(service(code + "-api-" + k, origin, "api", "ghcr.io/bench/api:1." + k, List.of(8000 + k), 0, null, null));
    }
    List<Service> workers = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      Node app = node(code + "-app-" + k, "worker", 8, 32, 0, new Nvme("/dev/nvme0n1", "/srv", 480, "general"));
      nodes.add(app);
      apis.add(service(code + "-api-" + (4 + k), app, "api", "ghcr.io/bench/api:2." + k, List.of(8000), 0, null, null));
      workers.add(service(code + "-worker-" + k, app, "worker", "ghcr.io/bench/api:2." + k, List.of(9100), 0,
          "/dev/nvme0n1", "/srv/spool"));
    }
    services.addAll(apis);
    services.addAll(workers);
    List<Service> comfy = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      Node gpu = node(code + "-gpu-" + k, "gpu", 32, 128, 2, new Nvme("/dev/nvme0n1", "/mnt/models", 1920,
          "model-cache"));
      nodes.add(gpu);
      comfy.add(service(code + "-comfy-" + k, gpu, "comfyui", "ghcr.io/bench/comfyui:2026.1", List.of(8188),
          1 + random.nextInt(2), "/dev/nvme0n1", "/mnt/models"));
    }
    services.addAll(comfy);
    for (int k = 1; k <= 2; k++) {
      Node db = node(code + "-db-" + k, "database", 16, 128, 0, new Nvme("/dev/nvme0n1", "/var/lib/postgresql",
          3840, "database"));
      nodes.add(db);
      services.add(service(code + "-pg-" + k, db, "database", "postgres:16", List.of(5432), 0, "/dev/nvme0n1",
          "/var/lib/postgresql/16/data"));
      services.add(service(code + "-cache-" + k, db, "cache", "redis:7.2", List.of(6379), 0, null, null));
    }
    return new Cell(c, code, List.copyOf(nodes), List.copyOf(services), edge, List.copyOf(apis), List.copyOf(comfy),
        code + ".bench.example", "gpu." + code + ".bench.internal");
  }

  private static Node node(String id, String role, int cpus, int memoryGb, int gpus, Nvme nvme) {
    return new Node(id, role, id + ".bench.internal", cpus, memoryGb, gpus, List.of(nvme));
  }

  /** A service; {@code device} (may be null) is mounted from the node's NVMe, bound from {@code hostPath}. */
  private static Service service(String id, Node node, String kind, String image, List<Integer> ports, int gpus,
      String device, String hostPath) {
    List<String[]> volumes = device == null ? List.of() : List.<String[]>of(new String[] {device, "/data"});
    List<String> binds = hostPath == null ? List.of() : List.of(hostPath + ":/data");
    return new Service(id, node, kind, image, ports, gpus, volumes, binds);
  }

  private void planFamilies() {
    int perDomain = scale.families() / scale.domains();
    int perFamily = scale.endpoints() / scale.families();
    int perCell = (scale.families() + cells.size() - 1) / cells.size();
    List<String> methods = List.of("GET", "POST", "GET", "PATCH", "DELETE");
    for (Domain domain : domains) {
      for (int j = 0; j < perDomain; j++) {
        int index = families.size();
        String id = j == 0 ? domain.id() : domain.id() + "-" + NESTED.get((j - 1) % NESTED.size())
            + (j > NESTED.size() ? String.valueOf(j) : "");
        String prefix = "/api/" + (j == 0 ? domain.id() : id.replaceFirst("-", "/"));
        Cell cell = cells.get(Math.min(cells.size() - 1, index / perCell));
        String service = cell.apis().get(index % cell.apis().size()).id();
        // a nested family now and then belongs to the runtime steward, as runtime families do
        String owner = j > 0 && domain.index() % 5 == 0 ? STEWARD : domain.owner();
        Family family = new Family(index, id, prefix, domain, owner, service, cell.index(), id.replace('-', '_'));
        families.add(family);
        for (int e = 0; e < perFamily; e++) {
          int resource = e / 5;
          int variant = e % 5;
          String noun = NOUNS.get((resource + domain.index()) % NOUNS.size());
          String plural = noun + "s" + (resource >= NOUNS.size() ? "-" + resource : "");
          boolean item = variant >= 2;
          String path = prefix + "/" + plural + (item ? "/{id}" : "");
          String codeSuffix = "/" + plural + (item ? "/{" + noun + "_id}" : "");
          String summary = switch (variant) {
            case 0 -> "List " + plural + " of " + domain.id() + ".";
            case 1 -> "Create a " + noun + ".";
            case 2 -> "Get one " + noun + ".";
            case 3 -> "Update fields of a " + noun + ".";
            default -> "Delete a " + noun + ".";
          };
          Optional<String> explicit = random.nextInt(10) == 0 ? Optional.of(owner) : Optional.empty();
          endpoints.add(new Endpoint(methods.get(variant), path, codeSuffix, summary, explicit, family,
              resource / 2));
        }
      }
    }
  }

  /** Picks where drift goes: spread over the truth, one planted finding of each kind per pick. */
  private void planDrift() {
    int d = scale.drift();
    int perFamily = scale.endpoints() / scale.families();
    for (int k = 0; k < d; k++) {
      int family = (int) ((long) (2 * k + 1) * scale.families() / (2L * d));
      undocumentedIn.add(family);
      missingEndpoints.add(endpoints.get(family * perFamily + random.nextInt(perFamily)).id());
      Domain domain = domains.get((int) ((long) (2 * k + 1) * scale.domains() / (2L * d)));
      // never the interface table (index 0) nor a renamed one, so the finding stays one of a kind
      List<String> candidates = domain.tables().stream().skip(1).filter(t -> !domain.renamed().contains(t)).toList();
      missingTables.add(candidates.get(random.nextInt(candidates.size())));
      strayCells.add(k % cells.size());
    }
  }
}
