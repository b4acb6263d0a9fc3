"""The rate-limit contract: token buckets checked and charged together, in one step.

A request usually has to pass several buckets at once (requests/min and tokens/min, for the API key and
for its tenant). ``take`` checks all of them and charges either all or none, so a request refused by the
tenant's bucket does not also eat the key's budget.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BucketSpec:
    """One token bucket: holds at most ``capacity`` and gains ``refill_per_second`` (floats allowed).

    ``name`` identifies the bucket in the backend (e.g. ``key:k1:requests``); ``dimension`` says what it
    counts (``requests`` or ``tokens``) so response headers can report the tightest bucket of each kind.
    """

    name: str
    capacity: float
    refill_per_second: float
    dimension: str = "requests"

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a bucket needs a name")
        if not (self.capacity > 0 and math.isfinite(self.capacity)):
            raise ValueError(f"bucket {self.name!r}: capacity must be a positive finite number")
        if not (self.refill_per_second >= 0 and math.isfinite(self.refill_per_second)):
            raise ValueError(f"bucket {self.name!r}: refill must be a non-negative finite number")


@dataclass(frozen=True, slots=True)
class Charge:
    """Take ``cost`` tokens from ``bucket`` (a negative cost gives tokens back)."""

    bucket: BucketSpec
    cost: float = 1.0


@dataclass(frozen=True, slots=True)
class BucketState:
    """A bucket after a decision.

    ``remaining`` is the (fractional) balance, ``reset_seconds`` the time until the bucket is full again,
    ``retry_after`` the wait until this request's cost would fit (0 if it fits now, ``inf`` if never:
    the cost exceeds the capacity, or the bucket does not refill).
    """

    bucket: BucketSpec
    remaining: float
    reset_seconds: float
    retry_after: float = 0.0


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of ``take``: whether every bucket had room, and each bucket's state afterwards."""

    allowed: bool
    buckets: tuple[BucketState, ...]

    @property
    def retry_after(self) -> float:
        """Seconds until the same request would pass every bucket (0 when allowed)."""
        if self.allowed:
            return 0.0
        return max((b.retry_after for b in self.buckets), default=0.0)


class RateLimitBackend(ABC):
    """Token buckets kept somewhere (Redis, process memory). Implementations are atomic per call."""

    @abstractmethod
    async def take(self, charges: Sequence[Charge]) -> Decision:
        """Charge every bucket if all have room for their cost, else charge none; in one round trip."""

    @abstractmethod
    async def charge(self, charges: Sequence[Charge]) -> Decision:
        """Charge unconditionally (post-hoc token accounting; a negative cost refunds).

        The balance may go negative (down to ``-capacity``), which delays later requests.
        """

    async def aclose(self) -> None:  # noqa: B027 - backends without resources need no cleanup
        """Release connections."""
