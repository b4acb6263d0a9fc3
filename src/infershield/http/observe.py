"""Pure ASGI middleware: request and correlation ids, timing, the access log, metrics and traces.

Routes record what they learn (caller, model, provider, verdicts, stage timings) on a
:class:`RequestRecord` found in the ASGI scope's ``state`` (:func:`record_of`); after the last byte the
middleware turns it into one access line, a security-event line on block/redact, a slow-request line
above the threshold, metric updates and, when tracing is on, spans. Nothing here formats strings with
stdlib ``logging`` and nothing is done per chunk of a streamed body except noting the first byte.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from infershield.http.auth import presented_key
from infershield.http.state import GatewayState
from infershield.observability.hub import Observability
from infershield.providers.propagation import reset_outbound_headers, set_outbound_headers

STATE_KEY = "infershield.record"
_SAFE_ID = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")
_SEVERITY = {"allow": 0, "redact": 1, "block": 2}
KEY_PREFIX_CHARS = 8
QUIET_ROUTES = frozenset({"/health", "/ready", "/startup", "/metrics"})  # probes: metrics only, no log line


@dataclass(slots=True)
class RequestRecord:
    """What one request did, filled in by the routes; read by the middleware after the response."""

    request_id: str
    correlation_id: str
    started: float  # perf_counter at arrival
    tenant: str = ""
    key_prefix: str = ""
    model: str = ""
    provider: str = ""
    stream: bool = False
    action: str = ""
    kinds: tuple[str, ...] = ()
    risk: int = -1
    output_action: str = ""
    output_kinds: tuple[str, ...] = ()
    upstream_error: int = 0  # the status a failed upstream call gave the caller
    prompt_tokens: int = 0
    completion_tokens: int = 0
    stages: list[tuple[str, float, float]] = field(default_factory=list)

    @classmethod
    def unattached(cls) -> RequestRecord:
        """A record nobody reads (the app runs without the middleware)."""
        return cls("", "", time.perf_counter())

    def note_output(self, action: str, kinds: tuple[str, ...]) -> None:
        """Keep the most severe output verdict of the reply's choices."""
        if _SEVERITY.get(action, 0) >= _SEVERITY.get(self.output_action, -1):
            self.output_action = action
            self.output_kinds = tuple(dict.fromkeys((*self.output_kinds, *kinds)))

    def count_usage(self, usage: object) -> None:
        """Token counts from an OpenAI-shaped ``usage`` object, if the upstream sent one."""
        if isinstance(usage, dict):
            prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
            self.prompt_tokens += prompt if isinstance(prompt, int) else 0
            self.completion_tokens += completion if isinstance(completion, int) else 0

    def stage(self, name: str, started: float) -> float:
        """Record that stage ``name`` ran from ``started`` until now; returns now."""
        now = time.perf_counter()
        self.stages.append((name, started, now))
        return now


def record_of(request: Request) -> RequestRecord:
    """The request's record (a throwaway one when the middleware is not installed)."""
    record = request.scope.get("state", {}).get(STATE_KEY)
    if isinstance(record, RequestRecord):
        return record
    return RequestRecord.unattached()


def key_prefix(request: Request, auth_mode: str) -> str:
    """The first characters of the caller's API key, to tell keys apart in logs; only for long keys."""
    if auth_mode == "none":
        return ""
    key = presented_key(request.headers)
    return key[:KEY_PREFIX_CHARS] if key and len(key) >= 4 * KEY_PREFIX_CHARS else ""


def _header_id(value: bytes | None) -> str | None:
    if value and len(value) <= 128 and set(value) <= _SAFE_ID:
        return value.decode("ascii")
    return None


def _ms(seconds: float) -> float:
    return round(seconds * 1000.0, 3)


class ObserveMiddleware:
    """Wraps the whole app; one instance per app. See the module docstring."""

    def __init__(self, app: ASGIApp, observability: Observability, state: GatewayState) -> None:
        self.app = app
        self.obs = observability
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        wall_ns = time.time_ns()
        given_rid = given_cid = traceparent = None
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                given_rid = value
            elif name == b"x-correlation-id":
                given_cid = value
            elif name == b"traceparent":
                traceparent = value
        rid = _header_id(given_rid)
        if rid is None:
            # Routes read X-Request-ID themselves: give them the id we log under.
            rid = f"req_{os.urandom(16).hex()}"
            scope["headers"] = [*(h for h in scope["headers"] if h[0] != b"x-request-id"),
                                (b"x-request-id", rid.encode())]
        cid = _header_id(given_cid) or rid
        record = RequestRecord(rid, cid, started)
        scope.setdefault("state", {})[STATE_KEY] = record
        tracing = self.obs.tracing
        span = None
        outbound = {"X-Correlation-ID": cid}
        if tracing is not None:
            carrier = {"traceparent": traceparent.decode("latin-1")} if traceparent else {}
            span = tracing.start_request(f"{scope['method']} {scope['path']}", wall_ns, carrier,
                                         {"http.request.method": scope["method"], "url.path": scope["path"],
                                          "infershield.request_id": rid})
            outbound["traceparent"] = tracing.traceparent(span)
        token = set_outbound_headers(outbound)
        status = 500
        first_byte = 0.0
        cid_header = cid.encode()

        async def send_observed(message: Message) -> None:
            nonlocal status, first_byte
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
                if not any(name.lower() == b"x-request-id" for name, _ in headers):
                    headers.append((b"x-request-id", rid.encode()))
                headers.append((b"x-correlation-id", cid_header))
                message = {**message, "headers": headers}
            elif not first_byte and message["type"] == "http.response.body" and message.get("body"):
                first_byte = time.perf_counter()
            await send(message)

        metrics = self.obs.metrics
        metrics.inflight.inc()
        try:
            await self.app(scope, receive, send_observed)
        finally:
            metrics.inflight.dec()
            reset_outbound_headers(token)
            self._finish(scope, record, status, first_byte, span, wall_ns)

    def _finish(self, scope: Scope, record: RequestRecord, status: int, first_byte: float, span: Any,
                wall_ns: int) -> None:
        end = time.perf_counter()
        route_obj = scope.get("route")
        route = getattr(route_obj, "path", None) or "unmatched"
        if record.stream and status == 200 and record.stages:
            # The stream is relayed after the route returned: upstream time (with the output scan
            # interleaved) runs from the last recorded stage to the last byte.
            record.stage("upstream", record.stages[-1][2])
        metrics = self.obs.metrics
        metrics.observe_request(route, status, record.model, record.provider, end - record.started)
        upstream_seconds = 0.0
        for name, begin, finish in record.stages:
            metrics.observe_stage(name, finish - begin)
            if name == "upstream":
                upstream_seconds = finish - begin
        if record.provider and upstream_seconds:
            metrics.observe_upstream(record.provider, upstream_seconds)
        if record.action:
            metrics.count_verdict("prompt", record.action, record.kinds)
        if record.output_action:
            metrics.count_verdict("response", record.output_action, record.output_kinds)
        if record.upstream_error:
            metrics.count_provider_error(record.provider, record.upstream_error)
        if record.stream and first_byte:
            metrics.observe_ttft(route, first_byte - record.started)
        if record.prompt_tokens or record.completion_tokens:
            cost = self.obs.cost(record.model, record.prompt_tokens, record.completion_tokens)
            metrics.count_tokens(record.provider, record.model, record.prompt_tokens, record.completion_tokens,
                                 cost)
        metrics.set_breakers(self.state.router.breaker_states())
        if route not in QUIET_ROUTES:
            self._log(scope, route, record, status, end, first_byte)
        if span is not None and self.obs.tracing is not None:
            to_ns = 1e9
            stages = [(name, wall_ns + int((b - record.started) * to_ns), wall_ns + int((f - record.started) * to_ns))
                      for name, b, f in record.stages]
            self.obs.tracing.record_stages(span, stages, {"infershield.provider": record.provider})
            self.obs.tracing.finish(span, status, wall_ns + int((end - record.started) * to_ns),
                                    {"http.route": route, "infershield.action": record.action or "none",
                                     "infershield.risk": record.risk})

    def _log(self, scope: Scope, route: str, r: RequestRecord, status: int, end: float, first_byte: float) -> None:
        obs = self.obs
        log = obs.logger
        total_ms = _ms(end - r.started)
        stage_ms = {f"{name}_ms": _ms(finish - begin) for name, begin, finish in r.stages}
        common = {"request_id": r.request_id, "correlation_id": r.correlation_id, "tenant": r.tenant,
                  "route": route, "status": status}
        if obs.access_log:
            log.info("access", **common, method=scope["method"], key_prefix=r.key_prefix, model=r.model,
                     provider=r.provider, stream=r.stream, action=r.output_action or r.action,
                     kinds=[*r.kinds, *r.output_kinds], risk=r.risk, **stage_ms, total_ms=total_ms,
                     ttft_ms=_ms(first_byte - r.started) if r.stream and first_byte else None)
        if r.action in ("block", "redact"):
            log.warning("security_event", **common, stage="prompt", action=r.action, kinds=list(r.kinds),
                        risk=r.risk, model=r.model)
        if r.output_action in ("block", "redact"):
            log.warning("security_event", **common, stage="response", action=r.output_action,
                        kinds=list(r.output_kinds), model=r.model, provider=r.provider)
        if total_ms > obs.slow_request_ms:
            slowest = max(r.stages, key=lambda s: s[2] - s[1], default=None)
            log.warning("slow_request", **common, total_ms=total_ms, threshold_ms=obs.slow_request_ms,
                        slowest_stage=slowest[0] if slowest else "none",
                        slowest_ms=_ms(slowest[2] - slowest[1]) if slowest else None, **stage_ms)
