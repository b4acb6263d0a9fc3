"""A real local HTTP upstream (aiohttp.web on 127.0.0.1, random port) with scripted replies, plus builders
for the OpenAI, Anthropic, Gemini and Cohere wire formats. Used inside the test's own event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import orjson
from aiohttp import web

from infershield.providers.base import JSON
from infershield.providers.spec import ProviderSpec, RetrySpec, Timeouts

API_KEY = "sk-test-SECRETKEY0123456789abcdef"


@dataclass
class Reply:
    """One scripted answer. ``events`` makes it an SSE stream; ``cut_after`` drops the connection after
    that many events; ``delay`` holds the answer back (a hang, released when the fake stops)."""

    status: int = 200
    body: Any = None
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    events: Sequence[str] | None = None
    cut_after: int | None = None
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


class FakeUpstream:
    """``async with FakeUpstream() as fake: fake.on("/v1/chat/completions", Reply(...), ...)``.

    Replies for a path are used in order; the last one repeats. Every request is recorded in ``seen``.
    """

    def __init__(self) -> None:
        self._script: dict[str, list[Reply]] = {}
        self.seen: list[Seen] = []
        self._release = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    def on(self, path: str, *replies: Reply) -> FakeUpstream:
        self._script[path] = list(replies)
        return self

    def hits(self, path: str) -> int:
        return sum(1 for seen in self.seen if seen.path == path)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.port}"

    def spec(self, type_: str, *, name: str = "", base_path: str = "", **kwargs: Any) -> ProviderSpec:
        """A ProviderSpec aimed at this fake, with fast timeouts and zero-delay retries by default."""
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("timeouts", Timeouts(connect=1.0, read=0.5, total=3.0))
        kwargs.setdefault("retry", RetrySpec(max_attempts=3, base_delay=0.0, max_delay=5.0))
        return ProviderSpec(name=name or type_, type=type_, base_url=self.url + base_path, **kwargs)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        try:
            body = orjson.loads(raw) if raw else None
        except orjson.JSONDecodeError:
            body = raw
        self.seen.append(Seen(request.method, request.path, dict(request.query), dict(request.headers), body))
        replies = self._script.get(request.path)
        if not replies:
            return web.json_response({"error": {"message": "no such route"}}, status=404)
        reply = replies.pop(0) if len(replies) > 1 else replies[0]
        if reply.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._release.wait(), reply.delay)
        if reply.events is None:
            data = reply.raw if reply.raw is not None else orjson.dumps(reply.body)
            return web.Response(status=reply.status, body=data, headers=reply.headers,
                                content_type="application/json" if reply.raw is None else "text/html")
        response = web.StreamResponse(status=reply.status, headers=reply.headers)
        response.content_type = "text/event-stream"
        await response.prepare(request)
        for count, event in enumerate(reply.events):
            if reply.cut_after is not None and count >= reply.cut_after:
                assert request.transport is not None
                request.transport.close()
                return response
            await response.write(event.encode() + b"\n\n")
        await response.write_eof()
        return response

    async def __aenter__(self) -> FakeUpstream:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()


async def drain(stream: AsyncIterator[Any], into: list[Any]) -> None:
    """Collect a stream's items into ``into`` (which keeps what arrived before an error)."""
    async for item in stream:
        into.append(item)


# --- wire formats -----------------------------------------------------------------------------------------

def sse(data: JSON | str, event: str | None = None) -> str:
    payload = data if isinstance(data, str) else orjson.dumps(data).decode()
    return (f"event: {event}\n" if event else "") + f"data: {payload}"


def openai_completion(text: str = "hello", *, model: str = "gpt-test", tool_calls: list[JSON] | None = None,
                      finish: str = "stop") -> JSON:
    message: JSON = {"role": "assistant", "content": text}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}}


def openai_chunk(delta: JSON, finish: str | None = None, **extra: Any) -> JSON:
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-test",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}


def openai_stream(*pieces: str, done: bool = True) -> list[str]:
    events = [sse(openai_chunk({"role": "assistant", "content": ""}))]
    events += [sse(openai_chunk({"content": piece})) for piece in pieces]
    events.append(sse(openai_chunk({}, "stop")))
    events.append(sse({"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-test",
                       "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}}))
    if done:
        events.append("data: [DONE]")
    return events


def anthropic_message(*blocks: JSON, stop_reason: str = "end_turn") -> JSON:
    return {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
            "content": list(blocks) or [{"type": "text", "text": "hello"}], "stop_reason": stop_reason,
            "stop_sequence": None, "usage": {"input_tokens": 10, "output_tokens": 4}}


def anthropic_stream(*events: JSON) -> list[str]:
    return [sse(event, str(event["type"])) for event in events]


def anthropic_text_stream(*pieces: str) -> list[str]:
    return anthropic_stream(
        {"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant",
                                              "model": "claude-test", "content": [], "stop_reason": None,
                                              "usage": {"input_tokens": 10, "output_tokens": 1}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "ping"},
        *({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}} for p in pieces),
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
         "usage": {"output_tokens": 4}},
        {"type": "message_stop"},
    )


def gemini_response(*parts: JSON, finish: str = "STOP") -> JSON:
    return {"candidates": [{"content": {"role": "model", "parts": list(parts) or [{"text": "hello"}]},
                            "finishReason": finish, "index": 0}],
            "usageMetadata": {"promptTokenCount": 7, "candidatesTokenCount": 2, "totalTokenCount": 9},
            "modelVersion": "gemini-test", "responseId": "resp-1"}


def cohere_response(text: str = "hello", *, tool_calls: list[JSON] | None = None,
                    finish: str = "COMPLETE") -> JSON:
    message: JSON = {"role": "assistant", "content": [{"type": "text", "text": text}] if text else []}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {"id": "co-1", "finish_reason": finish, "message": message,
            "usage": {"billed_units": {"input_tokens": 6, "output_tokens": 2},
                      "tokens": {"input_tokens": 16, "output_tokens": 2}}}


def cohere_stream(*events: JSON) -> list[str]:
    return [sse(event, str(event["type"])) for event in events]
