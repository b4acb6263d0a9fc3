"""Monthly quotas (requests, tokens, cost), token estimation, and per-model prices.

Quotas are checked against a usage snapshot the caller reads from storage; this module only decides.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from infershield.limits.tiers import Tier

CHARS_PER_TOKEN = 4
"""For streams without a usage block: OpenAI's rule of thumb of about four characters per token of English
text. It undercounts for code, CJK and other scripts (often 1-2 characters per token), so a quota fed by
estimates is approximate; use provider-reported usage whenever it exists."""


@dataclass(frozen=True, slots=True)
class Usage:
    """Consumption over a period (a month so far, or one request)."""

    requests: int = 0
    tokens: int = 0
    cost_usd: float = 0.0


@dataclass(frozen=True, slots=True)
class QuotaLimits:
    """Monthly ceilings; ``None`` means unlimited."""

    requests: int | None = None
    tokens: int | None = None
    cost_usd: float | None = None

    @classmethod
    def of(cls, tier: Tier) -> QuotaLimits:
        return cls(tier.monthly_requests, tier.monthly_tokens, tier.monthly_cost_usd)


@dataclass(frozen=True, slots=True)
class QuotaResult:
    """Whether the request fits the quota, and which dimensions (``requests``, ``tokens``, ``cost``) do not."""

    allowed: bool
    exceeded: tuple[str, ...] = ()


def check_quota(used: Usage, limits: QuotaLimits, request: Usage = Usage(requests=1)) -> QuotaResult:
    """Allowed when ``used + request`` stays within every limit."""
    exceeded: list[str] = []
    if limits.requests is not None and used.requests + request.requests > limits.requests:
        exceeded.append("requests")
    if limits.tokens is not None and used.tokens + request.tokens > limits.tokens:
        exceeded.append("tokens")
    if limits.cost_usd is not None and used.cost_usd + request.cost_usd > limits.cost_usd:
        exceeded.append("cost")
    return QuotaResult(not exceeded, tuple(exceeded))


def estimate_tokens(text: str) -> int:
    """Rough token count of ``text`` (see :data:`CHARS_PER_TOKEN`); 0 for empty text."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """USD per million input and output tokens for models matching the glob ``pattern``."""

    pattern: str
    input_per_million: float
    output_per_million: float


# List prices published by the vendors (USD / 1M tokens) when this table was written; they change, so
# deployments should pass their own table.
DEFAULT_PRICES: tuple[ModelPrice, ...] = (
    ModelPrice("gpt-4o-mini*", 0.15, 0.60),
    ModelPrice("gpt-4o*", 2.50, 10.00),
    ModelPrice("gpt-4.1-nano*", 0.10, 0.40),
    ModelPrice("gpt-4.1-mini*", 0.40, 1.60),
    ModelPrice("gpt-4.1*", 2.00, 8.00),
    ModelPrice("gpt-3.5-turbo*", 0.50, 1.50),
    ModelPrice("o3-mini*", 1.10, 4.40),
    ModelPrice("claude-3-5-haiku*", 0.80, 4.00),
    ModelPrice("claude-3-haiku*", 0.25, 1.25),
    ModelPrice("claude-*sonnet*", 3.00, 15.00),
    ModelPrice("claude-*opus*", 15.00, 75.00),
)


def price_for(model: str, table: Sequence[ModelPrice] = DEFAULT_PRICES) -> ModelPrice | None:
    """The most specific matching entry (longest pattern wins, so order in the table does not matter)."""
    matches = [p for p in table if fnmatchcase(model, p.pattern)]
    return max(matches, key=lambda p: len(p.pattern), default=None)


def cost_usd(model: str, input_tokens: int, output_tokens: int,
             table: Sequence[ModelPrice] = DEFAULT_PRICES) -> float | None:
    """What a call cost, or None for a model without a price (the caller decides how to count it)."""
    price = price_for(model, table)
    if price is None:
        return None
    return (input_tokens * price.input_per_million + output_tokens * price.output_per_million) / 1_000_000
