"""OpenAI and every server that speaks its chat-completions API (vLLM, LM Studio, llama.cpp, Mistral, Ollama).

Requests already have the OpenAI shape, so the body is forwarded as is; streams are SSE ``data:`` lines
ending with ``data: [DONE]``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import ClassVar

from infershield.providers.base import JSON, ChatRequest, EmbeddingRequest, ProviderError
from infershield.providers.http_client import UpstreamProvider, invalid_response, stream_cut, stream_event
from infershield.providers.sse import iter_sse


def openai_body(request: ChatRequest, *, stream: bool, include_usage: bool = True) -> JSON:
    """``{"model", "messages", **params, "stream"}``; streams ask for usage in the last chunk."""
    body: JSON = {"model": request.model, "messages": list(request.messages), **request.params, "stream": stream}
    if stream and include_usage:
        options = body.get("stream_options")
        body["stream_options"] = {**(options if isinstance(options, dict) else {}), "include_usage": True}
    elif not stream:
        body.pop("stream_options", None)
    return body


def check_completion(reply: JSON, provider: str) -> JSON:
    if not isinstance(reply.get("choices"), list):
        raise invalid_response(provider)
    reply.setdefault("object", "chat.completion")
    return reply


def check_embeddings(reply: JSON, provider: str) -> JSON:
    data = reply.get("data")
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise invalid_response(provider)
    reply.setdefault("object", "list")
    return reply


def stream_error(provider: str) -> ProviderError:
    """An error object sent inside a 200 stream (some servers do this instead of an HTTP status)."""
    return ProviderError("upstream reported an error mid-stream", status=502, retryable=True, provider=provider)


async def parse_openai_stream(lines: AsyncIterator[str], provider: str) -> AsyncIterator[JSON]:
    """SSE lines → chunk dicts. Ends at ``[DONE]``; an end without ``[DONE]`` or a finish_reason is a cut."""
    finished = False
    async for event in iter_sse(lines):
        data = event.data.strip()
        if data == "[DONE]":
            return
        chunk = stream_event(provider, data)
        if "error" in chunk and "choices" not in chunk:
            raise stream_error(provider)
        choices = chunk.get("choices")
        if isinstance(choices, list) and any(isinstance(c, dict) and c.get("finish_reason") for c in choices):
            finished = True
        yield chunk
    if not finished:
        raise stream_cut(provider)


class OpenAIProvider(UpstreamProvider):
    """OpenAI's API (kind ``openai``): ``POST {base_url}/chat/completions`` with a Bearer key."""

    kind: ClassVar[str] = "openai"
    default_base_url: ClassVar[str] = "https://api.openai.com/v1"
    stream_usage: ClassVar[bool] = True
    supports_embeddings: ClassVar[bool] = True

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.spec.api_key}"} if self.spec.api_key else {}

    def chat_url(self, request: ChatRequest) -> str:
        return f"{self.base_url}/chat/completions"

    def embeddings_url(self, request: EmbeddingRequest) -> str:
        return f"{self.base_url}/embeddings"

    def query(self) -> dict[str, str] | None:
        return None

    async def complete(self, request: ChatRequest) -> JSON:
        reply = await self.http.request_json("POST", self.chat_url(request), params=self.query(),
                                             body=openai_body(request, stream=False))
        return check_completion(reply, self.name)

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        body = openai_body(request, stream=True, include_usage=self.stream_usage)
        async with aclosing(self.http.stream_lines(self.chat_url(request), body=body, params=self.query())) as lines:
            async for chunk in parse_openai_stream(lines, self.name):
                yield chunk

    async def embed(self, request: EmbeddingRequest) -> JSON:
        body: JSON = {"model": request.model, "input": request.input, **request.params}
        reply = await self.http.request_json("POST", self.embeddings_url(request), params=self.query(), body=body)
        return check_embeddings(reply, self.name)

    async def models(self) -> list[str]:
        if self.spec.models:
            return list(self.spec.models)
        reply = await self.http.request_json("GET", f"{self.base_url}/models", params=self.query())
        data = reply.get("data")
        if not isinstance(data, list):
            raise invalid_response(self.name)
        return [str(item["id"]) for item in data if isinstance(item, dict) and "id" in item]


class OpenAICompatibleProvider(OpenAIProvider):
    """Any OpenAI-compatible server (LM Studio, llama.cpp, …): ``base_url`` required, key optional."""

    kind: ClassVar[str] = "openai_compatible"
    default_base_url: ClassVar[str] = ""
    requires_key: ClassVar[bool] = False


class VLLMProvider(OpenAICompatibleProvider):
    """vLLM's OpenAI-compatible server."""

    kind: ClassVar[str] = "vllm"
    default_base_url: ClassVar[str] = "http://127.0.0.1:8000/v1"


class OllamaProvider(OpenAICompatibleProvider):
    """Ollama's OpenAI-compatible ``/v1`` endpoint; no key."""

    kind: ClassVar[str] = "ollama"
    default_base_url: ClassVar[str] = "http://127.0.0.1:11434/v1"


class MistralProvider(OpenAIProvider):
    """Mistral's API: no ``stream_options`` (it rejects unknown fields and sends usage in the last chunk anyway)."""

    kind: ClassVar[str] = "mistral"
    default_base_url: ClassVar[str] = "https://api.mistral.ai/v1"
    stream_usage: ClassVar[bool] = False
