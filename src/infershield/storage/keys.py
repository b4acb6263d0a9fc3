"""API key format and hashing: ``isk_live_`` / ``isk_test_`` + 43 base62 characters (256 random bits).

Why a keyed fast hash and not bcrypt/argon2: password hashes are slow on purpose because passwords
are short and guessable. An API key is 256 bits from ``secrets``; no amount of guessing finds one, so
slowness buys nothing and would cost tens of milliseconds of CPU on every request that is not served
from the cache. The key is stored as HMAC-SHA256(pepper, key): the pepper is a server secret kept
out of the database, so a stolen ``api_keys`` table alone cannot even be used to test guesses.
Lookups go by digest (a unique index) and the match is confirmed with ``hmac.compare_digest``; any
timing difference in the index lookup reveals only digest bits, which an attacker without the
pepper cannot aim at.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from infershield.errors import ConfigError, ConfigProblem

PREFIXES = {"live": "isk_live_", "test": "isk_test_"}
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SECRET_BYTES = 32
SECRET_CHARS = 43  # ceil(256 / log2(62)): every 32-byte value fits, shorter ones are zero-padded
# "isk_live_" + 7 secret characters: enough to tell keys apart in a list, ~42 of 256 bits revealed
DISPLAY_PREFIX_CHARS = 16
MIN_PEPPER_BYTES = 16


def _base62(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = []
    while number:
        number, digit = divmod(number, 62)
        chars.append(_ALPHABET[digit])
    return "".join(reversed(chars)).rjust(SECRET_CHARS, "0")


def generate_key(environment: str = "live") -> str:
    """A new API key for ``live`` or ``test``; show it once, store only its digest."""
    return PREFIXES[environment] + _base62(secrets.token_bytes(SECRET_BYTES))


def looks_like_key(presented: str) -> bool:
    """Cheap shape check so garbage is refused before any hashing or lookup."""
    for prefix in PREFIXES.values():
        if presented.startswith(prefix):
            body = presented[len(prefix):]
            return len(body) == SECRET_CHARS and all(c in _ALPHABET for c in body)
    return False


def display_prefix(key: str) -> str:
    """The part of a key that may be shown in lists and logs."""
    return key[:DISPLAY_PREFIX_CHARS]


class KeyHasher:
    """HMAC-SHA256 with a server-side pepper. Holds the pepper; never stores or logs keys."""

    def __init__(self, pepper: bytes | str) -> None:
        raw = pepper.encode() if isinstance(pepper, str) else pepper
        if len(raw) < MIN_PEPPER_BYTES:
            raise ConfigError([ConfigProblem("key_pepper", f"must be at least {MIN_PEPPER_BYTES} bytes")])
        self._pepper = raw

    def digest(self, key: str) -> str:
        return hmac.new(self._pepper, key.encode(), hashlib.sha256).hexdigest()

    def matches(self, key: str, stored_digest: str) -> bool:
        """Constant-time comparison of a presented key against a stored digest."""
        return hmac.compare_digest(self.digest(key), stored_digest)


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """What the request path needs to know about a verified key. Contains no secret."""

    id: str
    tenant_id: str
    tenant: str
    tier: str
    scopes: tuple[str, ...]
    prefix: str
    environment: str
    expires_at: datetime | None
    grace_until: datetime | None

    def usable_at(self, now: datetime) -> bool:
        """False once the key expired or its rotation grace period ended."""
        return all(limit is None or now < limit for limit in (self.expires_at, self.grace_until))


@dataclass(frozen=True, slots=True)
class IssuedKey:
    """A key just created or rotated: ``key`` is the only copy of the secret and is shown once."""

    id: str
    key: str
    prefix: str
    tenant_id: str
    tenant: str
    scopes: tuple[str, ...]
    environment: str
    expires_at: datetime | None
