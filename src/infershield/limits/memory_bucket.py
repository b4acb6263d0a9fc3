"""Token buckets in process memory: the zero-configuration default and the fallback when Redis is down."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from infershield.limits.base import Charge, Decision, RateLimitBackend
from infershield.limits.bucket_math import admits, check_charges, decision, refilled, settle


class MemoryTokenBucket(RateLimitBackend):
    """Per-process buckets with the same semantics as the Redis backend.

    At most ``max_buckets`` are kept; the least recently used is forgotten first, which only ever makes
    a forgotten bucket full again (a limit briefly looser, never stricter). ``clock`` is injectable so
    tests can drive time.
    """

    def __init__(self, *, max_buckets: int = 100_000, clock: Callable[[], float] = time.monotonic) -> None:
        if max_buckets < 1:
            raise ValueError("max_buckets must be at least 1")
        self._max_buckets = max_buckets
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    async def take(self, charges: Sequence[Charge]) -> Decision:
        return self._apply(charges, force=False)

    async def charge(self, charges: Sequence[Charge]) -> Decision:
        return self._apply(charges, force=True)

    def _apply(self, charges: Sequence[Charge], *, force: bool) -> Decision:
        # No await in here: the read-check-write below is atomic with respect to other tasks.
        check_charges(charges)
        now = self._clock()
        balances = [refilled(c.bucket, self._buckets.get(c.bucket.name), now) for c in charges]
        allowed = force or admits(charges, balances)
        if not allowed:
            return decision(charges, balances, False)
        after = [settle(c.bucket, b, c.cost) for c, b in zip(charges, balances, strict=True)]
        for c, balance in zip(charges, after, strict=True):
            self._buckets[c.bucket.name] = (balance, now)
            self._buckets.move_to_end(c.bucket.name)
        while len(self._buckets) > self._max_buckets:
            self._buckets.popitem(last=False)
        return decision(charges, after, True)
