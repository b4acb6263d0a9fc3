"""Per-tenant policy: a tenant's ``policy_overrides`` (same shape as the ``policy`` section) merged over the
gateway's policy, as a :class:`Guard` built once and cached.

Tenant records are read through a short cache (``auth.cache_seconds``). A tenant's guard is rebuilt when
its overrides change or when the gateway's own guard was replaced (a policy hot reload), and is built
off the event loop with :func:`infershield.http.engines.engine_for`, which reuses the already loaded learned model. Invalid
overrides are logged and the gateway policy applies.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from infershield.config.gateway import GatewaySettings
from infershield.config.policy import policy_from_mapping
from infershield.core.engine import Engine
from infershield.errors import ConfigError, InfershieldError, NotFoundError
from infershield.http.engines import engine_for
from infershield.http.guard import Guard
from infershield.storage import TenantRecord, TenantRepository

log = logging.getLogger(__name__)


def merged(base: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """``overrides`` laid over ``base``: mappings merge key by key, anything else replaces."""
    out = dict(base)
    for key, value in overrides.items():
        current = out.get(key)
        out[key] = merged(current, value) if isinstance(current, Mapping) and isinstance(value, Mapping) else value
    return out


def base_policy_mapping(settings: GatewaySettings) -> dict[str, Any]:
    if not settings.policy_file:
        return dict(settings.policy)
    loaded = yaml.safe_load(Path(settings.policy_file).read_text(encoding="utf-8"))
    return dict(loaded) if isinstance(loaded, dict) else {}


def _engine_for(settings: GatewaySettings, overrides: Mapping[str, Any]) -> Engine:
    return engine_for(settings, policy_from_mapping(merged(base_policy_mapping(settings), overrides)))


class TenantDirectory:
    """Tenant records by id, cached ``ttl`` seconds, and the per-tenant guards built from them."""

    def __init__(self, repo: TenantRepository, *, ttl: float = 5.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.repo = repo
        self.ttl = ttl
        self._monotonic = monotonic
        self._records: dict[str, tuple[TenantRecord | None, float]] = {}
        self._guards: dict[str, tuple[Guard, str, Guard]] = {}  # tenant id -> (base guard, overrides, guard)
        self._lock = asyncio.Lock()

    def invalidate(self, tenant_id: str | None = None) -> None:
        """Forget one tenant (after an admin change) or every tenant."""
        if tenant_id is None:
            self._records.clear()
            self._guards.clear()
        else:
            self._records.pop(tenant_id, None)
            self._guards.pop(tenant_id, None)

    async def get(self, tenant_id: str) -> TenantRecord | None:
        hit = self._records.get(tenant_id)
        if hit is not None and hit[1] > self._monotonic():
            return hit[0]
        try:
            record: TenantRecord | None = await self.repo.get(tenant_id)
        except NotFoundError:
            record = None
        self._records[tenant_id] = (record, self._monotonic() + self.ttl)
        return record

    async def guard_for(self, settings: GatewaySettings, base: Guard, tenant_id: str) -> Guard:
        """The tenant's guard, or ``base`` when it has no overrides (or they cannot be used)."""
        try:
            record = await self.get(tenant_id)
        except InfershieldError as exc:
            log.warning("tenant lookup failed, using the gateway policy: %s", exc)
            return base
        if record is None or not record.policy_overrides:
            return base
        key = json.dumps(record.policy_overrides, sort_keys=True, default=str)
        cached = self._guards.get(tenant_id)
        if cached is not None and cached[0] is base and cached[1] == key:
            return cached[2]
        async with self._lock:  # one build at a time: engines are costly to compile
            cached = self._guards.get(tenant_id)
            if cached is not None and cached[0] is base and cached[1] == key:
                return cached[2]
            try:
                engine = await asyncio.to_thread(_engine_for, settings, record.policy_overrides)
            except (ConfigError, OSError, yaml.YAMLError) as exc:
                log.warning("tenant %s policy_overrides rejected, using the gateway policy: %s", tenant_id, exc)
                engine = base.engine
            guard = Guard(engine, base.store, monitor=base.monitor, restore_pii=base.restore_pii, canary=False)
            guard.canary = base.canary  # one marker per gateway: leak detection works the same for every tenant
            self._guards[tenant_id] = (base, key, guard)
            return guard
