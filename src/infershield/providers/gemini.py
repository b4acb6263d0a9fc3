"""Google's Gemini API (kind ``gemini``): ``models/{model}:generateContent`` and
``:streamGenerateContent?alt=sse`` with an ``x-goog-api-key`` header, translated to/from the OpenAI shape.

Text, base64 images, tools (function declarations), tool calls and tool results are translated; tool
results are matched to their function name through the preceding assistant ``tool_calls``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any, ClassVar
from urllib.parse import quote

import orjson

from infershield.providers.base import JSON, ChatRequest, ProviderError
from infershield.providers.http_client import UpstreamProvider, invalid_response, stream_cut, stream_event
from infershield.providers.openai_shape import (
    bad_request,
    data_url_parts,
    openai_usage,
    parse_arguments,
    text_of,
    tool_call,
)
from infershield.providers.sse import iter_sse

FINISH_REASONS = {"STOP": "stop", "MAX_TOKENS": "length", "SAFETY": "content_filter", "RECITATION": "content_filter",
                  "BLOCKLIST": "content_filter", "PROHIBITED_CONTENT": "content_filter", "SPII": "content_filter",
                  "IMAGE_SAFETY": "content_filter"}
# JSON-schema keywords Gemini's OpenAPI-subset schema rejects.
_UNSUPPORTED_SCHEMA_KEYS = frozenset({"$schema", "$id", "$comment", "additionalProperties", "strict"})


def clean_schema(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: clean_schema(v) for k, v in schema.items() if k not in _UNSUPPORTED_SCHEMA_KEYS}
    if isinstance(schema, list):
        return [clean_schema(v) for v in schema]
    return schema


def _user_parts(content: Any) -> list[JSON]:
    if isinstance(content, str):
        return [{"text": content}] if content else []
    parts: list[JSON] = []
    for part in content if isinstance(content, list) else []:
        if not isinstance(part, dict):
            continue
        if part.get("type") == "text" and part.get("text"):
            parts.append({"text": str(part["text"])})
        elif part.get("type") == "image_url":
            image = part.get("image_url")
            url = str(image.get("url", "") if isinstance(image, dict) else image)
            inline = data_url_parts(url)
            if inline is None:
                raise bad_request("this provider accepts images as base64 data URLs only")
            parts.append({"inlineData": {"mimeType": inline[0], "data": inline[1]}})
        else:
            raise bad_request(f"content part type {str(part.get('type'))[:40]!r} is not supported by this provider")
    return parts


def _contents(messages: tuple[JSON, ...]) -> tuple[list[str], list[JSON]]:
    system: list[str] = []
    contents: list[JSON] = []
    names: dict[str, str] = {}  # tool_call id → function name
    for message in messages:
        role = message.get("role")
        if role in ("system", "developer"):
            system.append(text_of(message.get("content")))
            continue
        if role == "user":
            turn, parts = "user", _user_parts(message.get("content"))
        elif role == "assistant":
            turn, parts = "model", []
            text = text_of(message.get("content"))
            if text:
                parts.append({"text": text})
            for call in message.get("tool_calls") or []:
                function = call.get("function") or {}
                names[str(call.get("id", ""))] = str(function.get("name", ""))
                parts.append({"functionCall": {"name": str(function.get("name", "")),
                                               "args": parse_arguments(function.get("arguments"))}})
        elif role == "tool":
            text = text_of(message.get("content"))
            try:
                value = orjson.loads(text)
            except orjson.JSONDecodeError:
                value = None
            response = value if isinstance(value, dict) else {"result": text}
            name = names.get(str(message.get("tool_call_id", "")), "")
            turn, parts = "user", [{"functionResponse": {"name": name, "response": response}}]
        else:
            raise bad_request(f"message role {str(role)[:40]!r} is not supported by this provider")
        if not parts:
            continue
        if contents and contents[-1]["role"] == turn:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": turn, "parts": parts})
    return [s for s in system if s], contents


def _generation_config(params: JSON) -> JSON:
    config: JSON = {}
    pairs = (("temperature", "temperature"), ("top_p", "topP"), ("top_k", "topK"), ("n", "candidateCount"),
             ("seed", "seed"), ("presence_penalty", "presencePenalty"), ("frequency_penalty", "frequencyPenalty"))
    for ours, theirs in pairs:
        if params.get(ours) is not None:
            config[theirs] = params[ours]
    max_tokens = params.get("max_completion_tokens") or params.get("max_tokens")
    if max_tokens:
        config["maxOutputTokens"] = int(max_tokens)
    stop = params.get("stop")
    if stop:
        config["stopSequences"] = [stop] if isinstance(stop, str) else list(stop)
    fmt = params.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") in ("json_object", "json_schema"):
        config["responseMimeType"] = "application/json"
        schema = (fmt.get("json_schema") or {}).get("schema")
        if schema:
            config["responseSchema"] = clean_schema(schema)
    return config


def _tool_config(choice: Any) -> JSON | None:
    if choice == "none":
        return {"functionCallingConfig": {"mode": "NONE"}}
    if choice == "required":
        return {"functionCallingConfig": {"mode": "ANY"}}
    if isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        name = str(choice["function"].get("name", ""))
        return {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": [name]}}
    return None


def openai_to_gemini_request(request: ChatRequest) -> JSON:
    """A ``generateContent`` body for an OpenAI-shaped request."""
    params = request.params
    system, contents = _contents(request.messages)
    body: JSON = {"contents": contents}
    if system:
        body["systemInstruction"] = {"parts": [{"text": "\n\n".join(system)}]}
    config = _generation_config(params)
    if config:
        body["generationConfig"] = config
    declarations = []
    for tool in params.get("tools") or []:
        if isinstance(tool, dict) and tool.get("type", "function") == "function":
            function = tool.get("function") or {}
            declaration: JSON = {"name": function.get("name", "")}
            if function.get("description"):
                declaration["description"] = function["description"]
            if function.get("parameters"):
                declaration["parameters"] = clean_schema(function["parameters"])
            declarations.append(declaration)
    if declarations:
        body["tools"] = [{"functionDeclarations": declarations}]
        tool_config = _tool_config(params.get("tool_choice"))
        if tool_config:
            body["toolConfig"] = tool_config
    return body


def gemini_usage(metadata: Any) -> JSON:
    data = metadata if isinstance(metadata, dict) else {}
    completion = int(data.get("candidatesTokenCount") or 0) + int(data.get("thoughtsTokenCount") or 0)
    return openai_usage(int(data.get("promptTokenCount") or 0), completion)


def _call_id(call: JSON) -> str:
    return str(call.get("id") or f"call_{uuid.uuid4().hex[:24]}")


def _candidate_parts(candidate: JSON) -> tuple[str, list[JSON]]:
    texts: list[str] = []
    calls: list[JSON] = []
    for part in (candidate.get("content") or {}).get("parts") or []:
        if not isinstance(part, dict) or part.get("thought"):
            continue
        if "text" in part:
            texts.append(str(part["text"]))
        elif isinstance(part.get("functionCall"), dict):
            call = part["functionCall"]
            calls.append(tool_call(len(calls), _call_id(call), str(call.get("name", "")), call.get("args") or {}))
    return "".join(texts), calls


def _finish(reason: Any, has_calls: bool) -> str:
    finish = FINISH_REASONS.get(str(reason), "stop")
    return "tool_calls" if has_calls and finish == "stop" else finish


def gemini_to_openai_completion(reply: JSON, *, model: str, created: int | None = None) -> JSON:
    """A ``GenerateContentResponse`` → an OpenAI ``chat.completion`` (one choice per candidate)."""
    choices: list[JSON] = []
    for position, candidate in enumerate(reply.get("candidates") or []):
        text, calls = _candidate_parts(candidate)
        message: JSON = {"role": "assistant", "content": text if text or not calls else None}
        if calls:
            message["tool_calls"] = [{k: v for k, v in c.items() if k != "index"} for c in calls]
        choices.append({"index": int(candidate.get("index", position)), "message": message,
                        "finish_reason": _finish(candidate.get("finishReason"), bool(calls))})
    if not choices:  # the prompt itself was blocked
        choices.append({"index": 0, "message": {"role": "assistant", "content": None},
                        "finish_reason": "content_filter"})
    return {"id": str(reply.get("responseId") or f"chatcmpl-{uuid.uuid4().hex[:24]}"), "object": "chat.completion",
            "created": int(time.time()) if created is None else created,
            "model": str(reply.get("modelVersion") or model), "choices": choices,
            "usage": gemini_usage(reply.get("usageMetadata"))}


class GeminiToOpenAIStream:
    """Stateful: ``streamGenerateContent`` events in, OpenAI chunks out (first candidate only)."""

    def __init__(self, *, model: str, provider: str = "", created: int | None = None) -> None:
        self.model = model
        self.provider = provider
        self.created = int(time.time()) if created is None else created
        self.id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        self.finished = False
        self._started = False
        self._calls = 0
        self._usage: JSON | None = None

    def _chunk(self, delta: JSON, finish: str | None = None) -> JSON:
        return {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    def feed(self, data: JSON) -> list[JSON]:
        if isinstance(data.get("error"), dict):
            raise ProviderError("upstream reported an error mid-stream", status=502, retryable=True,
                                provider=self.provider)
        if data.get("usageMetadata"):
            self._usage = gemini_usage(data["usageMetadata"])
        chunks: list[JSON] = []
        if not self._started:
            self._started = True
            chunks.append(self._chunk({"role": "assistant", "content": ""}))
        candidates = data.get("candidates") or []
        if not candidates and (data.get("promptFeedback") or {}).get("blockReason"):
            candidates = [{"finishReason": "SAFETY"}]
        for candidate in candidates[:1]:
            text, calls = _candidate_parts(candidate)
            if text:
                chunks.append(self._chunk({"content": text}))
            for call in calls:
                call["index"] = self._calls
                self._calls += 1
                chunks.append(self._chunk({"tool_calls": [call]}))
            if candidate.get("finishReason"):
                self.finished = True
                chunks.append(self._chunk({}, _finish(candidate["finishReason"], self._calls > 0)))
        if self.finished and self._usage is not None and chunks:
            chunks[-1]["usage"] = self._usage
        return chunks


class GeminiProvider(UpstreamProvider):
    """Gemini through the Generative Language API (``base_url`` default: its ``v1beta`` root)."""

    kind: ClassVar[str] = "gemini"
    default_base_url: ClassVar[str] = "https://generativelanguage.googleapis.com/v1beta"

    def auth_headers(self) -> dict[str, str]:
        return {"x-goog-api-key": self.spec.api_key}

    def _url(self, model: str, method: str) -> str:
        return f"{self.base_url}/models/{quote(model.removeprefix('models/'), safe='')}:{method}"

    async def complete(self, request: ChatRequest) -> JSON:
        reply = await self.http.request_json("POST", self._url(request.model, "generateContent"),
                                             body=openai_to_gemini_request(request))
        if not isinstance(reply.get("candidates", []), list):
            raise invalid_response(self.name)
        return gemini_to_openai_completion(reply, model=request.model)

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        translator = GeminiToOpenAIStream(model=request.model, provider=self.name)
        url = self._url(request.model, "streamGenerateContent")
        body = openai_to_gemini_request(request)
        async with aclosing(self.http.stream_lines(url, body=body, params={"alt": "sse"})) as lines:
            async for event in iter_sse(lines):
                data = stream_event(self.name, event.data)
                for chunk in translator.feed(data):
                    yield chunk
        if not translator.finished:
            raise stream_cut(self.name)

    async def models(self) -> list[str]:
        if self.spec.models:
            return list(self.spec.models)
        reply = await self.http.request_json("GET", f"{self.base_url}/models", params={"pageSize": "1000"})
        found = reply.get("models")
        if not isinstance(found, list):
            raise invalid_response(self.name)
        return [str(m["name"]).removeprefix("models/") for m in found
                if isinstance(m, dict) and "name" in m
                and "generateContent" in (m.get("supportedGenerationMethods") or ["generateContent"])]
