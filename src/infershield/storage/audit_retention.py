"""Changing the audit trail without breaking its chains: retention purges and data-subject erasure.

Retention deletes the *oldest run* of a chain, up to (not including) its first row newer than the
cutoff, and records the hash of the last deleted row as the chain's anchor in ``audit_heads``.
Verification starts each chain from its anchor instead of the genesis hash, so the rows that
remain still verify link by link. (Rows are written in time order, so the run is, in practice,
exactly the rows older than the cutoff.) Each purge appends an ``audit.retention`` row to the
system chain recording how many rows went and the anchor, so purges themselves are audited.

Erasure blanks ``principal``, ``session_id``, ``excerpt`` and the per-row salt of a subject's
rows and marks them erased. The row hash covers only the salted digest of those fields, which is
kept, so the chain still verifies; without the salt the digest no longer identifies anyone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from infershield.errors import MalformedInputError
from infershield.storage.audit import SYSTEM_CHAIN, AuditEvent, append_rows, build_row, chain_of, lock_chains
from infershield.storage.columns import utcnow
from infershield.storage.database import Database
from infershield.storage.models import ApiKey, AuditHead, AuditRow, Usage


def _in_chain(chain: str) -> Any:
    return AuditRow.tenant.is_(None) | (AuditRow.tenant == "") if chain == SYSTEM_CHAIN else AuditRow.tenant == chain


async def purge_before(db: Database, cutoff: datetime, *, tenant: str | None = None) -> dict[str, int]:
    """Delete audit rows older than ``cutoff`` (one tenant's chain, or every chain). Returns rows per chain."""
    report: dict[str, int] = {}
    async with db.session() as session:
        await lock_chains(session)
        query = select(AuditHead)
        if tenant is not None:
            query = query.where(AuditHead.chain == chain_of(tenant))
        for head in list(await session.scalars(query)):
            purged = await _purge_chain(session, head, cutoff)
            if purged:
                report[head.chain] = purged
        if report:
            await append_rows(session, [build_row(AuditEvent(
                "audit.retention", action="purge",
                detail={"cutoff": cutoff.isoformat(), "purged": report}))])
    return report


async def _purge_chain(session: AsyncSession, head: AuditHead, cutoff: datetime) -> int:
    first_kept = await session.scalar(
        select(func.min(AuditRow.seq)).where(_in_chain(head.chain), AuditRow.ts >= cutoff))
    end = head.last_seq if first_kept is None else first_kept - 1
    last_gone = (await session.execute(
        select(AuditRow.seq, AuditRow.hash).where(_in_chain(head.chain), AuditRow.seq <= end)
        .order_by(AuditRow.seq.desc()).limit(1))).first()
    if last_gone is None:
        return 0
    count = int(await session.scalar(
        select(func.count()).select_from(AuditRow).where(_in_chain(head.chain), AuditRow.seq <= end)) or 0)
    await session.execute(delete(AuditRow).where(_in_chain(head.chain), AuditRow.seq <= end)
                          .execution_options(synchronize_session=False))
    head.anchor_seq, head.anchor_hash = last_gone.seq, last_gone.hash
    head.purged_rows += count
    return count


async def erase_subject(db: Database, tenant: str, *, principal: str | None = None,
                        session_id: str | None = None) -> dict[str, Any]:
    """Remove one data subject of ``tenant`` (a principal, or one session) from audit rows and usage.

    For a principal, every session seen with it is erased too. Returns what was removed,
    including the session ids so the caller can also clear them from the session store.
    """
    if principal is None and session_id is None:
        raise MalformedInputError("erasure needs a principal or a session id")
    in_tenant = AuditRow.tenant == tenant
    async with db.session() as session:
        sessions = {session_id} if session_id else set()
        if principal is not None:
            seen = await session.scalars(select(AuditRow.session_id).distinct()
                                         .where(in_tenant, AuditRow.principal == principal))
            sessions |= {s for s in seen if s}
        matches: list[ColumnElement[bool]] = [AuditRow.session_id.in_(sorted(sessions))] if sessions else []
        if principal is not None:
            matches.append(AuditRow.principal == principal)
        subject = or_(*matches)
        rows = await session.execute(
            update(AuditRow).where(and_(in_tenant, subject, AuditRow.erased_at.is_(None)))
            .values(principal=None, session_id=None, excerpt=None, subject_salt=None, erased_at=utcnow())
            .execution_options(synchronize_session=False))
        usage_deleted = 0
        if principal is not None:
            key_ids = select(ApiKey.id).where(ApiKey.tenant_id == tenant,
                                              or_(ApiKey.prefix == principal, ApiKey.id == principal))
            usage_deleted = _rowcount(await session.execute(
                delete(Usage).where(Usage.tenant == tenant, Usage.key_id.in_(key_ids))
                .execution_options(synchronize_session=False)))
        erased = _rowcount(rows)
        # the marker names no subject: it records that an erasure happened and its size
        (marker,) = await append_rows(session, [build_row(AuditEvent(
            "admin.change", tenant=tenant, action="erase",
            detail={"audit_rows": erased, "sessions": len(sessions), "usage_rows": usage_deleted}))])
    return {"tenant": tenant, "audit_rows_erased": erased, "session_ids": sorted(sessions),
            "usage_rows_deleted": usage_deleted, "marker_seq": marker}


def _rowcount(result: Any) -> int:
    return int(result.rowcount)
