"""``POST /v1/chat/completions``: the OpenAI dialect, streaming included."""

from __future__ import annotations

from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from infershield.http.errors import block_body, error_body, json_response
from infershield.http.routes.chat_common import (
    Prepared,
    base_headers,
    forward,
    openai_refusal,
    prepare,
    refused,
    response_blocked,
)
from infershield.http.stream_relay import StreamEnd, guarded_chunks
from infershield.providers.sse import SSE_DONE, encode_sse


async def chat_completions(request: Request) -> Response:
    prepared, response = await prepare(request, "openai")
    if response is not None:
        return response
    assert prepared is not None
    verdict = prepared.decision.verdict
    headers = base_headers(prepared.request_id, verdict.risk, verdict.action.value)
    if refused(prepared):
        return json_response(openai_refusal(prepared), 200, headers)
    if prepared.body.get("stream"):
        return StreamingResponse(_stream(prepared), media_type="text/event-stream",
                                 headers={**headers, "Cache-Control": "no-cache"})
    guarded, failed = await forward(prepared, "openai", headers)
    if failed is not None:
        return failed
    assert guarded is not None
    return json_response(guarded, 200, headers)


async def _stream(prepared: Prepared) -> AsyncIterator[bytes]:
    accounting = prepared.accounting
    async for item in guarded_chunks(prepared):
        if not isinstance(item, StreamEnd):
            if accounting is not None:  # usage for the rate limit and quota, when the upstream sends none
                prepared.record.count_usage(item.get("usage"))
                accounting.stream_chars += sum(len(c.get("delta", {}).get("content") or "")
                                               for c in item.get("choices") or ())
            yield encode_sse(item)
        elif item.blocked is not None:
            await response_blocked(prepared, item.blocked)
            yield encode_sse(block_body("openai", stage="response", risk=item.blocked.verdict.risk,
                                  kinds=list(item.blocked.kinds), request_id=prepared.request_id))
        elif item.error is not None:
            yield encode_sse(error_body("openai", item.error.status, str(item.error)))
        else:
            yield SSE_DONE
