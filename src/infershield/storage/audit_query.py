"""Reading the audit trail: filtered search with seq cursors, JSONL export, and chain verification."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import IO, Any

from sqlalchemy import Select, select

from infershield.storage.audit import chain_of, row_hash, subject_digest
from infershield.storage.database import Database
from infershield.storage.models import AuditHead, AuditRow

PAGE = 500


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Filters; None means any. ``since`` is inclusive, ``until`` exclusive."""

    tenant: str | None = None
    event_type: str | None = None
    action: str | None = None
    session_id: str | None = None
    principal: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def apply(self, query: Select[AuditRow]) -> Select[AuditRow]:
        for column, value in ((AuditRow.tenant, self.tenant), (AuditRow.event_type, self.event_type),
                              (AuditRow.action, self.action), (AuditRow.session_id, self.session_id),
                              (AuditRow.principal, self.principal)):
            if value is not None:
                query = query.where(column == value)
        if self.since is not None:
            query = query.where(AuditRow.ts >= self.since)
        if self.until is not None:
            query = query.where(AuditRow.ts < self.until)
        return query


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One stored audit row as read back (``erased``: its subject fields were removed)."""

    seq: int
    ts: datetime
    event_type: str
    request_id: str | None
    correlation_id: str | None
    tenant: str | None
    principal: str | None
    session_id: str | None
    route: str | None
    action: str | None
    risk: int | None
    kinds: tuple[str, ...]
    rule_ids: tuple[str, ...]
    latency_ms: float | None
    excerpt: str | None
    detail: dict[str, Any]
    erased: bool
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, row: AuditRow) -> AuditRecord:
        return cls(row.seq, row.ts, row.event_type, row.request_id, row.correlation_id, row.tenant,
                   row.principal, row.session_id, row.route, row.action, row.risk, tuple(row.kinds),
                   tuple(row.rule_ids), row.latency_ms, row.excerpt, dict(row.detail), row.erased_at is not None,
                   row.prev_hash, row.hash)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ts"] = self.ts.isoformat()
        data["kinds"], data["rule_ids"] = list(self.kinds), list(self.rule_ids)
        return data


@dataclass(frozen=True, slots=True)
class AuditPage:
    """Up to ``limit`` records; pass ``next_cursor`` as ``after_seq`` for the next page (None: no more)."""

    records: list[AuditRecord]
    next_cursor: int | None


async def search(db: Database, query: AuditQuery = AuditQuery(), *, after_seq: int = 0,
                 limit: int = 100) -> AuditPage:
    """Matching records in seq order, starting after ``after_seq``."""
    limit = max(1, min(limit, 1000))
    async with db.session() as session:
        rows = (await session.scalars(
            query.apply(select(AuditRow)).where(AuditRow.seq > after_seq).order_by(AuditRow.seq).limit(limit))).all()
    records = [AuditRecord.of(row) for row in rows]
    return AuditPage(records, records[-1].seq if len(records) == limit else None)


async def iter_records(db: Database, query: AuditQuery = AuditQuery()) -> AsyncIterator[AuditRecord]:
    """Every matching record, page by page (constant memory)."""
    cursor: int | None = 0
    while cursor is not None:
        page = await search(db, query, after_seq=cursor, limit=PAGE)
        for record in page.records:
            yield record
        cursor = page.next_cursor


async def export_jsonl(db: Database, out: IO[str], query: AuditQuery = AuditQuery()) -> int:
    """Write matching records as JSON lines; returns how many."""
    count = 0
    async for record in iter_records(db, query):
        out.write(json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


async def verify_chain(db: Database) -> int | None:
    """The seq of the first row that breaks its chain, or None when every chain verifies.

    A row breaks the chain when its ``prev_hash`` is not the previous row's hash (or the chain's
    retention anchor), when its hash does not match its fields, or when its subject fields do not
    match their digest. A chain whose last row is missing reports the head's last seq.
    """
    async with db.session() as session:
        heads = {h.chain: h for h in await session.scalars(select(AuditHead))}
    # rows appended after the heads were read belong to a later snapshot: ignore them
    limit = {chain: head.last_seq for chain, head in heads.items()}
    running = {chain: head.anchor_hash for chain, head in heads.items()}
    cursor = 0
    while True:
        async with db.session() as session:
            rows = (await session.scalars(select(AuditRow).where(AuditRow.seq > cursor)
                                          .order_by(AuditRow.seq).limit(PAGE))).all()
        if not rows:
            break
        for row in rows:
            chain = chain_of(row.tenant)
            if chain not in heads:
                return row.seq
            if row.seq > limit[chain]:
                continue
            if row.prev_hash != running[chain] or not _row_intact(row):
                return row.seq
            running[chain] = row.hash
        cursor = rows[-1].seq
    broken = [heads[c].last_seq for c in heads if running[c] != heads[c].last_hash]
    return min(broken) if broken else None


def _row_intact(row: AuditRow) -> bool:
    if row.erased_at is not None:
        subject_ok = (row.principal, row.session_id, row.excerpt, row.subject_salt) == (None, None, None, None)
    else:
        subject_ok = row.subject_salt is not None and row.subject_digest == subject_digest(
            row.subject_salt, row.principal, row.session_id, row.excerpt)
    return subject_ok and row.hash == row_hash(row.prev_hash, row)
