"""Circuit breaking and retrying for upstream calls. Clock, sleep and randomness are injectable for tests.

Only :class:`ProviderError` with ``retryable=True`` is retried (429, 5xx, timeouts, connection errors).
Waits use exponential backoff with full jitter; a ``Retry-After`` the upstream sent is honoured when it is
no longer than ``RetrySpec.max_delay``; a longer one ends the retries at once, so the router can fall back
to another provider instead of holding the caller.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import Awaitable, Callable
from email.utils import parsedate_to_datetime
from typing import Literal, TypeVar

from infershield.providers.base import ProviderError
from infershield.providers.spec import BreakerSpec, RetrySpec

T = TypeVar("T")
BreakerState = Literal["closed", "open", "half_open"]
Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

# A Retry-After further away than this is treated as this; upstreams occasionally send nonsense.
RETRY_AFTER_LIMIT = 3600.0


class CircuitOpenError(ProviderError):
    """The provider's breaker is open, so it was not called. Never retried; the router falls back."""

    def __init__(self, provider: str) -> None:
        super().__init__("provider temporarily unavailable", status=503, retryable=True, provider=provider)


class CircuitBreaker:
    """Closed → open after N consecutive failures → half-open single probe after ``reset_seconds``.

    A successful probe closes the breaker; a failed probe opens it again for another ``reset_seconds``.
    Call :meth:`allow` before each upstream attempt and then exactly one of :meth:`record_success`,
    :meth:`record_failure` or :meth:`record_abandoned` (cancelled before an outcome was known).
    """

    def __init__(self, spec: BreakerSpec | None = None, *, clock: Clock = time.monotonic) -> None:
        self._spec = spec or BreakerSpec()
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> BreakerState:
        """``closed``, ``open``, or ``half_open`` (reset time passed: the next call is a probe)."""
        if self._opened_at is None:
            return "closed"
        if self._probing or self._clock() - self._opened_at >= self._spec.reset_seconds:
            return "half_open"
        return "open"

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def allow(self) -> bool:
        """May a call go upstream now? In half-open state only one probe at a time is allowed."""
        state = self.state
        if state == "closed":
            return True
        if state == "open" or self._probing:
            return False
        self._probing = True
        return True

    def record_success(self) -> None:
        self._failures = 0
        self._opened_at = None
        self._probing = False

    def record_failure(self) -> None:
        self._failures += 1
        if self._probing or self._failures >= max(1, self._spec.failure_threshold):
            self._opened_at = self._clock()
        self._probing = False

    def record_abandoned(self) -> None:
        """The call was cancelled: free the probe slot without judging the upstream."""
        self._probing = False


def counts_as_failure(error: ProviderError) -> bool:
    """Upstream health failures (5xx, 429, timeouts, auth) trip the breaker; the caller's 4xx do not."""
    return error.retryable or error.status >= 500


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date), capped; None if absent."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), RETRY_AFTER_LIMIT)


def backoff_delay(retry_index: int, spec: RetrySpec, rand: Callable[[], float] = random.random) -> float:
    """Full jitter: uniform in [0, min(max_delay, base_delay * 2**retry_index))."""
    ceiling = min(spec.max_delay, spec.base_delay * 2.0 ** min(retry_index, 32))
    return rand() * ceiling


async def retry_call(
    call: Callable[[], Awaitable[T]],
    spec: RetrySpec,
    *,
    sleep: Sleep = asyncio.sleep,
    rand: Callable[[], float] = random.random,
    on_retry: Callable[[], None] | None = None,
) -> T:
    """Run ``call`` up to ``spec.max_attempts`` times, retrying retryable :class:`ProviderError` only.

    ``on_retry`` is called before each retry (for counting; providers import no metrics library)."""
    attempts = max(1, spec.max_attempts)
    for attempt in range(attempts):
        try:
            return await call()
        except CircuitOpenError:
            raise
        except ProviderError as exc:
            if not exc.retryable or attempt + 1 >= attempts:
                raise
            if exc.retry_after is not None:
                if exc.retry_after > spec.max_delay:
                    raise
                delay = exc.retry_after
            else:
                delay = backoff_delay(attempt, spec, rand)
            if on_retry is not None:
                on_retry()
            await sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover
