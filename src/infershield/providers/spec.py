"""Plain values that describe providers and routes; the gateway builds them from its validated settings."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 5.0
    read: float = 60.0
    total: float = 120.0


@dataclass(frozen=True, slots=True)
class RetrySpec:
    """Retries on 429, 5xx and timeouts: exponential backoff with full jitter, honouring Retry-After."""

    max_attempts: int = 3
    base_delay: float = 0.25
    max_delay: float = 8.0


@dataclass(frozen=True, slots=True)
class BreakerSpec:
    """Open after ``failure_threshold`` consecutive failures; probe once after ``reset_seconds``."""

    failure_threshold: int = 5
    reset_seconds: float = 30.0


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    """One configured provider. ``type`` is a key of the provider registry (``openai``, ``anthropic``, …)."""

    name: str
    type: str
    base_url: str = ""
    api_key: str = ""
    api_version: str = ""
    models: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetrySpec = field(default_factory=RetrySpec)
    breaker: BreakerSpec = field(default_factory=BreakerSpec)


@dataclass(frozen=True, slots=True)
class RouteSpec:
    """Requests whose model matches the glob ``match`` go to ``providers``, in fallback order."""

    match: str
    providers: tuple[str, ...]
