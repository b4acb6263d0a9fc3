"""Settings for identity and accounting: storage, sessions, rate limits, pricing, audit, repeat offenders.

Example (every field optional; these are the defaults unless noted)::

    database_url: sqlite+aiosqlite:///./infershield.db   # or postgresql+asyncpg://user@host/db
    migrate: auto            # auto: migrate SQLite files at startup; always | never
    session_store: memory    # or redis (shared by every gateway instance)
    redis_url: redis://127.0.0.1:6379/0
    key_pepper: ${INFERSHIELD_KEY_PEPPER}   # the same secret `infershield keys create` used
    limits:
      rate:
        backend: memory      # or redis
        on_failure: memory   # while Redis is down: memory | open | closed
        default_tier: null   # tier for callers without a database key (null: not limited)
        tiers: {free: {requests_per_minute: 30}}
    pricing: {"gpt-4o*": {input_per_million: 2.5, output_per_million: 10}}
    audit: {excerpts: false, all: false}
    offenders: {blocks: 5, window_seconds: 600, base_seconds: 60, max_seconds: 86400}
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Must equal ``infershield.cli.keys_cmd.DEV_PEPPER``: keys made by the CLI without a pepper verify here.
DEV_PEPPER = "infershield-development-pepper-do-not-use-in-production"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./infershield.db"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TierOverrideModel(_Strict):
    """Fields replace those of the built-in tier of the same name; a new name needs every per-minute field."""

    requests_per_minute: float | None = Field(default=None, gt=0)
    tokens_per_minute: float | None = Field(default=None, gt=0)
    tenant_requests_per_minute: float | None = Field(default=None, gt=0)
    tenant_tokens_per_minute: float | None = Field(default=None, gt=0)
    monthly_requests: int | None = Field(default=None, ge=0)
    monthly_tokens: int | None = Field(default=None, ge=0)
    monthly_cost_usd: float | None = Field(default=None, ge=0)


class RateModel(_Strict):
    """Token buckets per key and per tenant (requests and tokens per minute, by tier)."""

    backend: Literal["redis", "memory"] = "memory"
    on_failure: Literal["memory", "open", "closed"] = "memory"
    default_tier: str | None = None
    tiers: dict[str, TierOverrideModel] = Field(default_factory=dict)
    redis_prefix: str = "infershield:rl:"
    redis_timeout: float = Field(default=0.05, gt=0, le=5)


class PriceModel(_Strict):
    input_per_million: float = Field(ge=0)
    output_per_million: float = Field(ge=0)


class AuditModel(_Strict):
    """Security decisions go to the tamper-evident audit trail. ``excerpts`` stores redacted text only."""

    excerpts: bool = False
    all: bool = False  # also allowed requests
    excerpt_chars: int = Field(default=200, ge=16, le=4000)


class OffendersModel(_Strict):
    """``blocks`` security blocks within ``window_seconds`` by one key, session or client IP ->
    a temporary block of ``base_seconds`` doubling per strike up to ``max_seconds``."""

    enabled: bool = True
    blocks: int = Field(default=5, ge=1)
    window_seconds: float = Field(default=600.0, gt=0)
    base_seconds: float = Field(default=60.0, gt=0)
    max_seconds: float = Field(default=86400.0, gt=0)
    refresh_seconds: float = Field(default=5.0, gt=0)


class UsageModel(_Strict):
    """Monthly usage: written in batches every ``flush_seconds``; totals cached ``cache_seconds``.

    A flush is a few milliseconds of event-loop CPU (an ORM upsert per tenant and key), so it runs every 5 s
    by default; this instance's own quota checks include what it has not flushed yet.
    """

    flush_seconds: float = Field(default=5.0, gt=0)
    cache_seconds: float = Field(default=5.0, ge=0)
