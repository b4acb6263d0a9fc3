"""Token-bucket arithmetic, shared by the memory backend and mirrored line for line by the Redis script.

Both backends do the same float operations in the same order, so on the same clock they reach the same
decisions to the last bit (the parity test relies on it).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from infershield.limits.base import BucketSpec, BucketState, Charge, Decision

EPSILON = 1e-9
"""Slack when comparing a balance with a cost, so 0.1 + 0.2 tokens pay for a cost of 0.3."""


def check_charges(charges: Sequence[Charge]) -> None:
    """Reject a call that names one bucket twice: its two charges would race within one step."""
    names = [c.bucket.name for c in charges]
    if len(set(names)) != len(names):
        raise ValueError("each bucket may appear only once per call")


def refilled(spec: BucketSpec, stored: tuple[float, float] | None, now: float) -> float:
    """The balance at ``now`` of a bucket stored as (tokens, timestamp); a missing bucket is full."""
    if stored is None:
        return spec.capacity
    tokens, last = stored
    elapsed = now - last
    if elapsed < 0:  # a clock that stepped back must not drain the bucket
        elapsed = 0.0
    return min(spec.capacity, tokens + elapsed * spec.refill_per_second)


def admits(charges: Sequence[Charge], balances: Sequence[float]) -> bool:
    """True when every bucket can pay its (positive) cost."""
    return all(c.cost <= 0 or b + EPSILON >= c.cost for c, b in zip(charges, balances, strict=True))


def settle(spec: BucketSpec, balance: float, cost: float) -> float:
    """The balance after paying ``cost``: never above capacity, and at most one capacity in debt."""
    return max(-spec.capacity, min(spec.capacity, balance - cost))


def ttl_ms(spec: BucketSpec, balance: float) -> int | None:
    """How long an idle bucket must live: until it would be full again (plus a second); None: forever."""
    if spec.refill_per_second <= 0:
        return None
    return math.ceil(((spec.capacity - balance) / spec.refill_per_second + 1.0) * 1000.0)


def bucket_state(charge: Charge, remaining: float, allowed: bool) -> BucketState:
    """Report a bucket: its balance, time to full, and (when refused) the wait until the cost fits."""
    spec = charge.bucket
    rate = spec.refill_per_second
    missing = spec.capacity - remaining
    if missing <= 0:
        reset = 0.0
    elif rate > 0:
        reset = missing / rate
    else:
        reset = math.inf
    retry = 0.0
    if not allowed and charge.cost > 0 and remaining + EPSILON < charge.cost:
        fits_ever = charge.cost <= spec.capacity and rate > 0
        retry = (charge.cost - remaining) / rate if fits_ever else math.inf
    return BucketState(spec, remaining, reset, retry)


def decision(charges: Sequence[Charge], remaining: Sequence[float], allowed: bool) -> Decision:
    """Assemble the decision from each bucket's balance after the call."""
    states = tuple(bucket_state(c, r, allowed) for c, r in zip(charges, remaining, strict=True))
    return Decision(allowed, states)
