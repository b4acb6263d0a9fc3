"""``GET /admin/v1/usage?tenant=&period=``: a tenant's monthly counters, per key, next to its quotas.

A ``client`` token reads only the tenant named in its tenant claim (by id or name); asking for
another tenant is a 403, and the tenant parameter may be left out.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from starlette.requests import Request

from infershield.errors import MalformedInputError, NotFoundError, PermissionDeniedError
from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.admin.services import services
from infershield.storage import TenantRecord, UsageRecord

router = APIRouter(prefix="/admin/v1/usage", tags=["admin: usage"], route_class=AdminRoute)
Reader = Annotated[Principal, Depends(require(Permission.USAGE_READ, Permission.USAGE_READ_OWN))]


class Counters(BaseModel):
    key_id: str | None
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal

    @classmethod
    def of(cls, record: UsageRecord) -> Counters:
        return cls(key_id=record.key_id, requests=record.requests, prompt_tokens=record.prompt_tokens,
                   completion_tokens=record.completion_tokens, cost_usd=record.cost_usd)


class UsageOut(BaseModel):
    tenant_id: str
    tenant: str
    tier: str
    period: str
    totals: Counters
    by_key: list[Counters]
    quotas: dict[str, Any]


def _may_read(principal: Principal, tenant: TenantRecord) -> bool:
    if Permission.USAGE_READ in principal.permissions:
        return True
    return principal.tenant is not None and principal.tenant in (tenant.id, tenant.name)


@router.get("", response_model=UsageOut, summary="A tenant's usage in a month")
async def get_usage(request: Request, principal: Reader,
                    tenant: Annotated[str | None, Query(description="id or name; clients: their own")] = None,
                    period: Annotated[str | None, Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
                                                        description="YYYY-MM, default this month")] = None,
                    ) -> UsageOut:
    wanted = tenant or (principal.tenant if Permission.USAGE_READ not in principal.permissions else None)
    if wanted is None:
        if Permission.USAGE_READ in principal.permissions:
            raise MalformedInputError("name the tenant: ?tenant=<id or name>")
        raise PermissionDeniedError("your token names no tenant")
    found = services(request)
    try:
        record = await found.tenants.get(wanted)
    except NotFoundError:
        if Permission.USAGE_READ not in principal.permissions:
            # a client learns nothing about which other tenants exist
            raise PermissionDeniedError("your role does not allow this") from None
        raise
    if not _may_read(principal, record):
        raise PermissionDeniedError("your role does not allow this")
    month = period or datetime.now(UTC).strftime("%Y-%m")
    totals = await found.usage.get(record.id, month)
    by_key = await found.usage.by_key(record.id, month)
    return UsageOut(tenant_id=record.id, tenant=record.name, tier=record.tier, period=month,
                    totals=Counters.of(totals), by_key=[Counters.of(r) for r in by_key], quotas=dict(record.quotas))
