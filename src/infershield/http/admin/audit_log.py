"""``/admin/v1/audit``: search with filters and seq cursors, JSONL export (streamed), chain verification."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime, BaseModel
from starlette.requests import Request
from starlette.responses import StreamingResponse

from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.admin.services import services
from infershield.storage import AuditQuery, AuditRecord, search, verify_chain
from infershield.storage.audit_query import iter_records

router = APIRouter(prefix="/admin/v1/audit", tags=["admin: audit"], route_class=AdminRoute)
Reader = Annotated[Principal, Depends(require(Permission.AUDIT_READ))]
Exporter = Annotated[Principal, Depends(require(Permission.AUDIT_EXPORT))]


class AuditFilters(BaseModel):
    """Query filters; each one left out matches anything. ``since`` inclusive, ``until`` exclusive."""

    tenant: str | None = None
    event_type: str | None = None
    action: str | None = None
    session: str | None = None
    principal: str | None = None
    since: AwareDatetime | None = None
    until: AwareDatetime | None = None

    def query(self) -> AuditQuery:
        return AuditQuery(tenant=self.tenant, event_type=self.event_type, action=self.action,
                          session_id=self.session, principal=self.principal, since=self.since, until=self.until)


Filters = Annotated[AuditFilters, Query()]


class AuditRecordOut(BaseModel):
    """One audit row (``excerpt`` is stored already redacted; ``erased``: its subject was removed)."""

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
    kinds: list[str]
    rule_ids: list[str]
    latency_ms: float | None
    excerpt: str | None
    detail: dict[str, Any]
    erased: bool
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, record: AuditRecord) -> AuditRecordOut:
        return cls.model_validate(record.to_json())


class AuditPageOut(BaseModel):
    """Pass ``next_cursor`` as ``cursor`` for the next page; null means this was the last one."""

    records: list[AuditRecordOut]
    next_cursor: int | None


class ChainStatus(BaseModel):
    ok: bool
    first_broken_seq: int | None


@router.get("", response_model=AuditPageOut, summary="Search the audit trail")
async def search_audit(request: Request, filters: Filters, _: Reader,
                       cursor: Annotated[int, Query(ge=0, description="the previous page's next_cursor")] = 0,
                       limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> AuditPageOut:
    page = await search(services(request).database, filters.query(), after_seq=cursor, limit=limit)
    return AuditPageOut(records=[AuditRecordOut.of(r) for r in page.records], next_cursor=page.next_cursor)


@router.get("/export", summary="Export matching audit records as JSON lines (streamed)",
            response_class=StreamingResponse,
            responses={200: {"content": {"application/x-ndjson": {}}, "description": "one record per line"}})
async def export_audit(request: Request, filters: Filters, _: Exporter) -> StreamingResponse:
    db = services(request).database
    query = filters.query()

    async def lines() -> AsyncIterator[bytes]:
        async for record in iter_records(db, query):
            yield (json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True) + "\n").encode()

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="audit.jsonl"'})


@router.get("/verify", response_model=ChainStatus, summary="Verify every audit hash chain")
async def verify_audit(request: Request, _: Reader) -> ChainStatus:
    broken = await verify_chain(services(request).database)
    return ChainStatus(ok=broken is None, first_broken_seq=broken)
