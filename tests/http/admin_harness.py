"""Shared pieces of the admin API tests: token minting (HS256 and RS256 with a JWKS file) and an
in-process gateway on a temporary SQLite database, driven through httpx ASGITransport.

Not a conftest: test modules import what they need (a second ``conftest`` breaks mypy on tests/).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx2
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from jwt.algorithms import RSAAlgorithm

from infershield.config.gateway import settings_from_mapping
from infershield.http.app import create_app
from infershield.http.state import GatewayState

ISSUER = "https://idp.test/"
AUDIENCE = "infershield-admin"
SECRET = "hs256-test-secret-0123456789abcdef-XYZ"
KID = "test-key-1"
T = TypeVar("T")


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwks_of(*keys: tuple[str, rsa.RSAPrivateKey]) -> dict[str, Any]:
    entries = []
    for kid, key in keys:
        entry = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
        entries.append(entry | {"kid": kid, "use": "sig", "alg": "RS256"})
    return {"keys": entries}


def claims(sub: str = "alice", roles: Any = ("admin",), **extra: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {"sub": sub, "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 300,
            "roles": list(roles) if isinstance(roles, tuple | list) else roles}
    return base | extra


def hs_token(secret: str = SECRET, **claim: Any) -> str:
    return jwt.encode(claims(**claim), secret, algorithm="HS256")


def rs_token(key: rsa.RSAPrivateKey, kid: str | None = KID, **claim: Any) -> str:
    headers = {"kid": kid} if kid is not None else {}
    return jwt.encode(claims(**claim), key, algorithm="RS256", headers=headers)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class Admin:
    """A running in-process gateway with storage started; ``as_role`` gives headers for a role's token."""

    app: FastAPI
    client: httpx2.AsyncClient
    key: rsa.RSAPrivateKey

    @property
    def state(self) -> GatewayState:
        state: GatewayState = self.app.state.gateway
        return state

    def as_role(self, *roles: str, sub: str = "alice", tenant: str | None = None) -> dict[str, str]:
        extra = {"tenant": tenant} if tenant is not None else {}
        return bearer(hs_token(sub=sub, roles=roles, **extra))

    async def flush_audit(self) -> None:
        await self.state.services.audit.flush()


def settings_for(tmp_path: Path, key: rsa.RSAPrivateKey, **extra: Any) -> dict[str, Any]:
    jwks = tmp_path / "jwks.json"
    jwks.write_text(json.dumps(jwks_of((KID, key))), encoding="utf-8")
    return {"database_url": f"sqlite+aiosqlite:///{tmp_path / 'admin.db'}",
            "admin_auth": {"algorithms": ["HS256", "RS256"], "hs256_secret": SECRET, "jwks_file": str(jwks),
                           "issuer": ISSUER, "audience": AUDIENCE}} | extra


@asynccontextmanager
async def running(tmp_path: Path, key: rsa.RSAPrivateKey, **extra: Any) -> AsyncIterator[Admin]:
    app = create_app(settings_from_mapping(settings_for(tmp_path, key, **extra)))
    state: GatewayState = app.state.gateway
    await state.services.start()  # ASGITransport runs no lifespan: start storage like the lifespan does
    try:
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://gateway") as client:
            yield Admin(app, client, key)
    finally:
        await state.services.aclose()


def run_admin(tmp_path: Path, key: rsa.RSAPrivateKey, body: Callable[[Admin], Awaitable[T]], **extra: Any) -> T:
    async def main() -> T:
        async with running(tmp_path, key, **extra) as admin:
            return await body(admin)

    return asyncio.run(main())
