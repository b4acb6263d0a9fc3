"""``/admin/v1/blocked``: principals (keys, sessions, IPs) refused by the gateway: list, block, lift."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from starlette.requests import Request

from infershield.errors import NotFoundError
from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.admin.services import record_change, services
from infershield.storage import BlockRecord

router = APIRouter(prefix="/admin/v1/blocked", tags=["admin: blocked principals"], route_class=AdminRoute)
Reader = Annotated[Principal, Depends(require(Permission.BLOCKED_READ))]
Writer = Annotated[Principal, Depends(require(Permission.BLOCKED_WRITE))]
Kind = Literal["key", "session", "ip"]


class BlockIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Kind
    value: str = Field(min_length=1, max_length=200)
    until: AwareDatetime | None = Field(default=None, description="null: until lifted")
    reason: str = Field(min_length=1, max_length=500)


class BlockOut(BaseModel):
    kind: str
    value: str
    until: datetime | None
    reason: str
    strikes: int
    created_at: datetime

    @classmethod
    def of(cls, record: BlockRecord) -> BlockOut:
        return cls(kind=record.kind, value=record.value, until=record.until, reason=record.reason,
                   strikes=record.strikes, created_at=record.created_at)


class LiftedOut(BaseModel):
    kind: str
    value: str
    lifted: bool


def _subject(kind: str, value: str) -> str | None:
    # sessions and IP addresses identify people: keep them in the erasable audit field
    return None if kind == "key" else f"{kind}:{value}"


def _described(kind: str, value: str) -> dict[str, object]:
    return {"kind": kind, "key_id": value} if kind == "key" else {"kind": kind}


@router.get("", response_model=list[BlockOut], summary="Blocks in force")
async def list_blocked(request: Request, _: Reader, kind: Kind | None = None) -> list[BlockOut]:
    return [BlockOut.of(r) for r in await services(request).blocked.list_active(kind)]


@router.post("", response_model=BlockOut, status_code=201, summary="Block a principal (again: one more strike)")
async def block(request: Request, body: BlockIn, principal: Writer) -> BlockOut:
    record = await services(request).blocked.block(body.kind, body.value, until=body.until, reason=body.reason)
    await record_change(request, principal, "block.create", subject=_subject(record.kind, record.value),
                        detail=_described(record.kind, record.value) | {"reason": body.reason,
                                "until": None if record.until is None else record.until.isoformat(),
                                "strikes": record.strikes})
    return BlockOut.of(record)


@router.delete("/{kind}/{value:path}", response_model=LiftedOut, summary="Lift a block")
async def lift(request: Request, kind: Kind, value: str, principal: Writer,
               reason: Annotated[str, Query(min_length=1, max_length=500, description="why it is lifted")]
               ) -> LiftedOut:
    if not await services(request).blocked.unblock(kind, value):
        raise NotFoundError("no block for this principal")
    await record_change(request, principal, "block.lift", subject=_subject(kind, value),
                        detail=_described(kind, value) | {"reason": reason})
    return LiftedOut(kind=kind, value=value, lifted=True)
