"""A scripted upstream on 127.0.0.1 for gateway tests (aiohttp, in a background thread).

OpenAI chat (``/v1/chat/completions``): the model name picks the behaviour.
``echo`` repeats the last user message (so tests can see what the gateway forwarded), ``echo-system``
repeats the system prompt, ``leak`` answers with a fake credential split over stream chunks, ``tool`` calls
a tool with destructive arguments, ``flaky`` fails with 500 on every second request, ``slow`` answers
after one second, ``slow-stream`` streams 30 chunks 0.1 s apart (and counts clients that hang up in
``disconnects``), ``chaos-*`` misbehave (see :mod:`fake_chaos`).
``/v1/embeddings`` answers hash-derived vectors (``embed-down`` fails with 503); ``/v1/messages`` speaks
Anthropic's dialect (see :mod:`fake_anthropic`). Every request body is recorded per endpoint.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aiohttp import web
from fake_anthropic import FAKE_KEY as FAKE_KEY
from fake_anthropic import anthropic_messages
from fake_chaos import chaos_reply

LEAK_TEXT = f"Sure. The deploy key is {FAKE_KEY} and it rotates monthly."


def slow_piece(i: int) -> str:
    """Piece ``i`` of the ``slow-stream`` reply: long enough to clear the gateway's hold-back window."""
    return f"Sentence number {i} of the slow stream, padded to pass the hold-back. "


SLOW_STREAM_TEXT = "".join(slow_piece(i) for i in range(30))


class FakeUpstream:
    """Holds what it received (``requests``) and serves until stopped."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.anthropic_requests: list[dict[str, Any]] = []
        self.anthropic_betas: list[str | None] = []
        self.embedding_requests: list[dict[str, Any]] = []
        self.port = 0
        self.disconnects = 0
        self.completed_streams = 0
        self.calls_by_model: dict[str, int] = {}
        self._calls = 0

    def count(self, model: str) -> int:
        """How many times ``model`` was asked for, this call included."""
        self.calls_by_model[model] = self.calls_by_model.get(model, 0) + 1
        return self.calls_by_model[model]

    def _reply_text(self, body: dict[str, Any]) -> str:
        model = body.get("model", "")
        messages = body.get("messages") or []
        if model == "leak":
            return LEAK_TEXT
        if model == "echo-system":
            return next((m.get("content", "") for m in messages if m.get("role") == "system"), "")
        return next((str(m.get("content", "")) for m in reversed(messages) if m.get("role") == "user"), "")

    async def chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        self._calls += 1
        model = str(body.get("model", ""))
        if model.startswith("chaos-"):
            reply = await chaos_reply(self, request, model, bool(body.get("stream")), "openai")
            if reply is not None:
                return reply
        if model == "slow-stream":
            return await self._slow_stream(request, body)
        if body.get("model") == "slow":
            await asyncio.sleep(1.0)
        if body.get("model") == "flaky" and self._calls % 2 == 1:
            return web.json_response({"error": {"message": "upstream exploded at http://10.0.0.7 key sk-x"}},
                                     status=500)
        text = self._reply_text(body)
        message: dict[str, Any] = {"role": "assistant", "content": text}
        if body.get("model") == "tool":
            message = {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "run_shell", "arguments": json.dumps({"cmd": "rm -rf / --no-preserve-root"})}}]}
        if body.get("stream"):
            return await self._stream(request, body, message)
        return web.json_response({
            "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": body["model"],
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}})

    async def _stream(self, request: web.Request, body: dict[str, Any], message: dict[str, Any]) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": body["model"]}

        async def send(delta: dict[str, Any], finish: str | None = None) -> None:
            chunk = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())

        await send({"role": "assistant", "content": ""})
        if message.get("tool_calls"):
            call = message["tool_calls"][0]
            await send({"tool_calls": [{"index": 0, "id": call["id"], "type": "function",
                                        "function": {"name": call["function"]["name"], "arguments": ""}}]})
            arguments = call["function"]["arguments"]
            for i in range(0, len(arguments), 7):
                await send({"tool_calls": [{"index": 0, "function": {"arguments": arguments[i:i + 7]}}]})
        else:
            text = message["content"] or ""
            for i in range(0, len(text), 5):
                await send({"content": text[i:i + 5]})
        await send({}, "stop")
        await response.write(b"data: [DONE]\n\n")
        return response

    async def _slow_stream(self, request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        base = {"id": "chatcmpl-slow", "object": "chat.completion.chunk", "created": 0, "model": body["model"]}
        try:
            for i in range(30):
                chunk = {**base, "choices": [{"index": 0, "delta": {"content": slow_piece(i)}, "finish_reason": None}]}
                await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
                await asyncio.sleep(0.1)
            done = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            await response.write(f"data: {json.dumps(done)}\n\ndata: [DONE]\n\n".encode())
        except ConnectionError:
            self.disconnects += 1
            return response
        self.completed_streams += 1
        return response

    async def embeddings(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.embedding_requests.append(body)
        if body.get("model") == "embed-down":
            return web.json_response({"error": {"message": "overloaded"}}, status=503)
        given = body["input"]
        items = [given] if isinstance(given, str) or (given and isinstance(given[0], int)) else given
        size = int(body.get("dimensions") or 8)
        data = []
        for index, item in enumerate(items):
            seed = hashlib.sha256(json.dumps(item).encode()).digest()
            vector = [(seed[i % 32] - 128) / 128 for i in range(size)]
            encoded: Any = vector
            if body.get("encoding_format") == "base64":
                encoded = base64.b64encode(struct.pack(f"<{size}f", *vector)).decode()
            data.append({"object": "embedding", "index": index, "embedding": encoded})
        return web.json_response({"object": "list", "data": data, "model": body["model"],
                                  "usage": {"prompt_tokens": 3, "total_tokens": 3}})

    async def messages(self, request: web.Request) -> web.StreamResponse:
        return await anthropic_messages(self, request)

    async def models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": "echo", "object": "model"}]})


@contextmanager
def running_upstream() -> Iterator[FakeUpstream]:
    """Start the fake upstream on a free port in a background thread; stop it afterwards."""
    upstream = FakeUpstream()
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    runner_box: list[web.AppRunner] = []

    async def start() -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", upstream.chat)
        app.router.add_get("/v1/models", upstream.models)
        app.router.add_post("/v1/embeddings", upstream.embeddings)
        app.router.add_post("/v1/messages", upstream.messages)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        upstream.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        runner_box.append(runner)
        ready.set()

    thread = threading.Thread(target=lambda: (loop.run_until_complete(start()), loop.run_forever()), daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield upstream
    finally:
        asyncio.run_coroutine_threadsafe(runner_box[0].cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


