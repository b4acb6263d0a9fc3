"""Memory held by sessions: Redis for 100,000 active sessions, and the memory store at its bound.

    python benchmarks/sessions.py [--sessions 100000] [--events 12] [--url redis://127.0.0.1:6379/0]

Redis: appends ``--events`` events (in 3 requests, as a short conversation would) to each of ``--sessions``
sessions through ``RedisSessionStore``, one in ten with a two-entry redaction map, then prints the growth of
``INFO memory`` ``used_memory`` (other clients share the server, so expect a little noise), bytes per
session, and the append/load latency seen on the way. Everything lives under a unique prefix and is deleted.

Memory store: fills a ``MemorySessionStore(max_sessions=...)`` with three times its bound and prints the
number of sessions held and this process's RSS after each third, which must stop growing at the bound.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
import uuid
from collections.abc import Iterable
from dataclasses import replace

import redis

from infershield.core.types import Role, SessionAction, SessionEvent
from infershield.sessions.memory import MemorySessionStore
from infershield.sessions.redis import RedisSessionStore

EVENTS = (
    SessionEvent(Role.USER, risk=3),
    SessionEvent(Role.ASSISTANT, frozenset({SessionAction.EXTERNAL_API_CALL}), 0, frozenset(), 0, 1),
    SessionEvent(Role.TOOL, frozenset({SessionAction.FILE_READ}), 1, frozenset({"pii.EMAIL_ADDRESS"}), 40, 0),
    SessionEvent(Role.USER, risk=12),
)
MAP = (("[EMAIL_ADDRESS_1]", "jane.doe@example.com"), ("[PHONE_NUMBER_1]", "+1 415 555 0100"))


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def events_for(i: int, count: int) -> list[SessionEvent]:
    # Fresh objects, as each request's evaluation creates them (sharing constants would flatter the memory store).
    return [replace(EVENTS[(i + k) % len(EVENTS)], risk=(i + k) % 100) for k in range(count)]


async def redis_part(url: str, sessions: int, events: int, batch: int) -> None:
    prefix = f"bench:sess:{uuid.uuid4().hex}:"
    admin = redis.Redis.from_url(url)
    before = int(admin.info("memory")["used_memory"])
    store = RedisSessionStore.from_url(url, prefix=prefix, timeout=2.0, max_events=50, ttl_seconds=900)
    timings: list[float] = []

    async def timed_append(sid: str, evs: list[SessionEvent], i: int) -> None:
        start = time.perf_counter()
        await store.append(sid, evs, MAP if i % 10 == 0 else ())
        timings.append(time.perf_counter() - start)

    per_turn = [events // 3 + (1 if k < events % 3 else 0) for k in range(3)]
    started = time.perf_counter()
    try:
        for turn in per_turn:
            for lo in range(0, sessions, batch):
                await asyncio.gather(*(timed_append(f"s{i}", events_for(i, turn), i)
                                       for i in range(lo, min(lo + batch, sessions))))
        elapsed = time.perf_counter() - started
        after = int(admin.info("memory")["used_memory"])
        loads = []
        for i in range(0, sessions, max(sessions // 2000, 1)):
            start = time.perf_counter()
            state = await store.load(f"s{i}")
            loads.append(time.perf_counter() - start)
            assert len(state.events) == events
    finally:
        await store.aclose()
        deleted = 0
        for key_batch in _batches(admin.scan_iter(match=prefix + "*", count=5000), 5000):
            deleted += admin.delete(*key_batch)
        admin.close()
    grown = after - before
    print(f"redis: {sessions:,} sessions x {events} events (10 % with a redaction map)")
    print(f"  used_memory grew {grown / 2**20:.1f} MiB = {grown / sessions:.0f} bytes/session")
    print(f"  append (gathered {batch} at a time) p50 {_ms(timings, 49)} ms p95 {_ms(timings, 94)} ms; "
          f"{sessions * 3 / elapsed:,.0f} appends/s")
    print(f"  load (one at a time) p50 {_ms(loads, 49)} ms p95 {_ms(loads, 94)} ms")
    print(f"  cleaned up {deleted:,} keys")


def _ms(samples: list[float], index: int) -> str:
    return f"{statistics.quantiles(samples, n=100)[index] * 1000:.3f}"


def _batches(keys: Iterable[bytes], size: int) -> list[list[bytes]]:
    out: list[list[bytes]] = [[]]
    for key in keys:
        if len(out[-1]) == size:
            out.append([])
        out[-1].append(key)
    return [b for b in out if b]


async def memory_part(bound: int, events: int) -> None:
    store = MemorySessionStore(max_sessions=bound, max_events=50)
    gc.collect()
    print(f"memory store: max_sessions={bound:,}, {events} events each; RSS before {rss_mib():.1f} MiB")
    for third in range(3):
        for i in range(third * bound, (third + 1) * bound):
            await store.append(f"s{i}", events_for(i, events), MAP if i % 10 == 0 else ())
        gc.collect()
        print(f"  after {(third + 1) * bound:,} sessions written: holds {len(store):,}, RSS {rss_mib():.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=12)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--url", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    asyncio.run(redis_part(args.url, args.sessions, args.events, args.batch))
    asyncio.run(memory_part(args.sessions, args.events))


if __name__ == "__main__":
    main()
