"""``POST /v1/messages``: the Anthropic dialect.

The guard reads the request through :func:`scan_view` (every string a model will read), and its
redactions are written back into the caller's own body. When the provider that answers speaks Anthropic
natively, that body is forwarded untranslated (``thinking``, ``top_k``, ``cache_control``, ``metadata``,
… survive) and the reply is scanned in Anthropic form; any other provider (also as a fallback) gets the
body translated to the OpenAI shape, and its reply is translated back.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from infershield.errors import InputError
from infershield.http.anthropic_relay import guard_message, guarded_events
from infershield.http.errors import (
    block_body,
    block_response,
    error_body,
    error_response,
    json_response,
    upstream_error_response,
)
from infershield.http.routes.chat_common import (
    REFUSAL,
    Prepared,
    base_headers,
    guard_completion,
    prepare,
    refused,
    response_blocked,
)
from infershield.http.stream_relay import StreamEnd, guarded_chunks
from infershield.providers.anthropic_dialect import (
    OpenAIToAnthropicStream,
    anthropic_request_to_chat,
    chat_completion_to_anthropic,
)
from infershield.providers.anthropic_passthrough import ScanView, apply_parts, scan_view
from infershield.providers.anthropic_translate import anthropic_usage
from infershield.providers.base import ProviderError
from infershield.providers.openai_shape import openai_usage
from infershield.providers.propagation import outbound_headers, set_outbound_headers
from infershield.providers.sse import encode_sse


async def messages(request: Request) -> Response:
    views: list[ScanView] = []

    def as_openai(body: dict[str, Any]) -> dict[str, Any]:
        chat = anthropic_request_to_chat(body)  # validates the shape; MalformedInputError → 400
        views.append(scan_view(body))
        converted = {"model": chat.model, "messages": views[0].messages, "stream": bool(body.get("stream"))}
        if "user" in chat.params:
            converted["user"] = chat.params["user"]
        return {**converted, "_anthropic": body}

    prepared, response = await prepare(request, "anthropic", as_openai)
    if response is not None:
        return response
    assert prepared is not None
    forward_beta_header(request.headers.get("anthropic-beta"))
    verdict = prepared.decision.verdict
    headers = base_headers(prepared.request_id, verdict.risk, verdict.action.value)
    if refused(prepared):
        refusal = {"choices": [{"index": 0, "message": {"role": "assistant", "content": REFUSAL},
                                "finish_reason": "stop"}], "model": prepared.chat.model, "usage": {}}
        return json_response(chat_completion_to_anthropic(refusal), 200, headers)
    body = apply_parts(prepared.body["_anthropic"], views[0], prepared.decision.messages)
    try:
        prepared = replace(prepared, chat=anthropic_request_to_chat(body, request_id=prepared.request_id))
    except InputError as exc:
        return error_response("anthropic", 400, str(exc), headers=headers)
    if prepared.body.get("stream"):
        return StreamingResponse(_stream(prepared, body), media_type="text/event-stream",
                                 headers={**headers, "Cache-Control": "no-cache"})
    return await _complete(prepared, body, headers)


async def _complete(prepared: Prepared, body: dict[str, Any], headers: dict[str, str]) -> Response:
    router, record = prepared.state.router, prepared.record
    started = time.perf_counter()
    try:
        reply, record.provider = await router.messages(prepared.chat, body)
    except ProviderError as exc:
        record.stage("upstream", started)
        record.provider, record.upstream_error = exc.provider, exc.status
        return upstream_error_response("anthropic", exc, headers)
    started = record.stage("upstream", started)
    if router.is_native(record.provider):
        record.count_usage(openai_usage(*anthropic_usage(reply.get("usage"))))
        message, blocked = guard_message(prepared, reply)
    else:
        record.count_usage(reply.get("usage"))
        completion, blocked = guard_completion(prepared, reply)
        message = chat_completion_to_anthropic(completion)
    record.stage("scan_output", started)
    if blocked is not None:
        await response_blocked(prepared, blocked)
        return block_response("anthropic", stage="response", risk=blocked.verdict.risk, kinds=blocked.kinds,
                              request_id=prepared.request_id)
    return json_response(message, 200, headers)


_BETA = re.compile(r"[A-Za-z0-9._-]{1,80}(?:\s*,\s*[A-Za-z0-9._-]{1,80}){0,15}")


def forward_beta_header(value: str | None) -> None:
    """Pass the caller's ``anthropic-beta`` flags to this request's upstream calls (plain flag lists only)."""
    if value and _BETA.fullmatch(value.strip()):
        set_outbound_headers({**outbound_headers(), "anthropic-beta": value.strip()})


def _end(prepared: Prepared, end: StreamEnd) -> bytes:
    if end.blocked is not None:
        return encode_sse(block_body("anthropic", stage="response", risk=end.blocked.verdict.risk,
                                     kinds=list(end.blocked.kinds), request_id=prepared.request_id), "error")
    assert end.error is not None
    return encode_sse(error_body("anthropic", end.error.status, str(end.error)), "error")


async def _stream(prepared: Prepared, body: dict[str, Any]) -> AsyncIterator[bytes]:
    router = prepared.state.router
    try:
        routed = await router.open_messages_stream(prepared.chat, body)
    except ProviderError as exc:
        yield _end(prepared, StreamEnd(error=exc))
        return
    async with routed:
        if router.is_native(routed.provider):
            async for event in guarded_events(prepared, routed):
                if not isinstance(event, StreamEnd):
                    yield encode_sse(event[1], event[0])
                elif event.blocked is not None or event.error is not None:
                    if event.blocked is not None:
                        await response_blocked(prepared, event.blocked)
                    yield _end(prepared, event)
            return
        translator = OpenAIToAnthropicStream(model=prepared.chat.model)
        async for item in guarded_chunks(prepared, routed):
            if not isinstance(item, StreamEnd):
                for name, data in translator.feed(item):
                    yield encode_sse(data, name)
            elif item.blocked is not None or item.error is not None:
                if item.blocked is not None:
                    await response_blocked(prepared, item.blocked)
                yield _end(prepared, item)
            else:
                for name, data in translator.finish():
                    yield encode_sse(data, name)
