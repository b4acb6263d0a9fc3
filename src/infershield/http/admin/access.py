"""Who may call an admin route: ``AdminAuth`` turns a bearer token into a ``Principal``, ``require``
makes a FastAPI dependency that demands a permission.

Two credentials are accepted: a JWT checked by ``JwtVerifier`` (the normal way: a subject and roles
from your identity provider), and the older static ``admin.token``, kept as a break-glass credential
with the ``admin`` role (principal ``admin-token``). With neither configured, the admin API is off (403).
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.requests import Request

from infershield.config.gateway import GatewaySettings
from infershield.errors import AuthenticationError, PermissionDeniedError
from infershield.http.admin.jwt_auth import JwtVerifier, Principal
from infershield.http.admin.roles import Permission

STATIC_TOKEN_PRINCIPAL = "admin-token"
bearer = HTTPBearer(auto_error=False, scheme_name="AdminJWT",
                    description="A JWT with a role claim (admin, operator, auditor, client).")


class AdminAuth:
    """The app's admin credential check; built once by ``install_admin``."""

    def __init__(self, verifier: JwtVerifier | None, static_token: str = "") -> None:
        self.verifier = verifier
        self._static = static_token.encode()

    @classmethod
    def from_settings(cls, settings: GatewaySettings) -> AdminAuth:
        verifier = JwtVerifier.from_settings(settings.admin_auth) if settings.admin_auth.enabled else None
        return cls(verifier, settings.admin.token)

    async def authenticate(self, token: str | None) -> Principal:
        if self.verifier is None and not self._static:
            raise PermissionDeniedError("the admin API is disabled: configure admin_auth (JWT) or admin.token")
        if not token:
            raise AuthenticationError("admin calls need 'Authorization: Bearer <token>'")
        if self._static and hmac.compare_digest(token.encode(), self._static):
            return Principal(STATIC_TOKEN_PRINCIPAL, frozenset({"admin"}))
        if self.verifier is None:
            raise AuthenticationError("invalid or expired admin token")
        return await self.verifier.verify(token)


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


async def authenticated(request: Request, credentials: Credentials) -> Principal:
    auth: AdminAuth = request.app.state.admin_auth
    return await auth.authenticate(None if credentials is None else credentials.credentials)


def require(*any_of: Permission) -> Callable[..., Awaitable[Principal]]:
    """A dependency giving the caller when it holds at least one of ``any_of``; else 401/403."""

    async def dependency(principal: Annotated[Principal, Depends(authenticated)]) -> Principal:
        if not principal.permissions & set(any_of):
            raise PermissionDeniedError("your role does not allow this")
        return principal

    return dependency
