"""Anthropic's Messages API as an upstream (kind ``anthropic``).

``base_url`` follows the official SDK: the host root (default ``https://api.anthropic.com``), to which
``/v1/messages`` is appended. Translation to and from the OpenAI shape is in :mod:`anthropic_translate`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import ClassVar

from infershield.providers.anthropic_translate import (
    AnthropicToOpenAIStream,
    anthropic_stream_error,
    anthropic_to_openai_completion,
    openai_to_anthropic_request,
)
from infershield.providers.base import JSON, ChatRequest
from infershield.providers.http_client import UpstreamProvider, invalid_response, stream_cut, stream_event
from infershield.providers.sse import iter_sse

DEFAULT_API_VERSION = "2023-06-01"


class AnthropicProvider(UpstreamProvider):
    """Claude models through ``POST {base_url}/v1/messages`` with ``x-api-key`` and ``anthropic-version``."""

    kind: ClassVar[str] = "anthropic"
    default_base_url: ClassVar[str] = "https://api.anthropic.com"
    anthropic_native: ClassVar[bool] = True

    def auth_headers(self) -> dict[str, str]:
        return {"x-api-key": self.spec.api_key, "anthropic-version": self.spec.api_version or DEFAULT_API_VERSION}

    async def complete(self, request: ChatRequest) -> JSON:
        body = openai_to_anthropic_request(request)
        reply = await self.http.request_json("POST", f"{self.base_url}/v1/messages", body=body)
        if not isinstance(reply.get("content"), list):
            raise invalid_response(self.name)
        return anthropic_to_openai_completion(reply)

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        body = {**openai_to_anthropic_request(request), "stream": True}
        translator = AnthropicToOpenAIStream(provider=self.name)
        async with aclosing(self.http.stream_lines(f"{self.base_url}/v1/messages", body=body)) as lines:
            async for event in iter_sse(lines):
                data = stream_event(self.name, event.data)
                for chunk in translator.feed(data):
                    yield chunk
        if not translator.finished:
            raise stream_cut(self.name)

    async def messages(self, body: JSON) -> JSON:
        """The caller's Messages body forwarded untranslated (thinking, top_k, cache_control, … survive)."""
        reply = await self.http.request_json("POST", f"{self.base_url}/v1/messages", body={**body, "stream": False})
        if not isinstance(reply.get("content"), list):
            raise invalid_response(self.name)
        return reply

    async def messages_stream(self, body: JSON) -> AsyncIterator[JSON]:
        """Native stream events; an ``error`` event becomes a sanitized :class:`ProviderError`."""
        finished = False
        lines = self.http.stream_lines(f"{self.base_url}/v1/messages", body={**body, "stream": True})
        async with aclosing(lines):
            async for event in iter_sse(lines):
                data = stream_event(self.name, event.data)
                kind = data.get("type")
                if kind == "error":
                    raise anthropic_stream_error(data, self.name)
                if not isinstance(kind, str):
                    raise invalid_response(self.name, "an invalid stream event")
                finished = finished or kind == "message_stop"
                yield data
        if not finished:
            raise stream_cut(self.name)

    async def models(self) -> list[str]:
        if self.spec.models:
            return list(self.spec.models)
        reply = await self.http.request_json("GET", f"{self.base_url}/v1/models", params={"limit": "1000"})
        data = reply.get("data")
        if not isinstance(data, list):
            raise invalid_response(self.name)
        return [str(item["id"]) for item in data if isinstance(item, dict) and "id" in item]
