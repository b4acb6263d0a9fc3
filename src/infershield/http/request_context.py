"""Per-request plumbing shared by the model endpoints: request id, authentication, session id, headers."""

from __future__ import annotations

import uuid

from starlette.requests import Request
from starlette.responses import Response

from infershield.http.errors import Dialect
from infershield.http.identity import identify
from infershield.http.state import GatewayState

_SAFE_ID = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def request_id(request: Request) -> str:
    """The caller's ``X-Request-ID`` if it is short and plain, else a new one."""
    given = request.headers.get("x-request-id", "")
    if given and len(given) <= 128 and set(given) <= _SAFE_ID:
        return given
    return f"req_{uuid.uuid4().hex}"


async def authenticate(state: GatewayState, request: Request, dialect: Dialect) -> tuple[str, Response | None]:
    """(principal, None) when allowed, else ("", a 401 in the caller's dialect). See ``http/identity.py``."""
    identity, denied = await identify(state, request, dialect)
    return ("", denied) if identity is None else (identity.principal, denied)


def session_id(request: Request, identity: str, user: object) -> str:
    given = request.headers.get("x-session-id", "")
    if given and len(given) <= 256:
        return f"{identity}/{given}"
    return f"{identity}/user:{user if isinstance(user, str) else ''}"
