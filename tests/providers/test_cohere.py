from __future__ import annotations

import asyncio

import pytest
from provider_fakes import API_KEY, FakeUpstream, Reply, cohere_response, cohere_stream

from infershield.providers.base import JSON, ChatRequest, ProviderError
from infershield.providers.cohere import (
    CohereProvider,
    CohereToOpenAIStream,
    cohere_to_openai_completion,
    openai_to_cohere_request,
)

TOOL = {"type": "function", "function": {"name": "weather", "parameters": {"type": "object"}}}
CALL = {"id": "c1", "type": "function", "function": {"name": "weather", "arguments": '{"city":"Oslo"}'}}


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        pytest.param(
            ChatRequest("command-r", ({"role": "system", "content": "sys"}, {"role": "user", "content": "hi"}),
                        {"max_tokens": 5, "top_p": 0.5, "top_k": 3, "temperature": 0.1, "stop": "X", "seed": 1}),
            {"model": "command-r", "messages": [{"role": "system", "content": "sys"},
                                                {"role": "user", "content": "hi"}],
             "max_tokens": 5, "p": 0.5, "k": 3, "temperature": 0.1, "seed": 1, "stop_sequences": ["X"]},
            id="params"),
        pytest.param(
            ChatRequest("command-r", ({"role": "user", "content": [{"type": "text", "text": "w?"}]},
                                      {"role": "assistant", "content": "I will check", "tool_calls": [CALL]},
                                      {"role": "tool", "tool_call_id": "c1", "content": "12C"}),
                        {"tools": [TOOL], "tool_choice": "required", "response_format": {"type": "json_object"}}),
            {"model": "command-r", "messages": [
                {"role": "user", "content": [{"type": "text", "text": "w?"}]},
                {"role": "assistant", "tool_calls": [CALL], "tool_plan": "I will check"},
                {"role": "tool", "tool_call_id": "c1", "content": "12C"}],
             "tools": [TOOL], "tool_choice": "REQUIRED", "response_format": {"type": "json_object"}},
            id="tools"),
    ],
)
def test_openai_to_cohere_request(request_: ChatRequest, expected: JSON) -> None:
    assert openai_to_cohere_request(request_) == expected


@pytest.mark.parametrize(
    ("reply", "content", "finish", "calls"),
    [
        (cohere_response("hello"), "hello", "stop", 0),
        (cohere_response("", tool_calls=[CALL], finish="TOOL_CALL"), None, "tool_calls", 1),
        (cohere_response("cut", finish="MAX_TOKENS"), "cut", "length", 0),
    ],
)
def test_cohere_to_openai_completion(reply: JSON, content: str | None, finish: str, calls: int) -> None:
    out = cohere_to_openai_completion(reply, model="command-r", created=1)
    choice = out["choices"][0]
    assert (choice["message"]["content"], choice["finish_reason"]) == (content, finish)
    assert len(choice["message"].get("tool_calls", [])) == calls
    assert out["usage"] == {"prompt_tokens": 16, "completion_tokens": 2, "total_tokens": 18}


STREAM: list[JSON] = [
    {"type": "message-start", "id": "co-9", "delta": {"message": {"role": "assistant"}}},
    {"type": "content-start", "index": 0, "delta": {"message": {"content": {"type": "text", "text": ""}}}},
    {"type": "content-delta", "index": 0, "delta": {"message": {"content": {"text": "Hel"}}}},
    {"type": "content-delta", "index": 0, "delta": {"message": {"content": {"text": "lo"}}}},
    {"type": "content-end", "index": 0},
    {"type": "tool-plan-delta", "delta": {"message": {"tool_plan": "calling"}}},
    {"type": "tool-call-start", "index": 0, "delta": {"message": {"tool_calls": {
        "id": "c1", "type": "function", "function": {"name": "weather", "arguments": ""}}}}},
    {"type": "tool-call-delta", "index": 0, "delta": {"message": {"tool_calls": {"function": {"arguments": "{}"}}}}},
    {"type": "tool-call-end", "index": 0},
    {"type": "message-end", "delta": {"finish_reason": "TOOL_CALL",
                                      "usage": {"tokens": {"input_tokens": 3, "output_tokens": 4}}}},
]


def test_stream_translator() -> None:
    translator = CohereToOpenAIStream(model="command-r", created=1)
    chunks = [c for event in STREAM for c in translator.feed(event)]
    assert [c["choices"][0]["delta"] for c in chunks] == [
        {"role": "assistant", "content": ""}, {"content": "Hel"}, {"content": "lo"},
        {"tool_calls": [{"index": 0, "id": "c1", "type": "function", "function": {"name": "weather", "arguments": ""}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": "{}"}}]}, {}]
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert chunks[-1]["usage"]["total_tokens"] == 7
    assert all(c["id"] == "co-9" for c in chunks)
    with pytest.raises(ProviderError):
        CohereToOpenAIStream(model="m").feed({"type": "message-end", "delta": {"finish_reason": "ERROR"}})


def test_provider_against_fake() -> None:
    async def scenario() -> None:
        request = ChatRequest("command-r", ({"role": "user", "content": "hi"},))
        async with FakeUpstream() as fake:
            fake.on("/v2/chat", Reply(body=cohere_response("hello")))
            fake.on("/v1/models", Reply(body={"models": [{"name": "command-r"}]}))
            provider = CohereProvider(fake.spec("cohere"))
            reply = await provider.complete(request)
            fake.on("/v2/chat", Reply(events=cohere_stream(*STREAM)))
            chunks = [c async for c in provider.stream(request)]
            models = await provider.models()
            await provider.aclose()
        assert fake.seen[0].headers["Authorization"] == f"Bearer {API_KEY}"
        assert fake.seen[0].body["stream"] is False
        assert fake.seen[1].body["stream"] is True
        assert fake.seen[2].query == {"endpoint": "chat", "page_size": "1000"}
        assert reply["choices"][0]["message"]["content"] == "hello"
        assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
        assert models == ["command-r"]

    asyncio.run(scenario())
