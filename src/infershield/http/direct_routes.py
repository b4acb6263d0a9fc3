"""Pure ASGI: requests for the gateway's plain endpoints go straight to their handler.

FastAPI's router walks every included admin router before it reaches ``/v1/chat/completions``, then
solves (empty) dependencies, opens two exit stacks and wraps the call for exception handlers and
telemetry: about 0.2 CPU-ms per request, a fifth of the request-path budget (``benchmarks/gateway.py``).
The model and probe endpoints take only the ``Request`` and return a ``Response``, so none of that does
anything for them. This middleware, installed innermost (inside the observability and accounting
middleware, which still see every request), looks the exact method and path up in a dict and calls the
endpoint itself. Everything else (admin API, path parameters, dependencies, docs, 404/405, a non-empty
``root_path``) goes through FastAPI unchanged. The routes stay registered with FastAPI, so the OpenAPI
document is the same.

Only routes that pass :func:`direct_route` are taken: an ``APIRoute`` with a coroutine endpoint, no path
parameters, no dependencies and no parameter other than the request, and only when no route registered
before it would match the same method and path (FastAPI takes the first match). None of those endpoints raises
``HTTPException`` (they answer errors in the caller's dialect themselves); anything else they raise
reaches the app's ``Exception`` handler exactly as before.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable

from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Receive, Scope, Send


def direct_route(route: BaseRoute) -> bool:
    """Whether ``route`` may skip FastAPI's routing and dependency machinery (see the module docstring)."""
    if not isinstance(route, APIRoute) or "{" in route.path or not inspect.iscoroutinefunction(route.endpoint):
        return False
    dependant = route.dependant
    if (dependant.dependencies or dependant.path_params or dependant.query_params or dependant.header_params
            or dependant.cookie_params or dependant.body_params):
        return False
    return dependant.request_param_name is not None and len(inspect.signature(route.endpoint).parameters) == 1


def _shadowed(earlier: Iterable[BaseRoute], method: str, path: str) -> bool:
    """Whether FastAPI would pick an earlier route (an admin router, a path pattern) for this request."""
    for route in earlier:
        probe: Scope = {"type": "http", "method": method, "path": path, "root_path": "", "headers": []}
        if route.matches(probe)[0] is Match.FULL:
            return True
    return False


class DirectRoutes:
    """See the module docstring. ``routes`` is read when the middleware stack is built (first request)."""

    def __init__(self, app: ASGIApp, routes: Iterable[BaseRoute]) -> None:
        self.app = app
        self.table: dict[tuple[str, str], APIRoute] = {}
        earlier: list[BaseRoute] = []
        for route in routes:
            if isinstance(route, APIRoute) and direct_route(route):
                for method in route.methods or ():
                    if not _shadowed(earlier, method, route.path):
                        self.table.setdefault((method, route.path), route)
            earlier.append(route)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self.table.get((scope.get("method", ""), scope.get("path", ""))) \
            if scope["type"] == "http" and not scope.get("root_path") else None
        if route is None:
            await self.app(scope, receive, send)
            return
        scope["endpoint"] = route.endpoint
        scope["route"] = route
        scope["path_params"] = {}
        response = await route.endpoint(Request(scope, receive, send))
        await response(scope, receive, send)
