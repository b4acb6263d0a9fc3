"""Table definitions (SQLAlchemy 2 typed mappings). The schema itself is created by the Alembic migrations.

Identifiers are 32-character hex strings made with ``uuid4`` so they can be shown and typed in the CLI.
Money is counted in integer micro-dollars: SQLite has no decimal type and float sums drift.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from infershield.storage.columns import UTCDateTime

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity
SEQ_TYPE = BigInteger().with_variant(Integer(), "sqlite")
TIERS = ("free", "pro", "enterprise")
ENVIRONMENTS = ("live", "test")
BLOCK_KINDS = ("key", "session", "ip")


class Base(DeclarativeBase):
    """Declarative base holding the metadata every table is registered on."""


class Tenant(Base):
    """A customer organisation: its tier, policy overrides and quotas."""

    __tablename__ = "tenants"
    __table_args__ = (CheckConstraint("tier IN ('free', 'pro', 'enterprise')", name="ck_tenants_tier"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    tier: Mapped[str] = mapped_column(String(16))
    policy_overrides: Mapped[dict[str, Any]] = mapped_column(JSON)
    quotas: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ApiKey(Base):
    """An API key: only its keyed digest is stored, plus a short prefix for display."""

    __tablename__ = "api_keys"
    __table_args__ = (CheckConstraint("environment IN ('live', 'test')", name="ck_api_keys_environment"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id", name="fk_api_keys_tenant"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(32), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    environment: Mapped[str] = mapped_column(String(8))
    scopes: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoke_reason: Mapped[str | None] = mapped_column(String(500))
    rotated_to_id: Mapped[str | None] = mapped_column(String(32))
    grace_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditRow(Base):
    """One audit event, hash-chained to the previous event of the same tenant (see ``audit_chain``)."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_tenant_seq", "tenant", "seq"),
        Index("ix_audit_events_session_id", "session_id"),
        Index("ix_audit_events_principal", "principal"),
        Index("ix_audit_events_ts", "ts"),
    )

    # assigned by the writer under the append lock, so a batch's order is exactly the chain order
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    ts: Mapped[datetime] = mapped_column(UTCDateTime())
    event_type: Mapped[str] = mapped_column(String(64), index=True)
    request_id: Mapped[str | None] = mapped_column(String(128))
    correlation_id: Mapped[str | None] = mapped_column(String(128))
    tenant: Mapped[str | None] = mapped_column(String(200))
    principal: Mapped[str | None] = mapped_column(String(200))
    session_id: Mapped[str | None] = mapped_column(String(200))
    route: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str | None] = mapped_column(String(32))
    risk: Mapped[int | None] = mapped_column(Integer)
    kinds: Mapped[list[str]] = mapped_column(JSON)
    rule_ids: Mapped[list[str]] = mapped_column(JSON)
    latency_ms: Mapped[float | None] = mapped_column(Float)
    excerpt: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    subject_salt: Mapped[str | None] = mapped_column(String(32))
    subject_digest: Mapped[str] = mapped_column(String(64))
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """Per-chain bookkeeping: the last row's hash (detects a cut tail) and the retention anchor."""

    __tablename__ = "audit_heads"

    chain: Mapped[str] = mapped_column(String(200), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))
    anchor_seq: Mapped[int] = mapped_column(BigInteger)
    anchor_hash: Mapped[str] = mapped_column(String(64))
    purged_rows: Mapped[int] = mapped_column(BigInteger)


class Usage(Base):
    """Counters for one tenant, key and month; incremented atomically with an upsert."""

    __tablename__ = "usage"
    __table_args__ = (UniqueConstraint("tenant", "key_id", "period", name="uq_usage_tenant_key_period"),)

    id: Mapped[int] = mapped_column(SEQ_TYPE, primary_key=True, autoincrement=True)
    tenant: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(7))
    requests: Mapped[int] = mapped_column(BigInteger)
    prompt_tokens: Mapped[int] = mapped_column(BigInteger)
    completion_tokens: Mapped[int] = mapped_column(BigInteger)
    cost_micro_usd: Mapped[int] = mapped_column(BigInteger)


class BlockedPrincipal(Base):
    """A key, session or IP address that is refused until ``until`` (None: until unblocked)."""

    __tablename__ = "blocked_principals"
    __table_args__ = (
        UniqueConstraint("kind", "value", name="uq_blocked_principals_kind_value"),
        CheckConstraint("kind IN ('key', 'session', 'ip')", name="ck_blocked_principals_kind"),
    )

    id: Mapped[int] = mapped_column(SEQ_TYPE, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(200))
    until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason: Mapped[str] = mapped_column(String(500))
    strikes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
