"""Keep limiting when Redis is down: fall back to per-instance buckets (or deny, or allow) and recover.

While Redis is failing, calls skip it entirely until a backoff has passed (so an outage costs no
timeouts on the request path), then one call probes it; success switches back. The backoff doubles on
each failed probe up to a ceiling.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Literal

from infershield.errors import BackendUnavailableError
from infershield.limits.base import BucketState, Charge, Decision, RateLimitBackend
from infershield.limits.bucket_math import check_charges, decision

OnFailure = Literal["memory", "open", "closed"]
"""What to do while the shared store is down: limit per instance, allow everything, or deny everything."""

State = Literal["redis", "degraded_memory", "failed_open", "failed_closed"]
"""Where decisions currently come from (for health checks and metrics)."""

_STATES: dict[OnFailure, State] = {"memory": "degraded_memory", "open": "failed_open", "closed": "failed_closed"}


class FallbackRateLimiter(RateLimitBackend):
    """Wraps a shared backend (Redis) and a local one (memory). Never raises the shared backend's errors.

    Note that while degraded each instance enforces the full limit on its own, so N instances admit up
    to N times the limit: ``on_failure="closed"`` is the choice when that is unacceptable.
    """

    def __init__(self, primary: RateLimitBackend, local: RateLimitBackend, *, on_failure: OnFailure = "memory",
                 backoff: float = 1.0, max_backoff: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._primary = primary
        self._local = local
        self._on_failure = on_failure
        self._base_backoff = backoff
        self._max_backoff = max_backoff
        self._clock = clock
        self._backoff = backoff
        self._retry_at = 0.0
        self._probing = False
        self._state: State = "redis"
        self.failures = 0
        """How many calls to the shared backend have failed (a counter for metrics)."""

    @property
    def state(self) -> State:
        return self._state

    async def take(self, charges: Sequence[Charge]) -> Decision:
        return await self._call(charges, force=False)

    async def charge(self, charges: Sequence[Charge]) -> Decision:
        return await self._call(charges, force=True)

    async def aclose(self) -> None:
        await self._primary.aclose()
        await self._local.aclose()

    async def _call(self, charges: Sequence[Charge], *, force: bool) -> Decision:
        check_charges(charges)
        if self._state == "redis" or self._may_probe():
            probing = self._state != "redis"
            self._probing = probing
            try:
                result = await (self._primary.charge(charges) if force else self._primary.take(charges))
            except BackendUnavailableError:
                self._failed(probing)
            else:
                if probing:
                    self._recovered()
                return result
            finally:
                if probing:
                    self._probing = False
        return await self._degraded(charges, force=force)

    def _may_probe(self) -> bool:
        # One probe at a time; every other call keeps using the fallback without waiting.
        return not self._probing and self._clock() >= self._retry_at

    def _failed(self, probing: bool) -> None:
        self.failures += 1
        if probing:
            self._backoff = min(self._backoff * 2, self._max_backoff)
        elif self._state != "redis":
            # A call already in flight when the outage was noticed: the backoff is running, don't extend it.
            return
        self._state = _STATES[self._on_failure]
        self._retry_at = self._clock() + self._backoff

    def _recovered(self) -> None:
        self._state = "redis"
        self._backoff = self._base_backoff

    async def _degraded(self, charges: Sequence[Charge], *, force: bool) -> Decision:
        if self._on_failure == "memory" or force:
            # Post-hoc charges still go to the local buckets so degraded limiting stays meaningful.
            return await (self._local.charge(charges) if force else self._local.take(charges))
        if self._on_failure == "open":
            return decision(charges, [c.bucket.capacity for c in charges], True)
        # Closed: nothing is known about the buckets; ask the client to come back after the next probe.
        wait = max(self._retry_at - self._clock(), 0.0)
        return Decision(False, tuple(BucketState(c.bucket, 0.0, wait, wait) for c in charges))
