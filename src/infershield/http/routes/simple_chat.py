"""``POST /v1/chat``: the simple form ``{prompt, max_tokens?, temperature?, model?}``."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from infershield.http.errors import block_response, error_response, json_response
from infershield.http.routes.chat_common import REFUSAL, base_headers, guard_completion, prepare, refused
from infershield.providers.base import ProviderError
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
    try:
        reply, _provider = await prepared.state.router.complete(prepared.chat)
    except ProviderError as exc:
        return error_response("openai", exc.status, str(exc), headers=headers)
    guarded, blocked = guard_completion(prepared, reply)
    if blocked is not None:
        return block_response("openai", stage="response", risk=blocked.verdict.risk, kinds=blocked.kinds,
                              request_id=prepared.request_id)
    choices = guarded.get("choices") or [{}]
    text = (choices[0].get("message") or {}).get("content") or ""
    usage = guarded.get("usage") or {}
    return json_response({"response": text, "model": guarded.get("model", prepared.chat.model),
                          "tokens_used": usage.get("total_tokens", 0), "metadata": metadata}, 200, headers)
