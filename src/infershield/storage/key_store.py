"""`KeyStore`: the API key lifecycle (create, list, revoke, rotate with a grace period) and verification.

Rotation issues a new key and lets the old one keep working until ``grace_until`` so clients can
switch without an outage; after that the old key verifies as unknown. Revocation is immediate in
this process once the ``KeyCache`` is invalidated, and within the cache TTL elsewhere.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from infershield.errors import ConflictError, MalformedInputError, NotFoundError
from infershield.storage.columns import utcnow
from infershield.storage.database import Database
from infershield.storage.keys import (
    PREFIXES,
    IssuedKey,
    KeyHasher,
    KeyRecord,
    display_prefix,
    generate_key,
    looks_like_key,
)
from infershield.storage.models import ApiKey, Tenant

_SCOPE = re.compile(r"[a-z0-9][a-z0-9:._*-]{0,63}")


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """A stored key as listed to administrators (no secret, no digest)."""

    id: str
    tenant_id: str
    name: str
    prefix: str
    environment: str
    scopes: tuple[str, ...]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    revoke_reason: str | None
    rotated_to_id: str | None
    grace_until: datetime | None
    last_used_at: datetime | None

    def status(self, now: datetime) -> str:
        """``revoked``, ``expired``, ``rotated`` (grace over), ``rotating`` (in grace) or ``active``."""
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and now >= self.expires_at:
            return "expired"
        if self.grace_until is not None:
            return "rotated" if now >= self.grace_until else "rotating"
        return "active"


def _info(row: ApiKey) -> KeyInfo:
    return KeyInfo(row.id, row.tenant_id, row.name, row.prefix, row.environment, tuple(row.scopes),
                   row.created_at, row.expires_at, row.revoked_at, row.revoke_reason, row.rotated_to_id,
                   row.grace_until, row.last_used_at)


def check_scopes(scopes: Iterable[str]) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(s.strip() for s in scopes if s.strip()))
    bad = [s for s in cleaned if not _SCOPE.fullmatch(s)]
    if bad:
        raise MalformedInputError(f"invalid scope {bad[0]!r}: use lowercase letters, digits and : . _ * -")
    return cleaned


class KeyStore:
    """API keys of every tenant. ``clock`` returns aware UTC datetimes (tests move it)."""

    def __init__(self, db: Database, hasher: KeyHasher, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._hasher = hasher
        self._clock = clock

    @property
    def hasher(self) -> KeyHasher:
        return self._hasher

    async def create(self, tenant: str, name: str = "default", *, scopes: Iterable[str] = (),
                     expires_at: datetime | None = None, environment: str = "live") -> IssuedKey:
        """Issue a key for ``tenant`` (id or name). The returned ``key`` is the only copy of the secret."""
        if environment not in PREFIXES:
            raise MalformedInputError(f"environment must be one of {', '.join(PREFIXES)}")
        now = self._clock()
        if expires_at is not None and expires_at <= now:
            raise MalformedInputError("expires_at is in the past")
        clean_scopes = check_scopes(scopes)
        async with self._db.session() as session:
            owner = await _tenant(session, tenant)
            key, row = self._new_row(owner.id, name, clean_scopes, environment, now, expires_at)
            session.add(row)
        return IssuedKey(row.id, key, row.prefix, owner.id, owner.name, clean_scopes, environment, expires_at)

    def _new_row(self, tenant_id: str, name: str, scopes: tuple[str, ...], environment: str,
                 now: datetime, expires_at: datetime | None) -> tuple[str, ApiKey]:
        key = generate_key(environment)
        row = ApiKey(id=uuid.uuid4().hex, tenant_id=tenant_id, name=name, prefix=display_prefix(key),
                     digest=self._hasher.digest(key), environment=environment, scopes=list(scopes),
                     created_at=now, expires_at=expires_at)
        return key, row

    async def list_keys(self, tenant: str | None = None) -> list[KeyInfo]:
        """Every key, or one tenant's (id or name), oldest first."""
        async with self._db.session() as session:
            query = select(ApiKey).order_by(ApiKey.created_at, ApiKey.id)
            if tenant is not None:
                query = query.where(ApiKey.tenant_id == (await _tenant(session, tenant)).id)
            rows = (await session.scalars(query)).all()
        return [_info(row) for row in rows]

    async def get(self, key_id: str) -> KeyInfo:
        async with self._db.session() as session:
            row = await session.get(ApiKey, key_id)
        if row is None:
            raise NotFoundError(f"no API key {key_id!r}")
        return _info(row)

    async def revoke(self, key_id: str, reason: str) -> KeyInfo:
        """Revoke now. ``ConflictError`` if it already is; remember to ``KeyCache.invalidate`` it."""
        async with self._db.session() as session:
            result = await session.execute(
                update(ApiKey).where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
                .values(revoked_at=self._clock(), revoke_reason=reason[:500]))
            if cast(CursorResult[Any], result).rowcount == 0:
                await self._explain_missing(session, key_id, "already revoked")
            row = await session.get(ApiKey, key_id)
            assert row is not None
            await session.refresh(row)
        return _info(row)

    async def rotate(self, key_id: str, grace: timedelta) -> IssuedKey:
        """Issue a replacement; the old key keeps working for ``grace``, then stops.

        The new key has the same tenant, name, scopes and environment, and the same lifetime
        length as the old one (none if the old one never expired).
        """
        if grace < timedelta(0):
            raise MalformedInputError("the grace period cannot be negative")
        now = self._clock()
        new_id = uuid.uuid4().hex
        async with self._db.session() as session:
            # the conditional UPDATE is the check: two concurrent rotations cannot both win
            result = await session.execute(
                update(ApiKey)
                .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None), ApiKey.rotated_to_id.is_(None))
                .values(rotated_to_id=new_id, grace_until=now + grace))
            if cast(CursorResult[Any], result).rowcount == 0:
                await self._explain_missing(session, key_id, "revoked or already rotated")
            old = (await session.scalars(select(ApiKey).where(ApiKey.id == key_id))).one()
            if old.expires_at is not None and old.expires_at <= now:
                raise ConflictError(f"API key {key_id!r} has expired; create a new one")
            expires = None if old.expires_at is None else now + (old.expires_at - old.created_at)
            key, row = self._new_row(old.tenant_id, old.name, tuple(old.scopes), old.environment, now, expires)
            row.id = new_id
            session.add(row)
            owner = await _tenant(session, old.tenant_id)
        return IssuedKey(row.id, key, row.prefix, owner.id, owner.name, tuple(row.scopes), row.environment,
                         expires)

    async def verify(self, presented: str) -> KeyRecord | None:
        """The key's record, or None when it is malformed, unknown, revoked, expired or past its grace."""
        if not looks_like_key(presented):
            return None
        digest = self._hasher.digest(presented)
        async with self._db.session() as session:
            found = (await session.execute(
                select(ApiKey, Tenant).join(Tenant, Tenant.id == ApiKey.tenant_id)
                .where(ApiKey.digest == digest))).first()
        if found is None:
            return None
        row, tenant = found
        if not self._hasher.matches(presented, row.digest) or row.revoked_at is not None:
            return None
        record = KeyRecord(row.id, tenant.id, tenant.name, tenant.tier, tuple(row.scopes), row.prefix,
                           row.environment, row.expires_at, row.grace_until)
        return record if record.usable_at(self._clock()) else None

    async def record_last_used(self, stamps: Mapping[str, datetime]) -> None:
        """Write many ``last_used_at`` values in one transaction (see ``LastUsedRecorder``)."""
        if not stamps:
            return
        async with self._db.session() as session:
            await session.execute(update(ApiKey), [{"id": k, "last_used_at": ts} for k, ts in stamps.items()])

    @staticmethod
    async def _explain_missing(session: AsyncSession, key_id: str, state: str) -> None:
        if await session.get(ApiKey, key_id) is None:
            raise NotFoundError(f"no API key {key_id!r}")
        raise ConflictError(f"API key {key_id!r} is {state}")


async def _tenant(session: AsyncSession, id_or_name: str) -> Tenant:
    row = (await session.scalars(select(Tenant).where(
        (Tenant.id == id_or_name) | (Tenant.name == id_or_name)))).first()
    if row is None:
        raise NotFoundError(f"no tenant {id_or_name!r}")
    return row
