"""Spans per stage (in-memory exporter) and the trace context handed to upstream calls."""

from __future__ import annotations

import io

from obs_harness import chat_body, harness
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from infershield.config.gateway import settings_from_mapping
from infershield.http.operations import observability_from
from infershield.observability.tracing import build_tracing

CALLER_TRACE = "0af7651916cd43dd8448eb211c80319c"


def _traced(exporter: InMemorySpanExporter) -> tuple[object, io.BytesIO]:
    settings = settings_from_mapping({})
    log = io.BytesIO()
    obs = observability_from(settings, log_stream=log)
    obs.tracing = build_tracing(enabled=True, exporter=exporter)
    return obs, log


def test_stage_spans_in_order_under_one_server_span() -> None:
    exporter = InMemorySpanExporter()
    obs, _log = _traced(exporter)
    h = harness(obs=obs)  # type: ignore[arg-type]
    with h.client as client:
        response = client.post("/v1/chat/completions", json=chat_body("hello"),
                               headers={"traceparent": f"00-{CALLER_TRACE}-b7ad6b7169203331-01"})
    assert response.status_code == 200
    spans = exporter.get_finished_spans()
    stages = [s for s in spans if s.parent is not None and s.name != "POST /v1/chat/completions"]
    root = next(s for s in spans if s.name == "POST /v1/chat/completions")
    assert [s.name for s in sorted(stages, key=lambda s: s.start_time or 0)] == [
        "auth", "scan_input", "upstream", "scan_output"]
    assert all(s.parent is not None and s.parent.span_id == root.context.span_id for s in stages)
    assert all(s.context.trace_id == root.context.trace_id for s in stages)
    assert format(root.context.trace_id, "032x") == CALLER_TRACE  # continues the caller's trace
    assert root.attributes is not None
    assert root.attributes["http.response.status_code"] == 200
    for span in stages:
        assert span.start_time is not None
        assert span.end_time is not None
        assert root.start_time is not None
        assert root.end_time is not None
        assert root.start_time <= span.start_time <= span.end_time <= root.end_time

    sent = h.provider.seen_headers[-1]
    assert sent["traceparent"].split("-")[1] == CALLER_TRACE
    assert sent["traceparent"].split("-")[2] == format(root.context.span_id, "016x")
    assert sent["X-Correlation-ID"] == response.headers["x-correlation-id"]


def test_tracing_off_records_nothing_but_still_propagates_the_correlation_id() -> None:
    h = harness()
    assert h.obs.tracing is None
    with h.client as client:
        response = client.post("/v1/chat/completions", json=chat_body("hello"),
                               headers={"X-Correlation-ID": "corr-77"})
    assert response.headers["x-correlation-id"] == "corr-77"
    assert h.provider.seen_headers[-1] == {"X-Correlation-ID": "corr-77"}


def test_disabled_tracing_builds_nothing() -> None:
    assert build_tracing(enabled=False) is None
