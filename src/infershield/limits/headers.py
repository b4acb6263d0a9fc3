"""OpenAI-style rate-limit response headers from a decision.

``x-ratelimit-{limit,remaining,reset}-{requests,tokens}`` report the tightest bucket of each dimension
(least remaining), as one caller sees it; ``Retry-After`` (whole seconds, at least 1) goes on a 429.
Reset times use OpenAI's duration format: ``20ms``, ``1.5s``, ``6m0s``.
"""

from __future__ import annotations

import math

from infershield.limits.base import BucketState, Decision


def format_duration(seconds: float) -> str:
    """``0.02`` -> ``20ms``, ``1.5`` -> ``1.5s``, ``360`` -> ``6m0s``, ``3725`` -> ``1h2m5s``."""
    if not math.isfinite(seconds):
        return "0s"  # a bucket that never refills has no reset time to promise
    if seconds < 1:
        return f"{math.ceil(max(seconds, 0.0) * 1000)}ms"
    if seconds < 60:
        return f"{round(seconds, 3):g}s"
    whole = math.ceil(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes}m{secs}s" if hours else f"{minutes}m{secs}s"


def _tightest(states: list[BucketState]) -> BucketState:
    return min(states, key=lambda s: (s.remaining, -s.reset_seconds))


def rate_limit_headers(decision: Decision) -> dict[str, str]:
    """The headers for a response (allowed or 429)."""
    headers: dict[str, str] = {}
    for dimension in ("requests", "tokens"):
        states = [s for s in decision.buckets if s.bucket.dimension == dimension]
        if not states:
            continue
        tight = _tightest(states)
        headers[f"x-ratelimit-limit-{dimension}"] = str(math.floor(tight.bucket.capacity))
        headers[f"x-ratelimit-remaining-{dimension}"] = str(max(math.floor(tight.remaining), 0))
        headers[f"x-ratelimit-reset-{dimension}"] = format_duration(tight.reset_seconds)
    retry = retry_after_header(decision)
    if retry is not None:
        headers["Retry-After"] = retry
    return headers


def retry_after_header(decision: Decision) -> str | None:
    """``Retry-After`` in whole seconds (rounded up, at least 1) for a refusal; None when allowed or when
    waiting cannot help (the request costs more than a bucket holds)."""
    if decision.allowed:
        return None
    wait = decision.retry_after
    if not math.isfinite(wait):
        return None
    return str(max(math.ceil(wait), 1))
