"""`GatewayServices`: the storage, limits and accounting objects one gateway shares across requests.

Built by ``create_app`` (nothing connects then), started by the app lifespan (migrations, background
writers), closed at shutdown (queued audit events and usage are written first: nothing is lost).
Reachable as ``state.services`` from every route, the admin API included.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from infershield.config.gateway import GatewaySettings
from infershield.errors import InfershieldError
from infershield.http.auditing import Auditor
from infershield.http.dependency_probe import DatabaseProbe
from infershield.http.limiting import RequestLimiter, build_backend, tiers_from
from infershield.http.metering import UsageMeter
from infershield.http.offenders import OffenderTracker
from infershield.http.tenant_policies import TenantDirectory
from infershield.limits.base import RateLimitBackend
from infershield.observability.metrics import Metrics
from infershield.sessions.base import SessionStore
from infershield.sessions.fallback import FallbackSessionStore
from infershield.sessions.memory import MemorySessionStore
from infershield.sessions.redis import RedisSessionStore
from infershield.storage import (
    AuditWriter,
    BlockedPrincipals,
    Database,
    KeyCache,
    KeyHasher,
    KeyStore,
    LastUsedRecorder,
    TenantRepository,
    UsageRepository,
    run_migrations,
)

log = logging.getLogger(__name__)


@dataclass
class GatewayServices:
    """Storage repositories (``database``, ``key_store``, ``keys``, ``audit``, ``tenants``, ``usage``,
    ``blocked``), the rate ``limiter`` backend, the request-path helpers built on them, and the
    ``database_probe`` that ``/ready`` asks."""

    settings: GatewaySettings
    database: Database
    key_store: KeyStore
    keys: KeyCache
    last_used: LastUsedRecorder
    audit: AuditWriter
    tenants: TenantRepository
    usage: UsageRepository
    blocked: BlockedPrincipals
    limiter: RateLimitBackend
    limits: RequestLimiter
    meter: UsageMeter
    offenders: OffenderTracker
    directory: TenantDirectory
    auditor: Auditor
    started: bool = False
    database_probe: DatabaseProbe = field(init=False)

    def __post_init__(self) -> None:
        self.database_probe = DatabaseProbe(self.database)

    def should_migrate(self) -> bool:
        mode = self.settings.migrate
        if mode != "auto":
            return mode == "always"
        url = self.database.url
        return url.startswith("sqlite") and ":memory:" not in url and not url.rstrip("/").endswith(":")

    async def start(self) -> None:
        """Migrate when configured to, then start the background writers."""
        if self.should_migrate():
            try:
                await run_migrations(self.database)
            except InfershieldError:
                # Two processes migrating a fresh SQLite file at once: the loser sees the winner's tables.
                await run_migrations(self.database)
        self.audit.start()
        self.last_used.start()
        self.meter.start()
        await self.offenders.start()
        self.started = True

    async def aclose(self) -> None:
        """Write what is queued (audit, usage, last-used stamps), then close connections."""
        for step in (self.offenders.close, self.meter.close, self.audit.close, self.last_used.close):
            try:
                await step()
            except InfershieldError as exc:
                log.warning("shutdown step failed: %s", exc)
        await self.limiter.aclose()
        await self.database.aclose()
        self.started = False


def build_session_store(settings: GatewaySettings) -> SessionStore:
    """``session_store: memory`` (one process) or ``redis`` (shared by every instance; nothing connects yet).

    Redis sits behind a memory fallback: while it is down requests are still served (with per-instance
    history) and ``/ready`` reports the session store ``degraded_memory``."""
    if settings.session_store == "redis":
        return FallbackSessionStore(RedisSessionStore.from_url(settings.redis_url), MemorySessionStore())
    return MemorySessionStore()


def build_services(settings: GatewaySettings, metrics: Metrics | None = None) -> GatewayServices:
    """Everything from ``settings``; no connection is opened here."""
    database = Database(settings.database_url)
    key_store = KeyStore(database, KeyHasher(settings.key_pepper))
    last_used = LastUsedRecorder(key_store)
    keys = KeyCache(key_store, ttl=settings.auth.cache_seconds, recorder=last_used)
    audit = AuditWriter(database)
    tenants = TenantRepository(database)
    usage = UsageRepository(database)
    blocked = BlockedPrincipals(database)
    backend = build_backend(settings.limits.rate, settings.redis_url)
    tiers = tiers_from(settings.limits.rate)
    limits = RequestLimiter(backend, tiers, settings.limits.rate.default_tier, metrics)
    directory = TenantDirectory(tenants, ttl=settings.auth.cache_seconds)
    meter = UsageMeter(usage, settings.usage, settings.pricing)
    auditor = Auditor(audit, settings.audit, metrics)
    offenders = OffenderTracker(blocked, settings.offenders, auditor)
    return GatewayServices(settings, database, key_store, keys, last_used, audit, tenants, usage, blocked, backend,
                           limits, meter, offenders, directory, auditor)
