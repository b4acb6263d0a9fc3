"""``/admin/v1/tenants``: list, create, read, update (tier, policy overrides, quotas)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field
from starlette.requests import Request

from infershield.config.policy import policy_from_mapping
from infershield.errors import ConfigError
from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.admin.services import record_change, services
from infershield.http.state import gateway
from infershield.http.tenant_policies import base_policy_mapping, merged
from infershield.storage import TenantRecord

router = APIRouter(prefix="/admin/v1/tenants", tags=["admin: tenants"], route_class=AdminRoute)
Reader = Annotated[Principal, Depends(require(Permission.TENANTS_READ))]
Writer = Annotated[Principal, Depends(require(Permission.TENANTS_WRITE))]
Tier = Literal["free", "pro", "enterprise"]


class Quotas(BaseModel):
    """Monthly ceilings for a tenant; a missing value means the tier's default."""

    model_config = ConfigDict(extra="forbid")
    monthly_requests: int | None = Field(default=None, ge=0)
    monthly_tokens: int | None = Field(default=None, ge=0)
    monthly_cost_usd: float | None = Field(default=None, ge=0)


class TenantIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200, pattern=r"\S")
    tier: Tier = "free"
    policy_overrides: dict[str, Any] = Field(default_factory=dict, description="a partial policy document")
    quotas: Quotas = Field(default_factory=Quotas)


class TenantPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tier: Tier | None = None
    policy_overrides: dict[str, Any] | None = Field(default=None, description="replaces the whole mapping")
    quotas: Quotas | None = None


class TenantOut(BaseModel):
    id: str
    name: str
    tier: str
    created_at: datetime
    policy_overrides: dict[str, Any]
    quotas: dict[str, Any]

    @classmethod
    def of(cls, record: TenantRecord) -> TenantOut:
        return cls(id=record.id, name=record.name, tier=record.tier, created_at=record.created_at,
                   policy_overrides=dict(record.policy_overrides), quotas=dict(record.quotas))


def check_overrides(overrides: dict[str, Any] | None, base: dict[str, Any]) -> None:
    """Validate with the policy loader; a problem becomes a 422 naming ``body.policy_overrides.<field>``."""
    if overrides is None:
        return
    try:
        policy_from_mapping(overrides)
        # the request path merges overrides over the gateway policy: that result must be valid too
        policy_from_mapping(merged(base, overrides))
    except ConfigError as exc:
        raise RequestValidationError([
            {"loc": ("body", "policy_overrides", *(p.path.split(".") if p.path else ())), "msg": p.message,
             "type": "value_error"} for p in exc.problems]) from exc


def _base_policy(request: Request) -> dict[str, Any]:
    try:
        return base_policy_mapping(gateway(request).settings)
    except Exception:  # an unreadable policy file is the reloader's concern: check the overrides alone
        return {}


def _quotas(quotas: Quotas | None) -> dict[str, Any] | None:
    return None if quotas is None else quotas.model_dump(exclude_none=True)


@router.get("", response_model=list[TenantOut], summary="List tenants")
async def list_tenants(request: Request, _: Reader) -> list[TenantOut]:
    return [TenantOut.of(t) for t in await services(request).tenants.list_all()]


@router.post("", response_model=TenantOut, status_code=201, summary="Create a tenant")
async def create_tenant(request: Request, body: TenantIn, principal: Writer) -> TenantOut:
    check_overrides(body.policy_overrides, _base_policy(request))
    record = await services(request).tenants.create(body.name, body.tier, policy_overrides=body.policy_overrides,
                                                    quotas=_quotas(body.quotas))
    await record_change(request, principal, "tenant.create", tenant=record.id,
                        detail={"tenant_id": record.id, "name": record.name, "tier": record.tier,
                                "policy_override_keys": sorted(record.policy_overrides),
                                "quotas": dict(record.quotas)})
    return TenantOut.of(record)


@router.get("/{tenant}", response_model=TenantOut, summary="Read a tenant (by id or name)")
async def get_tenant(request: Request, tenant: str, _: Reader) -> TenantOut:
    return TenantOut.of(await services(request).tenants.get(tenant))


@router.patch("/{tenant}", response_model=TenantOut, summary="Change a tenant's tier, policy overrides or quotas")
async def update_tenant(request: Request, tenant: str, body: TenantPatch, principal: Writer) -> TenantOut:
    check_overrides(body.policy_overrides, _base_policy(request))
    repo = services(request).tenants
    before = await repo.get(tenant)
    after = await repo.update(before.id, tier=body.tier, policy_overrides=body.policy_overrides,
                              quotas=_quotas(body.quotas))
    changed = {name: {"from": old, "to": new} for name, old, new in (
        ("tier", before.tier, after.tier), ("policy_overrides", dict(before.policy_overrides),
                                            dict(after.policy_overrides)),
        ("quotas", dict(before.quotas), dict(after.quotas))) if old != new}
    await record_change(request, principal, "tenant.update", tenant=after.id,
                        detail={"tenant_id": after.id, "changed": changed})
    return TenantOut.of(after)
