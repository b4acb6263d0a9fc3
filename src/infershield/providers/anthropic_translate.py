"""OpenAI chat shape → Anthropic Messages API and back, for calling Anthropic as an upstream. Pure.

The reverse direction (the gateway's own Anthropic endpoint) is in :mod:`anthropic_dialect`.
"""

from __future__ import annotations

import time
from typing import Any

from infershield.providers.base import JSON, ChatRequest, ProviderError
from infershield.providers.openai_shape import (
    bad_request,
    data_url_parts,
    openai_usage,
    parse_arguments,
    text_of,
    tool_call,
)

DEFAULT_MAX_TOKENS = 1024

STOP_REASON_TO_FINISH = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}




def _image_block(part: JSON) -> JSON:
    image = part.get("image_url")
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str):
        raise bad_request("image_url part without a url")
    inline = data_url_parts(url)
    if inline:
        return {"type": "image", "source": {"type": "base64", "media_type": inline[0], "data": inline[1]}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def _user_blocks(content: Any) -> list[JSON]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks: list[JSON] = []
    for part in content if isinstance(content, list) else []:
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind == "text":
            if part.get("text"):
                blocks.append({"type": "text", "text": str(part["text"])})
        elif kind == "image_url":
            blocks.append(_image_block(part))
        else:
            raise bad_request(f"content part type {str(kind)[:40]!r} is not supported by this provider")
    return blocks




def _assistant_blocks(message: JSON) -> list[JSON]:
    blocks: list[JSON] = []
    text = text_of(message.get("content"))
    if text:
        blocks.append({"type": "text", "text": text})
    for call in message.get("tool_calls") or []:
        function = call.get("function") or {}
        blocks.append({"type": "tool_use", "id": str(call.get("id", "")), "name": str(function.get("name", "")),
                       "input": parse_arguments(function.get("arguments"))})
    return blocks


def _tool_result_block(message: JSON) -> JSON:
    return {"type": "tool_result", "tool_use_id": str(message.get("tool_call_id", "")),
            "content": text_of(message.get("content"))}


def _messages(messages: tuple[JSON, ...]) -> tuple[list[str], list[JSON]]:
    system: list[str] = []
    turns: list[JSON] = []
    for message in messages:
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(text_of(message.get("content")))
            continue
        if role == "user":
            turn_role, blocks = "user", _user_blocks(message.get("content"))
        elif role == "assistant":
            turn_role, blocks = "assistant", _assistant_blocks(message)
        elif role == "tool":
            turn_role, blocks = "user", [_tool_result_block(message)]
        else:
            raise bad_request(f"message role {str(role)[:40]!r} is not supported by this provider")
        if not blocks:
            continue
        if turns and turns[-1]["role"] == turn_role:  # Anthropic wants alternating turns
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": turn_role, "content": blocks})
    return [s for s in system if s], turns


def _tools(tools: Any) -> list[JSON]:
    out: list[JSON] = []
    for tool in tools if isinstance(tools, list) else []:
        if not isinstance(tool, dict) or tool.get("type", "function") != "function":
            continue
        function = tool.get("function") or {}
        converted: JSON = {"name": function.get("name", ""),
                           "input_schema": function.get("parameters") or {"type": "object", "properties": {}}}
        if function.get("description"):
            converted["description"] = function["description"]
        out.append(converted)
    return out


def _tool_choice(choice: Any, parallel: Any) -> JSON | None:
    result: JSON | None
    if choice == "auto":
        result = {"type": "auto"}
    elif choice == "required":
        result = {"type": "any"}
    elif choice == "none":
        result = {"type": "none"}
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        result = {"type": "tool", "name": choice["function"].get("name", "")}
    else:
        result = None
    if parallel is False and (result is None or result["type"] != "none"):
        result = {**(result or {"type": "auto"}), "disable_parallel_tool_use": True}
    return result


def openai_to_anthropic_request(request: ChatRequest) -> JSON:
    """A Messages API body (without ``stream``). Fields Anthropic has no equivalent for are dropped."""
    params = request.params
    system, turns = _messages(request.messages)
    max_tokens = params.get("max_completion_tokens") or params.get("max_tokens") or DEFAULT_MAX_TOKENS
    body: JSON = {"model": request.model, "messages": turns, "max_tokens": int(max_tokens)}
    if system:
        body["system"] = "\n\n".join(system)
    if params.get("temperature") is not None:
        body["temperature"] = min(float(params["temperature"]), 1.0)  # OpenAI allows up to 2
    for key in ("top_p", "top_k"):
        if params.get(key) is not None:
            body[key] = params[key]
    stop = params.get("stop")
    if stop:
        body["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    tools = _tools(params.get("tools"))
    if tools:
        body["tools"] = tools
    choice = _tool_choice(params.get("tool_choice"), params.get("parallel_tool_calls"))
    if choice is not None and tools:
        body["tool_choice"] = choice
    if params.get("user"):
        body["metadata"] = {"user_id": str(params["user"])}
    return body


def anthropic_usage(usage: Any) -> tuple[int, int]:
    """(prompt tokens incl. cache reads/writes, completion tokens) from an Anthropic usage object."""
    if not isinstance(usage, dict):
        return 0, 0
    prompt = sum(int(usage.get(k) or 0) for k in
                 ("input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"))
    return prompt, int(usage.get("output_tokens") or 0)






def anthropic_to_openai_completion(message: JSON, *, created: int | None = None) -> JSON:
    """An Anthropic ``message`` object → an OpenAI ``chat.completion``."""
    texts: list[str] = []
    calls: list[JSON] = []
    for block in message.get("content") or []:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text":
            texts.append(str(block.get("text", "")))
        elif block.get("type") == "tool_use":
            call = tool_call(len(calls), str(block.get("id", "")), str(block.get("name", "")),
                             block.get("input") or {})
            del call["index"]
            calls.append(call)
    reply: JSON = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if calls:
        reply["tool_calls"] = calls
    stop_reason = message.get("stop_reason")
    finish = STOP_REASON_TO_FINISH.get(str(stop_reason), "stop")
    return {
        "id": str(message.get("id", "")),
        "object": "chat.completion",
        "created": int(time.time()) if created is None else created,
        "model": str(message.get("model", "")),
        "choices": [{"index": 0, "message": reply, "finish_reason": finish}],
        "usage": openai_usage(*anthropic_usage(message.get("usage"))),
    }


_STREAM_ERRORS = {
    "rate_limit_error": (429, "upstream rate limit exceeded"),
    "invalid_request_error": (400, "upstream rejected the request"),
    "request_too_large": (400, "upstream rejected the request"),
    "overloaded_error": (502, "upstream overloaded"),
}


def anthropic_stream_error(data: JSON, provider: str = "") -> ProviderError:
    """An ``error`` event → ProviderError; the upstream's text is not passed on."""
    error = data.get("error")
    kind = error.get("type") if isinstance(error, dict) else None
    status, message = _STREAM_ERRORS.get(str(kind), (502, "upstream reported an error mid-stream"))
    return ProviderError(message, status=status, retryable=status != 400, provider=provider)


class AnthropicToOpenAIStream:
    """Stateful: Anthropic stream events in, OpenAI ``chat.completion.chunk`` dicts out.

    Text deltas become ``content`` deltas, each ``tool_use`` block becomes one ``tool_calls`` entry whose
    ``arguments`` arrive as the ``input_json_delta`` fragments; ``message_delta`` yields the finish chunk
    with usage. An ``error`` event raises :class:`ProviderError`.
    """

    def __init__(self, *, provider: str = "", created: int | None = None) -> None:
        self.provider = provider
        self.created = int(time.time()) if created is None else created
        self.id = ""
        self.model = ""
        self.finished = False
        self._prompt_tokens = 0
        self._tool_index: dict[int, int] = {}

    def _chunk(self, delta: JSON, finish: str | None = None) -> JSON:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    def feed(self, data: JSON) -> list[JSON]:
        kind = data.get("type")
        if kind == "message_start":
            message = data.get("message") or {}
            self.id = str(message.get("id", ""))
            self.model = str(message.get("model", ""))
            self._prompt_tokens = anthropic_usage(message.get("usage"))[0]
            return [self._chunk({"role": "assistant", "content": ""})]
        if kind == "content_block_start":
            block = data.get("content_block") or {}
            if block.get("type") == "tool_use":
                index = self._tool_index.setdefault(int(data.get("index", 0)), len(self._tool_index))
                call = tool_call(index, str(block.get("id", "")), str(block.get("name", "")), "")
                return [self._chunk({"tool_calls": [call]})]
            if block.get("type") == "text" and block.get("text"):
                return [self._chunk({"content": str(block["text"])})]
            return []
        if kind == "content_block_delta":
            delta = data.get("delta") or {}
            if delta.get("type") == "text_delta":
                return [self._chunk({"content": str(delta.get("text", ""))})]
            if delta.get("type") == "input_json_delta":
                tool = self._tool_index.get(int(data.get("index", 0)))
                if tool is None:
                    return []
                fragment = {"index": tool, "function": {"arguments": str(delta.get("partial_json", ""))}}
                return [self._chunk({"tool_calls": [fragment]})]
            return []  # thinking / signature / citations deltas are not part of the OpenAI shape
        if kind == "message_delta":
            delta = data.get("delta") or {}
            usage = data.get("usage") or {}
            prompt, completion = anthropic_usage(usage)
            self._prompt_tokens = max(self._prompt_tokens, prompt)
            self.finished = True
            finish = STOP_REASON_TO_FINISH.get(str(delta.get("stop_reason")), "stop")
            chunk = self._chunk({}, finish)
            chunk["usage"] = openai_usage(self._prompt_tokens, completion)
            return [chunk]
        if kind == "message_stop":
            self.finished = True
            return []
        if kind == "error":
            raise anthropic_stream_error(data, self.provider)
        return []  # ping, content_block_stop, unknown future events
