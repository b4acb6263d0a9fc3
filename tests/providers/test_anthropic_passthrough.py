"""The Anthropic passthrough: the guard's view of a Messages body, writing redactions back in place, the
native provider calls, and the router choosing native or translated per provider."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from provider_fakes import (
    FakeUpstream,
    Reply,
    anthropic_message,
    anthropic_text_stream,
    openai_completion,
    sse,
)

from infershield.errors import MalformedInputError
from infershield.providers.anthropic import AnthropicProvider
from infershield.providers.anthropic_passthrough import apply_parts, scan_view
from infershield.providers.base import ChatRequest, ProviderError
from infershield.providers.openai_compatible import OpenAIProvider
from infershield.providers.router import Router
from infershield.providers.spec import RetrySpec, RouteSpec

CACHE = {"type": "ephemeral"}
BODY: dict[str, Any] = {
    "model": "claude-x", "max_tokens": 100, "top_k": 5, "thinking": {"type": "enabled", "budget_tokens": 1024},
    "system": [{"type": "text", "text": "Be brief.", "cache_control": CACHE}, {"type": "text", "text": "Be kind."}],
    "messages": [
        {"role": "user", "content": [{"type": "text", "text": "mail a@b.co", "cache_control": CACHE},
                                     {"type": "image", "source": {"type": "url", "url": "https://x/y.png"}}]},
        {"role": "assistant", "content": [{"type": "thinking", "thinking": "hmm", "signature": "s"},
                                          {"type": "tool_use", "id": "t1", "name": "fetch", "input": {"u": 1}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "page text"},
                                     {"type": "document", "source": {"type": "text", "data": "doc text"}},
                                     {"type": "text", "text": "summarise"}]},
    ],
}


def test_scan_view_lists_every_string_a_model_reads() -> None:
    view = scan_view(BODY)
    assert [m["role"] for m in view.messages] == ["system", "user", "assistant", "tool", "user"]
    assert view.messages[0]["content"] == [{"type": "text", "text": "Be brief."}, {"type": "text", "text": "Be kind."}]
    assert view.messages[1]["content"] == "mail a@b.co"
    assert view.messages[2]["tool_calls"][0]["function"] == {"name": "fetch", "arguments": '{"u":1}'}
    assert view.messages[3] == {"role": "tool", "content": "page text", "tool_call_id": "t1"}
    assert view.messages[4]["content"] == [{"type": "text", "text": "doc text"}, {"type": "text", "text": "summarise"}]
    assert view.locations[1] == [("messages", 0, "content", 0, "text")]
    assert view.locations[4] == [("messages", 2, "content", 1, "source", "data"), ("messages", 2, "content", 2, "text")]


def test_apply_parts_changes_only_the_guarded_strings() -> None:
    view = scan_view(BODY)
    guarded = [dict(m) for m in view.messages]
    guarded[0]["content"] = [{"type": "text", "text": "Be brief."}, {"type": "text", "text": "Be kind. [canary]"}]
    guarded[1]["content"] = "mail [EMAIL_1]"
    out = apply_parts(BODY, view, guarded)
    assert out["system"][0] == {"type": "text", "text": "Be brief.", "cache_control": CACHE}
    assert out["system"][1]["text"] == "Be kind. [canary]"
    assert out["messages"][0]["content"][0] == {"type": "text", "text": "mail [EMAIL_1]", "cache_control": CACHE}
    assert out["messages"][1:] == BODY["messages"][1:]
    assert (out["top_k"], out["thinking"]) == (5, BODY["thinking"])
    assert BODY["messages"][0]["content"][0]["text"] == "mail a@b.co"  # the caller's body is not mutated
    assert apply_parts(BODY, view, view.messages) is BODY  # nothing changed: nothing copied


@pytest.mark.parametrize("body", [
    {"messages": "hi"}, {"messages": ["hi"]}, {"messages": [{"role": "system", "content": "x"}]},
    {"messages": [{"role": "user", "content": 5}]}, {"messages": [{"role": "user", "content": [{"text": "x"}]}]},
    {"messages": [{"role": "assistant", "content": {"a": 1}}]},
])
def test_scan_view_rejects_wrong_shapes(body: dict[str, Any]) -> None:
    with pytest.raises(MalformedInputError):
        scan_view(body)


def test_native_provider_forwards_the_body_and_streams_events() -> None:
    async def scenario() -> tuple[Any, list[Any], list[Any]]:
        async with FakeUpstream() as fake:
            fake.on("/v1/messages", Reply(body=anthropic_message({"type": "text", "text": "hi"})),
                    Reply(events=anthropic_text_stream("he", "llo")),
                    Reply(events=[sse({"type": "message_start", "message": {}}, "message_start"),
                                  sse({"type": "error", "error": {"type": "overloaded_error"}}, "error")]))
            provider = AnthropicProvider(fake.spec("anthropic"))
            reply = await provider.messages(BODY)
            events = [event async for event in provider.messages_stream(BODY)]
            with pytest.raises(ProviderError) as info:
                _ = [event async for event in provider.messages_stream(BODY)]
            await provider.aclose()
        assert info.value.status == 502
        return reply, events, [seen.body for seen in fake.seen]

    reply, events, sent = asyncio.run(scenario())
    assert reply["content"] == [{"type": "text", "text": "hi"}]
    assert events[0]["type"] == "message_start"
    assert events[-1]["type"] == "message_stop"
    assert sent[0] == {**BODY, "stream": False}
    assert sent[1] == {**BODY, "stream": True}


def test_router_goes_native_then_falls_back_translated() -> None:
    async def scenario() -> list[tuple[str, bool, Any]]:
        async with FakeUpstream() as fake:
            fake.on("/v1/messages", Reply(body=anthropic_message({"type": "text", "text": "native"})),
                    Reply(status=529, body={"type": "error", "error": {"type": "overloaded_error"}}))
            fake.on("/o/v1/chat/completions", Reply(body=openai_completion("translated")))
            retry = RetrySpec(max_attempts=1)
            router = Router({"claude": AnthropicProvider(fake.spec("anthropic", name="claude", retry=retry)),
                             "o": OpenAIProvider(fake.spec("openai", name="o", base_path="/o/v1", retry=retry))},
                            [RouteSpec("*", ("claude", "o"))])
            chat = ChatRequest("claude-x", ({"role": "user", "content": "hi"},))
            out = []
            for _ in range(2):
                reply, name = await router.messages(chat, BODY)
                out.append((name, router.is_native(name), reply))
            await router.aclose()
        return out

    (first, native_1, reply_1), (second, native_2, reply_2) = asyncio.run(scenario())
    assert (first, native_1, reply_1["content"][0]["text"]) == ("claude", True, "native")
    assert (second, native_2, reply_2["choices"][0]["message"]["content"]) == ("o", False, "translated")
