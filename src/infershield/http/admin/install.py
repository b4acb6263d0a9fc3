"""``install_admin(app)``: the admin API's credential check and its routes, added to a gateway app."""

from __future__ import annotations

from fastapi import FastAPI

from infershield.http.admin import audit_log, blocked, keys, policies, session_view, subjects, tenants, usage
from infershield.http.admin.access import AdminAuth
from infershield.http.state import GatewayState

ROUTERS = (tenants.router, keys.router, policies.router, audit_log.router, session_view.router, usage.router,
           blocked.router, subjects.router)


def install_admin(app: FastAPI) -> None:
    """Add ``/admin/v1/...``; ``app.state.gateway`` must be set. ``ConfigError`` if a secret file is unusable."""
    state: GatewayState = app.state.gateway
    app.state.admin_auth = AdminAuth.from_settings(state.settings)
    for router in ROUTERS:
        app.include_router(router)
