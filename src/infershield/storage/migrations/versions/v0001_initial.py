"""Initial schema: tenants, api_keys, audit_events + audit_heads, usage, blocked_principals.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

SEQ = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
GENESIS = "0" * 64


def _ts(name: str, nullable: bool = True) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "tenants",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("tier", sa.String(16), nullable=False),
        sa.Column("policy_overrides", sa.JSON(), nullable=False),
        sa.Column("quotas", sa.JSON(), nullable=False),
        _ts("created_at", nullable=False),
        sa.CheckConstraint("tier IN ('free', 'pro', 'enterprise')", name="ck_tenants_tier"),
    )
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("tenant_id", sa.String(32), sa.ForeignKey("tenants.id", name="fk_api_keys_tenant"),
                  nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False, unique=True),
        sa.Column("environment", sa.String(8), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        _ts("created_at", nullable=False),
        _ts("expires_at"),
        _ts("revoked_at"),
        sa.Column("revoke_reason", sa.String(500)),
        sa.Column("rotated_to_id", sa.String(32)),
        _ts("grace_until"),
        _ts("last_used_at"),
        sa.CheckConstraint("environment IN ('live', 'test')", name="ck_api_keys_environment"),
    )
    op.create_index("ix_api_keys_tenant_id", "api_keys", ["tenant_id"])
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"])
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
        _ts("ts", nullable=False),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("request_id", sa.String(128)),
        sa.Column("correlation_id", sa.String(128)),
        sa.Column("tenant", sa.String(200)),
        sa.Column("principal", sa.String(200)),
        sa.Column("session_id", sa.String(200)),
        sa.Column("route", sa.String(200)),
        sa.Column("action", sa.String(32)),
        sa.Column("risk", sa.Integer()),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("rule_ids", sa.JSON(), nullable=False),
        sa.Column("latency_ms", sa.Float()),
        sa.Column("excerpt", sa.Text()),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("subject_salt", sa.String(32)),
        sa.Column("subject_digest", sa.String(64), nullable=False),
        _ts("erased_at"),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_events_tenant_seq", "audit_events", ["tenant", "seq"])
    op.create_index("ix_audit_events_session_id", "audit_events", ["session_id"])
    op.create_index("ix_audit_events_principal", "audit_events", ["principal"])
    op.create_index("ix_audit_events_ts", "audit_events", ["ts"])
    op.create_index("ix_audit_events_event_type", "audit_events", ["event_type"])
    heads = op.create_table(
        "audit_heads",
        sa.Column("chain", sa.String(200), primary_key=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.Column("anchor_seq", sa.BigInteger(), nullable=False),
        sa.Column("anchor_hash", sa.String(64), nullable=False),
        sa.Column("purged_rows", sa.BigInteger(), nullable=False),
    )
    # the system chain's head always exists: audit writers lock it to serialise appends
    op.bulk_insert(heads, [{"chain": "", "last_seq": 0, "last_hash": GENESIS, "anchor_seq": 0,
                            "anchor_hash": GENESIS, "purged_rows": 0}])
    op.create_table(
        "usage",
        sa.Column("id", SEQ, primary_key=True, autoincrement=True),
        sa.Column("tenant", sa.String(200), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("requests", sa.BigInteger(), nullable=False),
        sa.Column("prompt_tokens", sa.BigInteger(), nullable=False),
        sa.Column("completion_tokens", sa.BigInteger(), nullable=False),
        sa.Column("cost_micro_usd", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("tenant", "key_id", "period", name="uq_usage_tenant_key_period"),
    )
    op.create_table(
        "blocked_principals",
        sa.Column("id", SEQ, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        _ts("until"),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("strikes", sa.Integer(), nullable=False),
        _ts("created_at", nullable=False),
        sa.UniqueConstraint("kind", "value", name="uq_blocked_principals_kind_value"),
        sa.CheckConstraint("kind IN ('key', 'session', 'ip')", name="ck_blocked_principals_kind"),
    )


def downgrade() -> None:
    for table in ("blocked_principals", "usage", "audit_heads", "audit_events", "api_keys", "tenants"):
        op.drop_table(table)
