package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressRouteExtractorTest {
  private final ExpressRouteExtractor extractor = new ExpressRouteExtractor();

  private Extractor.Result extract(String path, String text) {
    return extractor.extract(SourceFile.of(path, text));
  }

  @Test
  void namesAndSupportsScriptFiles() {
    assertThat(extractor.name()).isEqualTo("http-express");
    assertThat(extractor.supports("src/app.js")).isTrue();
    assertThat(extractor.supports("src/app.ts")).isTrue();
    assertThat(extractor.supports("src/app.mjs")).isTrue();
    assertThat(extractor.supports("src/types.d.ts")).isFalse();
    assertThat(extractor.supports("src/app.py")).isFalse();
  }

  @Test
  void verbsOnAppAndRouter() {
    var result = extract("src/app.js", """
        const express = require('express');
        const app = express();
        const router = express.Router();

        app.get('/health', (req, res) => res.send('ok'));
        router.post("/contacts", auth, createContact);
        router.delete(`/contacts/:id`, archive);
        app.all('/legacy/*', gone);
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /health @ src/app.js:5:1",
        "POST /contacts @ src/app.js:6:1",
        "DELETE /contacts/{id} @ src/app.js:7:1",
        "ANY /legacy/* @ src/app.js:8:1");
    assertThat(((Evidence.Route) result.evidence().get(0)).framework()).isEqualTo("express");
  }

  @Test
  void routeChainsGiveOneRoutePerVerbAtTheVerb() {
    var result = extract("src/routes.js", """
        const router = require('express').Router();
        router.route('/contacts/:id')
          .get(show)
          .put(update);
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /contacts/{id} @ src/routes.js:3:4",
        "PUT /contacts/{id} @ src/routes.js:4:4");
  }

  @Test
  void commentsAndStringsAreNotRoutes() {
    var result = extract("src/app.js", """
        const app = express();
        // app.get('/line-comment', h);
        /* app.get('/block-comment', h);
           router.post('/also', h); */
        const doc = "app.get('/in-string', h)";
        const re = /app.get\\('\\/in-regex', h\\)/;
        app.get('/live', h); /* trailing */
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /live @ src/app.js:7:1");
  }

  @Test
  void clientCallsAndSettingsAreNotRoutes() {
    var result = extract("src/client.js", """
        const value = app.get('env');
        axios.get('/users', { params });
        cache.get('/key', fallback);
        map.get(key);
        """);
    assertThat(result.evidence()).isEmpty();
  }

  @Test
  void useInTheSameFileJoinsPrefixes() {
    var result = extract("src/server.ts", """
        import express, { Router } from 'express';
        const API = '/api';
        const app: express.Express = express();
        const crm: Router = Router();
        crm.get('/contacts/:contactId', show);
        app.use(`${API}/crm`, authenticate, crm);
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /api/crm/contacts/{contactId} @ src/server.ts:5:1");
  }

  @Test
  void resolveFollowsRequireAndImportAcrossFiles() {
    SourceFile app = SourceFile.of("src/app.js", """
        const express = require('express');
        const crmRouter = require('./routes/crm');
        import jobs from './routes/jobs';
        const { router: gpu } = require('./routes/gpu');
        const app = express();
        const api = express.Router();
        api.use('/crm', crmRouter);
        api.use('/jobs', jobs);
        api.use('/gpu', gpu);
        app.use('/api', api);
        """);
    SourceFile crm = SourceFile.of("src/routes/crm.js", """
        const router = require('express').Router();
        router.get('/contacts', list);
        module.exports = router;
        """);
    SourceFile jobs = SourceFile.of("src/routes/jobs.ts", """
        import { Router } from 'express';
        const jobsRouter = Router();
        jobsRouter.post('/:id/retry', retry);
        export default jobsRouter;
        """);
    SourceFile gpu = SourceFile.of("src/routes/gpu/index.js", """
        const express = require('express');
        const router = express.Router();
        router.get('/queue', queue);
        module.exports = { router };
        """);
    Extractor.Result result = extractor.resolve(List.of(app, crm, jobs, gpu, SourceFile.of("README.md", "x")));
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /api/crm/contacts @ src/routes/crm.js:2:1",
        "GET /api/gpu/queue @ src/routes/gpu/index.js:3:1",
        "POST /api/jobs/{id}/retry @ src/routes/jobs.ts:3:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void routerFactoriesAndInlineRequire() {
    SourceFile app = SourceFile.of("server.js", """
        const makeDeals = require('./deals');
        const app = express();
        app.use('/deals', makeDeals(db));
        app.use('/tasks', require('./tasks'));
        """);
    SourceFile deals = SourceFile.of("deals.js", """
        module.exports = (db) => {
          const r = express.Router();
          r.get('/', (req, res) => res.json([]));
          return r;
        };
        """);
    SourceFile tasks = SourceFile.of("tasks.js", """
        const router = express.Router();
        router.patch('/:taskId', update);
        module.exports = router;
        """);
    assertThat(RouteListing.of(extractor.resolve(List.of(app, deals, tasks)))).containsExactly(
        "GET /deals/ @ deals.js:3:3",
        "PATCH /tasks/{taskId} @ tasks.js:2:1");
  }

  @Test
  void extractAloneLeavesRoutesUnprefixed() {
    assertThat(RouteListing.of(extract("src/routes/crm.js", """
        const router = require('express').Router();
        router.get('/contacts', list);
        module.exports = router;
        """))).containsExactly("GET /contacts @ src/routes/crm.js:2:1");
  }

  @Test
  void unterminatedTemplateIsAProblem() {
    var result = extract("bad.js", "app.get(`/x/${id");
    assertThat(RouteListing.problems(result)).containsExactly("1: unterminated template literal");
  }

  @Test
  void templatesNestedDeepAreReadToTheirEnd() {
    for (int levels : new int[] {40, 20_000}) {
      String nested = "${`".repeat(levels) + "x" + "`}".repeat(levels);
      var result = extract("deep.js", "const app = express();\napp.get(`/api/crm/" + nested + "`, h);\n"
          + "app.get('/api/crm/after', h);\n");
      assertThat(RouteListing.of(result)).as("%d levels", levels)
          .containsExactly("GET /api/crm/after @ deep.js:3:1");
      assertThat(result.problems()).as("%d levels", levels).singleElement().satisfies(p -> {
        assertThat(p.at().line()).isEqualTo(2);
        assertThat(p.message()).startsWith("route path \"/api/crm/{`${`").endsWith("could not be resolved to a string");
      });
    }
    assertThat(RouteListing.problems(extract("open.js", "app.get(`/x/" + "${`".repeat(40))))
        .containsExactly("1: unterminated template literal");
  }

  @Test
  void namedImportsExportsAndMountsWithoutPrefix() {
    SourceFile app = SourceFile.of("src/index.ts", """
        import { router as crm } from './crm.js';
        import * as admin from './admin';
        const app = express();
        app.use(crm);
        app.use('/admin', admin.adminRouter);
        """);
    SourceFile crm = SourceFile.of("src/crm.ts", """
        export const router = Router();
        router.get('/api/crm/contacts', list);
        """);
    SourceFile admin = SourceFile.of("src/admin.ts", """
        const adminRouter = Router();
        adminRouter.options('/roles', preflight);
        export { adminRouter };
        """);
    assertThat(RouteListing.of(extractor.resolve(List.of(app, crm, admin)))).containsExactly(
        "OPTIONS /admin/roles @ src/admin.ts:2:1",
        "GET /api/crm/contacts @ src/crm.ts:2:1");
  }

  @Test
  void useCycleIsReportedAndGivesNoPhantomRoute() {
    SourceFile app = SourceFile.of("app.js", """
        const a = require('./a');
        const app = express();
        app.use('/api', a.router);
        """);
    SourceFile a = SourceFile.of("a.js", """
        const b = require('./b');
        const router = express.Router();
        router.get('/x', h);
        router.use('/b', b.router);
        module.exports = { router };
        """);
    SourceFile b = SourceFile.of("b.js", """
        const a = require('./a');
        const router = express.Router();
        router.use(a.router);
        module.exports = { router };
        """);
    Extractor.Result result = extractor.resolve(List.of(app, a, b));
    assertThat(RouteListing.of(result)).containsExactly("GET /api/x @ a.js:3:1");
    assertThat(result.problems()).extracting(p -> p.at().file() + ":" + p.at().line() + ": " + p.message())
        .containsExactly("a.js:4: routers mount each other in a cycle: a.js#router → b.js#router → a.js#router;"
            + " the routes below them are left out");
  }

  @Test
  void useNestedPastTheLimitIsReportedAtTheMount() {
    StringBuilder text = new StringBuilder("const app = express();\n");
    int n = 40;
    for (int i = 0; i < n; i++) {
      text.append("const r").append(i).append(" = express.Router();\n");
    }
    text.append("app.use('/internal', r0);\n");
    for (int i = 0; i < n - 1; i++) {
      text.append("r").append(i).append(".use(r").append(i + 1).append(");\n");
    }
    text.append("r").append(n - 1).append(".get('/api/crm/contacts', h);\n");
    Extractor.Result result = extractor.resolve(List.of(SourceFile.of("deep.js", text.toString())));
    assertThat(RouteListing.of(result)).isEmpty();
    // line 74 is r31.use(r32), the 33rd mount below app
    assertThat(RouteListing.problems(result)).containsExactly("74: router nesting deeper than 32 levels:"
        + " the full path of the routes below this mount is unknown, so they are left out");
  }
}
