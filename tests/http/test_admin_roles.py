"""The role matrix, end to end: each role against one call per permission (allowed: not 401/403)."""

from __future__ import annotations

from pathlib import Path

import pytest
from admin_harness import Admin, rsa_key, run_admin

KEY = rsa_key()
# (method, path, json body) per permission; the tenant "acme" exists, the rest may 404/409/422: only
# whether the role check let the call through matters here.
CALLS = {
    "tenants:read": ("GET", "/admin/v1/tenants", None),
    "tenants:write": ("PATCH", "/admin/v1/tenants/acme", {"tier": "pro"}),
    "keys:read": ("GET", "/admin/v1/tenants/acme/keys", None),
    "keys:write": ("POST", "/admin/v1/keys/nope/revoke", {"reason": "x"}),
    "policies:read": ("GET", "/admin/v1/policies", None),
    "policies:write": ("POST", "/admin/v1/policies/reload", None),
    "audit:read": ("GET", "/admin/v1/audit/verify", None),
    "audit:export": ("GET", "/admin/v1/audit/export", None),
    "sessions:read": ("GET", "/admin/v1/sessions/nope", None),
    "blocked:read": ("GET", "/admin/v1/blocked", None),
    "blocked:write": ("DELETE", "/admin/v1/blocked/ip/10.0.0.1?reason=x", None),
    "usage:read": ("GET", "/admin/v1/usage?tenant=other", None),
    "usage:read:own": ("GET", "/admin/v1/usage?tenant=acme", None),
    "subjects:delete": ("DELETE", "/admin/v1/subjects/someone?tenant=acme", None),
}
MATRIX = {
    "admin": set(CALLS),
    "operator": {"tenants:read", "tenants:write", "keys:read", "keys:write", "policies:read", "policies:write",
                 "sessions:read", "blocked:read", "blocked:write", "usage:read", "usage:read:own"},
    "auditor": {"tenants:read", "keys:read", "policies:read", "audit:read", "audit:export", "sessions:read",
                "blocked:read", "usage:read", "usage:read:own"},
    "client": {"usage:read:own"},
    "nobody": set(),
}


@pytest.mark.parametrize("role", sorted(MATRIX))
def test_role_matrix(tmp_path: Path, role: str) -> None:
    async def body(admin: Admin) -> dict[str, int]:
        await admin.state.services.tenants.create("acme")
        await admin.state.services.tenants.create("other")
        headers = admin.as_role(role, tenant="acme")
        statuses = {}
        for permission, (method, path, payload) in CALLS.items():
            answer = await admin.client.request(method, path, json=payload, headers=headers)
            statuses[permission] = answer.status_code
        return statuses

    statuses = run_admin(tmp_path, KEY, body)
    allowed = {p for p, status in statuses.items() if status not in (401, 403)}
    assert allowed == MATRIX[role], statuses
    assert all(statuses[p] == 403 for p in set(CALLS) - MATRIX[role])
