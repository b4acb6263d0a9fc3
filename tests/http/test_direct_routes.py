"""``DirectRoutes``: plain endpoints skip FastAPI's router, and nothing else changes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.testclient import TestClient
from starlette.types import ASGIApp, Receive, Scope, Send

from infershield.config.gateway import settings_from_mapping
from infershield.http.app import create_app
from infershield.http.direct_routes import DirectRoutes


async def plain(request: Request) -> Response:
    route = request.scope.get("route")
    return JSONResponse({"handler": "plain", "route": getattr(route, "path", None)})


async def shadowing(request: Request) -> Response:
    return JSONResponse({"handler": "shadowing", "name": request.path_params["name"]})


def _dependency() -> str:
    return "dep"


async def with_dependency(request: Request, value: Annotated[str, Depends(_dependency)]) -> Response:
    return JSONResponse({"handler": "with_dependency", "value": value})


async def with_query(request: Request, q: str = "none") -> Response:
    return JSONResponse({"handler": "with_query", "q": q})


async def failing(request: Request) -> Response:
    raise RuntimeError("boom")


class Marker:
    """Installed inside ``DirectRoutes``: records the requests that went on to FastAPI's router."""

    def __init__(self, app: ASGIApp, routed: list[str]) -> None:
        self.app = app
        self.routed = routed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.routed.append(str(scope["path"]))
        await self.app(scope, receive, send)


def _app() -> tuple[FastAPI, list[str]]:
    app = FastAPI()
    app.add_api_route("/v1/s/{name}", shadowing, methods=["POST"])  # registered first: FastAPI picks it
    app.add_api_route("/v1/s/shadowed", plain, methods=["POST"])
    app.add_api_route("/v1/plain", plain, methods=["POST", "GET"])
    app.add_api_route("/v1/dep", with_dependency, methods=["GET"])
    app.add_api_route("/v1/query", with_query, methods=["GET"])
    app.add_api_route("/v1/fail", failing, methods=["GET"])
    app.add_api_route("/v1/items/{item}", plain, methods=["GET"])
    routed: list[str] = []
    app.add_middleware(Marker, routed=routed)
    app.add_middleware(DirectRoutes, routes=app.router.routes)  # added last: outside the marker
    return app, routed


def test_only_plain_unshadowed_routes_are_direct() -> None:
    app, _ = _app()
    direct = DirectRoutes(app.router, app.router.routes)
    assert sorted(direct.table) == [("GET", "/v1/fail"), ("GET", "/v1/plain"), ("POST", "/v1/plain")]


def test_answers_are_the_same_and_only_non_direct_requests_reach_the_router() -> None:
    app, routed = _app()
    with TestClient(app) as client:
        assert client.post("/v1/plain").json() == {"handler": "plain", "route": "/v1/plain"}
        assert client.get("/v1/plain").json() == {"handler": "plain", "route": "/v1/plain"}
        assert client.post("/v1/s/shadowed").json() == {"handler": "shadowing", "name": "shadowed"}
        assert client.get("/v1/dep").json() == {"handler": "with_dependency", "value": "dep"}
        assert client.get("/v1/query?q=x").json() == {"handler": "with_query", "q": "x"}
        assert client.get("/v1/items/3").json() == {"handler": "plain", "route": "/v1/items/{item}"}
        assert client.delete("/v1/plain").status_code == 405
        assert client.get("/v1/nowhere").status_code == 404
    assert routed == ["/v1/s/shadowed", "/v1/dep", "/v1/query", "/v1/items/3", "/v1/plain", "/v1/nowhere"]


def test_a_root_path_goes_through_fastapi() -> None:
    app, routed = _app()
    with TestClient(app, root_path="/prefix") as client:
        assert client.get("/v1/plain").json()["handler"] == "plain"
    assert len(routed) == 1


def test_an_exception_in_a_direct_endpoint_still_reaches_the_app_handler() -> None:
    app, routed = _app()

    @app.exception_handler(Exception)
    async def _handler(request: Request, exc: Exception) -> Response:
        return JSONResponse({"error": "handled"}, status_code=500)

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/v1/fail")
    assert response.status_code == 500
    assert response.json() == {"error": "handled"}
    assert routed == []


def test_the_gateway_serves_its_model_and_probe_routes_directly() -> None:
    app = create_app(settings_from_mapping({}))
    direct = DirectRoutes(app.router, app.router.routes)
    assert {("POST", "/v1/chat/completions"), ("POST", "/v1/messages"), ("POST", "/v1/embeddings"),
            ("POST", "/v1/scan"), ("POST", "/v1/chat"), ("GET", "/health"), ("GET", "/ready")} <= set(direct.table)
    assert not any(path.startswith("/admin") for _, path in direct.table)
    with TestClient(app) as client:
        assert client.get("/health").status_code == 200
        assert "/v1/chat/completions" in client.get("/openapi.json").json()["paths"]
