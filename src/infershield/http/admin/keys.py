"""API keys: list a tenant's keys, create one (the secret is shown once), revoke with a reason, rotate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field
from starlette.requests import Request

from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.admin.services import record_change, services
from infershield.storage import IssuedKey, KeyInfo

router = APIRouter(prefix="/admin/v1", tags=["admin: keys"], route_class=AdminRoute)
Reader = Annotated[Principal, Depends(require(Permission.KEYS_READ))]
Writer = Annotated[Principal, Depends(require(Permission.KEYS_WRITE))]


class KeyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(default="default", min_length=1, max_length=200)
    scopes: list[str] = Field(default_factory=list, max_length=64)
    environment: Literal["live", "test"] = "live"
    expires_at: AwareDatetime | None = None


class RevokeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=500)


class RotateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    grace_seconds: int = Field(default=86_400, ge=0, le=90 * 86_400,
                               description="how long the old key keeps working")


class KeyOut(BaseModel):
    """A stored key as administrators see it: no secret, no digest."""

    id: str
    tenant_id: str
    name: str
    prefix: str
    environment: str
    scopes: list[str]
    status: str
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    revoke_reason: str | None
    rotated_to_id: str | None
    grace_until: datetime | None
    last_used_at: datetime | None

    @classmethod
    def of(cls, info: KeyInfo) -> KeyOut:
        return cls(id=info.id, tenant_id=info.tenant_id, name=info.name, prefix=info.prefix,
                   environment=info.environment, scopes=list(info.scopes), status=info.status(datetime.now(UTC)),
                   created_at=info.created_at, expires_at=info.expires_at, revoked_at=info.revoked_at,
                   revoke_reason=info.revoke_reason, rotated_to_id=info.rotated_to_id,
                   grace_until=info.grace_until, last_used_at=info.last_used_at)


class IssuedKeyOut(BaseModel):
    """A new key. ``key`` is the only copy of the secret: it is never shown again."""

    id: str
    key: str
    prefix: str
    tenant_id: str
    tenant: str
    scopes: list[str]
    environment: str
    expires_at: datetime | None

    @classmethod
    def of(cls, issued: IssuedKey) -> IssuedKeyOut:
        return cls(id=issued.id, key=issued.key, prefix=issued.prefix, tenant_id=issued.tenant_id,
                   tenant=issued.tenant, scopes=list(issued.scopes), environment=issued.environment,
                   expires_at=issued.expires_at)


def _described(issued: IssuedKey) -> dict[str, object]:
    # what identifies the key in the trail; the secret itself never goes here
    return {"key_id": issued.id, "prefix": issued.prefix, "scopes": list(issued.scopes),
            "environment": issued.environment}


@router.get("/tenants/{tenant}/keys", response_model=list[KeyOut], summary="List a tenant's API keys")
async def list_keys(request: Request, tenant: str, _: Reader) -> list[KeyOut]:
    return [KeyOut.of(k) for k in await services(request).key_store.list_keys(tenant)]


@router.post("/tenants/{tenant}/keys", response_model=IssuedKeyOut, status_code=201,
             summary="Create an API key (the secret is in this answer only)")
async def create_key(request: Request, tenant: str, body: KeyIn, principal: Writer) -> IssuedKeyOut:
    issued = await services(request).key_store.create(tenant, body.name, scopes=body.scopes,
                                                      expires_at=body.expires_at, environment=body.environment)
    await record_change(request, principal, "key.create", tenant=issued.tenant_id,
                        detail=_described(issued) | {"name": body.name})
    return IssuedKeyOut.of(issued)


@router.post("/keys/{key_id}/revoke", response_model=KeyOut, summary="Revoke an API key now")
async def revoke_key(request: Request, key_id: str, body: RevokeIn, principal: Writer) -> KeyOut:
    found = services(request)
    info = await found.key_store.revoke(key_id, body.reason)
    found.keys.invalidate(key_id)
    await record_change(request, principal, "key.revoke", tenant=info.tenant_id,
                        detail={"key_id": info.id, "prefix": info.prefix, "reason": body.reason})
    return KeyOut.of(info)


@router.post("/keys/{key_id}/rotate", response_model=IssuedKeyOut, status_code=201,
             summary="Issue a replacement key; the old one works for the grace period")
async def rotate_key(request: Request, key_id: str, body: RotateIn, principal: Writer) -> IssuedKeyOut:
    found = services(request)
    issued = await found.key_store.rotate(key_id, timedelta(seconds=body.grace_seconds))
    found.keys.invalidate(key_id)  # its cached record does not know about the grace deadline yet
    await record_change(request, principal, "key.rotate", tenant=issued.tenant_id,
                        detail=_described(issued) | {"replaced_key_id": key_id,
                                                     "grace_seconds": body.grace_seconds})
    return IssuedKeyOut.of(issued)
