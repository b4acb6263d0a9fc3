"""`JwksSource`: RS256 verification keys from a JWKS file or URL, cached, refetched for an unknown ``kid``.

Identity providers rotate signing keys by publishing the new key before signing with it, so a token
with a ``kid`` we do not know is the signal to refetch. An attacker can send made-up kids at will,
so refetches for unknown kids happen at most once per ``min_refresh_seconds``; otherwise the cached
set is reused until ``cache_seconds`` pass. A failed refetch keeps the last good set (an identity
provider blip must not lock operators out) and is only an error when no set was ever loaded.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import aiohttp
from jwt import PyJWK
from jwt.exceptions import PyJWKError

from infershield.errors import BackendUnavailableError, ConfigError, ConfigProblem

log = logging.getLogger(__name__)
MAX_JWKS_BYTES = 1_000_000


def parse_jwks(data: Any) -> dict[str | None, PyJWK]:
    """The RSA signing keys of a JWKS document by ``kid`` (keys for encryption or other types are skipped)."""
    if not isinstance(data, Mapping) or not isinstance(data.get("keys"), list):
        raise ValueError("a JWKS document is an object with a 'keys' list")
    keys: dict[str | None, PyJWK] = {}
    for entry in data["keys"]:
        if not isinstance(entry, Mapping) or entry.get("kty") != "RSA" or entry.get("use", "sig") != "sig":
            continue
        if entry.get("alg", "RS256") != "RS256":
            continue
        try:
            keys[entry.get("kid")] = PyJWK(dict(entry), algorithm="RS256")
        except PyJWKError as exc:
            log.warning("skipping an unusable JWKS key: %s", type(exc).__name__)
    if not keys:
        raise ValueError("the JWKS document holds no usable RS256 signing key")
    return keys


class JwksSource:
    """Signing keys from ``file`` or ``url`` (exactly one). ``monotonic`` is injectable for tests."""

    def __init__(self, *, file: str | None = None, url: str | None = None, cache_seconds: float = 300.0,
                 min_refresh_seconds: float = 30.0, timeout_seconds: float = 5.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        if (file is None) == (url is None):
            raise ConfigError([ConfigProblem("admin_auth", "RS256 needs exactly one of jwks_file or jwks_url")])
        self._file = file
        self._url = url
        self._cache_seconds = cache_seconds
        self._min_refresh = min_refresh_seconds
        self._timeout = timeout_seconds
        self._monotonic = monotonic
        self._keys: dict[str | None, PyJWK] | None = None
        self._fetched_at = -float("inf")
        self._lock = asyncio.Lock()
        self.fetches = 0

    async def key_for(self, kid: str | None) -> PyJWK | None:
        """The key for ``kid`` (None: the only key, if there is just one), refetching when it may be new."""
        if self._keys is None or self._monotonic() - self._fetched_at >= self._cache_seconds:
            await self._refresh(force=False)
        found = self._find(kid)
        if found is None and self._monotonic() - self._fetched_at >= self._min_refresh:
            await self._refresh(force=True)
            found = self._find(kid)
        return found

    def _find(self, kid: str | None) -> PyJWK | None:
        keys = self._keys or {}
        if kid is None:
            return next(iter(keys.values())) if len(keys) == 1 else None
        return keys.get(kid)

    async def _refresh(self, *, force: bool) -> None:
        started = self._monotonic()
        async with self._lock:
            if self._fetched_at >= started or (not force and self._keys is not None
                                               and started - self._fetched_at < self._cache_seconds):
                return  # another caller refreshed while we waited for the lock
            self.fetches += 1
            try:
                self._keys = parse_jwks(await self._load())
            except (OSError, ValueError, aiohttp.ClientError, TimeoutError) as exc:
                log.warning("JWKS refresh failed: %s", type(exc).__name__)
                if self._keys is None:
                    raise BackendUnavailableError("the admin token signing keys are unavailable") from exc
            finally:
                # stamped when the fetch ends, so callers that queued behind it reuse its result
                self._fetched_at = self._monotonic()

    async def _load(self) -> Any:
        if self._file is not None:
            text = await asyncio.to_thread(Path(self._file).read_text, encoding="utf-8")
            return json.loads(text)
        assert self._url is not None
        # one short-lived session per fetch: fetches are minutes apart, a pooled client would sit idle
        timeout = aiohttp.ClientTimeout(total=self._timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session, session.get(self._url) as response:
            response.raise_for_status()
            body = await response.content.read(MAX_JWKS_BYTES + 1)
        if len(body) > MAX_JWKS_BYTES:
            raise ValueError("the JWKS document is too large")
        return json.loads(body)
