"""``POST /v1/messages``: the Anthropic dialect, translated to the internal OpenAI shape and back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

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
from infershield.providers.sse import encode_sse


def _as_openai(body: dict[str, Any]) -> dict[str, Any]:
    chat = anthropic_request_to_chat(body)
    return {"model": chat.model, "messages": list(chat.messages), **chat.params, "stream": bool(body.get("stream"))}


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
                yield encode_sse(data, name)
        elif item.blocked is not None:
            yield encode_sse(block_body("anthropic", stage="response", risk=item.blocked.verdict.risk,
                                        kinds=list(item.blocked.kinds), request_id=prepared.request_id), "error")
        elif item.error is not None:
            yield encode_sse(error_body("anthropic", item.error.status, str(item.error)), "error")
        else:
            for name, data in translator.finish():
                yield encode_sse(data, name)
