"""`BlockedPrincipals`: keys, sessions and IP addresses refused until a time, with a strike count.

Blocking the same principal again raises ``strikes`` and replaces ``until`` and ``reason`` in one
upsert, so the limits layer can escalate (longer blocks for repeat offenders) without a read first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select

from infershield.errors import MalformedInputError
from infershield.storage.columns import utcnow
from infershield.storage.database import Database
from infershield.storage.models import BLOCK_KINDS, BlockedPrincipal
from infershield.storage.upsert import insert_for


@dataclass(frozen=True, slots=True)
class BlockRecord:
    """One block: ``until`` None means until explicitly unblocked."""

    kind: str
    value: str
    until: datetime | None
    reason: str
    strikes: int
    created_at: datetime

    def active_at(self, now: datetime) -> bool:
        return self.until is None or now < self.until


def _record(row: BlockedPrincipal) -> BlockRecord:
    return BlockRecord(row.kind, row.value, row.until, row.reason, row.strikes, row.created_at)


def _check_kind(kind: str) -> str:
    if kind not in BLOCK_KINDS:
        raise MalformedInputError(f"block kind must be one of {', '.join(BLOCK_KINDS)}")
    return kind


class BlockedPrincipals:
    """Repository of blocks keyed by (kind, value)."""

    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._clock = clock

    async def block(self, kind: str, value: str, *, until: datetime | None, reason: str) -> BlockRecord:
        """Block (or block again: one more strike, new ``until`` and reason)."""
        stmt = insert_for(self._db, BlockedPrincipal).values(
            kind=_check_kind(kind), value=value, until=until, reason=reason[:500], strikes=1,
            created_at=self._clock())
        stmt = stmt.on_conflict_do_update(
            index_elements=["kind", "value"],
            set_={"until": stmt.excluded.until, "reason": stmt.excluded.reason,
                  "strikes": BlockedPrincipal.strikes + 1})
        async with self._db.session() as session:
            await session.execute(stmt)
            row = (await session.scalars(select(BlockedPrincipal).where(
                BlockedPrincipal.kind == kind, BlockedPrincipal.value == value))).one()
        return _record(row)

    async def get_active(self, kind: str, value: str) -> BlockRecord | None:
        """The block in force for this principal now, if any."""
        async with self._db.session() as session:
            row = (await session.scalars(select(BlockedPrincipal).where(
                BlockedPrincipal.kind == _check_kind(kind), BlockedPrincipal.value == value))).first()
        record = None if row is None else _record(row)
        return record if record is not None and record.active_at(self._clock()) else None

    async def list_active(self, kind: str | None = None) -> list[BlockRecord]:
        now = self._clock()
        query = select(BlockedPrincipal).where(
            BlockedPrincipal.until.is_(None) | (BlockedPrincipal.until > now)).order_by(BlockedPrincipal.id)
        if kind is not None:
            query = query.where(BlockedPrincipal.kind == _check_kind(kind))
        async with self._db.session() as session:
            rows = (await session.scalars(query)).all()
        return [_record(row) for row in rows]

    async def unblock(self, kind: str, value: str) -> bool:
        """Remove the block (and its strikes); False if there was none."""
        async with self._db.session() as session:
            result = await session.execute(delete(BlockedPrincipal).where(
                BlockedPrincipal.kind == _check_kind(kind), BlockedPrincipal.value == value))
        return cast(CursorResult[Any], result).rowcount > 0

    async def purge_expired(self) -> int:
        """Delete blocks whose time is over; returns how many."""
        async with self._db.session() as session:
            result = await session.execute(delete(BlockedPrincipal).where(
                BlockedPrincipal.until.is_not(None), BlockedPrincipal.until <= self._clock()))
        return cast(CursorResult[Any], result).rowcount
