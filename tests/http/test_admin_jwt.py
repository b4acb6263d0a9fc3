"""Admin JWT verification: HS256 and RS256 (JWKS file and URL), and every way a token must be refused."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jwt
import pytest
from admin_harness import (
    AUDIENCE,
    ISSUER,
    KID,
    SECRET,
    Admin,
    bearer,
    claims,
    hs_token,
    jwks_of,
    rs_token,
    rsa_key,
    run_admin,
)
from aiohttp import web
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from infershield.config.admin_auth import AdminAuthModel
from infershield.config.gateway import settings_from_mapping
from infershield.errors import AuthenticationError, BackendUnavailableError, ConfigError
from infershield.http.admin.jwks import JwksSource
from infershield.http.admin.jwt_auth import REFUSED, JwtVerifier, Principal

KEY = rsa_key()
OTHER = rsa_key()


def verifier(tmp_path: Path, **options: Any) -> JwtVerifier:
    jwks = tmp_path / "jwks.json"
    if not jwks.exists():
        jwks.write_text(json.dumps(jwks_of((KID, KEY))), encoding="utf-8")
    settings = AdminAuthModel(algorithms=["HS256", "RS256"], hs256_secret=SECRET, jwks_file=str(jwks),
                              issuer=ISSUER, audience=AUDIENCE, **options)
    return JwtVerifier.from_settings(settings)


def verify(v: JwtVerifier, token: str) -> Principal:
    return asyncio.run(v.verify(token))


def test_hs256_and_rs256_tokens_name_the_caller(tmp_path: Path) -> None:
    v = verifier(tmp_path)
    assert verify(v, hs_token(sub="ops-bot", roles=("operator",))) == Principal("ops-bot", frozenset({"operator"}))
    found = verify(v, rs_token(KEY, sub="carol", roles="auditor client", tenant="acme"))
    assert found == Principal("carol", frozenset({"auditor", "client"}), "acme")


def _none_token() -> str:
    header = {"alg": "none", "typ": "JWT"}
    part = [jwt.utils.base64url_encode(json.dumps(x).encode()).decode() for x in (header, claims())]
    return f"{part[0]}.{part[1]}."


def _rsa_public_as_hmac() -> str:
    # the classic key-confusion attack: sign HS256 with the public key the server publishes
    public = KEY.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    header = {"alg": "HS256", "typ": "JWT", "kid": KID}
    signing = ".".join(jwt.utils.base64url_encode(json.dumps(x).encode()).decode() for x in (header, claims()))
    mac = hmac.new(public, signing.encode(), hashlib.sha256).digest()  # pyjwt itself refuses to do this
    return f"{signing}.{jwt.utils.base64url_encode(mac).decode()}"


BAD_TOKENS: dict[str, Callable[[], str]] = {
    "expired": lambda: hs_token(exp=int(time.time()) - 3600),
    "wrong issuer": lambda: hs_token(iss="https://evil.test/"),
    "wrong audience": lambda: hs_token(aud="some-other-service"),
    "bad HS256 signature": lambda: hs_token(secret="another-secret-of-enough-length-000000"),
    "bad RS256 signature": lambda: rs_token(OTHER),
    "unknown kid": lambda: rs_token(OTHER, kid="not-published"),
    "alg none": _none_token,
    "key confusion": _rsa_public_as_hmac,
    "not yet valid": lambda: hs_token(nbf=int(time.time()) + 3600),
    "no exp": lambda: jwt.encode({k: v for k, v in claims().items() if k != "exp"}, SECRET, algorithm="HS256"),
    "no sub": lambda: jwt.encode({k: v for k, v in claims().items() if k != "sub"}, SECRET, algorithm="HS256"),
    "garbage": lambda: "not.a.jwt",
}


@pytest.mark.parametrize("case", sorted(BAD_TOKENS))
def test_bad_tokens_are_refused_with_one_message(tmp_path: Path, case: str) -> None:
    v = verifier(tmp_path, jwks_min_refresh_seconds=3600)
    with pytest.raises(AuthenticationError) as caught:
        verify(v, BAD_TOKENS[case]())
    assert str(caught.value) == REFUSED


def test_leeway_accepts_small_clock_skew(tmp_path: Path) -> None:
    token = hs_token(exp=int(time.time()) - 5)
    assert verify(verifier(tmp_path, leeway_seconds=60), token).subject == "alice"
    with pytest.raises(AuthenticationError):
        verify(verifier(tmp_path, leeway_seconds=0), token)


def test_nested_role_claim(tmp_path: Path) -> None:
    v = verifier(tmp_path, role_claim="realm_access.roles")
    token = hs_token(roles=(), realm_access={"roles": ["auditor", 7]})
    assert verify(v, token).roles == frozenset({"auditor"})


def test_unknown_kid_refetches_the_jwks_file(tmp_path: Path) -> None:
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(jwks_of((KID, KEY))), encoding="utf-8")
    source = JwksSource(file=str(path), min_refresh_seconds=0)

    async def main() -> None:
        assert await source.key_for(KID) is not None
        assert await source.key_for("rotated") is None
        path.write_text(json.dumps(jwks_of((KID, KEY), ("rotated", OTHER))), encoding="utf-8")
        assert await source.key_for("rotated") is not None
        assert await source.key_for(KID) is not None  # cached: no fetch for a known kid

    asyncio.run(main())
    assert source.fetches == 3


def test_jwks_url_is_fetched_cached_and_refreshed_for_new_kids() -> None:
    docs = [jwks_of((KID, KEY))]
    hits: list[int] = []

    async def handler(_: web.Request) -> web.Response:
        hits.append(1)
        return web.json_response(docs[-1])

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/jwks.json", handler)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        try:
            url = f"http://127.0.0.1:{port}/jwks.json"
            settings = AdminAuthModel(jwks_url=url, issuer=ISSUER, audience=AUDIENCE, jwks_min_refresh_seconds=0)
            v = JwtVerifier.from_settings(settings)
            assert (await v.verify(rs_token(KEY))).subject == "alice"
            assert (await v.verify(rs_token(KEY, sub="bob"))).subject == "bob"
            assert len(hits) == 1
            docs.append(jwks_of((KID, KEY), ("k2", OTHER)))
            assert (await v.verify(rs_token(OTHER, kid="k2"))).subject == "alice"
            assert len(hits) == 2
        finally:
            await runner.cleanup()

    asyncio.run(main())


def test_unreachable_jwks_url_is_a_backend_error() -> None:
    source = JwksSource(url="http://127.0.0.1:9/jwks.json", timeout_seconds=2)
    with pytest.raises(BackendUnavailableError):
        asyncio.run(source.key_for(KID))


@pytest.mark.parametrize(("section", "fragment"), [
    ({"hs256_secret": SECRET, "algorithms": ["HS256"]}, "issuer and audience"),
    ({"hs256_secret": "short", "algorithms": ["HS256"], "issuer": "i", "audience": "a"}, "at least 32"),
    ({"jwks_file": "a", "jwks_url": "https://x.test/j", "issuer": "i", "audience": "a"}, "exactly one"),
    ({"jwks_url": "ftp://x.test/j", "issuer": "i", "audience": "a"}, "http(s)"),
    ({"algorithms": ["none"], "jwks_file": "a", "issuer": "i", "audience": "a"}, "algorithms"),
])
def test_settings_are_validated(section: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_mapping({"admin_auth": section})
    assert fragment in str(caught.value)


def test_secret_file_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    model = AdminAuthModel(algorithms=["HS256"], hs256_secret_file=str(secret), issuer=ISSUER, audience=AUDIENCE)
    assert verify(JwtVerifier.from_settings(model), hs_token()).subject == "alice"
    with pytest.raises(ConfigError):
        AdminAuthModel(algorithms=["HS256"], hs256_secret_file=str(tmp_path / "missing"), issuer=ISSUER,
                       audience=AUDIENCE).load_hs256_secret()


def test_http_answers_are_json_401_without_detail(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        missing = await admin.client.get("/admin/v1/tenants")
        assert missing.status_code == 401
        assert missing.headers["www-authenticate"] == "Bearer"
        expired = await admin.client.get("/admin/v1/tenants", headers=bearer(hs_token(exp=1)))
        assert expired.status_code == 401
        assert expired.json()["error"]["message"] == REFUSED
        assert "Traceback" not in expired.text
        rs = await admin.client.get("/admin/v1/tenants", headers=bearer(rs_token(KEY, roles=("auditor",))))
        assert rs.status_code == 200

    run_admin(tmp_path, KEY, body)


def test_admin_api_is_off_without_credentials_configured(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        answer = await admin.client.get("/admin/v1/tenants", headers=bearer(hs_token()))
        assert answer.status_code == 403
        assert "disabled" in answer.json()["error"]["message"]

    run_admin(tmp_path, KEY, body, admin_auth={})
