package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;

class SupabaseFunctionExtractorTest {
  private final SupabaseFunctionExtractor extractor = new SupabaseFunctionExtractor();

  private Extractor.Result extract(String path, String code) {
    return extractor.extract(SourceFile.of(path, code));
  }

  @Test
  void readsOnlyEdgeFunctionEntryPoints() {
    assertThat(extractor.supports("supabase/functions/send-invite/index.ts")).isTrue();
    assertThat(extractor.supports("crm/supabase/functions/import_csv/index.js")).isTrue();
    assertThat(extractor.supports("supabase/functions/_shared/cors.ts")).isFalse();
    assertThat(extractor.supports("supabase/functions/send-invite/handler.ts")).isFalse();
  }

  @Test
  void aDenoServeHandlerRoutesByMethodAndPathname() {
    Extractor.Result result = extract("supabase/functions/contacts/index.ts", """
        import { corsHeaders } from "../_shared/cors.ts";

        Deno.serve(async (req) => {
          const url = new URL(req.url);
          if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
          if (url.pathname === "/contacts/export" && req.method == 'GET') return exportAll();
          switch (req.method) {
            case "POST": return create(req);
          }
          return new Response("no", { status: 405 });
        });
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "OPTIONS /functions/v1/contacts/export @ supabase/functions/contacts/index.ts:3:6",
        "GET /functions/v1/contacts/export @ supabase/functions/contacts/index.ts:3:6",
        "POST /functions/v1/contacts/export @ supabase/functions/contacts/index.ts:3:6");
  }

  @Test
  void aHandlerWithoutTestsIsInvokedByPost() {
    Extractor.Result result = extract("supabase/functions/send-invite/index.ts", """
        import { serve } from "https://deno.land/std@0.168.0/http/server.ts";
        serve(async (req) => new Response(JSON.stringify(await invite(req))));
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "POST /functions/v1/send-invite @ supabase/functions/send-invite/index.ts:2:1");
  }

  @Test
  void honoAndOakRoutersRouteAsInExpress() {
    Extractor.Result hono = extract("supabase/functions/deals/index.ts", """
        import { Hono } from "jsr:@hono/hono";
        const app = new Hono().basePath("/deals");
        app.get("/", (c) => c.json(list()));
        app.post("/:id/close", (c) => close(c));
        Deno.serve(app.fetch);
        """);
    assertThat(RouteListing.of(hono)).containsExactly(
        "GET /functions/v1/deals/ @ supabase/functions/deals/index.ts:3:1",
        "POST /functions/v1/deals/{id}/close @ supabase/functions/deals/index.ts:4:1");

    Extractor.Result oak = extract("supabase/functions/tasks/index.ts", """
        import { Application, Router } from "jsr:@oak/oak";
        const router = new Router();
        router.delete("/tasks/:taskId", (ctx) => remove(ctx));
        """);
    assertThat(RouteListing.of(oak)).containsExactly(
        "DELETE /functions/v1/tasks/{taskId} @ supabase/functions/tasks/index.ts:3:1");
  }

  @Test
  void aFunctionWithoutRoutesIsANote() {
    Extractor.Result result = extract("supabase/functions/helper/index.ts", "export const x = 1;\n");
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).extracting(p -> p.rule() + " " + p.severity() + " " + p.at().line())
        .containsExactly("evidence.no-route NOTE 1");
  }
}
