from __future__ import annotations

from typing import Any

import pytest

from infershield.providers.anthropic_translate import (
    AnthropicToOpenAIStream,
    anthropic_to_openai_completion,
    openai_to_anthropic_request,
)
from infershield.providers.base import JSON, ChatRequest, ProviderError

WEATHER_TOOL = {"type": "function", "function": {"name": "weather", "description": "Get weather",
                                                 "parameters": {"type": "object",
                                                                "properties": {"city": {"type": "string"}}}}}
CALL = {"id": "call_1", "type": "function", "function": {"name": "weather", "arguments": '{"city": "Oslo"}'}}


def _req(messages: list[JSON], **params: Any) -> ChatRequest:
    return ChatRequest(model="claude-test", messages=tuple(messages), params=params)


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        pytest.param(
            _req([{"role": "user", "content": "hi"}]),
            {"model": "claude-test", "max_tokens": 1024,
             "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]},
            id="plain-default-max-tokens"),
        pytest.param(
            _req([{"role": "system", "content": "be terse"}, {"role": "developer", "content": "no emoji"},
                  {"role": "user", "content": "hi"}], max_tokens=50, temperature=1.7, top_p=0.9, stop="END",
                 user="u-1", n=2, response_format={"type": "json_object"}),
            {"model": "claude-test", "max_tokens": 50, "system": "be terse\n\nno emoji", "temperature": 1.0,
             "top_p": 0.9, "stop_sequences": ["END"], "metadata": {"user_id": "u-1"},
             "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]},
            id="system-params-stop-user"),
        pytest.param(
            _req([{"role": "user", "content": "weather?"},
                  {"role": "assistant", "content": "Let me check.", "tool_calls": [CALL]},
                  {"role": "tool", "tool_call_id": "call_1", "content": "12C"},
                  {"role": "user", "content": "thanks"}],
                 tools=[WEATHER_TOOL], tool_choice="required", max_completion_tokens=77, stop=["a", "b"]),
            {"model": "claude-test", "max_tokens": 77, "stop_sequences": ["a", "b"],
             "tools": [{"name": "weather", "description": "Get weather",
                        "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}],
             "tool_choice": {"type": "any"},
             "messages": [
                 {"role": "user", "content": [{"type": "text", "text": "weather?"}]},
                 {"role": "assistant", "content": [
                     {"type": "text", "text": "Let me check."},
                     {"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Oslo"}}]},
                 {"role": "user", "content": [
                     {"type": "tool_result", "tool_use_id": "call_1", "content": "12C"},
                     {"type": "text", "text": "thanks"}]}]},
            id="tools-roundtrip"),
        pytest.param(
            _req([{"role": "user", "content": [
                {"type": "text", "text": "what is this"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                {"type": "image_url", "image_url": {"url": "https://img.example/x.png"}}]}],
                tools=[WEATHER_TOOL], tool_choice={"type": "function", "function": {"name": "weather"}},
                parallel_tool_calls=False),
            {"model": "claude-test", "max_tokens": 1024,
             "tools": [{"name": "weather", "description": "Get weather",
                        "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}],
             "tool_choice": {"type": "tool", "name": "weather", "disable_parallel_tool_use": True},
             "messages": [{"role": "user", "content": [
                 {"type": "text", "text": "what is this"},
                 {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"}},
                 {"type": "image", "source": {"type": "url", "url": "https://img.example/x.png"}}]}]},
            id="images-forced-tool"),
        pytest.param(
            _req([{"role": "user", "content": "a"}, {"role": "assistant", "content": "",
                                                   "tool_calls": [{**CALL, "function": {"name": "weather",
                                                                                        "arguments": ""}}]},
                  {"role": "tool", "tool_call_id": "call_1", "content": [{"type": "text", "text": "r1"}]},
                  {"role": "tool", "tool_call_id": "call_2", "content": "r2"}],
                 tools=[{"type": "function", "function": {"name": "noargs"}}], tool_choice="none"),
            {"model": "claude-test", "max_tokens": 1024,
             "tools": [{"name": "noargs", "input_schema": {"type": "object", "properties": {}}}],
             "tool_choice": {"type": "none"},
             "messages": [
                 {"role": "user", "content": [{"type": "text", "text": "a"}]},
                 {"role": "assistant", "content": [{"type": "tool_use", "id": "call_1", "name": "weather",
                                                    "input": {}}]},
                 {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "call_1", "content": "r1"},
                                              {"type": "tool_result", "tool_use_id": "call_2", "content": "r2"}]}]},
            id="parallel-tool-results-merged"),
    ],
)
def test_openai_to_anthropic_request(request_: ChatRequest, expected: JSON) -> None:
    assert openai_to_anthropic_request(request_) == expected


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}],
        [{"role": "function", "name": "f", "content": "x"}],
        [{"role": "assistant", "content": None, "tool_calls": [{**CALL, "function": {"name": "w",
                                                                                      "arguments": "{oops"}}]}],
    ],
)
def test_untranslatable_requests_are_400(messages: list[JSON]) -> None:
    with pytest.raises(ProviderError) as info:
        openai_to_anthropic_request(_req(messages))
    assert (info.value.status, info.value.retryable) == (400, False)


@pytest.mark.parametrize(
    ("message", "content", "tool_calls", "finish", "usage"),
    [
        ({"content": [{"type": "text", "text": "Hi "}, {"type": "text", "text": "there"}], "stop_reason": "end_turn",
          "usage": {"input_tokens": 5, "output_tokens": 2}}, "Hi there", None, "stop", (5, 2)),
        ({"content": [{"type": "thinking", "thinking": "hmm"},
                      {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}}],
          "stop_reason": "tool_use",
          "usage": {"input_tokens": 5, "cache_read_input_tokens": 100, "cache_creation_input_tokens": 10,
                    "output_tokens": 7}},
         None, [{"id": "toolu_1", "type": "function",
                 "function": {"name": "weather", "arguments": '{"city":"Oslo"}'}}], "tool_calls", (115, 7)),
        ({"content": [{"type": "text", "text": "cut"}], "stop_reason": "max_tokens", "usage": {}}, "cut", None,
         "length", (0, 0)),
        ({"content": [], "stop_reason": "refusal"}, "", None, "content_filter", (0, 0)),
        ({"content": [{"type": "text", "text": "s"}], "stop_reason": "stop_sequence"}, "s", None, "stop", (0, 0)),
    ],
)
def test_anthropic_to_openai_completion(message: JSON, content: str | None, tool_calls: list[JSON] | None,
                                        finish: str, usage: tuple[int, int]) -> None:
    reply = anthropic_to_openai_completion({"id": "msg_1", "model": "claude-test", **message}, created=5)
    choice = reply["choices"][0]
    assert reply["object"] == "chat.completion"
    assert (reply["id"], reply["model"], reply["created"]) == ("msg_1", "claude-test", 5)
    assert choice["message"]["content"] == content
    assert choice["message"].get("tool_calls") == tool_calls
    assert choice["finish_reason"] == finish
    assert reply["usage"] == {"prompt_tokens": usage[0], "completion_tokens": usage[1],
                              "total_tokens": usage[0] + usage[1]}


def _deltas(chunks: list[JSON]) -> list[JSON]:
    return [c["choices"][0]["delta"] for c in chunks if c["choices"]]


def test_stream_translation_text_and_tools() -> None:
    events: list[JSON] = [
        {"type": "message_start", "message": {"id": "msg_9", "model": "claude-test", "content": [],
                                              "usage": {"input_tokens": 12, "output_tokens": 1}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Checking"}},
        {"type": "content_block_stop", "index": 0},
        {"type": "ping"},
        {"type": "content_block_start", "index": 1, "content_block": {"type": "thinking", "thinking": ""}},
        {"type": "content_block_delta", "index": 1, "delta": {"type": "thinking_delta", "thinking": "hm"}},
        {"type": "content_block_start", "index": 2,
         "content_block": {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {}}},
        {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": '{"ci'}},
        {"type": "content_block_delta", "index": 2, "delta": {"type": "input_json_delta", "partial_json": 'ty":"Oslo"}'}},
        {"type": "content_block_stop", "index": 2},
        {"type": "content_block_start", "index": 3,
         "content_block": {"type": "tool_use", "id": "toolu_2", "name": "time", "input": {}}},
        {"type": "content_block_delta", "index": 3, "delta": {"type": "input_json_delta", "partial_json": "{}"}},
        {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {"output_tokens": 30}},
        {"type": "message_stop"},
    ]
    translator = AnthropicToOpenAIStream(provider="a", created=3)
    chunks = [chunk for event in events for chunk in translator.feed(event)]
    assert translator.finished
    assert all(c["id"] == "msg_9" and c["model"] == "claude-test" and c["created"] == 3 for c in chunks)
    assert _deltas(chunks) == [
        {"role": "assistant", "content": ""},
        {"content": "Checking"},
        {"tool_calls": [{"index": 0, "id": "toolu_1", "type": "function",
                         "function": {"name": "weather", "arguments": ""}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": '{"ci'}}]},
        {"tool_calls": [{"index": 0, "function": {"arguments": 'ty":"Oslo"}'}}]},
        {"tool_calls": [{"index": 1, "id": "toolu_2", "type": "function",
                         "function": {"name": "time", "arguments": ""}}]},
        {"tool_calls": [{"index": 1, "function": {"arguments": "{}"}}]},
        {},
    ]
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert chunks[-1]["usage"] == {"prompt_tokens": 12, "completion_tokens": 30, "total_tokens": 42}


@pytest.mark.parametrize(
    ("kind", "status", "retryable"),
    [("overloaded_error", 502, True), ("rate_limit_error", 429, True), ("invalid_request_error", 400, False),
     ("api_error", 502, True), ("something_new", 502, True)],
)
def test_stream_error_event(kind: str, status: int, retryable: bool) -> None:
    translator = AnthropicToOpenAIStream(provider="a")
    with pytest.raises(ProviderError) as info:
        translator.feed({"type": "error", "error": {"type": kind, "message": "details https://x"}})
    assert (info.value.status, info.value.retryable, info.value.provider) == (status, retryable, "a")
    assert "https" not in str(info.value)
