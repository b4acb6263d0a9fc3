"""Cohere's v2 Chat API (kind ``cohere``): ``POST {base_url}/v2/chat`` with a Bearer key.

v2 messages and tools are close to OpenAI's (roles system/user/assistant/tool, ``tool_calls`` with JSON
string arguments), so translation is mostly renaming; streams are typed SSE events (``content-delta``,
``tool-call-start``, ``tool-call-delta``, ``message-end``, …).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any, ClassVar

from infershield.providers.base import JSON, ChatRequest, ProviderError
from infershield.providers.http_client import UpstreamProvider, invalid_response, stream_cut, stream_event
from infershield.providers.openai_shape import bad_request, openai_usage, text_of
from infershield.providers.sse import iter_sse

FINISH_REASONS = {"COMPLETE": "stop", "STOP_SEQUENCE": "stop", "MAX_TOKENS": "length", "TOOL_CALL": "tool_calls"}
_PARAMS = (("max_tokens", "max_tokens"), ("max_completion_tokens", "max_tokens"), ("temperature", "temperature"),
           ("top_p", "p"), ("top_k", "k"), ("seed", "seed"), ("frequency_penalty", "frequency_penalty"),
           ("presence_penalty", "presence_penalty"))


def _content(content: Any) -> str | list[JSON]:
    if isinstance(content, str) or content is None:
        return content or ""
    parts: list[JSON] = []
    for part in content if isinstance(content, list) else []:
        if not isinstance(part, dict):
            continue
        if part.get("type") == "text":
            parts.append({"type": "text", "text": str(part.get("text", ""))})
        elif part.get("type") == "image_url":
            parts.append({"type": "image_url", "image_url": part.get("image_url")})
        else:
            raise bad_request(f"content part type {str(part.get('type'))[:40]!r} is not supported by this provider")
    return parts


def _message(message: JSON) -> JSON:
    role = message.get("role")
    if role in ("system", "developer"):
        return {"role": "system", "content": text_of(message.get("content"))}
    if role == "user":
        return {"role": "user", "content": _content(message.get("content"))}
    if role == "assistant":
        out: JSON = {"role": "assistant"}
        text = text_of(message.get("content"))
        if message.get("tool_calls"):
            out["tool_calls"] = [{"id": c.get("id", ""), "type": "function", "function": c.get("function") or {}}
                                 for c in message["tool_calls"]]
            if text:
                out["tool_plan"] = text
        else:
            out["content"] = text
        return out
    if role == "tool":
        return {"role": "tool", "tool_call_id": str(message.get("tool_call_id", "")),
                "content": text_of(message.get("content"))}
    raise bad_request(f"message role {str(role)[:40]!r} is not supported by this provider")


def openai_to_cohere_request(request: ChatRequest) -> JSON:
    """A v2 chat body (without ``stream``)."""
    params = request.params
    body: JSON = {"model": request.model, "messages": [_message(m) for m in request.messages]}
    for ours, theirs in _PARAMS:
        if params.get(ours) is not None:
            body[theirs] = params[ours]
    stop = params.get("stop")
    if stop:
        body["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    fmt = params.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema"):
        schema = (fmt.get("json_schema") or {}).get("schema")
        body["response_format"] = {"type": "json_object", **({"json_schema": schema} if schema else {})}
    tools = [t for t in params.get("tools") or [] if isinstance(t, dict) and t.get("type", "function") == "function"]
    if tools:
        body["tools"] = tools
        choice = params.get("tool_choice")
        if choice == "none":
            body["tool_choice"] = "NONE"
        elif choice == "required" or isinstance(choice, dict):
            body["tool_choice"] = "REQUIRED"
    return body


def cohere_usage(usage: Any) -> JSON:
    data = usage if isinstance(usage, dict) else {}
    tokens = data.get("tokens") or data.get("billed_units") or {}
    return openai_usage(int(tokens.get("input_tokens") or 0), int(tokens.get("output_tokens") or 0))


def cohere_to_openai_completion(reply: JSON, *, model: str, created: int | None = None) -> JSON:
    """A v2 chat response → an OpenAI ``chat.completion``."""
    message = reply.get("message") or {}
    text = text_of(message.get("content"))
    calls = [{"id": str(c.get("id", "")), "type": "function",
              "function": {"name": str((c.get("function") or {}).get("name", "")),
                           "arguments": str((c.get("function") or {}).get("arguments") or "{}")}}
             for c in message.get("tool_calls") or [] if isinstance(c, dict)]
    out: JSON = {"role": "assistant", "content": text if text or not calls else None}
    if calls:
        out["tool_calls"] = calls
    return {"id": str(reply.get("id", "")), "object": "chat.completion",
            "created": int(time.time()) if created is None else created, "model": model,
            "choices": [{"index": 0, "message": out,
                         "finish_reason": FINISH_REASONS.get(str(reply.get("finish_reason")), "stop")}],
            "usage": cohere_usage(reply.get("usage"))}


class CohereToOpenAIStream:
    """Stateful: v2 chat stream events in, OpenAI chunks out."""

    def __init__(self, *, model: str, provider: str = "", created: int | None = None) -> None:
        self.model = model
        self.provider = provider
        self.created = int(time.time()) if created is None else created
        self.id = ""
        self.finished = False
        self._tools: dict[int, int] = {}

    def _chunk(self, delta: JSON, finish: str | None = None) -> JSON:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    def feed(self, data: JSON) -> list[JSON]:
        kind = data.get("type")
        message = ((data.get("delta") or {}).get("message")) or {}
        if kind == "message-start":
            self.id = str(data.get("id", ""))
            return [self._chunk({"role": "assistant", "content": ""})]
        if kind == "content-delta":
            text = (message.get("content") or {}).get("text")
            return [self._chunk({"content": str(text)})] if text else []
        if kind in ("tool-call-start", "tool-call-delta"):
            call = message.get("tool_calls") or {}
            function = call.get("function") or {}
            position = int(data.get("index", 0))
            if kind == "tool-call-start":
                index = self._tools.setdefault(position, len(self._tools))
                entry: JSON = {"index": index, "id": str(call.get("id", "")), "type": "function",
                               "function": {"name": str(function.get("name", "")),
                                            "arguments": str(function.get("arguments") or "")}}
            elif position in self._tools:
                entry = {"index": self._tools[position], "function": {"arguments": str(function.get("arguments", ""))}}
            else:
                return []
            return [self._chunk({"tool_calls": [entry]})]
        if kind == "message-end":
            self.finished = True
            delta = data.get("delta") or {}
            reason = str(delta.get("finish_reason"))
            if reason in ("ERROR", "TIMEOUT"):
                raise ProviderError("upstream reported an error mid-stream", status=502, retryable=True,
                                    provider=self.provider)
            chunk = self._chunk({}, FINISH_REASONS.get(reason, "stop"))
            chunk["usage"] = cohere_usage(delta.get("usage"))
            return [chunk]
        return []  # content-start/end, tool-plan-delta, tool-call-end, citations


class CohereProvider(UpstreamProvider):
    """Cohere Command models through the v2 Chat API (``base_url`` default ``https://api.cohere.com``)."""

    kind: ClassVar[str] = "cohere"
    default_base_url: ClassVar[str] = "https://api.cohere.com"

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.spec.api_key}"}

    async def complete(self, request: ChatRequest) -> JSON:
        body = {**openai_to_cohere_request(request), "stream": False}
        reply = await self.http.request_json("POST", f"{self.base_url}/v2/chat", body=body)
        if not isinstance(reply.get("message"), dict):
            raise invalid_response(self.name)
        return cohere_to_openai_completion(reply, model=request.model)

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        translator = CohereToOpenAIStream(model=request.model, provider=self.name)
        body = {**openai_to_cohere_request(request), "stream": True}
        async with aclosing(self.http.stream_lines(f"{self.base_url}/v2/chat", body=body)) as lines:
            async for event in iter_sse(lines):
                if event.data.strip() == "[DONE]":
                    break
                data = stream_event(self.name, event.data)
                for chunk in translator.feed(data):
                    yield chunk
        if not translator.finished:
            raise stream_cut(self.name)

    async def models(self) -> list[str]:
        if self.spec.models:
            return list(self.spec.models)
        reply = await self.http.request_json("GET", f"{self.base_url}/v1/models",
                                             params={"endpoint": "chat", "page_size": "1000"})
        found = reply.get("models")
        if not isinstance(found, list):
            raise invalid_response(self.name)
        return [str(m["name"]) for m in found if isinstance(m, dict) and "name" in m]
