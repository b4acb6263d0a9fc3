"""Per-request plumbing shared by the model endpoints: request id, authentication, session id, headers."""

from __future__ import annotations

import uuid

from starlette.requests import Request
from starlette.responses import Response

from infershield.http.auth import presented_key
from infershield.http.errors import Dialect, error_response
from infershield.http.state import GatewayState

_SAFE_ID = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def request_id(request: Request) -> str:
    """The caller's ``X-Request-ID`` if it is short and plain, else a new one."""
    given = request.headers.get("x-request-id", "")
    if given and len(given) <= 128 and set(given) <= _SAFE_ID:
        return given
    return f"req_{uuid.uuid4().hex}"


def authenticate(state: GatewayState, request: Request, dialect: Dialect) -> tuple[str, Response | None]:
    """(identity, None) when allowed, else ("", a 401 in the caller's dialect)."""
    if state.settings.auth.mode == "none":
        return "anonymous", None
    identity = state.keys.identify(presented_key(request.headers))
    if identity is None:
        return "", error_response(dialect, 401, "missing or invalid API key")
    return identity, None


def session_id(request: Request, identity: str, user: object) -> str:
    given = request.headers.get("x-session-id", "")
    if given and len(given) <= 256:
        return f"{identity}/{given}"
    return f"{identity}/user:{user if isinstance(user, str) else ''}"
