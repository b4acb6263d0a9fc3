"""``POST /v1/chat``: the simple form ``{prompt, max_tokens?, temperature?, model?}``."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from infershield.http.errors import json_response
from infershield.http.routes.chat_common import (
    REFUSAL,
    base_headers,
    forward,
    prepare,
    refused,
)
from infershield.providers.demo import DEMO_MODEL


def _as_openai(body: dict[str, Any]) -> dict[str, Any]:
    prompt = body.get("prompt")
    out: dict[str, Any] = {"model": body.get("model") or DEMO_MODEL,
                           "messages": [{"role": "user", "content": prompt}] if isinstance(prompt, str) else None}
    for key in ("max_tokens", "temperature"):
        if key in body:
            out[key] = body[key]
    return out


async def chat(request: Request) -> Response:
    prepared, response = await prepare(request, "openai", _as_openai)
    if response is not None:
        return response
    assert prepared is not None
    verdict = prepared.decision.verdict
    headers = base_headers(prepared.request_id, verdict.risk, verdict.action.value)
    metadata = {"remaining_requests": None, "user_tier": "default",
                "pii_redacted": any(f.family == "pii" for f in prepared.state.guard.engine.redactable(verdict.findings)),
                "risk": verdict.risk, "action": verdict.action.value}
    if refused(prepared):
        return json_response({"response": REFUSAL, "model": prepared.chat.model, "tokens_used": 0,
                              "metadata": metadata}, 200, headers)
    guarded, failed = await forward(prepared, "openai", headers)
    if failed is not None:
        return failed
    assert guarded is not None
    choices = guarded.get("choices") or [{}]
    text = (choices[0].get("message") or {}).get("content") or ""
    usage = guarded.get("usage") or {}
    return json_response({"response": text, "model": guarded.get("model", prepared.chat.model),
                          "tokens_used": usage.get("total_tokens", 0), "metadata": metadata}, 200, headers)
