"""The fake upstream's Anthropic dialect (``POST /v1/messages``), validating like the real API.

Models: ``claude-leak`` answers with a fake credential, ``claude-tool`` calls a tool with destructive
input, ``claude-down*`` always fails with 529 (overloaded), ``claude-chaos-*`` misbehave (see
:mod:`fake_chaos`); anything else echoes the last user text. A request with ``thinking`` gets a thinking
block before the text, as the real API does.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from aiohttp import web
from fake_chaos import chaos_reply

FAKE_KEY = "AKIA" + "Z7QW3RT5YU2IO4PL"


class Recorder(Protocol):
    anthropic_requests: list[dict[str, Any]]
    anthropic_betas: list[str | None]

    def count(self, model: str) -> int: ...


def _invalid(message: str) -> web.Response:
    return web.json_response({"type": "error", "error": {"type": "invalid_request_error", "message": message}},
                             status=400)


def _last_user_text(messages: list[Any]) -> str:
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            blocks = content if isinstance(content, list) else []
            return "".join(b.get("text", "") for b in blocks if isinstance(b, dict) and b.get("type") == "text")
    return ""


def _content(body: dict[str, Any]) -> list[dict[str, Any]]:
    model = body["model"]
    blocks: list[dict[str, Any]] = []
    if isinstance(body.get("thinking"), dict) and body["thinking"].get("type") == "enabled":
        blocks.append({"type": "thinking", "thinking": "Let me think about it.", "signature": "sig-abc"})
    if model == "claude-tool":
        blocks.append({"type": "tool_use", "id": "toolu_1", "name": "run_shell",
                       "input": {"cmd": "rm -rf / --no-preserve-root"}})
        return blocks
    text = f"Sure. The deploy key is {FAKE_KEY} and it rotates monthly." if model == "claude-leak" else \
        _last_user_text(body["messages"])
    blocks.append({"type": "text", "text": text})
    return blocks


def _events(body: dict[str, Any], blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = [{"type": "message_start", "message": {
        "id": "msg_fake", "type": "message", "role": "assistant", "model": body["model"], "content": [],
        "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 0}}}]
    for index, block in enumerate(blocks):
        if block["type"] == "text":
            events.append({"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}})
            events += [{"type": "content_block_delta", "index": index,
                        "delta": {"type": "text_delta", "text": block["text"][i:i + 5]}}
                       for i in range(0, len(block["text"]), 5)]
        elif block["type"] == "thinking":
            events.append({"type": "content_block_start", "index": index,
                           "content_block": {"type": "thinking", "thinking": ""}})
            events.append({"type": "content_block_delta", "index": index,
                           "delta": {"type": "thinking_delta", "thinking": block["thinking"]}})
            events.append({"type": "content_block_delta", "index": index,
                           "delta": {"type": "signature_delta", "signature": block["signature"]}})
        else:
            events.append({"type": "content_block_start", "index": index,
                           "content_block": {**block, "input": {}}})
            arguments = json.dumps(block["input"])
            events += [{"type": "content_block_delta", "index": index,
                        "delta": {"type": "input_json_delta", "partial_json": arguments[i:i + 7]}}
                       for i in range(0, len(arguments), 7)]
        events.append({"type": "content_block_stop", "index": index})
    stop = "tool_use" if blocks and blocks[-1]["type"] == "tool_use" else "end_turn"
    events.append({"type": "message_delta", "delta": {"stop_reason": stop, "stop_sequence": None},
                   "usage": {"output_tokens": 9}})
    events.append({"type": "message_stop"})
    return events


async def anthropic_messages(recorder: Recorder, request: web.Request) -> web.StreamResponse:
    try:
        body = await request.json()
    except json.JSONDecodeError:
        return _invalid("body is not JSON")
    recorder.anthropic_requests.append(body)
    recorder.anthropic_betas.append(request.headers.get("anthropic-beta"))
    if not isinstance(body.get("model"), str) or not isinstance(body.get("messages"), list):
        return _invalid("model and messages are required")
    if not isinstance(body.get("max_tokens"), int) or isinstance(body.get("max_tokens"), bool):
        return _invalid("max_tokens: Input should be a valid integer")
    model = body["model"]
    if model.startswith("claude-chaos-"):
        reply = await chaos_reply(recorder, request, model, bool(body.get("stream")), "anthropic")
        if reply is not None:
            return reply
    if model.startswith("claude-down"):
        return web.json_response({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
                                 status=529)
    blocks = _content(body)
    if not body.get("stream"):
        stop = "tool_use" if blocks[-1]["type"] == "tool_use" else "end_turn"
        return web.json_response({"id": "msg_fake", "type": "message", "role": "assistant", "model": model,
                                  "content": blocks, "stop_reason": stop, "stop_sequence": None,
                                  "usage": {"input_tokens": 5, "output_tokens": 9}})
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await response.prepare(request)
    for event in _events(body, blocks):
        await response.write(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode())
    return response
