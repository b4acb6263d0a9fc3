"""The JSON shape of a verdict, shared by ``infershield scan --json`` and the gateway's ``/v1/scan``."""

from __future__ import annotations

from typing import Any

from infershield.core.types import Finding, Verdict


def finding_to_dict(finding: Finding, *, with_message: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": finding.kind,
        "scanner": finding.scanner,
        "rule": finding.rule,
        "start": finding.span.start,
        "end": finding.span.end,
        "score": finding.score,
        "why": finding.why,
    }
    if with_message:
        out["message"] = finding.message_index
    return out


def verdict_to_dict(verdict: Verdict, latency_ms: float, *, with_message: bool = False) -> dict[str, Any]:
    """``{"action", "risk", "findings", "reasons", "redacted_text", "latency_ms"}``.

    With ``with_message`` (input given as messages) each finding also names its message index.
    """
    return {
        "action": verdict.action.value,
        "risk": verdict.risk,
        "findings": [finding_to_dict(f, with_message=with_message) for f in verdict.findings],
        "reasons": list(verdict.reasons),
        "redacted_text": verdict.redacted_text,
        "latency_ms": round(latency_ms, 3),
    }
