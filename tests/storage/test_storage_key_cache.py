"""KeyCache: no query per request within the TTL, invalidation, expiry honoured from memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage_backend import Backend, backend_fixture  # noqa: F401  (registers the fixture)

from infershield.storage import (
    Database,
    KeyCache,
    KeyHasher,
    KeyRecord,
    KeyStore,
    LastUsedRecorder,
    TenantRepository,
)
from infershield.storage.keys import generate_key

PEPPER = "unit-test-pepper-0123456789"


class CountingStore(KeyStore):
    """A real KeyStore that counts database verifications."""

    calls = 0

    async def verify(self, presented: str) -> KeyRecord | None:
        self.calls += 1
        return await super().verify(presented)


class Ticker:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_hits_are_served_from_memory_until_the_ttl(backend: Backend) -> None:
    async def body(db: Database) -> None:
        await TenantRepository(db).create("acme")
        store = CountingStore(db, KeyHasher(PEPPER))
        issued = await store.create("acme")
        ticker = Ticker()
        recorder = LastUsedRecorder(store)
        cache = KeyCache(store, ttl=5.0, monotonic=ticker, recorder=recorder)
        for _ in range(10):
            record = await cache.verify(issued.key)
            assert record is not None
            assert record.id == issued.id
        assert store.calls == 1
        assert recorder.pending == 1
        unknown = generate_key()
        assert await cache.verify(unknown) is None
        assert await cache.verify(unknown) is None
        assert store.calls == 2  # unknown keys are cached too
        assert await cache.verify("not-a-key") is None
        assert store.calls == 2  # malformed keys never reach the database
        ticker.now += 5.0
        assert await cache.verify(issued.key) is not None
        assert store.calls == 3

    backend.run(body)


def test_invalidate_makes_a_revocation_effective_at_once(backend: Backend) -> None:
    async def body(db: Database) -> None:
        await TenantRepository(db).create("acme")
        store = KeyStore(db, KeyHasher(PEPPER))
        issued = await store.create("acme")
        ticker = Ticker()
        cache = KeyCache(store, ttl=5.0, monotonic=ticker)
        assert await cache.verify(issued.key) is not None
        await store.revoke(issued.id, "test")
        # another process revoked it: still cached until the TTL ends
        assert await cache.verify(issued.key) is not None
        cache.invalidate(issued.id)
        assert len(cache) == 0
        assert await cache.verify(issued.key) is None

    backend.run(body)


def test_expiry_and_grace_are_enforced_inside_the_ttl(backend: Backend) -> None:
    now = [datetime(2030, 1, 1, tzinfo=UTC)]

    def clock() -> datetime:
        return now[0]

    async def body(db: Database) -> None:
        await TenantRepository(db).create("acme")
        store = KeyStore(db, KeyHasher(PEPPER), clock=clock)
        issued = await store.create("acme", expires_at=now[0] + timedelta(seconds=2))
        cache = KeyCache(store, ttl=3600, clock=clock)
        assert await cache.verify(issued.key) is not None
        now[0] += timedelta(seconds=2)
        assert await cache.verify(issued.key) is None

    backend.run(body)


def test_cache_is_bounded(backend: Backend) -> None:
    async def body(db: Database) -> None:
        store = KeyStore(db, KeyHasher(PEPPER))
        cache = KeyCache(store, max_entries=5)
        for _ in range(12):
            await cache.verify(generate_key())
        assert len(cache) == 5

    backend.run(body)
