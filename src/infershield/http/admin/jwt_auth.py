"""JWT verification for admin callers: HS256 with a shared secret, RS256 with keys from a JWKS.

The algorithm is taken from our settings, never trusted from the token: a token's ``alg`` header only
selects among the configured algorithms, and each algorithm has its own key source (the HS256 secret
is never tried as an RSA key or the reverse), which closes ``alg=none`` and key-confusion attacks.
``exp``, ``iss``, ``aud`` and ``sub`` are required; ``nbf`` and ``iat`` are checked when present.
Every refusal gives the caller the same message; the reason goes to the log for operators.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jwt
from jwt.exceptions import PyJWTError

from infershield.config.admin_auth import AdminAuthModel
from infershield.errors import AuthenticationError
from infershield.http.admin.jwks import JwksSource
from infershield.http.admin.roles import Permission, permissions_of

log = logging.getLogger(__name__)
REFUSED = "invalid or expired admin token"


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated admin caller: JWT ``sub``, its roles, and (for ``client`` tokens) its tenant."""

    subject: str
    roles: frozenset[str]
    tenant: str | None = None

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)


def claim_at(claims: Mapping[str, Any], path: str) -> Any:
    """``claims["a"]["b"]`` for ``a.b`` (identity providers nest roles, e.g. ``realm_access.roles``)."""
    value: Any = claims
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def roles_from(value: Any) -> frozenset[str]:
    """A list of names, or one string of names separated by spaces or commas (the OAuth ``scope`` style)."""
    if isinstance(value, str):
        return frozenset(part for part in value.replace(",", " ").split() if part)
    if isinstance(value, list):
        return frozenset(item for item in value if isinstance(item, str) and item)
    return frozenset()


class JwtVerifier:
    """Checks admin JWTs against ``AdminAuthModel`` settings; build once per app."""

    def __init__(self, settings: AdminAuthModel, *, hs256_secret: bytes | None = None,
                 jwks: JwksSource | None = None) -> None:
        self._settings = settings
        self._algorithms = frozenset(settings.algorithms)
        self._secret = hs256_secret
        self._jwks = jwks

    @classmethod
    def from_settings(cls, settings: AdminAuthModel) -> JwtVerifier:
        """Reads the secret file now (at app build time), not per request; ``ConfigError`` if unusable."""
        secret = settings.load_hs256_secret() if "HS256" in settings.algorithms else None
        jwks = None
        if "RS256" in settings.algorithms:
            jwks = JwksSource(file=settings.jwks_file, url=settings.jwks_url,
                              cache_seconds=settings.jwks_cache_seconds,
                              min_refresh_seconds=settings.jwks_min_refresh_seconds,
                              timeout_seconds=settings.jwks_timeout_seconds)
        return cls(settings, hs256_secret=secret, jwks=jwks)

    async def verify(self, token: str) -> Principal:
        """The caller the token names; ``AuthenticationError`` for anything not exactly right."""
        try:
            header = jwt.get_unverified_header(token)
        except PyJWTError as exc:
            raise _refuse("malformed token") from exc
        alg = header.get("alg")
        if alg not in self._algorithms:
            raise _refuse(f"algorithm {str(alg)[:16]!r} is not accepted")
        key: Any
        if alg == "HS256":
            key = self._secret
        else:
            kid = header.get("kid")
            jwk = await self._jwks.key_for(kid if isinstance(kid, str) else None) if self._jwks else None
            key = None if jwk is None else jwk.key
        if key is None:
            raise _refuse("no key for this token")
        s = self._settings
        try:
            claims = jwt.decode(token, key, algorithms=[alg], audience=s.audience, issuer=s.issuer,
                                leeway=s.leeway_seconds, options={"require": ["exp", "iss", "aud", "sub"]})
        except PyJWTError as exc:
            raise _refuse(type(exc).__name__) from exc
        subject = claims.get("sub")
        if not isinstance(subject, str) or not subject:
            raise _refuse("empty subject")
        tenant = claim_at(claims, s.tenant_claim)
        return Principal(subject[:200], roles_from(claim_at(claims, s.role_claim)),
                         tenant if isinstance(tenant, str) and tenant else None)


def _refuse(reason: str) -> AuthenticationError:
    log.info("admin token refused: %s", reason)
    return AuthenticationError(REFUSED)
