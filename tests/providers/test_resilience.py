from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from infershield.providers.base import ProviderError
from infershield.providers.resilience import (
    RETRY_AFTER_LIMIT,
    CircuitBreaker,
    CircuitOpenError,
    backoff_delay,
    parse_retry_after,
    retry_call,
)
from infershield.providers.spec import BreakerSpec, RetrySpec


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _state(breaker: CircuitBreaker) -> str:
    return breaker.state  # read through a function so mypy does not narrow the literal between calls


def test_breaker_transitions() -> None:
    clock = Clock()
    breaker = CircuitBreaker(BreakerSpec(failure_threshold=3, reset_seconds=10), clock=clock)
    assert _state(breaker) == "closed"
    for _ in range(2):
        assert breaker.allow()
        breaker.record_failure()
    assert _state(breaker) == "closed"
    breaker.record_success()  # a success resets the count of consecutive failures
    for _ in range(3):
        assert breaker.allow()
        breaker.record_failure()
    assert _state(breaker) == "open"
    assert not breaker.allow()
    clock.now += 9.9
    assert not breaker.allow()
    clock.now += 0.1
    assert _state(breaker) == "half_open"
    assert breaker.allow()  # the single probe
    assert not breaker.allow()  # no second probe while the first is in flight
    breaker.record_failure()  # failed probe: open again for another reset period
    assert _state(breaker) == "open"
    clock.now += 10
    assert breaker.allow()
    breaker.record_success()
    assert _state(breaker) == "closed"
    assert breaker.allow()
    assert breaker.allow()


def test_abandoned_probe_frees_the_slot() -> None:
    clock = Clock()
    breaker = CircuitBreaker(BreakerSpec(failure_threshold=1, reset_seconds=1), clock=clock)
    breaker.record_failure()
    clock.now += 1
    assert breaker.allow()
    breaker.record_abandoned()
    assert _state(breaker) == "half_open"
    assert breaker.allow()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("5", 5.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("99999999", RETRY_AFTER_LIMIT),
        ("soon", None),
        ("nan", None),
        (format_datetime(datetime(2030, 1, 1, 0, 0, 30, tzinfo=UTC), usegmt=True), 30.0),
        (format_datetime(datetime(2029, 12, 31, 23, 59, 0, tzinfo=UTC), usegmt=True), 0.0),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    now = datetime(2030, 1, 1, tzinfo=UTC).timestamp()
    assert parse_retry_after(value, now=now) == expected


def test_backoff_is_full_jitter_capped() -> None:
    spec = RetrySpec(max_attempts=10, base_delay=0.5, max_delay=3.0)
    assert [backoff_delay(i, spec, lambda: 1.0) for i in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert backoff_delay(3, spec, lambda: 0.25) == 0.75
    assert backoff_delay(500, spec, lambda: 1.0) == 3.0


def _run_retry(errors: list[ProviderError | None], spec: RetrySpec) -> tuple[int, list[float], object]:
    calls = 0
    sleeps: list[float] = []

    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    async def call() -> str:
        nonlocal calls
        calls += 1
        error = errors[min(calls - 1, len(errors) - 1)]
        if error is not None:
            raise error
        return "ok"

    async def scenario() -> object:
        try:
            return await retry_call(call, spec, sleep=sleep, rand=lambda: 0.5)
        except ProviderError as exc:
            return exc

    result = asyncio.run(scenario())
    return calls, sleeps, result


RETRYABLE = ProviderError("x", status=502, retryable=True)


def test_retry_until_success_with_jittered_backoff() -> None:
    calls, sleeps, result = _run_retry([RETRYABLE, RETRYABLE, None], RetrySpec(3, 1.0, 8.0))
    assert (calls, sleeps, result) == (3, [0.5, 1.0], "ok")


def test_retry_gives_up_after_max_attempts() -> None:
    calls, sleeps, result = _run_retry([RETRYABLE], RetrySpec(4, 1.0, 8.0))
    assert (calls, len(sleeps), result) == (4, 3, RETRYABLE)


def test_non_retryable_is_not_retried() -> None:
    error = ProviderError("bad", status=400)
    assert _run_retry([error], RetrySpec(5, 1.0, 8.0)) == (1, [], error)


def test_circuit_open_is_not_retried() -> None:
    error = CircuitOpenError("p")
    assert _run_retry([error], RetrySpec(5, 1.0, 8.0)) == (1, [], error)


def test_retry_after_is_honoured_and_capped() -> None:
    limited = ProviderError("rate", status=429, retryable=True, retry_after=2.5)
    assert _run_retry([limited, None], RetrySpec(3, 1.0, 8.0)) == (2, [2.5], "ok")
    too_long = ProviderError("rate", status=429, retryable=True, retry_after=60)
    assert _run_retry([too_long, None], RetrySpec(3, 1.0, 8.0)) == (1, [], too_long)
