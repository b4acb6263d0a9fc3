"""Headers the gateway asks providers to add to the upstream calls of the current request.

The HTTP layer sets them per request (correlation id, W3C ``traceparent``) and the upstream client
reads them, so providers can forward tracing context without importing observability. A context
variable is per asyncio task, so concurrent requests never see each other's headers.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar, Token

_NONE: Mapping[str, str] = {}
_OUTBOUND: ContextVar[Mapping[str, str]] = ContextVar("infershield_outbound_headers", default=_NONE)


def outbound_headers() -> Mapping[str, str]:
    """The headers to add to upstream calls made now (empty outside a request)."""
    return _OUTBOUND.get()


def set_outbound_headers(headers: Mapping[str, str]) -> Token[Mapping[str, str]]:
    return _OUTBOUND.set(headers)


def reset_outbound_headers(token: Token[Mapping[str, str]]) -> None:
    _OUTBOUND.reset(token)
