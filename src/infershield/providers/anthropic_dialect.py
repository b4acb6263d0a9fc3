"""The gateway's Anthropic endpoint: Anthropic Messages requests → the internal OpenAI shape, and the
OpenAI-shaped reply (whole or streamed) → Anthropic's message object and SSE events. Pure.

Usage by the HTTP layer::

    request = anthropic_request_to_chat(body, request_id=rid)          # MalformedInputError → 400
    reply = chat_completion_to_anthropic(completion)                   # non-streaming
    translator = OpenAIToAnthropicStream(model=request.model)           # streaming
    for chunk in chunks: events += translator.feed(chunk)
    events += translator.finish()                                      # (event name, data) pairs
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson

from infershield.errors import MalformedInputError
from infershield.providers.base import JSON, ChatRequest, ProviderError
from infershield.providers.openai_shape import text_of

FINISH_TO_STOP_REASON = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}

SSEPair = tuple[str, JSON]


def _image_part(block: JSON) -> JSON:
    source = block.get("source")
    if not isinstance(source, dict):
        raise MalformedInputError("an image block needs a source object")
    if source.get("type") == "base64":
        url = f"data:{source.get('media_type', 'image/png')};base64,{source.get('data', '')}"
    elif source.get("type") == "url":
        url = str(source.get("url", ""))
    else:
        raise MalformedInputError("unsupported image source")
    return {"type": "image_url", "image_url": {"url": url}}


def _user_messages(content: Any) -> list[JSON]:
    """One Anthropic user turn → tool messages (for tool_result blocks) followed by one user message."""
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    if not isinstance(content, list):
        raise MalformedInputError("message content must be a string or a list of blocks")
    out: list[JSON] = []
    parts: list[JSON] = []
    for block in content:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            parts.append({"type": "text", "text": str(block.get("text", ""))})
        elif kind == "image":
            parts.append(_image_part(block))
        elif kind == "tool_result":
            out.append({"role": "tool", "tool_call_id": str(block.get("tool_use_id", "")),
                        "content": text_of(block.get("content"))})
        elif kind == "document" and isinstance(block.get("source"), dict) and block["source"].get("type") == "text":
            parts.append({"type": "text", "text": str(block["source"].get("data", ""))})
        elif kind is None:
            raise MalformedInputError("content blocks must be objects with a type")
        # other block types (thinking, server tool results, …) have no OpenAI equivalent and are dropped
    if parts:
        only_text = all(p["type"] == "text" for p in parts)
        out.append({"role": "user", "content": "".join(p["text"] for p in parts) if only_text else parts})
    return out


def _assistant_message(content: Any) -> JSON:
    if isinstance(content, str):
        return {"role": "assistant", "content": content}
    if not isinstance(content, list):
        raise MalformedInputError("message content must be a string or a list of blocks")
    texts = [str(b.get("text", "")) for b in content if isinstance(b, dict) and b.get("type") == "text"]
    calls = [{"id": str(b.get("id", "")), "type": "function",
              "function": {"name": str(b.get("name", "")), "arguments": orjson.dumps(b.get("input") or {}).decode()}}
             for b in content if isinstance(b, dict) and b.get("type") == "tool_use"]
    message: JSON = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if calls:
        message["tool_calls"] = calls
    return message


def _tools(tools: Any) -> list[JSON]:
    out: list[JSON] = []
    for tool in tools if isinstance(tools, list) else []:
        # server tools (web search, code execution, …) carry a versioned "type" and cannot be forwarded
        if not isinstance(tool, dict) or tool.get("type", "custom") != "custom":
            continue
        function: JSON = {"name": str(tool.get("name", "")),
                          "parameters": tool.get("input_schema") or {"type": "object", "properties": {}}}
        if tool.get("description"):
            function["description"] = tool["description"]
        out.append({"type": "function", "function": function})
    return out


def _tool_choice(choice: Any) -> tuple[Any, bool]:
    """(OpenAI tool_choice or None, parallel tool use allowed)."""
    if not isinstance(choice, dict):
        return None, True
    parallel = not choice.get("disable_parallel_tool_use", False)
    mapped = {"auto": "auto", "any": "required", "none": "none"}.get(str(choice.get("type")))
    if choice.get("type") == "tool":
        return {"type": "function", "function": {"name": str(choice.get("name", ""))}}, parallel
    return mapped, parallel


def anthropic_request_to_chat(body: JSON, *, request_id: str = "") -> ChatRequest:
    """A Messages API request body → :class:`ChatRequest`. ``stream`` is left to the caller."""
    model, messages = body.get("model"), body.get("messages")
    if not isinstance(model, str) or not model:
        raise MalformedInputError("model is required")
    if not isinstance(messages, list):
        raise MalformedInputError("messages must be a list")
    out: list[JSON] = []
    system = body.get("system")
    if system:
        out.append({"role": "system", "content": text_of(system)})
    for message in messages:
        if not isinstance(message, dict):
            raise MalformedInputError("each message must be an object")
        role = message.get("role")
        if role == "user":
            out.extend(_user_messages(message.get("content")))
        elif role == "assistant":
            out.append(_assistant_message(message.get("content")))
        else:
            raise MalformedInputError("message role must be user or assistant")
    params: JSON = {}
    if body.get("max_tokens") is not None:
        params["max_tokens"] = body["max_tokens"]
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            params[key] = body[key]
    stop = body.get("stop_sequences")
    if stop is not None and not (isinstance(stop, list) and all(isinstance(item, str) for item in stop)):
        raise MalformedInputError("stop_sequences must be an array of strings")
    if stop:
        params["stop"] = list(stop)
    tools = _tools(body.get("tools"))
    if tools:
        params["tools"] = tools
        choice, parallel = _tool_choice(body.get("tool_choice"))
        if choice is not None:
            params["tool_choice"] = choice
        if not parallel:
            params["parallel_tool_calls"] = False
    metadata = body.get("metadata")
    if isinstance(metadata, dict) and metadata.get("user_id"):
        params["user"] = str(metadata["user_id"])
    return ChatRequest(model=model, messages=tuple(out), params=params, request_id=request_id)


def _arguments(raw: Any) -> JSON:
    if isinstance(raw, dict):
        return raw
    try:
        value = orjson.loads(raw) if raw else {}
    except (orjson.JSONDecodeError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


def _message_id(raw: Any) -> str:
    text = str(raw or "")
    if not text:
        return f"msg_{uuid.uuid4().hex[:24]}"
    return text if text.startswith("msg_") else f"msg_{text}"


def chat_completion_to_anthropic(reply: JSON) -> JSON:
    """An OpenAI ``chat.completion`` → an Anthropic ``message`` object (first choice)."""
    choices = reply.get("choices") or [{}]
    choice = choices[0] if isinstance(choices[0], dict) else {}
    message = choice.get("message") or {}
    content: list[JSON] = []
    text = text_of(message.get("content"))
    if text:
        content.append({"type": "text", "text": text})
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        content.append({"type": "tool_use", "id": str(call.get("id", "")), "name": str(function.get("name", "")),
                        "input": _arguments(function.get("arguments"))})
    if not content:
        content.append({"type": "text", "text": ""})
    usage = reply.get("usage") or {}
    return {
        "id": _message_id(reply.get("id")),
        "type": "message",
        "role": "assistant",
        "model": str(reply.get("model", "")),
        "content": content,
        "stop_reason": FINISH_TO_STOP_REASON.get(str(choice.get("finish_reason")), "end_turn"),
        "stop_sequence": None,
        "usage": {"input_tokens": int(usage.get("prompt_tokens") or 0),
                  "output_tokens": int(usage.get("completion_tokens") or 0)},
    }


_ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error", 529: "overloaded_error"}


def anthropic_error(status: int, message: str) -> JSON:
    """An error body (and ``error`` stream event) in Anthropic's dialect."""
    return {"type": "error", "error": {"type": _ERROR_TYPES.get(status, "api_error"), "message": message}}


def anthropic_error_event(error: ProviderError) -> SSEPair:
    return "error", anthropic_error(error.status, str(error))


class OpenAIToAnthropicStream:
    """Stateful: OpenAI ``chat.completion.chunk`` dicts in, Anthropic SSE ``(event, data)`` pairs out.

    Emits ``message_start`` on the first chunk, opens a ``text`` block for content deltas and a
    ``tool_use`` block per tool call (arguments as ``input_json_delta``), closing the open block whenever
    another one starts. :meth:`finish` closes the last block and emits ``message_delta`` (stop_reason,
    usage) and ``message_stop``; call it once the upstream stream has ended.
    """

    def __init__(self, *, model: str = "", message_id: str = "") -> None:
        self.model = model
        self.message_id = message_id
        self._started = False
        self._finished = False
        self._next_index = 0
        self._open: int | None = None  # Anthropic index of the open block
        self._open_is_text = False
        self._tools: dict[int, int] = {}  # OpenAI tool index → Anthropic block index
        self._finish_reason: str | None = None
        self._input_tokens = 0
        self._output_tokens = 0

    def _start(self, chunk: JSON | None) -> list[SSEPair]:
        if self._started:
            return []
        self._started = True
        if chunk is not None:
            self.model = self.model or str(chunk.get("model", ""))
            self.message_id = self.message_id or str(chunk.get("id", ""))
        message: JSON = {"id": _message_id(self.message_id), "type": "message", "role": "assistant",
                   "model": self.model, "content": [], "stop_reason": None, "stop_sequence": None,
                   "usage": {"input_tokens": 0, "output_tokens": 0}}
        return [("message_start", {"type": "message_start", "message": message})]

    def _close(self) -> list[SSEPair]:
        if self._open is None:
            return []
        index, self._open = self._open, None
        return [("content_block_stop", {"type": "content_block_stop", "index": index})]

    def _open_block(self, block: JSON, *, text: bool) -> tuple[int, list[SSEPair]]:
        events = self._close()
        index = self._next_index
        self._next_index += 1
        self._open, self._open_is_text = index, text
        events.append(("content_block_start", {"type": "content_block_start", "index": index,
                                               "content_block": block}))
        return index, events

    def _text(self, text: str) -> list[SSEPair]:
        events: list[SSEPair] = []
        if self._open is None or not self._open_is_text:
            _, events = self._open_block({"type": "text", "text": ""}, text=True)
        events.append(("content_block_delta", {"type": "content_block_delta", "index": self._open,
                                               "delta": {"type": "text_delta", "text": text}}))
        return events

    def _tool(self, call: JSON) -> list[SSEPair]:
        events: list[SSEPair] = []
        function = call.get("function") or {}
        position = int(call.get("index", 0))
        if position not in self._tools:
            block = {"type": "tool_use", "id": str(call.get("id") or f"toolu_{uuid.uuid4().hex[:24]}"),
                     "name": str(function.get("name", "")), "input": {}}
            self._tools[position], events = self._open_block(block, text=False)
        arguments = function.get("arguments")
        if arguments:
            # the API never interleaves tool calls; if an upstream does, the delta keeps its block's index
            events.append(("content_block_delta", {"type": "content_block_delta", "index": self._tools[position],
                                                   "delta": {"type": "input_json_delta",
                                                             "partial_json": str(arguments)}}))
        return events

    def feed(self, chunk: JSON) -> list[SSEPair]:
        events = self._start(chunk)
        usage = chunk.get("usage")
        if isinstance(usage, dict):
            self._input_tokens = int(usage.get("prompt_tokens") or 0)
            self._output_tokens = int(usage.get("completion_tokens") or 0)
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if isinstance(delta.get("content"), str) and delta["content"]:
                events.extend(self._text(delta["content"]))
            for call in delta.get("tool_calls") or []:
                if isinstance(call, dict):
                    events.extend(self._tool(call))
            if choice.get("finish_reason"):
                self._finish_reason = str(choice["finish_reason"])
        return events

    def finish(self) -> list[SSEPair]:
        if self._finished:
            return []
        self._finished = True
        events = self._start(None) + self._close()
        stop_reason = FINISH_TO_STOP_REASON.get(str(self._finish_reason), "end_turn")
        events.append(("message_delta", {"type": "message_delta",
                                         "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                                         "usage": {"input_tokens": self._input_tokens,
                                                   "output_tokens": self._output_tokens}}))
        events.append(("message_stop", {"type": "message_stop"}))
        return events
