"""What the admin routes need from storage, and the audit record every change writes.

``state.services`` is built by the storage wiring (``GatewayServices``); the admin API only depends on
the attributes below, so tests may attach any object of this shape.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol

from starlette.requests import Request

from infershield.errors import BackendUnavailableError
from infershield.http.admin.jwt_auth import Principal
from infershield.http.request_context import request_id
from infershield.storage import (
    AuditEvent,
    AuditWriter,
    BlockedPrincipals,
    Database,
    KeyCache,
    KeyStore,
    TenantRepository,
    UsageRepository,
)

log = logging.getLogger(__name__)
CHANGE = "admin.change"


class AdminServices(Protocol):
    """The storage objects the admin API uses (a subset of ``GatewayServices``)."""

    @property
    def database(self) -> Database: ...
    @property
    def keys(self) -> KeyCache: ...
    @property
    def key_store(self) -> KeyStore: ...
    @property
    def audit(self) -> AuditWriter: ...
    @property
    def tenants(self) -> TenantRepository: ...
    @property
    def usage(self) -> UsageRepository: ...
    @property
    def blocked(self) -> BlockedPrincipals: ...


def services(request: Request) -> AdminServices:
    """The app's storage services; 503 when the gateway runs without a database."""
    found: AdminServices | None = getattr(request.app.state.gateway, "services", None)
    if found is None:
        raise BackendUnavailableError("the admin API needs storage (a database) to be configured")
    return found


async def record_change(request: Request, principal: Principal, action: str, *, tenant: str | None = None,
                        detail: Mapping[str, Any] | None = None, subject: str | None = None) -> None:
    """Audit one admin change: who (JWT subject), what (``action`` + ``detail``, never secrets), where.

    ``subject`` (a session id or IP address the change is about) goes in the erasable ``session_id``
    field, never in ``detail``, which the hash chain covers for good.
    """
    event = AuditEvent(CHANGE, tenant=tenant, principal=principal.subject, action=action, session_id=subject,
                       route=f"{request.method} {_template(request)}", request_id=request_id(request),
                       detail=dict(detail or {}))
    found: AdminServices | None = getattr(request.app.state.gateway, "services", None)
    if found is None:
        # only policy reload works without storage; without a database there is no trail to write to
        log.warning("admin change %s by %s not audited: no storage is configured", action, principal.subject)
        return
    if not await found.audit.submit(event):
        # the change is done and cannot be undone here; make the lost record loud
        log.error("admin change %s by %s was not audited: the audit queue refused it", action, principal.subject)


def _template(request: Request) -> str:
    # the route template, not the path: path parameters (subject ids, IPs) must not enter hashed fields
    route = request.scope.get("route")
    template = getattr(route, "path", None)
    return template if isinstance(template, str) else "?"

