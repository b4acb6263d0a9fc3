"""The observability objects one app uses: logger, metrics, tracing, and the few knobs around them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase

from structlog.typing import FilteringBoundLogger

from infershield.observability.metrics import Metrics
from infershield.observability.tracing import Tracing

PER_TOKEN = 1e-6  # prices are per million tokens


@dataclass
class Observability:
    """Built once per app (``create_app``); the middleware, reloads and routes record through it."""

    logger: FilteringBoundLogger
    metrics: Metrics
    tracing: Tracing | None = None
    slow_request_ms: float = 2000.0
    access_log: bool = True
    prices: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # model glob -> (in, out) per Mtok
    _price_of: dict[str, tuple[float, float]] = field(default_factory=dict, repr=False)

    def cost(self, model: str, prompt_tokens: int, completion_tokens: int) -> float:
        """Estimated USD for a call, from the first matching price glob (0 when none matches)."""
        price = self._price_of.get(model)
        if price is None:
            price = next((p for glob, p in self.prices.items() if fnmatchcase(model, glob)), (0.0, 0.0))
            if len(self._price_of) < 1024:
                self._price_of[model] = price
        return (prompt_tokens * price[0] + completion_tokens * price[1]) * PER_TOKEN
