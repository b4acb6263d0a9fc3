"""Settings for the admin API's JWT check (the ``admin_auth`` section).

Example (HS256 from a shared secret, RS256 from an identity provider's JWKS)::

    admin_auth:
      algorithms: [RS256]
      jwks_url: https://login.example.com/.well-known/jwks.json   # or jwks_file: /etc/infershield/jwks.json
      issuer: https://login.example.com/
      audience: infershield-admin
      role_claim: roles            # a list or a space-separated string; dotted paths (realm_access.roles) work
      tenant_claim: tenant         # which tenant a ``client`` token may read

    admin_auth: {algorithms: [HS256], hs256_secret: ${ADMIN_JWT_SECRET}, issuer: ops, audience: infershield}

The HS256 secret may also come from a file (``hs256_secret_file``) or the environment
(``INFERSHIELD_ADMIN_AUTH__HS256_SECRET`` / ``..._FILE``). The admin API accepts JWTs only when
``issuer`` and ``audience`` are set: a token minted for another service must never pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from infershield.errors import ConfigError, ConfigProblem

# RFC 7518 §3.2: an HS256 key must be at least as long as the hash output (256 bits)
MIN_HS256_SECRET_BYTES = 32


class AdminAuthModel(BaseModel):
    """How admin callers prove who they are: signed JWTs (HS256 and/or RS256) carrying a role claim."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    algorithms: list[Literal["HS256", "RS256"]] = Field(default=["RS256"], min_length=1)  # pydantic copies it
    hs256_secret: str = ""
    hs256_secret_file: str | None = None
    jwks_file: str | None = None
    jwks_url: str | None = None
    jwks_cache_seconds: float = Field(default=300.0, gt=0)
    jwks_min_refresh_seconds: float = Field(
        default=30.0, ge=0, description="an unknown kid refetches the JWKS at most this often")
    jwks_timeout_seconds: float = Field(default=5.0, gt=0)
    issuer: str = ""
    audience: str = ""
    leeway_seconds: float = Field(default=30.0, ge=0, le=600)
    role_claim: str = Field(default="roles", min_length=1)
    tenant_claim: str = Field(default="tenant", min_length=1)

    @field_validator("jwks_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and (urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).netloc):
            raise ValueError("must be an http(s) URL")
        return value

    @model_validator(mode="after")
    def _coherent(self) -> AdminAuthModel:
        if not self.enabled:
            return self
        if not self.issuer or not self.audience:
            raise ValueError("admin_auth needs both issuer and audience")
        if "HS256" in self.algorithms:
            if self.hs256_secret and self.hs256_secret_file:
                raise ValueError("set either hs256_secret or hs256_secret_file, not both")
            if not self.hs256_secret and not self.hs256_secret_file:
                raise ValueError("HS256 needs hs256_secret or hs256_secret_file")
            if self.hs256_secret and len(self.hs256_secret.encode()) < MIN_HS256_SECRET_BYTES:
                raise ValueError(f"hs256_secret must be at least {MIN_HS256_SECRET_BYTES} bytes")
        if "RS256" in self.algorithms and bool(self.jwks_file) == bool(self.jwks_url):
            raise ValueError("RS256 needs exactly one of jwks_file or jwks_url")
        return self

    @property
    def enabled(self) -> bool:
        """True when any key material is configured; otherwise admin JWTs are refused."""
        return bool(self.hs256_secret or self.hs256_secret_file or self.jwks_file or self.jwks_url)

    def load_hs256_secret(self) -> bytes:
        """The HS256 key bytes (read from ``hs256_secret_file`` when set); ``ConfigError`` when unusable."""
        if not self.hs256_secret_file:
            return self.hs256_secret.encode()
        try:
            raw = Path(self.hs256_secret_file).read_text(encoding="utf-8").strip().encode()
        except OSError as exc:
            raise ConfigError([ConfigProblem("admin_auth.hs256_secret_file",
                                             f"cannot read: {exc.strerror}")]) from exc
        if len(raw) < MIN_HS256_SECRET_BYTES:
            raise ConfigError([ConfigProblem("admin_auth.hs256_secret_file",
                                             f"the secret must be at least {MIN_HS256_SECRET_BYTES} bytes")])
        return raw
