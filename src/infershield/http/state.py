"""What the gateway builds once at startup and every request reads: settings, engine, guard, router."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from starlette.requests import Request

from infershield.config.gateway import GatewaySettings
from infershield.http.auth import KeyChecker
from infershield.http.guard import Guard
from infershield.providers.router import Router

if TYPE_CHECKING:  # services import this module
    from infershield.http.services import GatewayServices


@dataclass
class GatewayState:
    """One per app; created by ``create_app`` and stored on ``app.state.gateway``."""

    settings: GatewaySettings
    guard: Guard
    router: Router
    keys: KeyChecker
    services: GatewayServices
    started: bool = False
    draining: bool = False
    counters: dict[str, int] = field(default_factory=dict)


def gateway(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state
