"""`AdminRoute`: the admin API's error boundary. Every failure leaves as a JSON error, never a stack trace.

A route class (not app-wide exception handlers) so the gateway's own routes keep their dialect-specific
errors. Validation problems name the field (``loc``) but never echo the submitted value, which may be
a secret.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response

from infershield.errors import (
    AuthenticationError,
    BackendUnavailableError,
    ConfigError,
    ConflictError,
    InfershieldError,
    InputError,
    NotFoundError,
    PermissionDeniedError,
)
from infershield.http.errors import error_body, json_response

log = logging.getLogger(__name__)


def problem_response(problems: Sequence[tuple[Sequence[str | int], str]], status: int = 422) -> Response:
    body = error_body("openai", status, "the request is not valid: " + "; ".join(
        f"{'.'.join(str(p) for p in loc)}: {msg}" for loc, msg in problems), code="validation_error")
    first = problems[0][0] if problems else ()
    error = body["error"]
    assert isinstance(error, dict)
    error["param"] = ".".join(str(p) for p in first) or None
    body["problems"] = [{"loc": list(loc), "msg": msg} for loc, msg in problems]
    return json_response(body, status, {"x-should-retry": "false"})


def error_for(exc: InfershieldError) -> Response:
    """The HTTP answer for one of our errors (messages are ours, written to be shown)."""
    if isinstance(exc, AuthenticationError):
        return _error(401, str(exc), {"WWW-Authenticate": "Bearer"})
    if isinstance(exc, PermissionDeniedError):
        return _error(403, str(exc))
    if isinstance(exc, NotFoundError):
        return _error(404, str(exc))
    if isinstance(exc, ConflictError):
        return _error(409, str(exc))
    if isinstance(exc, ConfigError):
        return problem_response([((p.path,), p.message) for p in exc.problems])
    if isinstance(exc, InputError):
        return _error(422, str(exc))
    if isinstance(exc, BackendUnavailableError):
        return _error(503, "a backend the admin API needs is unavailable; try again later")
    log.error("admin request failed: %s", type(exc).__name__)
    return _error(500, "internal error in the admin API")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    extra = {"x-should-retry": "false"} if status < 500 else {}
    return json_response(error_body("openai", status, message), status, extra | (headers or {}))


def _validation(exc: RequestValidationError) -> Response:
    problems: list[tuple[Sequence[Any], str]] = [(tuple(e.get("loc", ())), str(e.get("msg", "invalid")))
                                                 for e in exc.errors()]
    return problem_response(problems)


class AdminRoute(APIRoute):
    """An APIRoute whose handler turns our errors and validation failures into JSON answers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await original(request)
            except RequestValidationError as exc:
                return _validation(exc)
            except InfershieldError as exc:
                return error_for(exc)

        return handler
