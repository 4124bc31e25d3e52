package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PythonRouteExtractorTest {
  private final PythonRouteExtractor extractor = new PythonRouteExtractor();

  private Extractor.Result extract(String path, String text) {
    return extractor.extract(SourceFile.of(path, text));
  }

  @Test
  void namesAndSupportsPythonFiles() {
    assertThat(extractor.name()).isEqualTo("http-python");
    assertThat(extractor.supports("app/routers/contacts.py")).isTrue();
    assertThat(extractor.supports("app/routers/contacts.pyc")).isFalse();
  }

  @Test
  void fastApiDecoratorsWithRouterPrefix() {
    var result = extract("app/routers/contacts.py", """
        from fastapi import APIRouter

        router = APIRouter(prefix="/contacts", tags=["contacts"])


        @router.get("")
        async def list_contacts():
            ...

        @router.post("/", status_code=201)
        async def create_contact():
            ...

        @router.get("/{contact_id:int}")
        def get_contact(contact_id: int):
            ...
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /contacts @ app/routers/contacts.py:6:1",
        "POST /contacts/ @ app/routers/contacts.py:10:1",
        "GET /contacts/{contact_id} @ app/routers/contacts.py:14:1");
    assertThat(result.problems()).isEmpty();
    assertThat(((Evidence.Route) result.evidence().get(0)).framework()).isEqualTo("fastapi");
  }

  @Test
  void decoratorSpanningLinesWithKeywordArguments() {
    var result = extract("api.py", """
        from fastapi import FastAPI
        app = FastAPI()

        @app.patch(
            "/contacts/{id}",
            response_model=ContactOut,
            status_code=200,
        )
        async def update(id: int): ...
        """);
    assertThat(RouteListing.of(result)).containsExactly("PATCH /contacts/{id} @ api.py:4:1");
  }

  @Test
  void apiRouteAndFlaskRouteMethods() {
    var result = extract("web.py", """
        from flask import Flask, Blueprint
        app = Flask(__name__)
        bp = Blueprint("crm", __name__, url_prefix="/crm")

        @app.route("/health")
        def health(): ...

        @app.route("/contacts/<int:id>", methods=["GET", "post"])
        def contact(id): ...

        @bp.get("/deals")
        def deals(): ...

        @router.api_route("/both", methods=("PUT", "DELETE"))
        async def both(): ...

        @router.api_route("/default")
        async def default(): ...
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /health @ web.py:5:1",
        "GET /contacts/{id} @ web.py:8:1",
        "POST /contacts/{id} @ web.py:8:1",
        "GET /crm/deals @ web.py:11:1",
        "DELETE /both @ web.py:14:1",
        "PUT /both @ web.py:14:1",
        "GET /default @ web.py:17:1");
    assertThat(((Evidence.Route) result.evidence().get(0)).framework()).isEqualTo("flask");
  }

  @Test
  void commentsStringsDocstringsAndImportsAreNotRoutes() {
    var result = extract("app/routers/old.py", """
        \"\"\"Routes.

        @router.get("/in-docstring")
        \"\"\"
        from app.routers import get  # @router.get("/in-comment")
        import app.routers.contacts
        router = APIRouter()

        # @router.get("/old")
        EXAMPLE = '@router.get("/in-string")'

        @router.get("/live")
        def live(): ...
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /live @ app/routers/old.py:12:1");
  }

  @Test
  void nonRouteDecoratorsAreIgnored() {
    var result = extract("tests/test_x.py", """
        from unittest import mock

        @mock.patch("app.services.mail.send")
        @pytest.mark.parametrize("path", ["/a"])
        @functools.lru_cache()
        def test_it(send): ...
        """);
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void includesInTheSameFileJoinPrefixes() {
    var result = extract("main.py", """
        from fastapi import FastAPI, APIRouter
        API_PREFIX = "/api"
        app = FastAPI()
        api = APIRouter()
        crm = APIRouter(prefix="/contacts")

        @crm.delete("/{id}")
        def archive(id): ...

        api.include_router(crm, prefix="/crm")
        app.include_router(api, prefix=API_PREFIX + "/v1")
        """);
    assertThat(RouteListing.of(result)).containsExactly("DELETE /api/v1/crm/contacts/{id} @ main.py:7:1");
  }

  @Test
  void flaskRegisterBlueprintPrefixReplacesTheBlueprintsOwn() {
    var result = extract("app.py", """
        app = Flask(__name__)
        bp = Blueprint("crm", __name__, url_prefix="/ignored")

        @bp.route("/contacts", methods=["POST"])
        def create(): ...

        app.register_blueprint(bp, url_prefix="/api/crm")
        """);
    assertThat(RouteListing.of(result)).containsExactly("POST /api/crm/contacts @ app.py:4:1");
  }

  @Test
  void addApiRouteAndAddUrlRuleCalls() {
    var result = extract("calls.py", """
        router = APIRouter(prefix="/jobs")
        router.add_api_route("/{job_id}/retry", retry, methods=["POST"])
        app.add_url_rule("/ping", view_func=ping)
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "POST /jobs/{job_id}/retry @ calls.py:2:1",
        "GET /ping @ calls.py:3:1");
  }

  @Test
  void unresolvablePrefixIsAProblemAndTheRouteKeepsTheRest() {
    var result = extract("app/routers/crm.py", """
        from app.core.config import settings
        router = APIRouter(prefix=f"{settings.API_PREFIX}/crm")

        @router.get("/contacts")
        def contacts(): ...
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /contacts @ app/routers/crm.py:4:1");
    assertThat(RouteListing.problems(result)).singleElement().asString()
        .startsWith("2: prefix of router 'router' \"{settings.API_PREFIX}/crm\" could not be resolved");
  }

  @Test
  void locationsCarryTheCommit() {
    var result = extractor.extract(new SourceFile("a.py", "@app.get('/x')\ndef x(): ...\n", Optional.of("abc1234def")));
    assertThat(result.evidence()).singleElement().extracting(e -> e.at().commit())
        .isEqualTo(Optional.of("abc1234def"));
  }

  @Test
  void unterminatedStringIsAProblemNotAnException() {
    var result = extract("bad.py", "@router.get(\"/x\n'''never closed");
    assertThat(RouteListing.problems(result)).contains("1: unterminated string literal");
  }
}
