"""``POST /v1/messages``: the Anthropic dialect, translated to the internal OpenAI shape and back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from infershield.http.errors import block_body, error_body, json_response
from infershield.http.routes.chat_common import (
    REFUSAL,
    Prepared,
    base_headers,
    forward,
    prepare,
    refused,
)
from infershield.http.stream_relay import StreamEnd, guarded_chunks
from infershield.providers.anthropic_dialect import (
    OpenAIToAnthropicStream,
    anthropic_request_to_chat,
    chat_completion_to_anthropic,
)


def _as_openai(body: dict[str, Any]) -> dict[str, Any]:
    chat = anthropic_request_to_chat(body)
    return {"model": chat.model, "messages": list(chat.messages), **chat.params, "stream": bool(body.get("stream"))}


def _event(name: str, data: object) -> bytes:
    return f"event: {name}\ndata: ".encode() + orjson.dumps(data) + b"\n\n"


async def messages(request: Request) -> Response:
    prepared, response = await prepare(request, "anthropic", _as_openai)
    if response is not None:
        return response
    assert prepared is not None
    verdict = prepared.decision.verdict
    headers = base_headers(prepared.request_id, verdict.risk, verdict.action.value)
    if refused(prepared):
        refusal = {"choices": [{"index": 0, "message": {"role": "assistant", "content": REFUSAL},
                                "finish_reason": "stop"}], "model": prepared.chat.model, "usage": {}}
        return json_response(chat_completion_to_anthropic(refusal), 200, headers)
    if prepared.body.get("stream"):
        return StreamingResponse(_stream(prepared), media_type="text/event-stream",
                                 headers={**headers, "Cache-Control": "no-cache"})
    guarded, failed = await forward(prepared, "anthropic", headers)
    if failed is not None:
        return failed
    assert guarded is not None
    return json_response(chat_completion_to_anthropic(guarded), 200, headers)


async def _stream(prepared: Prepared) -> AsyncIterator[bytes]:
    translator = OpenAIToAnthropicStream(model=prepared.chat.model)
    async for item in guarded_chunks(prepared):
        if not isinstance(item, StreamEnd):
            for name, data in translator.feed(item):
                yield _event(name, data)
        elif item.blocked is not None:
            yield _event("error", block_body("anthropic", stage="response", risk=item.blocked.verdict.risk,
                                             kinds=list(item.blocked.kinds), request_id=prepared.request_id))
        elif item.error is not None:
            yield _event("error", error_body("anthropic", item.error.status, str(item.error)))
        else:
            for name, data in translator.finish():
                yield _event(name, data)
