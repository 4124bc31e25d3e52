package io.truthbook.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the product repository of a plan in the formats the extractors read: Flyway SQL migrations
 * (quoted and schema-qualified names, renames and drops), FastAPI routers mounted with prefixes in
 * three styles, nginx with {@code conf.d} includes and upstream blocks, docker-compose projects with
 * GPU reservations, a CODEOWNERS file, and filler files up to the requested count.
 */
final class SyntheticProduct {
  private static final int DOMAINS_PER_MIGRATION = 100;

  private final SyntheticPlan plan;
  private final GeneratedFiles out;
  private final String base;
  private final Random random;
  private int written;

  SyntheticProduct(SyntheticPlan plan, GeneratedFiles out, String base) {
    this.plan = plan;
    this.out = out;
    this.base = base + "/";
    this.random = new Random(plan.seed * 17 + 3);
  }

  /** Writes everything; returns the number of product files. */
  int write() {
    migrations();
    services();
    nginx();
    compose();
    codeOwners();
    filler();
    return written;
  }

  private void file(String relative, CharSequence text) {
    out.write(base + relative, text);
    written++;
  }

  private void migrations() {
    List<SyntheticPlan.Domain> domains = plan.domains;
    for (int from = 0, part = 1; from < domains.size(); from += DOMAINS_PER_MIGRATION, part++) {
      StringBuilder sql = new StringBuilder("-- Baseline of part " + part + ": the legacy tables.\nSET search_path = public;\n\n");
      for (SyntheticPlan.Domain d : domains.subList(from, Math.min(domains.size(), from + DOMAINS_PER_MIGRATION))) {
        sql.append(create(d.legacyLive(), true)).append(create(d.legacyRetired(), false));
      }
      file("db/migrations/V1_" + part + "__baseline.sql", sql);
    }
    List<Integer> strayDomains = new ArrayList<>();
    for (int k = 0; k < plan.scale.drift(); k++) {
      strayDomains.add((int) ((long) (2 * k + 1) * domains.size() / (2L * plan.scale.drift())));
    }
    for (SyntheticPlan.Domain d : domains) {
      StringBuilder sql = new StringBuilder("-- Canonical tables of domain " + d.id() + " (owner " + d.owner() + ").\n\n");
      for (int t = 0; t < d.tables().size(); t++) {
        String table = d.tables().get(t);
        if (plan.missingTables.contains(table)) {
          continue;
        }
        String name = d.renamed().contains(table) ? table + "_wip" : table;
        String spelled = t % 3 == 1 ? "\"" + name + "\"" : t % 4 == 2 ? "public." + name : name;
        sql.append(create(spelled, t % 2 == 0));
        sql.append("CREATE INDEX IF NOT EXISTS ").append(name).append("_created_idx ON ").append(spelled)
            .append(" (created_at);\n\n");
      }
      int stray = strayDomains.indexOf(d.index());
      if (stray >= 0) {
        sql.append(create("stray_table_" + stray, false));
      }
      file("db/migrations/V2_" + (d.index() + 1) + "__" + d.id() + "_canonical.sql", sql);
    }
    for (int from = 0, part = 1; from < domains.size(); from += DOMAINS_PER_MIGRATION, part++) {
      StringBuilder sql = new StringBuilder("-- Cleanup of part " + part + ": renames and retired tables.\n\n");
      for (SyntheticPlan.Domain d : domains.subList(from, Math.min(domains.size(), from + DOMAINS_PER_MIGRATION))) {
        for (String table : d.renamed()) {
          sql.append("ALTER TABLE ").append(table).append("_wip RENAME TO ").append(table).append(";\n");
        }
        sql.append("ALTER TABLE ").append(d.legacyLive()).append(" ADD COLUMN IF NOT EXISTS migrated_at timestamptz;\n");
        sql.append("DROP TABLE IF EXISTS ").append(d.legacyRetired()).append(";\n");
      }
      file("db/migrations/V3_" + part + "__cleanup.sql", sql);
    }
  }

  private static String create(String name, boolean ifNotExists) {
    return "CREATE TABLE " + (ifNotExists ? "IF NOT EXISTS " : "") + name + " (\n"
        + "    id          bigserial PRIMARY KEY,\n"
        + "    org_id      bigint      NOT NULL,\n"
        + "    name        text        NOT NULL DEFAULT '',\n"
        + "    payload     jsonb,\n"
        + "    created_at  timestamptz NOT NULL DEFAULT now()\n);\n\n";
  }

  /** Routers, one file per two resources of a family, mounted by the main module of their service. */
  private void services() {
    Map<String, StringBuilder> mains = new LinkedHashMap<>();
    Map<String, StringBuilder> mounts = new LinkedHashMap<>();
    for (SyntheticPlan.Cell cell : plan.cells) {
      for (SyntheticPlan.Service api : cell.apis()) {
        mains.put(api.id(), new StringBuilder("\"\"\"API service " + api.id() + " (port " + api.ports().get(0)
            + ").\"\"\"\n\nfrom fastapi import FastAPI\n\nfrom app import settings\n"));
        mounts.put(api.id(), new StringBuilder("\napp = FastAPI(title=\"" + api.id() + "\", docs_url=None)\n\n"));
      }
    }
    List<List<SyntheticPlan.Endpoint>> files = new ArrayList<>();
    for (int i = 0; i < plan.families.size() * plan.filesPerFamily; i++) {
      files.add(new ArrayList<>());
    }
    for (SyntheticPlan.Endpoint e : plan.endpoints) {
      files.get(e.family().index() * plan.filesPerFamily + e.file()).add(e);
    }
    for (SyntheticPlan.Family f : plan.families) {
      for (int k = 0; k < plan.filesPerFamily; k++) {
        String module = f.module() + "__" + k;
        int style = random.nextInt(3);
        String own = style == 0 ? f.prefix() : style == 1 ? "" : f.prefix().substring("/api".length());
        StringBuilder py = new StringBuilder("\"\"\"Routes of family " + f.id() + ", part " + k + ". Owner: " + f.owner()
            + ".\"\"\"\n\nfrom fastapi import APIRouter\n\nrouter = APIRouter(" + (own.isEmpty() ? "" : "prefix=\"" + own + "\", ")
            + "tags=[\"" + f.id() + "\"])\n");
        int n = 0;
        for (SyntheticPlan.Endpoint e : files.get(f.index() * plan.filesPerFamily + k)) {
          if (!plan.missingEndpoints.contains(e.id())) {
            route(py, e.method(), e.codeSuffix(), n++);
          }
        }
        if (k == 0 && plan.undocumentedIn.contains(f.index())) {
          route(py, "GET", "/stray-" + f.index(), n);
        }
        file("services/" + f.service() + "/app/routers/" + module + ".py", py);
        mains.get(f.service()).append("from app.routers import ").append(module).append('\n');
        mounts.get(f.service()).append("app.include_router(").append(module).append(".router")
            .append(style == 0 ? "" : style == 1 ? ", prefix=\"" + f.prefix() + "\"" : ", prefix=settings.API_PREFIX")
            .append(")\n");
      }
    }
    mains.forEach((service, main) -> {
      file("services/" + service + "/app/main.py", main.append(mounts.get(service)));
      file("services/" + service + "/app/settings.py", "\"\"\"Settings of " + service + ".\"\"\"\n\nAPI_PREFIX = \"/api\"\n");
      file("services/" + service + "/app/__init__.py", "");
      file("services/" + service + "/app/routers/__init__.py", "");
    });
  }

  private static void route(StringBuilder py, String method, String path, int n) {
    String lower = method.toLowerCase(java.util.Locale.ROOT);
    String param = path.contains("{") ? path.substring(path.indexOf('{') + 1, path.indexOf('}')) : "";
    py.append("\n\n@router.").append(lower).append("(\"").append(path).append('"')
        .append(method.equals("POST") ? ", status_code=201" : "").append(")\ndef ").append(lower).append('_')
        .append(n).append('(').append(param.isEmpty() ? "" : param + ": str").append("):\n    return {}\n");
  }

  private void nginx() {
    file("deploy/nginx/nginx.conf", "# The edge of every cell; hosts live in conf.d/.\nuser nginx;\nworker_processes auto;\n\n"
        + "events {\n    worker_connections 4096;\n}\n\nhttp {\n    sendfile on;\n    keepalive_timeout 65;\n"
        + "    include conf.d/*.conf;\n}\n");
    for (SyntheticPlan.Cell cell : plan.cells) {
      StringBuilder conf = new StringBuilder("# Hosts of cell " + cell.code() + ".\n\n");
      for (int k = 0; k < cell.apis().size(); k += 2) {
        SyntheticPlan.Service api = cell.apis().get(k);
        conf.append("upstream ").append(api.id().replace('-', '_')).append(" {\n    server ").append(api.id())
            .append(':').append(api.ports().get(0)).append(" max_fails=3;\n    keepalive 16;\n}\n\n");
      }
      conf.append("server {\n    listen 443 ssl;\n    server_name ").append(cell.host()).append(";\n")
          .append("    proxy_http_version 1.1;\n    proxy_set_header Host $host;\n\n");
      boolean any = false;
      for (SyntheticPlan.Family f : plan.families) {
        if (f.cell() == cell.index()) {
          location(conf, f.prefix() + "/", service(cell, f.service()));
          any = true;
        }
      }
      if (!any) {
        location(conf, "/", cell.apis().get(0));
      }
      for (int k = 0; k < plan.strayCells.size(); k++) {
        if (plan.strayCells.get(k) == cell.index()) {
          location(conf, "/stray-" + k + "/", cell.apis().get(0));
        }
      }
      conf.append("}\n\nserver {\n    listen 443 ssl;\n    server_name ").append(cell.gpuHost()).append(";\n\n");
      for (SyntheticPlan.Service comfy : cell.comfy()) {
        conf.append("    location /").append(comfy.id()).append("/ {\n        proxy_pass http://").append(comfy.id())
            .append(":8188/;\n    }\n\n");
      }
      file("deploy/nginx/conf.d/" + cell.code() + ".conf", conf.append("}\n"));
    }
  }

  private static SyntheticPlan.Service service(SyntheticPlan.Cell cell, String id) {
    return cell.apis().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private void location(StringBuilder conf, String path, SyntheticPlan.Service api) {
    boolean upstream = api.id().endsWith("-1") || api.id().endsWith("-3") || api.id().endsWith("-5")
        || api.id().endsWith("-7");
    conf.append("    location ").append(path).append(" {\n        proxy_read_timeout 60s;\n        proxy_pass http://")
        .append(upstream ? api.id().replace('-', '_') : api.id() + ":" + api.ports().get(0)).append(";\n    }\n\n");
  }

  private void compose() {
    for (SyntheticPlan.Cell cell : plan.cells) {
      StringBuilder main = new StringBuilder("# Cell " + cell.code() + ": docker compose up -d on each node.\nname: bench-"
          + cell.code() + "\n\nx-common: &common\n  restart: unless-stopped\n  logging:\n    driver: json-file\n\nservices:\n");
      StringBuilder gpu = new StringBuilder("# GPU nodes of cell " + cell.code() + ", layered on docker-compose.yml.\n\nservices:\n");
      for (SyntheticPlan.Service s : cell.services()) {
        StringBuilder y = s.gpus() > 0 ? gpu : main;
        y.append("  ").append(s.id()).append(":\n").append(s.gpus() > 0 ? "" : "    <<: *common\n")
            .append("    image: ").append(s.image()).append("\n    ports:\n");
        s.ports().forEach(p -> y.append("      - \"").append(p < 1024 ? "" : "127.0.0.1:").append(p).append(':').append(p)
            .append("\"\n"));
        if (!s.binds().isEmpty()) {
          y.append("    volumes:\n");
          s.binds().forEach(b -> y.append("      - ").append(b).append('\n'));
        }
        if (s.gpus() > 0) {
          y.append("    deploy:\n      placement:\n        constraints: [\"node.hostname == ").append(s.node().hostname())
              .append("\"]\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n")
              .append("              count: ").append(s.gpus()).append("\n              capabilities: [gpu]\n");
        }
      }
      for (int k = 0; k < plan.strayCells.size(); k++) {
        if (plan.strayCells.get(k) == cell.index()) {
          main.append("  stray-").append(k).append(":\n    image: busybox:1.36\n    ports:\n      - \"127.0.0.1:7")
              .append(String.format("%03d", k)).append(":80\"\n");
        }
      }
      file("deploy/cells/" + cell.code() + "/docker-compose.yml", main);
      file("deploy/cells/" + cell.code() + "/docker-compose.gpu.yml", gpu);
    }
  }

  private void codeOwners() {
    StringBuilder owners = new StringBuilder("# Who reviews what (the last matching rule wins).\n*  @" + SyntheticPlan.STEWARD
        + "\n/db/migrations/  @" + plan.owners.get(0).id() + "\n/deploy/  @" + SyntheticPlan.STEWARD + "\n\n");
    for (SyntheticPlan.Family f : plan.families) {
      owners.append("/services/").append(f.service()).append("/app/routers/").append(f.module()).append("__*.py  @")
          .append(f.owner()).append('\n');
    }
    file("CODEOWNERS", owners);
  }

  /** Files no extractor finds evidence in (models, tests, web components, notes), up to the file count. */
  private void filler() {
    List<SyntheticPlan.Service> apis = plan.cells.stream().flatMap(c -> c.apis().stream()).toList();
    for (int i = 0; written < plan.scale.files(); i++) {
      SyntheticPlan.Service api = apis.get(i % apis.size());
      String noun = SyntheticPlan.NOUNS.get(random.nextInt(SyntheticPlan.NOUNS.size()));
      switch (i % 5) {
        case 0, 1 -> file("services/" + api.id() + "/app/models/" + noun + "_" + i + ".py",
            "\"\"\"The " + noun + " model.\"\"\"\n\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass "
                + Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + i + ":\n    id: int\n    name: str = \"\"\n\n"
                + "    def label(self) -> str:\n        return f\"" + noun + " {self.id}: {self.name}\"\n");
        case 2 -> file("web/src/components/" + noun + "/Card" + i + ".tsx", "export function Card" + i
            + "(props: { name: string }) {\n  return <div className=\"card\">{props.name}</div>;\n}\n");
        case 3 -> file("docs/notes/" + noun + "-" + i + ".md", "# Note " + i + "\n\nHow the " + noun
            + " surface behaves. See the truth book.\n");
        default -> file("tests/" + noun + "/test_" + noun + "_" + i + ".py", "def test_" + noun + "_" + i
            + "():\n    assert " + i + " >= 0\n");
      }
    }
  }
}
