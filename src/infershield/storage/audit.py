"""Audit events and their hash chain.

Each tenant has its own chain (events without a tenant form the system chain ``""``)::

    hash = SHA-256(prev_hash + canonical_json(fields))

where ``fields`` are every stored field except ``seq``, ``prev_hash`` and the three *subject*
fields (``principal``, ``session_id``, ``excerpt``). Those are covered through
``subject_digest = SHA-256(canonical_json({salt, principal, session_id, excerpt}))`` with a random
per-row salt. Erasure deletes the subject fields *and the salt* but keeps the digest: the chain
still verifies, and without the salt the digest cannot be used to test guesses of who it was.

Appends are serialised across processes by locking the system chain's head row (a row lock on
PostgreSQL, the write lock on SQLite); ``seq`` is assigned under that lock so it is the chain order.
``audit_heads`` keeps each chain's last hash (a cut tail is detected) and its retention anchor.
A chain detects edits, deletions and reordering by anyone who cannot also rewrite every later row
and the heads; export the heads' hashes elsewhere (``infershield audit verify`` prints them) for
protection against an attacker with full database write access.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from infershield.errors import MalformedInputError, StorageError
from infershield.storage.columns import utcnow
from infershield.storage.models import AuditHead, AuditRow

GENESIS = "0" * 64
SYSTEM_CHAIN = ""
_LIMITS = {"event_type": 64, "request_id": 128, "correlation_id": 128, "tenant": 200, "principal": 200,
           "session_id": 200, "route": 200, "action": 32}
HASHED_FIELDS = ("ts", "event_type", "request_id", "correlation_id", "tenant", "route", "action", "risk",
                 "kinds", "rule_ids", "latency_ms", "detail", "subject_digest")


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One thing worth recording: a security decision, an admin change, a config reload.

    ``excerpt`` is opt-in and must already be redacted; ``detail`` must be JSON-serialisable.
    """

    event_type: str
    ts: datetime = field(default_factory=utcnow)
    request_id: str | None = None
    correlation_id: str | None = None
    tenant: str | None = None
    principal: str | None = None
    session_id: str | None = None
    route: str | None = None
    action: str | None = None
    risk: int | None = None
    kinds: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
    latency_ms: float | None = None
    excerpt: str | None = None
    detail: Mapping[str, Any] = field(default_factory=dict)


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, no NaN: the same bytes for the same data on every machine."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def subject_digest(salt: str | None, principal: str | None, session_id: str | None, excerpt: str | None) -> str:
    payload = {"salt": salt, "principal": principal, "session_id": session_id, "excerpt": excerpt}
    return hashlib.sha256(canonical_json(payload).encode()).hexdigest()


def hashed_fields(row: AuditRow) -> dict[str, Any]:
    """The fields the row hash covers, in JSON-ready form (timestamps as ISO with microseconds)."""
    values = {name: getattr(row, name) for name in HASHED_FIELDS}
    values["ts"] = row.ts.isoformat(timespec="microseconds")
    return values


def row_hash(prev_hash: str, row: AuditRow) -> str:
    return hashlib.sha256((prev_hash + canonical_json(hashed_fields(row))).encode()).hexdigest()


def chain_of(tenant: str | None) -> str:
    return tenant or SYSTEM_CHAIN


def _clip(name: str, value: str | None) -> str | None:
    return None if value is None else value[:_LIMITS[name]]


def build_row(event: AuditEvent) -> AuditRow:
    """A row with normalised values (types and lengths as the database returns them), not yet chained.

    Raises ``MalformedInputError`` when ``detail`` is not JSON or ``ts`` is naive.
    """
    if event.ts.tzinfo is None:
        raise MalformedInputError("audit event timestamps must be timezone-aware")
    try:
        # a JSON round trip makes tuples lists and keys strings, as they will read back
        detail = json.loads(canonical_json(dict(event.detail)))
    except (TypeError, ValueError) as exc:
        raise MalformedInputError(f"audit detail is not JSON-serialisable: {exc}") from exc
    salt = secrets.token_hex(16)
    principal, session_id = _clip("principal", event.principal), _clip("session_id", event.session_id)
    return AuditRow(
        ts=event.ts.astimezone(UTC), event_type=_clip("event_type", event.event_type),
        request_id=_clip("request_id", event.request_id), correlation_id=_clip("correlation_id", event.correlation_id),
        tenant=_clip("tenant", event.tenant), principal=principal, session_id=session_id,
        route=_clip("route", event.route), action=_clip("action", event.action),
        risk=None if event.risk is None else int(event.risk), kinds=[str(k) for k in event.kinds],
        rule_ids=[str(r) for r in event.rule_ids],
        latency_ms=None if event.latency_ms is None else float(event.latency_ms), excerpt=event.excerpt,
        detail=detail, subject_salt=salt,
        subject_digest=subject_digest(salt, principal, session_id, event.excerpt), erased_at=None)


async def lock_chains(session: AsyncSession) -> None:
    """Take the append lock (held until the transaction ends)."""
    result = await session.execute(
        update(AuditHead).where(AuditHead.chain == SYSTEM_CHAIN).values(last_seq=AuditHead.last_seq))
    if cast(CursorResult[Any], result).rowcount != 1:
        raise StorageError("the audit tables are not initialised; run `infershield db upgrade`")


async def append_rows(session: AsyncSession, rows: Sequence[AuditRow]) -> list[int]:
    """Chain and insert ``rows`` in order inside the caller's transaction; returns their seqs."""
    if not rows:
        return []
    await lock_chains(session)
    next_seq = int((await session.scalar(select(func.max(AuditHead.last_seq)))) or 0) + 1
    chains = {chain_of(row.tenant) for row in rows}
    heads = {h.chain: h for h in await session.scalars(select(AuditHead).where(AuditHead.chain.in_(chains)))}
    for row in rows:
        chain = chain_of(row.tenant)
        head = heads.get(chain)
        if head is None:
            head = heads[chain] = AuditHead(chain=chain, last_seq=0, last_hash=GENESIS, anchor_seq=0,
                                            anchor_hash=GENESIS, purged_rows=0)
            session.add(head)
        row.seq, next_seq = next_seq, next_seq + 1
        row.prev_hash = head.last_hash
        row.hash = row_hash(row.prev_hash, row)
        head.last_seq, head.last_hash = row.seq, row.hash
    # Core executemany: one round trip per batch, no ORM identity bookkeeping for write-only rows
    await session.execute(insert(AuditRow), [_values(row) for row in rows])
    await session.flush()
    return [row.seq for row in rows]


def _values(row: AuditRow) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in AuditRow.__table__.columns}
