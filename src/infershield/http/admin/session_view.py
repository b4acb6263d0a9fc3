"""``GET /admin/v1/sessions/{id}``: what the session store remembers, as labels and a risk timeline.

Stores keep no prompt text; the redaction map does hold original values, so only its size is shown.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from starlette.requests import Request

from infershield.errors import NotFoundError
from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.state import gateway

router = APIRouter(prefix="/admin/v1/sessions", tags=["admin: sessions"], route_class=AdminRoute)
Reader = Annotated[Principal, Depends(require(Permission.SESSIONS_READ))]


class SessionEventOut(BaseModel):
    """One evaluated message: its role, behaviour labels, privilege, sensitive kinds and risk."""

    index: int
    role: str
    labels: list[str]
    privilege: int
    sensitive_kinds: list[str]
    risk: int
    egress: int


class SessionOut(BaseModel):
    session_id: str
    events: list[SessionEventOut]
    labels: list[str]
    risk_timeline: list[int]
    max_risk: int
    redaction_placeholders: int


@router.get("/{session_id:path}", response_model=SessionOut, summary="Inspect a session (no raw text)")
async def get_session(request: Request, session_id: str, _: Reader) -> SessionOut:
    state = await gateway(request).guard.store.load(session_id)
    if not state.events and not state.redactions:
        raise NotFoundError("no such session (unknown or expired)")
    events = [SessionEventOut(index=i, role=str(e.role.value), labels=sorted(str(a.value) for a in e.actions),
                              privilege=e.privilege, sensitive_kinds=sorted(e.sensitive_kinds), risk=e.risk,
                              egress=e.egress)
              for i, e in enumerate(state.events)]
    timeline = [e.risk for e in state.events]
    return SessionOut(session_id=session_id, events=events,
                      labels=sorted({label for e in events for label in e.labels}), risk_timeline=timeline,
                      max_risk=max(timeline, default=0), redaction_placeholders=len(state.redactions))
