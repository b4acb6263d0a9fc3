"""What only the Redis store has: its stored form, TTLs on both keys, and failure translation."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import orjson
import pytest
import redis

from infershield.core.types import Role, SessionAction, SessionEvent
from infershield.errors import BackendUnavailableError, MalformedInputError
from infershield.sessions.redis import RedisSessionStore, decode_event, encode_event
from redis_service import require_redis, unique_prefix

EVENT = SessionEvent(Role.TOOL, frozenset({SessionAction.PRIVILEGED_WRITE, SessionAction.FILE_READ}), 2,
                     frozenset({"secret.github_token"}), 90, 1)


@pytest.fixture(scope="module")
def redis_url() -> str:
    return require_redis()


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    yield from unique_prefix(redis_url, "sessions")


def test_events_encode_compactly_and_deterministically() -> None:
    raw = encode_event(EVENT)
    assert raw == b'["tool",["FILE_READ","PRIVILEGED_WRITE"],2,["secret.github_token"],90,1]'
    assert decode_event(raw) == EVENT


def test_older_records_with_fewer_fields_still_decode() -> None:
    assert decode_event(b'["user"]') == SessionEvent(Role.USER)
    assert decode_event(b'["user",[],1]') == SessionEvent(Role.USER, privilege=1)


@pytest.mark.parametrize("raw", [b"not json", b"[]", b'["wizard"]', b'["user",["NOPE"]]', b"{}"])
def test_malformed_records_raise_our_error(raw: bytes) -> None:
    with pytest.raises(MalformedInputError):
        decode_event(raw)


def test_stored_keys_hold_labels_only_and_carry_the_ttl(redis_url: str, redis_prefix: str) -> None:
    async def main() -> None:
        store = RedisSessionStore.from_url(redis_url, prefix=redis_prefix, ttl_seconds=30)
        try:
            await store.append("sess-1", [EVENT], (("[EMAIL_ADDRESS_1]", "a@b.example"),))
        finally:
            await store.aclose()

    asyncio.run(main())
    client = redis.Redis.from_url(redis_url)
    try:
        events_key, map_key = f"{redis_prefix}{{sess-1}}:ev", f"{redis_prefix}{{sess-1}}:rm"
        assert sorted(client.scan_iter(match=redis_prefix + "*")) == sorted([events_key.encode(), map_key.encode()])
        assert client.lrange(events_key, 0, -1) == [encode_event(EVENT)]
        assert orjson.loads(client.get(map_key) or b"") == [["[EMAIL_ADDRESS_1]", "a@b.example"]]
        for key in (events_key, map_key):
            assert 0 < client.pttl(key) <= 30_000
    finally:
        client.close()


def test_an_unreachable_server_raises_backend_unavailable() -> None:
    async def main() -> None:
        store = RedisSessionStore.from_url("redis://127.0.0.1:1/0", timeout=0.05)
        try:
            with pytest.raises(BackendUnavailableError):
                await store.load("s")
            with pytest.raises(BackendUnavailableError):
                await store.append("s", [EVENT], ())
        finally:
            await store.aclose()

    asyncio.run(main())


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="max_events"):
        RedisSessionStore.from_url("redis://127.0.0.1:6379/0", max_events=0)


def test_scripts_reload_after_noscript_and_bursts_wait_for_a_connection(redis_url: str, redis_prefix: str) -> None:
    async def main() -> int:
        store = RedisSessionStore.from_url(redis_url, prefix=redis_prefix, timeout=2.0, max_connections=4)
        try:
            await store.append("s", [EVENT], ())
            store._shas = dict.fromkeys(store._shas, "0" * 40)  # as if the server had lost its script cache
            # 50 concurrent calls share 4 connections: they queue for the pool instead of failing.
            await asyncio.gather(*(store.append("s", [EVENT], ()) for _ in range(49)))
            return len((await store.load("s")).events)
        finally:
            await store.aclose()

    assert asyncio.run(main()) == 50
