"""``GET /admin/v1/policies`` (the policy in force, summarised) and ``POST /admin/v1/policies/reload``.

The reload validates the policy file and swaps in a new guard (see ``http/reload.py``): 200 reloaded,
422 rejected with the problems (the previous policy stays active), 409 when no ``policy_file`` is set.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

from infershield.errors import ConflictError
from infershield.http.admin.access import require
from infershield.http.admin.jwt_auth import Principal
from infershield.http.admin.roles import Permission
from infershield.http.admin.routing import AdminRoute
from infershield.http.admin.services import record_change
from infershield.http.errors import json_response
from infershield.http.reload import PolicyReloader
from infershield.http.state import gateway

router = APIRouter(prefix="/admin/v1/policies", tags=["admin: policies"], route_class=AdminRoute)
Reader = Annotated[Principal, Depends(require(Permission.POLICIES_READ))]
Writer = Annotated[Principal, Depends(require(Permission.POLICIES_WRITE))]


class PolicySummary(BaseModel):
    """The gateway-wide policy in force. List contents are counted, not shown (they may name projects)."""

    mode: str
    policy_file: str | None
    block_threshold: int
    enabled_scanners: list[str] | None
    kind_actions: dict[str, str]
    allow_list_entries: int
    deny_list_entries: int
    custom_pii: list[str]
    scan_system_prompts: bool
    redact_min_score: float
    learned_min_score: float
    max_input_chars: int
    cross_step_window: int


class ReloadOut(BaseModel):
    status: Literal["reloaded", "rejected"]
    policy_file: str | None = None
    problems: list[str] = []
    detail: str | None = None


@router.get("", response_model=PolicySummary, summary="The effective gateway policy")
async def get_policy(request: Request, _: Reader) -> PolicySummary:
    state = gateway(request)
    p = state.guard.engine.policy
    return PolicySummary(
        mode=state.settings.mode, policy_file=state.settings.policy_file, block_threshold=p.block_threshold,
        enabled_scanners=None if p.enabled_scanners is None else sorted(p.enabled_scanners),
        kind_actions={kind: str(action) for kind, action in sorted(p.kind_actions.items())},
        allow_list_entries=len(p.allow_list), deny_list_entries=len(p.deny_list),
        custom_pii=[c.name for c in p.custom_pii], scan_system_prompts=p.scan_system_prompts,
        redact_min_score=p.redact_min_score, learned_min_score=p.learned_min_score,
        max_input_chars=p.max_input_chars, cross_step_window=p.cross_step_window)


@router.post("/reload", response_model=ReloadOut, summary="Reload the policy file now",
             responses={422: {"model": ReloadOut, "description": "rejected; the previous policy stays"}})
async def reload_policy(request: Request, principal: Writer) -> Response:
    reloader: PolicyReloader | None = getattr(request.app.state, "policy_reloader", None)
    if reloader is None:
        raise ConflictError("no policy_file is configured, so there is nothing to reload")
    result = await reloader.reload("admin")
    await record_change(request, principal, "policy.reload",
                        detail={"policy_file": str(reloader.path), "ok": result.ok, "problems": len(result.problems)})
    if result.ok:
        return json_response({"status": "reloaded", "policy_file": str(reloader.path)})
    return json_response({"status": "rejected", "problems": list(result.problems),
                          "detail": "the previous policy is still active"}, 422)
