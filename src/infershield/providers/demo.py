"""The built-in ``demo`` provider: answers locally so the gateway runs with zero configuration.

It is clearly labelled in every reply and never contacts the network.
"""

from __future__ import annotations

import base64
import hashlib
import math
import struct
import time
from collections.abc import AsyncIterator
from typing import ClassVar

from infershield.providers.base import JSON, ChatRequest, EmbeddingRequest, Provider, ProviderError

DEMO_MODEL = "infershield-demo"
DEMO_DIMENSIONS = 256
MAX_DEMO_DIMENSIONS = 4096
DEMO_EMBEDDING_NOTE = "InferShield demo provider: hash-derived vectors for testing, not semantic embeddings"


def demo_vector(text: str, dimensions: int = DEMO_DIMENSIONS) -> list[float]:
    """A unit vector derived from SHA-256 of ``text``: identical text, identical vector; no meaning at all."""
    raw = bytearray()
    counter = 0
    while len(raw) < dimensions * 4:
        raw.extend(hashlib.sha256(counter.to_bytes(4, "big") + text.encode("utf-8", "surrogatepass")).digest())
        counter += 1
    values = [(n / 0xFFFFFFFF) * 2.0 - 1.0 for n in struct.unpack(f">{dimensions}I", bytes(raw[:dimensions * 4]))]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def _demo_inputs(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
        return [" ".join(map(str, value))]  # one token array
    if isinstance(value, list):
        return [v if isinstance(v, str) else " ".join(map(str, v)) if isinstance(v, list) else str(v) for v in value]
    return [str(value)]


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
    supports_embeddings: ClassVar[bool] = True

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

    async def embed(self, request: EmbeddingRequest) -> JSON:
        dimensions = request.params.get("dimensions", DEMO_DIMENSIONS)
        if not isinstance(dimensions, int) or not 1 <= dimensions <= MAX_DEMO_DIMENSIONS:
            raise ProviderError(f"'dimensions' must be between 1 and {MAX_DEMO_DIMENSIONS}", status=400,
                                provider=self.name)
        as_base64 = request.params.get("encoding_format") == "base64"
        data: list[JSON] = []
        texts = _demo_inputs(request.input)
        for index, text in enumerate(texts):
            vector = demo_vector(text, dimensions)
            encoded: object = (base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode()
                               if as_base64 else vector)
            data.append({"object": "embedding", "index": index, "embedding": encoded})
        tokens = sum(len(text.split()) for text in texts)
        return {"object": "list", "data": data, "model": request.model or DEMO_MODEL,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens}, "infershield_demo": DEMO_EMBEDDING_NOTE}

    async def models(self) -> list[str]:
        return [DEMO_MODEL]
