"""API keys from ``Authorization: Bearer``, ``X-API-Key`` or ``X-InferShield-Key``, checked against hashes.

Keys are stored as SHA-256 hex digests and compared in constant time. A fast hash is right here: keys are
long random strings (not passwords), so a slow hash would only add CPU to every request.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from starlette.datastructures import Headers


def presented_key(headers: Headers) -> str | None:
    authorization = headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
        return authorization[7:].strip() or None
    return headers.get("x-api-key") or headers.get("x-infershield-key") or None


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class KeyChecker:
    """Maps a presented key to its configured name, or ``None``."""

    def __init__(self, hashes: Mapping[str, str]) -> None:
        self._by_hash = dict(hashes)  # sha256 hex -> key name

    def identify(self, key: str | None) -> str | None:
        if key is None:
            return None
        candidate = digest(key)
        for stored, name in self._by_hash.items():
            if hmac.compare_digest(stored, candidate):
                return name
        return None
