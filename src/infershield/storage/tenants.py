"""`TenantRepository`: create, read, list and update tenants (tier, policy overrides, quotas)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from infershield.errors import MalformedInputError, NotFoundError
from infershield.storage.columns import utcnow
from infershield.storage.database import Database
from infershield.storage.models import TIERS, Tenant


@dataclass(frozen=True, slots=True)
class TenantRecord:
    """A tenant as read from the database."""

    id: str
    name: str
    tier: str
    created_at: datetime
    policy_overrides: Mapping[str, Any] = field(default_factory=dict)
    quotas: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, row: Tenant) -> TenantRecord:
        return cls(row.id, row.name, row.tier, row.created_at, dict(row.policy_overrides), dict(row.quotas))


def check_tier(tier: str) -> str:
    if tier not in TIERS:
        raise MalformedInputError(f"unknown tier {tier!r}; choose one of {', '.join(TIERS)}")
    return tier


class TenantRepository:
    """Tenants by id or name. Names are unique; ``ConflictError`` when one is taken."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def create(self, name: str, tier: str = "free", *, policy_overrides: Mapping[str, Any] | None = None,
                     quotas: Mapping[str, Any] | None = None) -> TenantRecord:
        name = name.strip()
        if not name:
            raise MalformedInputError("a tenant needs a non-empty name")
        row = Tenant(id=uuid.uuid4().hex, name=name, tier=check_tier(tier),
                     policy_overrides=dict(policy_overrides or {}), quotas=dict(quotas or {}), created_at=utcnow())
        async with self._db.session() as session:
            session.add(row)
        return TenantRecord.of(row)

    async def get(self, id_or_name: str) -> TenantRecord:
        """The tenant with this id or name; ``NotFoundError`` otherwise."""
        async with self._db.session() as session:
            row = (await session.scalars(
                select(Tenant).where(or_(Tenant.id == id_or_name, Tenant.name == id_or_name)))).first()
        if row is None:
            raise NotFoundError(f"no tenant {id_or_name!r}")
        return TenantRecord.of(row)

    async def list_all(self) -> list[TenantRecord]:
        async with self._db.session() as session:
            rows = (await session.scalars(select(Tenant).order_by(Tenant.name))).all()
        return [TenantRecord.of(row) for row in rows]

    async def update(self, id_or_name: str, *, tier: str | None = None,
                     policy_overrides: Mapping[str, Any] | None = None,
                     quotas: Mapping[str, Any] | None = None) -> TenantRecord:
        """Replace the given fields (whole mappings, not merged); others stay as they are."""
        async with self._db.session() as session:
            row = (await session.scalars(
                select(Tenant).where(or_(Tenant.id == id_or_name, Tenant.name == id_or_name)))).first()
            if row is None:
                raise NotFoundError(f"no tenant {id_or_name!r}")
            if tier is not None:
                row.tier = check_tier(tier)
            if policy_overrides is not None:
                row.policy_overrides = dict(policy_overrides)
            if quotas is not None:
                row.quotas = dict(quotas)
        return TenantRecord.of(row)
