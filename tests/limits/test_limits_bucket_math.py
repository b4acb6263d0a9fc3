"""Token-bucket semantics on the memory backend, with a hand-driven clock."""

from __future__ import annotations

import asyncio
import math

import pytest

from infershield.limits.base import BucketSpec, Charge, Decision
from infershield.limits.memory_bucket import MemoryTokenBucket


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def take(bucket: MemoryTokenBucket, *charges: Charge) -> Decision:
    return asyncio.run(bucket.take(charges))


def test_a_fresh_bucket_is_full_and_drains_one_request_at_a_time() -> None:
    spec = BucketSpec("k", capacity=3, refill_per_second=1)
    bucket = MemoryTokenBucket(clock=Clock())
    remaining = [take(bucket, Charge(spec)).buckets[0].remaining for _ in range(3)]
    assert remaining == [2, 1, 0]
    refused = take(bucket, Charge(spec))
    assert not refused.allowed
    assert refused.retry_after == pytest.approx(1.0)


def test_refill_is_proportional_to_elapsed_time_and_capped_at_capacity() -> None:
    clock = Clock()
    spec = BucketSpec("k", capacity=10, refill_per_second=2)
    bucket = MemoryTokenBucket(clock=clock)
    assert take(bucket, Charge(spec, 10)).buckets[0].remaining == 0
    clock.now += 1.25
    state = take(bucket, Charge(spec, 0)).buckets[0]
    assert state.remaining == pytest.approx(2.5)
    assert state.reset_seconds == pytest.approx(3.75)
    clock.now += 1000
    assert take(bucket, Charge(spec, 0)).buckets[0].remaining == 10


def test_float_rounding_does_not_refuse_an_exact_fit() -> None:
    clock = Clock()
    spec = BucketSpec("k", capacity=1, refill_per_second=0.1)
    bucket = MemoryTokenBucket(clock=clock)
    left = take(bucket, Charge(spec, 0.9)).buckets[0].remaining
    assert left < 0.1  # 1 - 0.9 is 0.09999999999999998 in binary floating point
    assert take(bucket, Charge(spec, 0.1)).allowed
    assert not take(bucket, Charge(spec, 0.01)).allowed
    clock.now += 0.1  # a tenth of a second at 0.1/s refills 0.01 token
    assert take(bucket, Charge(spec, 0.01)).allowed


def test_retry_after_is_exactly_when_the_request_fits() -> None:
    clock = Clock()
    spec = BucketSpec("k", capacity=5, refill_per_second=0.5)
    bucket = MemoryTokenBucket(clock=clock)
    take(bucket, Charge(spec, 4.5))
    refused = take(bucket, Charge(spec, 2))
    assert not refused.allowed
    assert refused.retry_after == pytest.approx(3.0)  # 1.5 tokens missing at 0.5/s
    clock.now += refused.retry_after - 0.01
    assert not take(bucket, Charge(spec, 2)).allowed
    clock.now += 0.01
    assert take(bucket, Charge(spec, 2)).allowed


def test_all_or_nothing_across_buckets() -> None:
    clock = Clock()
    requests = BucketSpec("key:requests", capacity=10, refill_per_second=0)
    tokens = BucketSpec("key:tokens", capacity=100, refill_per_second=0, dimension="tokens")
    bucket = MemoryTokenBucket(clock=clock)
    assert take(bucket, Charge(requests), Charge(tokens, 90)).allowed
    refused = take(bucket, Charge(requests), Charge(tokens, 20))
    assert not refused.allowed
    assert [s.remaining for s in refused.buckets] == [9, 10]
    assert refused.buckets[0].retry_after == 0
    assert math.isinf(refused.buckets[1].retry_after)  # no refill: waiting never helps
    # Nothing was charged by the refusal.
    assert [s.remaining for s in take(bucket, Charge(requests), Charge(tokens, 10)).buckets] == [8, 0]


def test_retry_after_is_the_slowest_missing_bucket() -> None:
    clock = Clock()
    fast = BucketSpec("fast", capacity=1, refill_per_second=1)
    slow = BucketSpec("slow", capacity=1, refill_per_second=0.25)
    bucket = MemoryTokenBucket(clock=clock)
    take(bucket, Charge(fast), Charge(slow))
    assert take(bucket, Charge(fast), Charge(slow)).retry_after == pytest.approx(4.0)


def test_a_cost_above_capacity_can_never_pass() -> None:
    spec = BucketSpec("k", capacity=10, refill_per_second=5)
    refused = take(MemoryTokenBucket(clock=Clock()), Charge(spec, 11))
    assert not refused.allowed
    assert math.isinf(refused.retry_after)


def test_post_hoc_charge_can_go_into_debt_and_refunds_are_capped() -> None:
    clock = Clock()
    spec = BucketSpec("tokens", capacity=100, refill_per_second=10, dimension="tokens")
    bucket = MemoryTokenBucket(clock=clock)
    take(bucket, Charge(spec, 50))
    assert asyncio.run(bucket.charge([Charge(spec, 120)])).buckets[0].remaining == -70
    assert asyncio.run(bucket.charge([Charge(spec, 1000)])).buckets[0].remaining == -100  # debt is bounded
    refused = take(bucket, Charge(spec, 1))
    assert refused.retry_after == pytest.approx(10.1)
    assert asyncio.run(bucket.charge([Charge(spec, -500)])).buckets[0].remaining == 100


def test_a_bucket_named_twice_in_one_call_is_refused() -> None:
    spec = BucketSpec("k", capacity=1, refill_per_second=1)
    with pytest.raises(ValueError, match="once"):
        take(MemoryTokenBucket(), Charge(spec), Charge(spec))


@pytest.mark.parametrize(("capacity", "refill"), [(0, 1), (-1, 1), (math.inf, 1), (1, -0.5), (1, math.nan)])
def test_invalid_bucket_specs_are_refused(capacity: float, refill: float) -> None:
    with pytest.raises(ValueError, match="bucket"):
        BucketSpec("k", capacity, refill)


def test_the_memory_backend_forgets_the_least_recently_used_bucket() -> None:
    bucket = MemoryTokenBucket(max_buckets=2, clock=Clock())
    a, b, c = (BucketSpec(n, capacity=1, refill_per_second=0) for n in "abc")
    for spec in (a, b, c):
        assert take(bucket, Charge(spec)).allowed
    assert len(bucket) == 2
    assert take(bucket, Charge(a)).allowed  # "a" was forgotten, so it is full again
    assert not take(bucket, Charge(c)).allowed
