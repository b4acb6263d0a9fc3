"""Shared helpers: an in-process gateway whose logs go to a buffer, and a scripted provider."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.testclient import TestClient

from infershield.config.gateway import settings_from_mapping
from infershield.http.app import create_app
from infershield.http.operations import observability_from
from infershield.observability.hub import Observability
from infershield.providers.base import JSON, ChatRequest, Provider
from infershield.providers.propagation import outbound_headers
from infershield.providers.router import Router
from infershield.providers.spec import RouteSpec


@dataclass
class ScriptedProvider(Provider):
    """Answers with ``reply_text``; remembers the outbound headers it was asked to send upstream."""

    reply_text: str = "All good."
    seen_headers: list[dict[str, str]] = field(default_factory=list)
    gate: asyncio.Event | None = None
    entered: asyncio.Event | None = None
    kind = "scripted"

    def __post_init__(self) -> None:
        super().__init__("scripted")

    async def complete(self, request: ChatRequest) -> JSON:
        self.seen_headers.append(dict(outbound_headers()))
        if self.entered is not None:
            self.entered.set()
        if self.gate is not None:
            await self.gate.wait()
        return {"id": "c1", "object": "chat.completion", "created": 0, "model": request.model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": self.reply_text},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1000, "completion_tokens": 500, "total_tokens": 1500}}

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        self.seen_headers.append(dict(outbound_headers()))
        for word in self.reply_text.split(" "):
            yield {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": request.model,
                   "choices": [{"index": 0, "delta": {"content": word + " "}, "finish_reason": None}]}
        yield {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": request.model,
               "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}


def router_for(provider: Provider) -> Router:
    return Router({provider.name: provider}, [RouteSpec("*", (provider.name,))])


@dataclass
class Harness:
    client: TestClient
    obs: Observability
    log: io.BytesIO
    provider: ScriptedProvider

    def lines(self) -> list[dict[str, Any]]:
        import json

        return [json.loads(line) for line in self.log.getvalue().decode().splitlines() if line]

    def events(self, name: str) -> list[dict[str, Any]]:
        return [line for line in self.lines() if line.get("event") == name]


def harness(settings: Mapping[str, Any] | None = None, provider: ScriptedProvider | None = None,
            obs: Observability | None = None) -> Harness:
    parsed = settings_from_mapping(dict(settings or {}))
    log = io.BytesIO()
    obs = obs or observability_from(parsed, log_stream=log)
    provider = provider or ScriptedProvider()
    app = create_app(parsed, router=router_for(provider), observability=obs)
    return Harness(TestClient(app, raise_server_exceptions=False), obs, log, provider)


def chat_body(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": [{"role": "user", "content": text}], **extra}
