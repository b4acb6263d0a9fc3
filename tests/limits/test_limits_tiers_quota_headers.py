"""Tiers to buckets, monthly quotas, prices, token estimates and the OpenAI-style headers."""

from __future__ import annotations

import math

import pytest

from infershield.limits.base import BucketSpec, BucketState, Decision
from infershield.limits.headers import format_duration, rate_limit_headers, retry_after_header
from infershield.limits.quota import (
    DEFAULT_PRICES,
    ModelPrice,
    QuotaLimits,
    Usage,
    check_quota,
    cost_usd,
    estimate_tokens,
    price_for,
)
from infershield.limits.tiers import (
    DEFAULT_TIERS,
    Tier,
    bucket_specs,
    request_charges,
    resolve_tier,
    token_adjustment,
)


def test_default_tiers_are_frozen_and_ordered_by_generosity() -> None:
    with pytest.raises(TypeError):
        DEFAULT_TIERS["free"] = DEFAULT_TIERS["pro"]  # type: ignore[index]
    free, pro, ent = (resolve_tier(n) for n in ("free", "pro", "enterprise"))
    assert free.requests_per_minute < pro.requests_per_minute < ent.requests_per_minute
    assert ent.monthly_requests is None


def test_tiers_can_be_overridden_and_unknown_names_are_reported() -> None:
    custom = {"gold": Tier("gold", 1, 2, 3, 4, 5, 6, 7.0)}
    assert resolve_tier("gold", custom).tokens_per_minute == 2
    with pytest.raises(KeyError, match="gold"):
        resolve_tier("free", custom)


def test_a_tier_becomes_four_per_minute_buckets() -> None:
    tier = resolve_tier("free")
    specs = bucket_specs("k1", "t1", tier)
    assert [s.name for s in specs] == ["key:k1:requests", "key:k1:tokens", "tenant:t1:requests", "tenant:t1:tokens"]
    assert [s.dimension for s in specs] == ["requests", "tokens", "requests", "tokens"]
    assert specs[0] == BucketSpec("key:k1:requests", tier.requests_per_minute, tier.requests_per_minute / 60)
    assert specs[3].capacity == tier.tenant_tokens_per_minute


def test_charges_at_admission_and_after_the_reply() -> None:
    tier = resolve_tier("pro")
    admit = request_charges("k", "t", tier, estimated_tokens=120)
    assert [c.cost for c in admit] == [1, 120, 1, 120]
    later = token_adjustment("k", "t", tier, estimated=120, actual=100)
    assert [(c.bucket.name, c.cost) for c in later] == [("key:k:tokens", -20), ("tenant:t:tokens", -20)]


@pytest.mark.parametrize(("used", "asked", "exceeded"), [
    (Usage(9, 100, 1.0), Usage(1, 10, 0.1), ()),
    (Usage(10, 100, 1.0), Usage(1, 10, 0.1), ("requests",)),
    (Usage(0, 995, 0.0), Usage(1, 10, 0.0), ("tokens",)),
    (Usage(10, 1000, 2.0), Usage(1, 1, 0.5), ("requests", "tokens", "cost")),
])
def test_monthly_quota(used: Usage, asked: Usage, exceeded: tuple[str, ...]) -> None:
    result = check_quota(used, QuotaLimits(10, 1000, 2.0), asked)
    assert result.exceeded == exceeded
    assert result.allowed is (not exceeded)


def test_unlimited_quota_and_tier_limits() -> None:
    assert check_quota(Usage(10**9, 10**12, 1e6), QuotaLimits.of(resolve_tier("enterprise"))).allowed
    assert not check_quota(Usage(10_000, 0, 0.0), QuotaLimits.of(resolve_tier("free"))).allowed


@pytest.mark.parametrize(("text", "tokens"), [("", 0), ("abc", 1), ("abcd", 1), ("abcde", 2), ("x" * 400, 100)])
def test_token_estimate_is_a_quarter_of_the_characters_rounded_up(text: str, tokens: int) -> None:
    assert estimate_tokens(text) == tokens


@pytest.mark.parametrize(("model", "pattern"), [
    ("gpt-4o-mini-2024-07-18", "gpt-4o-mini*"),
    ("gpt-4o-2024-08-06", "gpt-4o*"),
    ("claude-3-5-sonnet-20241022", "claude-*sonnet*"),
    ("claude-3-5-haiku-latest", "claude-3-5-haiku*"),
    ("llama-3-70b", None),
])
def test_the_most_specific_price_pattern_wins(model: str, pattern: str | None) -> None:
    found = price_for(model, tuple(reversed(DEFAULT_PRICES)))  # table order does not matter
    assert (found.pattern if found else None) == pattern


def test_cost_uses_input_and_output_prices() -> None:
    table = (ModelPrice("m-*", 2.0, 8.0),)
    assert cost_usd("m-1", 1_000_000, 500_000, table) == pytest.approx(6.0)
    assert cost_usd("x", 10, 10, table) is None


@pytest.mark.parametrize(("seconds", "text"), [
    (0.0, "0ms"), (0.0201, "21ms"), (1.0, "1s"), (1.5, "1.5s"), (59.99, "59.99s"), (360, "6m0s"),
    (361.2, "6m2s"), (3725, "1h2m5s"), (math.inf, "0s"),
])
def test_durations_use_the_openai_format(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def _state(name: str, dimension: str, capacity: float, remaining: float, reset: float, retry: float = 0.0,
           ) -> BucketState:
    return BucketState(BucketSpec(name, capacity, 1.0, dimension), remaining, reset, retry)


def test_headers_report_the_tightest_bucket_of_each_dimension() -> None:
    decision = Decision(True, (
        _state("key:requests", "requests", 60, 59.7, 0.3),
        _state("tenant:requests", "requests", 600, 12.2, 587.8),
        _state("key:tokens", "tokens", 40_000, 39_000, 25),
    ))
    assert rate_limit_headers(decision) == {
        "x-ratelimit-limit-requests": "600",
        "x-ratelimit-remaining-requests": "12",
        "x-ratelimit-reset-requests": "9m48s",
        "x-ratelimit-limit-tokens": "40000",
        "x-ratelimit-remaining-tokens": "39000",
        "x-ratelimit-reset-tokens": "25s",
    }


def test_a_refusal_carries_retry_after_rounded_up() -> None:
    refused = Decision(False, (
        _state("key:requests", "requests", 60, 0.4, 59.6, 0.6),
        _state("key:tokens", "tokens", 1000, -20, 1020, 2.01),
    ))
    headers = rate_limit_headers(refused)
    assert headers["Retry-After"] == "3"
    assert headers["x-ratelimit-remaining-tokens"] == "0"  # debt shows as zero, never negative


def test_retry_after_is_omitted_when_waiting_cannot_help() -> None:
    assert retry_after_header(Decision(False, (_state("k", "tokens", 10, 10, 0, math.inf),))) is None
    assert retry_after_header(Decision(True, (_state("k", "tokens", 10, 10, 0),))) is None
    assert retry_after_header(Decision(False, (_state("k", "requests", 10, 0, 0.2, 0.0001),))) == "1"
