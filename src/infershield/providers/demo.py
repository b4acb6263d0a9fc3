"""The built-in ``demo`` provider: answers locally so the gateway runs with zero configuration.

It is clearly labelled in every reply and never contacts the network.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from infershield.providers.base import JSON, ChatRequest, Provider

DEMO_MODEL = "infershield-demo"


def _last_user_text(request: ChatRequest) -> str:
    for message in reversed(request.messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def demo_reply(request: ChatRequest) -> str:
    text = _last_user_text(request)
    words = len(text.split())
    return (f"[InferShield demo provider] Your message ({words} words) passed the security scan. "
            "Configure a real provider in the gateway config to get model answers.")


def _usage(request: ChatRequest, reply: str) -> JSON:
    prompt = sum(len(str(m.get("content") or "").split()) for m in request.messages)
    completion = len(reply.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


class DemoProvider(Provider):
    """Deterministic local answers, streaming word by word."""

    kind = "demo"

    async def complete(self, request: ChatRequest) -> JSON:
        reply = demo_reply(request)
        return {
            "id": f"chatcmpl-demo-{request.request_id or 'local'}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.model or DEMO_MODEL,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
            "usage": _usage(request, reply),
        }

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        reply = demo_reply(request)
        base = {"id": f"chatcmpl-demo-{request.request_id or 'local'}", "object": "chat.completion.chunk",
                "created": int(time.time()), "model": request.model or DEMO_MODEL}
        yield {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
        for i, word in enumerate(reply.split(" ")):
            piece = word if i == 0 else f" {word}"
            yield {**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        yield {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "usage": _usage(request, reply)}

    async def models(self) -> list[str]:
        return [DEMO_MODEL]
