"""Token buckets in Redis: one Lua script checks and charges every bucket of a request atomically.

One round trip per request whatever the number of buckets. The script reads the server clock
(``redis.call('TIME')``) so gateway instances with skewed clocks agree, and gives each bucket a TTL of
"time until full again" so idle buckets vanish (an expired bucket is a full one, so nothing changes).
All buckets of a call must live on one Redis node (no cluster slot spreading).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any

import redis.asyncio as aredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import NoScriptError, RedisError

from infershield.errors import BackendUnavailableError
from infershield.limits.base import Charge, Decision, RateLimitBackend
from infershield.limits.bucket_math import check_charges, decision

# Mirrors bucket_math.py operation by operation (same float results). Buckets are hashes {t, ts}.
# KEYS: bucket keys. ARGV[1]: "take" | "charge"; ARGV[2]: now in seconds, "" for the server clock;
# ARGV[3]: "capacity refill cost" for each key, space-separated in one string (one argument instead of three
# per bucket: the client's command packing cost grows with the argument count). Returns {allowed, balances...}.
_SCRIPT = """
local p = {}
for v in string.gmatch(ARGV[3], '%S+') do p[#p + 1] = tonumber(v) end
local now
if ARGV[2] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
else
  now = tonumber(ARGV[2])
end
local force = ARGV[1] == 'charge'
local n = #KEYS
local bal = {}
local allowed = true
for i = 1, n do
  local cap, rate, cost = p[3 * i - 2], p[3 * i - 1], p[3 * i]
  local s = redis.call('HMGET', KEYS[i], 't', 'ts')
  local tokens = cap
  if s[1] then
    local elapsed = now - tonumber(s[2])
    if elapsed < 0 then elapsed = 0 end
    tokens = math.min(cap, tonumber(s[1]) + elapsed * rate)
  end
  bal[i] = tokens
  if not force and cost > 0 and tokens + 1e-9 < cost then allowed = false end
end
local out = {allowed and 1 or 0}
for i = 1, n do
  local tokens = bal[i]
  if allowed then
    local cap, rate, cost = p[3 * i - 2], p[3 * i - 1], p[3 * i]
    tokens = math.max(-cap, math.min(cap, tokens - cost))
    redis.call('HSET', KEYS[i], 't', string.format('%.17g', tokens), 'ts', string.format('%.17g', now))
    if rate > 0 then
      redis.call('PEXPIRE', KEYS[i], math.ceil(((cap - tokens) / rate + 1) * 1000))
    else
      redis.call('PERSIST', KEYS[i])
    end
  end
  out[i + 1] = string.format('%.17g', tokens)
end
return out
"""

_FAILURES = (RedisError, OSError, asyncio.TimeoutError)


def make_client(url: str, *, timeout: float = 0.05, max_connections: int = 64,
                pool_timeout: float = 0.5) -> aredis.Redis:
    """A client that fails fast: short connect/read timeouts and no retries (the fallback handles it).

    The pool blocks up to ``pool_timeout`` for a free connection when ``max_connections`` are busy,
    instead of failing at once as redis-py's default pool does (which would turn a burst into an outage).
    """
    pool = aredis.BlockingConnectionPool.from_url(
        url,
        max_connections=max_connections,
        timeout=pool_timeout,
        socket_timeout=timeout,
        socket_connect_timeout=timeout,
        retry=Retry(NoBackoff(), 0),
    )
    return aredis.Redis.from_pool(pool)


class RedisTokenBucket(RateLimitBackend):
    """Buckets shared by every gateway instance. Redis failures raise :class:`BackendUnavailableError`.

    ``clock`` replaces the server clock (tests compare decisions with the memory backend on one clock).
    """

    def __init__(self, client: aredis.Redis, *, prefix: str = "infershield:rl:",
                 clock: Callable[[], float] | None = None, owns_client: bool = False) -> None:
        self._client = client
        self._prefix = prefix
        self._clock = clock
        self._owns_client = owns_client
        self._sha: str | None = None

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 0.05, prefix: str = "infershield:rl:") -> RedisTokenBucket:
        """Build the client too (nothing connects until the first call); ``aclose`` closes it."""
        return cls(make_client(url, timeout=timeout), prefix=prefix, owns_client=True)

    async def take(self, charges: Sequence[Charge]) -> Decision:
        return await self._run(charges, "take")

    async def charge(self, charges: Sequence[Charge]) -> Decision:
        return await self._run(charges, "charge")

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def _run(self, charges: Sequence[Charge], mode: str) -> Decision:
        check_charges(charges)
        if not charges:
            return Decision(True, ())
        keys = [self._prefix + c.bucket.name for c in charges]
        # repr() of a float round-trips exactly, so the script computes with the very same numbers.
        numbers = " ".join(f"{float(c.bucket.capacity)!r} {float(c.bucket.refill_per_second)!r} {float(c.cost)!r}"
                           for c in charges)
        args = [mode, "" if self._clock is None else repr(self._clock()), numbers]
        try:
            reply = await self._evalsha(keys, args)
        except _FAILURES as exc:
            raise BackendUnavailableError(f"rate-limit store failed: {type(exc).__name__}") from exc
        allowed = int(reply[0]) == 1
        return decision(charges, [float(v) for v in reply[1:]], allowed)

    async def _evalsha(self, keys: list[str], args: list[str]) -> list[Any]:
        if self._sha is None:
            self._sha = str(await self._client.script_load(_SCRIPT))
        try:
            reply = await self._client.evalsha(self._sha, len(keys), *keys, *args)
        except NoScriptError:  # the server restarted or SCRIPT FLUSH ran: load again, once
            self._sha = str(await self._client.script_load(_SCRIPT))
            reply = await self._client.evalsha(self._sha, len(keys), *keys, *args)
        return list(reply)
