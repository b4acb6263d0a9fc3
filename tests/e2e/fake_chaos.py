"""Misbehaving upstream replies for the chaos suite, in the OpenAI or Anthropic dialect.

``chaos-<kind>`` (OpenAI route) and ``claude-chaos-<kind>`` (Anthropic route) pick one of :data:`KINDS`.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, Literal, Protocol

from aiohttp import web

Dialect = Literal["openai", "anthropic"]
LEAKY = "upstream exploded at http://10.0.0.7:8443/internal key sk-live-0123456789abcdef0123"
OPENING = "Hello there, this is the start of a longer answer that clears the gateway's hold-back window. "
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1><hr>nginx/1.25 10.1.2.3</body></html>"

# kind -> (status the caller sees, does a stream fail only after its first events?). The mid-stream
# kinds answer a non-streamed request normally.
KINDS: dict[str, tuple[int, bool]] = {
    "hang": (504, False), "hang-stream": (200, True), "text": (502, False), "shape": (502, False),
    "html": (502, False), "html200": (502, False), "truncated": (502, False), "empty": (502, False),
    "bad-sse": (200, True), "cut": (200, True), "cut-hard": (200, True), "error-event": (200, True),
    "500": (502, False), "500-ra": (502, False), "503": (502, False), "429": (429, False),
    "429-ra": (429, False), "401": (502, False), "400": (400, False), "flaky-429": (200, False),
}


class Recorder(Protocol):
    def count(self, model: str) -> int: ...


async def _hang(request: web.Request, seconds: float = 30.0) -> None:
    """Wait until the gateway gives up (its connection closes) or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        transport = request.transport
        if transport is None or transport.is_closing():
            return
        await asyncio.sleep(0.05)


def _events(dialect: Dialect, model: str) -> list[bytes]:
    """A valid stream opening: two events carrying text."""
    if dialect == "openai":
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": model,
                 "choices": [{"index": 0, "delta": {"content": OPENING}, "finish_reason": None}]}
        return [f"data: {json.dumps(chunk)}\n\n".encode()] * 2
    start = {"type": "message_start", "message": {"id": "msg_c", "type": "message", "role": "assistant",
                                                  "model": model, "content": [], "stop_reason": None,
                                                  "usage": {"input_tokens": 3, "output_tokens": 0}}}
    block = {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}
    delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": OPENING}}
    return [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in (start, block, delta)]


def _error(dialect: Dialect, status: int, message: str) -> dict[str, Any]:
    if dialect == "anthropic":
        return {"type": "error", "error": {"type": "api_error" if status >= 500 else "rate_limit_error",
                                           "message": message}}
    return {"error": {"message": message, "type": "server_error"}}


async def _stream_then_fail(request: web.Request, kind: str, dialect: Dialect, model: str) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for event in _events(dialect, model):
        await response.write(event)
    if kind == "hang-stream":
        await _hang(request)
    elif kind == "bad-sse":
        await response.write(b"data: {this is not json\n\n")
    elif kind == "cut-hard":
        await response.write(b"data: {\"choi")
        assert request.transport is not None
        request.transport.close()
    elif kind == "error-event":
        error = _error(dialect, 500, LEAKY)
        name = b"event: error\n" if dialect == "anthropic" else b""
        await response.write(name + f"data: {json.dumps(error)}\n\n".encode())
    return response  # "cut": the stream just ends, without [DONE] or message_stop


async def chaos_reply(recorder: Recorder, request: web.Request, model: str, stream: bool,
                      dialect: Dialect) -> web.StreamResponse | None:
    """The misbehaving reply, or None where the upstream should answer normally."""
    kind = model.split("chaos-", 1)[1]
    if kind == "hang":
        await _hang(request)
        return web.Response(status=200)
    if KINDS[kind][1]:
        return await _stream_then_fail(request, kind, dialect, model) if stream else None
    statuses = {"500": 500, "500-ra": 500, "503": 503, "429": 429, "429-ra": 429, "401": 401, "400": 400}
    if kind == "flaky-429":
        if recorder.count(model) % 2 == 1:
            return web.json_response(_error(dialect, 429, "slow down"), status=429, headers={"Retry-After": "0"})
        return None
    if kind in statuses:
        status = statuses[kind]
        headers = {"Retry-After": "5" if kind == "429-ra" else "0"} if kind.endswith("-ra") else {}
        message = "max_tokens is too large" if status == 400 else LEAKY
        return web.json_response(_error(dialect, status, message), status=status, headers=headers)
    raw = {"text": (b"upstream says hello", "text/plain"), "shape": (b'{"unexpected": true}', "application/json"),
           "html": (HTML, "text/html"), "html200": (HTML, "text/html"), "empty": (b"", "application/json"),
           "truncated": (b'{"id": "x", "choices": [{"index": 0, "mess', "application/json")}
    body, content_type = raw.get(kind, (b"{}", "application/json"))
    return web.Response(status=502 if kind == "html" else 200, body=body, content_type=content_type)
