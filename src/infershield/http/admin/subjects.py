"""``DELETE /admin/v1/subjects/{id}``: erase one data subject (GDPR art. 17) from audit rows and usage.

Admin only. The subject is a principal (an API key id or prefix, or another caller identity) or one
session id, inside one tenant. The audit chain still verifies afterwards (see ``storage.audit_retention``);
the change record names the admin and the counts, never the erased subject.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from starlette.requests import Request

from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.admin.services import record_change, services
from infershield.storage import erase_subject

router = APIRouter(prefix="/admin/v1/subjects", tags=["admin: data subjects"], route_class=AdminRoute)
Eraser = Annotated[Principal, Depends(require(Permission.SUBJECTS_DELETE))]


class ErasureReport(BaseModel):
    """What was removed. ``session_ids``: also clear these from the session store if it is long-lived."""

    tenant: str
    audit_rows_erased: int
    session_ids: list[str]
    usage_rows_deleted: int
    marker_seq: int


@router.delete("/{subject_id:path}", response_model=ErasureReport, summary="Erase a data subject")
async def erase(request: Request, subject_id: str, principal: Eraser,
                tenant: Annotated[str, Query(min_length=1, description="tenant id or name")],
                kind: Annotated[Literal["principal", "session"], Query()] = "principal") -> ErasureReport:
    found = services(request)
    owner = await found.tenants.get(tenant)
    report = await erase_subject(found.database, owner.id, principal=subject_id if kind == "principal" else None,
                                 session_id=subject_id if kind == "session" else None)
    await record_change(request, principal, "subject.erase", tenant=owner.id,
                        detail={"kind": kind, "audit_rows_erased": report["audit_rows_erased"],
                                "sessions": len(report["session_ids"]),
                                "usage_rows_deleted": report["usage_rows_deleted"],
                                "marker_seq": report["marker_seq"]})
    return ErasureReport.model_validate(report)
