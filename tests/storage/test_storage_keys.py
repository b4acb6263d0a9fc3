"""API keys: format, keyed hashing, and the whole lifecycle on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from storage_backend import Backend, backend_fixture  # noqa: F401  (registers the fixture)

from infershield.errors import ConfigError, ConflictError, MalformedInputError, NotFoundError
from infershield.storage import Database, KeyHasher, KeyStore, LastUsedRecorder, TenantRepository
from infershield.storage.keys import DISPLAY_PREFIX_CHARS, generate_key, looks_like_key

PEPPER = "unit-test-pepper-0123456789"


class Clock:
    """A settable UTC clock."""

    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.parametrize(("environment", "prefix"), [("live", "isk_live_"), ("test", "isk_test_")])
def test_generated_keys_have_the_prefix_and_256_random_bits(environment: str, prefix: str) -> None:
    keys = {generate_key(environment) for _ in range(200)}
    assert len(keys) == 200
    for key in keys:
        assert key.startswith(prefix)
        assert len(key) == len(prefix) + 43
        assert looks_like_key(key)


@pytest.mark.parametrize("bad", ["", "isk_live_", "isk_prod_" + "a" * 43, "isk_live_" + "a" * 42,
                                 "isk_live_" + "a" * 42 + "!", "Bearer isk_live_" + "a" * 43])
def test_malformed_keys_are_refused_by_shape(bad: str) -> None:
    assert not looks_like_key(bad)


def test_hmac_digest_depends_on_the_pepper_and_compares() -> None:
    key = generate_key()
    hasher, other = KeyHasher(PEPPER), KeyHasher(PEPPER + "x")
    digest = hasher.digest(key)
    assert len(digest) == 64
    assert digest != other.digest(key)
    assert hasher.matches(key, digest)
    assert not other.matches(key, digest)
    assert not hasher.matches(generate_key(), digest)
    with pytest.raises(ConfigError):
        KeyHasher("short")


def test_create_list_verify_revoke(backend: Backend) -> None:
    async def body(db: Database) -> None:
        tenant = await TenantRepository(db).create("acme", "pro")
        store = KeyStore(db, KeyHasher(PEPPER))
        issued = await store.create("acme", "ci", scopes=["chat", "admin:read", "chat"], environment="test")
        assert issued.key.startswith("isk_test_")
        assert issued.prefix == issued.key[:DISPLAY_PREFIX_CHARS]
        assert issued.scopes == ("chat", "admin:read")
        record = await store.verify(issued.key)
        assert record is not None
        assert (record.id, record.tenant_id, record.tenant, record.tier) == (issued.id, tenant.id, "acme", "pro")
        assert record.scopes == ("chat", "admin:read")
        assert await store.verify(generate_key("test")) is None
        # the same key under another pepper is unknown: the digest is keyed
        assert await KeyStore(db, KeyHasher(PEPPER + "x")).verify(issued.key) is None
        (listed,) = await store.list_keys("acme")
        assert listed.prefix == issued.prefix
        assert listed.status(datetime.now(UTC)) == "active"
        revoked = await store.revoke(issued.id, "leaked in a log")
        assert (revoked.revoke_reason, revoked.status(datetime.now(UTC))) == ("leaked in a log", "revoked")
        assert await store.verify(issued.key) is None
        with pytest.raises(ConflictError):
            await store.revoke(issued.id, "again")
        with pytest.raises(NotFoundError):
            await store.revoke("0" * 32, "missing")
        with pytest.raises(NotFoundError):
            await store.create("nobody")
        with pytest.raises(MalformedInputError):
            await store.create("acme", scopes=["Bad Scope"])

    backend.run(body)


def test_keys_stop_working_when_they_expire(backend: Backend) -> None:
    clock = Clock()

    async def body(db: Database) -> None:
        await TenantRepository(db).create("acme")
        store = KeyStore(db, KeyHasher(PEPPER), clock=clock)
        issued = await store.create("acme", expires_at=clock.now + timedelta(days=30))
        assert await store.verify(issued.key) is not None
        clock.now += timedelta(days=30)
        assert await store.verify(issued.key) is None
        with pytest.raises(MalformedInputError):
            await store.create("acme", expires_at=clock.now - timedelta(seconds=1))

    backend.run(body)


def test_rotation_grace_both_work_then_old_stops(backend: Backend) -> None:
    clock = Clock()

    async def body(db: Database) -> None:
        await TenantRepository(db).create("acme")
        store = KeyStore(db, KeyHasher(PEPPER), clock=clock)
        old = await store.create("acme", "svc", scopes=["chat"], expires_at=clock.now + timedelta(days=90))
        clock.now += timedelta(days=10)
        new = await store.rotate(old.id, timedelta(hours=24))
        assert new.key != old.key
        assert (new.scopes, new.tenant) == (("chat",), "acme")
        assert new.expires_at == clock.now + timedelta(days=90)  # same lifetime, counted from now
        old_during = await store.verify(old.key)
        assert old_during is not None
        assert old_during.grace_until == clock.now + timedelta(hours=24)
        assert await store.verify(new.key) is not None
        assert (await store.get(old.id)).status(clock.now) == "rotating"
        with pytest.raises(ConflictError):
            await store.rotate(old.id, timedelta(hours=1))
        clock.now += timedelta(hours=24)
        assert await store.verify(old.key) is None
        assert await store.verify(new.key) is not None
        assert (await store.get(old.id)).rotated_to_id == new.id
        with pytest.raises(MalformedInputError):
            await store.rotate(new.id, timedelta(seconds=-1))

    backend.run(body)


def test_last_used_is_written_in_batches(backend: Backend) -> None:
    async def body(db: Database) -> None:
        await TenantRepository(db).create("acme")
        store = KeyStore(db, KeyHasher(PEPPER))
        first, second = await store.create("acme"), await store.create("acme")
        recorder = LastUsedRecorder(store, interval=3600)
        recorder.touch(first.id)
        recorder.touch(second.id)
        recorder.touch(first.id)
        assert recorder.pending == 2
        assert (await store.get(first.id)).last_used_at is None
        assert await recorder.flush() == 2
        assert recorder.pending == 0
        assert (await store.get(first.id)).last_used_at is not None
        assert (await store.get(second.id)).last_used_at is not None

    backend.run(body)
