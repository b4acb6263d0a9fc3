"""Who is calling: the presented API key turned into an :class:`Identity` (principal, key, tenant, tier, scopes).

``auth.mode``: ``none`` (everyone is ``anonymous``), ``keys`` (hashes in the settings), ``database``
(keys made by ``infershield keys create``, verified through the ``KeyCache``: no query per request once
cached). Expired, revoked and unknown keys get the same 401, in the caller's dialect.

Scopes: a database key with no scopes may do everything; otherwise the model endpoints
(``/v1/chat/completions``, ``/v1/messages``, ``/v1/chat``, ``/v1/embeddings``) need ``chat`` (or ``*``);
``/v1/embeddings`` also accepts ``embeddings`` alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from infershield.errors import BackendUnavailableError, InfershieldError
from infershield.http.auth import presented_key
from infershield.http.errors import Dialect, error_response
from infershield.http.state import GatewayState

CHAT_SCOPE = "chat"


@dataclass(frozen=True, slots=True)
class Identity:
    """A caller. ``key_id``/``tenant_id`` name rate-limit buckets and usage rows; ``tier`` None = not limited
    by a tier of its own (anonymous and configured keys use ``limits.rate.default_tier``)."""

    principal: str
    key_prefix: str = ""
    key_id: str = ""
    tenant: str = ""
    tenant_id: str = ""
    tier: str | None = None
    scopes: tuple[str, ...] = ()
    from_database: bool = False

    def allows(self, scope: str) -> bool:
        return not self.scopes or scope in self.scopes or "*" in self.scopes


ANONYMOUS = Identity("anonymous", key_id="anonymous", tenant="anonymous", tenant_id="anonymous")


async def identify(state: GatewayState, request: Request, dialect: Dialect) -> tuple[Identity | None, Response | None]:
    """(identity, None) when the key is good, else (None, a 401 — or 503 when the key store is down)."""
    mode = state.settings.auth.mode
    if mode == "none":
        return ANONYMOUS, None
    presented = presented_key(request.headers)
    if mode == "keys":
        name = state.keys.identify(presented)
        if name is None:
            return None, error_response(dialect, 401, "missing or invalid API key")
        return Identity(name, key_id=f"cfg:{name}", tenant=name, tenant_id=name), None
    if presented is None:
        return None, error_response(dialect, 401, "missing or invalid API key")
    try:
        record = await state.services.keys.verify(presented)
    except BackendUnavailableError:
        return None, error_response(dialect, 503, "the key store is unavailable; try again shortly")
    except InfershieldError:
        return None, error_response(dialect, 503, "the key store could not be read")
    if record is None:
        return None, error_response(dialect, 401, "invalid, expired or revoked API key")
    return Identity(f"{record.tenant}/{record.prefix}", record.prefix, record.id, record.tenant, record.tenant_id,
                    record.tier, record.scopes, True), None


def scope_denied(identity: Identity, scope: str, dialect: Dialect) -> Response | None:
    if identity.allows(scope):
        return None
    return error_response(dialect, 403, f"this API key lacks the '{scope}' scope")
