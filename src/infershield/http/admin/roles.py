"""Roles and what each may do. The one table to read (and change) for the admin API's access rules.

A token may carry several roles: it gets the union of their permissions. Unknown role names grant
nothing (an identity provider's unrelated groups are ignored, never an error).
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType


class Permission(StrEnum):
    """One thing an admin route needs."""

    TENANTS_READ = "tenants:read"
    TENANTS_WRITE = "tenants:write"
    KEYS_READ = "keys:read"
    KEYS_WRITE = "keys:write"
    POLICIES_READ = "policies:read"
    POLICIES_WRITE = "policies:write"
    AUDIT_READ = "audit:read"
    AUDIT_EXPORT = "audit:export"
    SESSIONS_READ = "sessions:read"
    BLOCKED_READ = "blocked:read"
    BLOCKED_WRITE = "blocked:write"
    USAGE_READ = "usage:read"  # any tenant
    USAGE_READ_OWN = "usage:read:own"  # only the tenant named in the token
    SUBJECTS_DELETE = "subjects:delete"


P = Permission
_OPERATOR = frozenset({P.TENANTS_READ, P.TENANTS_WRITE, P.KEYS_READ, P.KEYS_WRITE, P.POLICIES_READ,
                       P.POLICIES_WRITE, P.SESSIONS_READ, P.BLOCKED_READ, P.BLOCKED_WRITE, P.USAGE_READ})
_AUDITOR = frozenset({P.TENANTS_READ, P.KEYS_READ, P.POLICIES_READ, P.AUDIT_READ, P.AUDIT_EXPORT,
                      P.SESSIONS_READ, P.BLOCKED_READ, P.USAGE_READ})

ROLE_PERMISSIONS = MappingProxyType({
    "admin": frozenset(Permission),
    "operator": _OPERATOR,
    "auditor": _AUDITOR,
    "client": frozenset({P.USAGE_READ_OWN}),
})


def permissions_of(roles: frozenset[str]) -> frozenset[Permission]:
    """Everything the given roles allow together."""
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS.get(role, frozenset())
    return frozenset(granted)
