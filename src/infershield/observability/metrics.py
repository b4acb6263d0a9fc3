"""Every Prometheus metric of the gateway, defined once, in its own registry.

Each :class:`Metrics` owns a ``CollectorRegistry`` (never the global default), so tests and several apps
in one process do not collide. Other packages record through its methods; only this module knows names.

Several workers: set ``PROMETHEUS_MULTIPROC_DIR`` to an empty directory *before* the workers start
(``infershield serve --workers N`` does it for you when a metrics port is configured). prometheus_client
then keeps values in per-process files there and :meth:`Metrics.exposition` merges them. Gauges declare
how workers combine (``multiprocess_mode``). Wipe the directory between runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.multiprocess import MultiProcessCollector

NAMESPACE = "infershield"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0,
                 2.5, 5.0, 10.0, 30.0)
BREAKER_VALUES = {"closed": 0.0, "half_open": 1.0, "open": 2.0}
# Caller-controlled label values (model names) are capped so a client cannot explode the series count.
MAX_LABEL_VALUES = 200
OTHER = "other"


class Metrics:
    """The gateway's metrics. Record with the methods; expose with :meth:`exposition`."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        self._retries_seen: dict[str, int] = {}
        r, ns = self.registry, NAMESPACE
        self.requests = Counter("requests", "Requests answered, by route, status, model and provider.",
                                ["route", "status", "model", "provider"], namespace=ns, registry=r)
        self.request_seconds = Histogram("request_duration_seconds", "Whole-request latency (to the last byte).",
                                         ["route"], namespace=ns, registry=r, buckets=REQUEST_BUCKETS)
        self.stage_seconds = Histogram("stage_duration_seconds",
                                       "Time per stage: auth, rate_limit, scan_input, upstream, scan_output.",
                                       ["stage"], namespace=ns, registry=r, buckets=STAGE_BUCKETS)
        self.upstream_seconds = Histogram("upstream_duration_seconds", "Upstream call latency by provider.",
                                          ["provider"], namespace=ns, registry=r, buckets=REQUEST_BUCKETS)
        self.ttft_seconds = Histogram("ttft_seconds", "Streaming: time to the first byte sent to the caller.",
                                      ["route"], namespace=ns, registry=r, buckets=REQUEST_BUCKETS)
        self.inflight = Gauge("inflight_requests", "Requests being handled.", namespace=ns, registry=r,
                              multiprocess_mode="livesum")
        self.verdicts = Counter("verdicts", "Verdicts by stage (prompt, response) and action.",
                                ["stage", "action"], namespace=ns, registry=r)
        self.findings = Counter("findings", "Findings by stage and kind.", ["stage", "kind"], namespace=ns,
                                registry=r)
        self.rate_limited = Counter("rate_limited", "Requests refused by a rate limit.", ["limit"],
                                    namespace=ns, registry=r)
        self.quota_exceeded = Counter("quota_exceeded", "Requests refused because a quota is used up.",
                                      ["limit"], namespace=ns, registry=r)
        self.breaker_state = Gauge("circuit_breaker_state", "Per provider: 0 closed, 1 half-open, 2 open.",
                                   ["provider"], namespace=ns, registry=r, multiprocess_mode="livemax")
        self.provider_errors = Counter("provider_errors", "Failed upstream calls by provider and status.",
                                       ["provider", "status"], namespace=ns, registry=r)
        self.provider_retries = Counter("provider_retries", "Upstream retries (backoff waits).", ["provider"],
                                        namespace=ns, registry=r)
        self.session_ops = Counter("session_store_operations", "Session store calls by operation and outcome.",
                                   ["op", "outcome"], namespace=ns, registry=r)
        self.dependency_up = Gauge("dependency_up", "1 when a backend (redis, database) answers, else 0.",
                                   ["dependency"], namespace=ns, registry=r, multiprocess_mode="livemin")
        self.tokens = Counter("tokens", "Tokens reported by upstreams, by direction (prompt, completion).",
                              ["provider", "model", "direction"], namespace=ns, registry=r)
        self.cost = Counter("estimated_cost_usd", "Estimated spend from token counts and configured prices.",
                            ["provider", "model"], namespace=ns, registry=r)
        self.policy_reloads = Counter("policy_reloads", "Policy reloads by trigger and outcome.",
                                      ["trigger", "outcome"], namespace=ns, registry=r)
        self.policy_loaded = Gauge("policy_loaded_timestamp_seconds", "When the active policy was loaded.",
                                   namespace=ns, registry=r, multiprocess_mode="livemax")
        self.audit_dropped = Counter("audit_dropped", "Audit records dropped because the queue was full.",
                                     namespace=ns, registry=r)
        self._seen: dict[str, set[str]] = {}
        # prometheus_client's labels() takes a lock and validates on every call; children are cached here
        # (label values are bounded, see _bounded) so the request path does one dict lookup per metric.
        self._children: dict[tuple[int, tuple[str, ...]], Any] = {}
        self._breakers: dict[str, str] = {}

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def _bounded(self, label: str, value: str) -> str:
        seen = self._seen.setdefault(label, set())
        if value in seen:
            return value
        if len(seen) >= MAX_LABEL_VALUES:
            return OTHER
        seen.add(value)
        return value

    def observe_request(self, route: str, status: int, model: str, provider: str, seconds: float) -> None:
        self._child(self.requests, route, str(status), self._bounded("model", model), provider).inc()
        self._child(self.request_seconds, route).observe(seconds)

    def observe_stage(self, stage: str, seconds: float) -> None:
        self._child(self.stage_seconds, stage).observe(seconds)

    def observe_upstream(self, provider: str, seconds: float) -> None:
        self._child(self.upstream_seconds, provider).observe(seconds)

    def observe_ttft(self, route: str, seconds: float) -> None:
        self._child(self.ttft_seconds, route).observe(seconds)

    def count_verdict(self, stage: str, action: str, kinds: Iterable[str]) -> None:
        self._child(self.verdicts, stage, action).inc()
        for kind in kinds:
            self._child(self.findings, stage, self._bounded("kind", kind)).inc()

    def count_rate_limited(self, limit: str) -> None:
        self._child(self.rate_limited, limit).inc()

    def count_quota_exceeded(self, limit: str) -> None:
        self._child(self.quota_exceeded, limit).inc()

    def set_breakers(self, states: Mapping[str, str]) -> None:
        if states == self._breakers:
            return
        self._breakers = dict(states)
        for provider, state in states.items():
            self._child(self.breaker_state, provider).set(BREAKER_VALUES.get(state, 0.0))

    def count_provider_error(self, provider: str, status: int) -> None:
        self._child(self.provider_errors, provider or "none", str(status)).inc()

    def count_retry(self, provider: str = "") -> None:
        self._child(self.provider_retries, provider or "unknown").inc()

    def sync_retries(self, totals: Mapping[str, int]) -> None:
        """Advance the retry counter to running totals kept elsewhere (the router counts, we export)."""
        for provider, total in totals.items():
            seen = self._retries_seen.get(provider, 0)
            if total > seen:
                self._child(self.provider_retries, provider or "unknown").inc(total - seen)
                self._retries_seen[provider] = total

    def count_session_op(self, op: str, ok: bool) -> None:
        self._child(self.session_ops, op, "ok" if ok else "error").inc()

    def set_dependency(self, dependency: str, up: bool) -> None:
        self._child(self.dependency_up, dependency).set(1.0 if up else 0.0)

    def count_tokens(self, provider: str, model: str, prompt: int, completion: int, cost_usd: float) -> None:
        model = self._bounded("model", model)
        if prompt:
            self._child(self.tokens, provider, model, "prompt").inc(prompt)
        if completion:
            self._child(self.tokens, provider, model, "completion").inc(completion)
        if cost_usd:
            self._child(self.cost, provider, model).inc(cost_usd)

    def count_reload(self, trigger: str, ok: bool, loaded_at: float | None = None) -> None:
        self._child(self.policy_reloads, trigger, "success" if ok else "failure").inc()
        if ok and loaded_at is not None:
            self.policy_loaded.set(loaded_at)

    def count_audit_dropped(self, count: int = 1) -> None:
        self.audit_dropped.inc(count)

    def exposition(self) -> tuple[bytes, str]:
        """(body, content type) in the Prometheus text format; merges every worker in multiprocess mode."""
        return generate_latest(collecting_registry(self.registry)), CONTENT_TYPE_LATEST


def collecting_registry(own: CollectorRegistry) -> CollectorRegistry:
    """What to scrape: ``own``, or every worker's files when ``PROMETHEUS_MULTIPROC_DIR`` is set."""
    folder = os.environ.get(MULTIPROC_ENV)
    if not folder:
        return own
    merged = CollectorRegistry()
    MultiProcessCollector(merged, path=folder)  # type: ignore[no-untyped-call]
    return merged


_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}


def metric_names(metrics: Metrics | None = None) -> set[str]:
    """Every sample name the gateway can expose (``infershield_requests_total``, ``…_bucket`` …)."""
    registry = (metrics or Metrics()).registry
    names: set[str] = set()
    for family in registry.collect():
        names.update(family.name + suffix for suffix in _SUFFIXES.get(family.type, ("",)))
    return names
