"""OpenTelemetry spans: one server span per request with a child span per stage.

Stages (``auth``, ``rate_limit``, ``scan_input``, ``upstream``, ``scan_output``) are timed by the
request path anyway, so their spans are written after the response with the recorded start and end
times instead of opening a context manager around every step: when tracing is off nothing at all
happens on the request path, and when it is on the stages cost one span each at the end.

The SDK (and the OTLP exporter, the ``otlp`` extra) is imported only when tracing is enabled. The
provider is private to the app, not installed globally, so tests and several apps do not collide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from opentelemetry import trace
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from infershield.errors import ConfigError, ConfigProblem

if TYPE_CHECKING:
    from opentelemetry.sdk.trace.export import SpanExporter

_PROPAGATOR = TraceContextTextMapPropagator()
_OTLP_FIX = "tracing needs the OTLP exporter: pip install 'infershield[otlp]' (or disable observability.tracing)"


class Tracing:
    """Creates the spans of one app. Built by :func:`build_tracing`; ``None`` means tracing is off."""

    def __init__(self, tracer: trace.Tracer, shutdown: Callable[[], None]) -> None:
        self._tracer = tracer
        self._shutdown = shutdown

    def start_request(self, name: str, start_ns: int, carrier: Mapping[str, str],
                      attributes: Mapping[str, str]) -> trace.Span:
        """The server span; continues the caller's trace when it sent ``traceparent``."""
        parent = _PROPAGATOR.extract(carrier=dict(carrier)) if carrier else None
        return self._tracer.start_span(name, context=parent, kind=trace.SpanKind.SERVER,
                                       attributes=dict(attributes), start_time=start_ns)

    def record_stages(self, root: trace.Span, stages: Sequence[tuple[str, int, int]],
                      attributes: Mapping[str, Any] | None = None) -> None:
        """Child spans of ``root`` from (name, start ns, end ns), in the order given."""
        context = trace.set_span_in_context(root)
        for name, start, end in stages:
            span = self._tracer.start_span(name, context=context, start_time=start,
                                           attributes=dict(attributes or {}) if name == "upstream" else None)
            span.end(end_time=end)

    @staticmethod
    def finish(root: trace.Span, status: int, end_ns: int, attributes: Mapping[str, Any]) -> None:
        root.set_attributes({"http.response.status_code": status, **attributes})
        if status >= 500:
            root.set_status(trace.Status(trace.StatusCode.ERROR))
        root.end(end_time=end_ns)

    @staticmethod
    def traceparent(span: trace.Span) -> str:
        """The W3C ``traceparent`` naming ``span`` as the parent, for upstream calls."""
        context = span.get_span_context()
        flags = int(context.trace_flags)
        return f"00-{context.trace_id:032x}-{context.span_id:016x}-{flags:02x}"

    def shutdown(self) -> None:
        """Flush and stop the exporter (called at app shutdown)."""
        self._shutdown()


def _otlp_exporter(endpoint: str) -> SpanExporter:
    try:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import (  # type: ignore[import-not-found,unused-ignore]
            OTLPSpanExporter,
        )
    except ImportError as exc:
        raise ConfigError([ConfigProblem("observability.tracing.enabled", _OTLP_FIX)]) from exc
    exporter: SpanExporter = OTLPSpanExporter(endpoint=endpoint) if endpoint else OTLPSpanExporter()
    return exporter


def build_tracing(*, enabled: bool, endpoint: str = "", service_name: str = "infershield",
                  sample_ratio: float = 1.0, exporter: SpanExporter | None = None) -> Tracing | None:
    """``None`` when disabled; else a private tracer provider exporting to ``exporter`` or OTLP/HTTP.

    An explicit ``exporter`` (tests pass the SDK's ``InMemorySpanExporter``) is flushed synchronously;
    OTLP goes through a batch processor so exporting never happens on the request path.
    """
    if not enabled:
        return None
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
        from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased
    except ImportError as exc:
        raise ConfigError([ConfigProblem("observability.tracing.enabled", _OTLP_FIX)]) from exc
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}),
                              sampler=ParentBased(TraceIdRatioBased(sample_ratio)), shutdown_on_exit=False)
    if exporter is not None:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    else:
        provider.add_span_processor(BatchSpanProcessor(_otlp_exporter(endpoint)))
    return Tracing(provider.get_tracer("infershield.gateway"), provider.shutdown)
