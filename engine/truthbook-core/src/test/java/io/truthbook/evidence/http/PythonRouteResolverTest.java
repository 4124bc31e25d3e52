package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A multi-file FastAPI application: prefixes from settings, routers and include_router in other files. */
class PythonRouteResolverTest {
  private final PythonRouteExtractor extractor = new PythonRouteExtractor();

  private static final SourceFile CONFIG = SourceFile.of("backend/app/core/config.py", """
      from pydantic_settings import BaseSettings

      class Settings(BaseSettings):
          PROJECT_NAME: str = "velocity"
          API_PREFIX: str = "/api"

      settings = Settings()
      """);

  private static final SourceFile MAIN = SourceFile.of("backend/app/main.py", """
      from fastapi import FastAPI
      from app.core.config import settings
      from app.api import api_router
      from .routers.crm import router as crm_router

      app = FastAPI(title=settings.PROJECT_NAME)
      app.include_router(api_router, prefix=settings.API_PREFIX)
      app.include_router(crm_router, prefix=f"{settings.API_PREFIX}/crm/accounts")
      """);

  private static final SourceFile API = SourceFile.of("backend/app/api/__init__.py", """
      from fastapi import APIRouter
      from app.routers import contacts
      from ..routers import jobs

      api_router = APIRouter()
      crm = APIRouter(prefix="/crm")
      crm.include_router(contacts.router)
      api_router.include_router(crm)
      api_router.include_router(jobs.router, prefix="/jobs")
      """);

  private static final SourceFile CONTACTS = SourceFile.of("backend/app/routers/contacts.py", """
      from fastapi import APIRouter

      router = APIRouter(prefix="/contacts", tags=["contacts"])

      # @router.get("/old")
      @router.get("/{contact_id}")
      async def get_contact(contact_id: int): ...

      @router.post("", status_code=201)
      async def create_contact(): ...
      """);

  private static final SourceFile CRM = SourceFile.of("backend/app/routers/crm.py", """
      from fastapi import APIRouter
      router = APIRouter()

      @router.get("/{account_id}")
      def account(account_id: int): ...
      """);

  private static final SourceFile JOBS = SourceFile.of("backend/app/routers/jobs.py", """
      from fastapi import APIRouter
      router = APIRouter()

      @router.post("/{job_id}/retry")
      def retry(job_id: str): ...
      """);

  @Test
  void resolveJoinsPrefixesAlongIncludesAcrossFiles() {
    Extractor.Result result = extractor.resolve(List.of(CONFIG, MAIN, API, CONTACTS, CRM, JOBS,
        SourceFile.of("README.md", "@router.get('/not-python')")));
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /api/crm/contacts/{contact_id} @ backend/app/routers/contacts.py:6:1",
        "POST /api/crm/contacts @ backend/app/routers/contacts.py:9:1",
        "GET /api/crm/accounts/{account_id} @ backend/app/routers/crm.py:4:1",
        "POST /api/jobs/{job_id}/retry @ backend/app/routers/jobs.py:4:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void extractAloneKnowsOnlyTheRoutersOwnPrefix() {
    assertThat(RouteListing.of(extractor.extract(CONTACTS))).containsExactly(
        "GET /contacts/{contact_id} @ backend/app/routers/contacts.py:6:1",
        "POST /contacts @ backend/app/routers/contacts.py:9:1");
  }

  @Test
  void resolverTakesPerFileResults() {
    List<PythonModule> modules = List.of(CONFIG, MAIN, API, JOBS).stream().map(extractor::scan).toList();
    assertThat(modules.get(2).name()).isEqualTo("backend.app.api");
    assertThat(RouteListing.of(new PythonRouteResolver().resolve(modules)))
        .containsExactly("POST /api/jobs/{job_id}/retry @ backend/app/routers/jobs.py:4:1");
  }

  @Test
  void prefixConstantsInAnotherModuleAndFStrings() {
    SourceFile constants = SourceFile.of("svc/constants.py", """
        API_PREFIX: Final[str] = "/api"
        CRM = API_PREFIX + "/crm"
        """);
    SourceFile routes = SourceFile.of("svc/routes/deals.py", """
        from svc.constants import API_PREFIX
        from svc import constants as c

        router = APIRouter(prefix=f"{API_PREFIX}/deals")
        other = APIRouter(prefix=c.CRM + "/pipeline")

        @router.get("/")
        def deals(): ...

        @other.get("/stages")
        def stages(): ...
        """);
    assertThat(RouteListing.of(extractor.resolve(List.of(constants, routes)))).containsExactly(
        "GET /api/deals/ @ svc/routes/deals.py:7:1",
        "GET /api/crm/pipeline/stages @ svc/routes/deals.py:10:1");
  }

  @Test
  void settingsAttributeDefinedWithoutAnnotationAndResolvedByName() {
    SourceFile settings = SourceFile.of("core/settings.py", """
        class Config:
            API_PREFIX = "/internal"
        config = Config()
        """);
    SourceFile main = SourceFile.of("core/main.py", """
        from core.settings import config
        app = FastAPI()
        app.include_router(router, prefix=config.API_PREFIX)
        router = APIRouter()

        @router.get("/x")
        def x(): ...
        """);
    assertThat(RouteListing.of(extractor.resolve(List.of(settings, main))))
        .containsExactly("GET /internal/x @ core/main.py:6:1");
  }

  @Test
  void anImportSeveralModulesEndWithFindsTheOneSharingMostFoldersThenTheFirstByPath() {
    List<SourceFile> files = new java.util.ArrayList<>();
    for (String service : List.of("services/b", "services/a", "services/c/inner")) {
      files.add(SourceFile.of(service + "/app/settings.py", "API_PREFIX = \"/" + service.replace('/', '-') + "\"\n"));
    }
    String router = """
        from app.settings import API_PREFIX
        router = APIRouter(prefix=API_PREFIX)
        @router.get("/x")
        def x(): ...
        app = FastAPI()
        app.include_router(router)
        """;
    files.add(SourceFile.of("services/b/app/routers/r.py", router));
    files.add(SourceFile.of("services/c/inner/app/r.py", router));
    // shares services/ with every settings module: the first of them by path
    files.add(SourceFile.of("services/d/r.py", router));
    // shares no folder with any
    files.add(SourceFile.of("tools/r.py", router));
    assertThat(RouteListing.of(extractor.resolve(files))).containsExactlyInAnyOrder(
        "GET /services-b/x @ services/b/app/routers/r.py:3:1",
        "GET /services-c-inner/x @ services/c/inner/app/r.py:3:1",
        "GET /services-a/x @ services/d/r.py:3:1",
        "GET /services-a/x @ tools/r.py:3:1");
  }

  @Test
  void routerIncludedTwiceHasTwoPaths() {
    SourceFile main = SourceFile.of("main.py", """
        app = FastAPI()
        v1 = APIRouter(prefix="/v1")
        v2 = APIRouter(prefix="/v2")
        from health import router as health
        v1.include_router(health)
        v2.include_router(health)
        app.include_router(v1)
        app.include_router(v2)
        """);
    SourceFile health = SourceFile.of("health.py", """
        router = APIRouter()
        @router.head("/health")
        def health(): ...
        """);
    assertThat(RouteListing.of(extractor.resolve(List.of(main, health)))).containsExactly(
        "HEAD /v1/health @ health.py:2:1",
        "HEAD /v2/health @ health.py:2:1");
  }

  @Test
  void includeCycleIsReportedAndGivesNoPhantomRoute() {
    SourceFile cyclic = SourceFile.of("cyclic.py", """
        app = FastAPI()
        a = APIRouter(prefix="/a")
        b = APIRouter(prefix="/b")
        app.include_router(a)
        a.include_router(b)
        b.include_router(a)

        @a.get("/x")
        def x(): ...
        """);
    Extractor.Result result = extractor.resolve(List.of(cyclic));
    // /a/x is served; /b/a/x and /a/b/a/x would only exist if the cycle were walked
    assertThat(RouteListing.of(result)).containsExactly("GET /a/x @ cyclic.py:8:1");
    assertThat(RouteListing.problems(result)).containsExactly(
        "5: routers mount each other in a cycle: cyclic.py#a → cyclic.py#b → cyclic.py#a;"
            + " the routes below them are left out");
  }

  @Test
  void nestingPastTheLimitIsReportedAndNeverShortened() {
    Extractor.Result result = extractor.resolve(List.of(chain(PrefixGraph.MAX_DEPTH + 2)));
    // line 68, r31.include_router(r32), is the 33rd mount: the route below it would have lost "/internal/admin"
    assertThat(RouteListing.of(result)).isEmpty();
    assertThat(RouteListing.problems(result)).containsExactly("68: router nesting deeper than 32 levels: the full path of the routes below this mount is unknown,"
        + " so they are left out");
  }

  @Test
  void nestingUpToTheLimitKeepsTheWholePath() {
    Extractor.Result result = extractor.resolve(List.of(chain(PrefixGraph.MAX_DEPTH)));
    assertThat(RouteListing.of(result)).containsExactly("GET /internal/admin/api/crm/contacts @ deep.py:66:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aLongChainGivesOneFindingWithoutOverflowingTheStack() {
    Extractor.Result result = extractor.resolve(List.of(chain(20_000)));
    assertThat(RouteListing.of(result)).isEmpty();
    assertThat(RouteListing.problems(result)).hasSize(1);
  }

  // app mounts r0 under /internal/admin, r0 mounts r1, ..., r(n-1) has the route: n mounts in all
  private static SourceFile chain(int n) {
    StringBuilder text = new StringBuilder("app = FastAPI()\n");
    for (int i = 0; i < n; i++) {
      text.append("r").append(i).append(" = APIRouter()\n");
    }
    text.append("app.include_router(r0, prefix=\"/internal/admin\")\n");
    for (int i = 0; i < n - 1; i++) {
      text.append("r").append(i).append(".include_router(r").append(i + 1).append(")\n");
    }
    text.append("@r").append(n - 1).append(".get(\"/api/crm/contacts\")\ndef f(): ...\n");
    return SourceFile.of("deep.py", text.toString());
  }

  @Test
  void parenthesisedImportsAndMountedSubApplications() {
    SourceFile main = SourceFile.of("svc/main.py", """
        from svc.routers import (
            users,
            roles as role_routes,
        )
        app = FastAPI()
        v1 = FastAPI()
        app.mount("/v1", v1)
        app.mount("/static", StaticFiles(directory="static"))
        v1.include_router(users.router, prefix="/users")
        v1.include_router(role_routes.router)
        """);
    SourceFile users = SourceFile.of("svc/routers/users.py", """
        router = APIRouter()
        @router.get(path="/{user_id}")
        def user(user_id: int): ...
        """);
    SourceFile roles = SourceFile.of("svc/routers/roles.py", """
        router = APIRouter(prefix="/roles")
        @router.put("/{role}")
        def role(role: str): ...
        """);
    assertThat(RouteListing.of(extractor.resolve(List.of(main, users, roles)))).containsExactly(
        "PUT /v1/roles/{role} @ svc/routers/roles.py:2:1",
        "GET /v1/users/{user_id} @ svc/routers/users.py:2:1");
  }
}
