from __future__ import annotations

from typing import Any

import pytest
from anthropic.lib.streaming._messages import accumulate_event
from anthropic.types import Message, RawMessageStreamEvent
from pydantic import TypeAdapter

from infershield.errors import MalformedInputError
from infershield.providers.anthropic_dialect import (
    OpenAIToAnthropicStream,
    anthropic_error,
    anthropic_error_event,
    anthropic_request_to_chat,
    chat_completion_to_anthropic,
)
from infershield.providers.anthropic_translate import openai_to_anthropic_request
from infershield.providers.base import JSON, ProviderError

EVENTS: TypeAdapter[Any] = TypeAdapter(RawMessageStreamEvent)
TOOL = {"name": "weather", "description": "Get weather",
        "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}


@pytest.mark.parametrize(
    ("body", "messages", "params"),
    [
        pytest.param(
            {"model": "m", "max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]},
            [{"role": "user", "content": "hi"}], {"max_tokens": 10}, id="plain"),
        pytest.param(
            {"model": "m", "max_tokens": 10, "system": [{"type": "text", "text": "be terse"}],
             "temperature": 0.3, "top_p": 0.8, "top_k": 5, "stop_sequences": ["X"],
             "metadata": {"user_id": "u1"}, "messages": [{"role": "user", "content": [
                 {"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}]},
            [{"role": "system", "content": "be terse"}, {"role": "user", "content": "ab"}],
            {"max_tokens": 10, "temperature": 0.3, "top_p": 0.8, "stop": ["X"], "user": "u1"}, id="system-params"),
        pytest.param(
            {"model": "m", "max_tokens": 10, "tools": [TOOL, {"type": "web_search_20250305", "name": "web_search"}],
             "tool_choice": {"type": "any", "disable_parallel_tool_use": True},
             "messages": [
                 {"role": "user", "content": "weather?"},
                 {"role": "assistant", "content": [
                     {"type": "thinking", "thinking": "...", "signature": "s"},
                     {"type": "text", "text": "Checking."},
                     {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}}]},
                 {"role": "user", "content": [
                     {"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "12C"}]},
                     {"type": "text", "text": "thanks"}]}]},
            [{"role": "user", "content": "weather?"},
             {"role": "assistant", "content": "Checking.", "tool_calls": [
                 {"id": "toolu_1", "type": "function", "function": {"name": "weather", "arguments": '{"city":"Oslo"}'}}]},
             {"role": "tool", "tool_call_id": "toolu_1", "content": "12C"},
             {"role": "user", "content": "thanks"}],
            {"max_tokens": 10, "tool_choice": "required", "parallel_tool_calls": False,
             "tools": [{"type": "function", "function": {
                 "name": "weather", "description": "Get weather",
                 "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]},
            id="tools"),
        pytest.param(
            {"model": "m", "max_tokens": 5, "tools": [TOOL], "tool_choice": {"type": "tool", "name": "weather"},
             "messages": [{"role": "user", "content": [
                 {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "QUJD"}},
                 {"type": "text", "text": "what?"}]}]},
            [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,QUJD"}},
                                          {"type": "text", "text": "what?"}]}],
            {"max_tokens": 5, "tool_choice": {"type": "function", "function": {"name": "weather"}},
             "tools": [{"type": "function", "function": {
                 "name": "weather", "description": "Get weather",
                 "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}]},
            id="image-forced-tool"),
    ],
)
def test_anthropic_request_to_chat(body: JSON, messages: list[JSON], params: JSON) -> None:
    request = anthropic_request_to_chat(body, request_id="r1")
    assert (request.model, request.request_id) == ("m", "r1")
    assert list(request.messages) == messages
    assert request.params == params


def test_request_round_trip_through_both_directions() -> None:
    body: JSON = {"model": "m", "max_tokens": 10, "system": "sys", "tools": [TOOL],
                  "messages": [
                      {"role": "user", "content": [{"type": "text", "text": "q"}]},
                      {"role": "assistant", "content": [
                          {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}}]},
                      {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "r"}]}]}
    back = openai_to_anthropic_request(anthropic_request_to_chat(body))
    assert back["system"] == "sys"
    assert back["tools"] == [TOOL]
    assert back["messages"] == body["messages"]


@pytest.mark.parametrize(
    "body",
    [
        {"messages": []},
        {"model": "m", "messages": "hi"},
        {"model": "m", "messages": [{"role": "system", "content": "x"}]},
        {"model": "m", "messages": [{"role": "user", "content": 5}]},
        {"model": "m", "messages": [{"role": "user", "content": ["not a block"]}]},
        {"model": "m", "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "file"}}]}]},
    ],
)
def test_malformed_anthropic_requests(body: JSON) -> None:
    with pytest.raises(MalformedInputError):
        anthropic_request_to_chat(body)


@pytest.mark.parametrize(
    ("choice", "content", "stop_reason"),
    [
        ({"message": {"role": "assistant", "content": "hello"}, "finish_reason": "stop"},
         [{"type": "text", "text": "hello"}], "end_turn"),
        ({"message": {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "weather", "arguments": '{"city":"Oslo"}'}}]},
          "finish_reason": "tool_calls"},
         [{"type": "tool_use", "id": "call_1", "name": "weather", "input": {"city": "Oslo"}}], "tool_use"),
        ({"message": {"role": "assistant", "content": "cut"}, "finish_reason": "length"},
         [{"type": "text", "text": "cut"}], "max_tokens"),
        ({"message": {"role": "assistant", "content": ""}, "finish_reason": "content_filter"},
         [{"type": "text", "text": ""}], "refusal"),
    ],
)
def test_chat_completion_to_anthropic(choice: JSON, content: list[JSON], stop_reason: str) -> None:
    reply = {"id": "chatcmpl-7", "object": "chat.completion", "model": "gpt-test", "choices": [{"index": 0, **choice}],
             "usage": {"prompt_tokens": 4, "completion_tokens": 2, "total_tokens": 6}}
    message = chat_completion_to_anthropic(reply)
    assert message["content"] == content
    assert message["stop_reason"] == stop_reason
    assert message["id"] == "msg_chatcmpl-7"
    assert message["usage"] == {"input_tokens": 4, "output_tokens": 2}
    Message.model_validate(message)  # the official SDK accepts it


def _chunk(delta: JSON, finish: str | None = None, **extra: Any) -> JSON:
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-test",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}


def _replay(chunks: list[JSON]) -> tuple[list[tuple[str, JSON]], Any]:
    translator = OpenAIToAnthropicStream()
    events = [e for chunk in chunks for e in translator.feed(chunk)] + translator.finish()
    assert translator.finish() == []
    snapshot = None
    buffers: dict[int, bytes] = {}
    for name, data in events:
        assert name == data["type"]
        event = EVENTS.validate_python(data)
        snapshot = accumulate_event(event=event, current_snapshot=snapshot, json_bufs=buffers)
    return events, snapshot


def test_stream_text_then_tools_is_accepted_by_the_sdk() -> None:
    chunks = [
        _chunk({"role": "assistant", "content": ""}),
        _chunk({"content": "Let me "}),
        _chunk({"content": "check."}),
        _chunk({"tool_calls": [{"index": 0, "id": "call_a", "type": "function",
                                "function": {"name": "weather", "arguments": ""}}]}),
        _chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city":'}}]}),
        _chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Oslo"}'}}]}),
        _chunk({"tool_calls": [{"index": 1, "id": "call_b", "type": "function",
                                "function": {"name": "time", "arguments": "{}"}}]}),
        _chunk({}, "tool_calls"),
        {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-test", "choices": [],
         "usage": {"prompt_tokens": 9, "completion_tokens": 20, "total_tokens": 29}},
    ]
    events, message = _replay(chunks)
    assert [name for name, _ in events] == [
        "message_start", "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_delta", "content_block_stop",
        "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop"]
    assert [(b.type, b.model_dump(exclude_none=True)) for b in message.content] == [
        ("text", {"type": "text", "text": "Let me check."}),
        ("tool_use", {"type": "tool_use", "id": "call_a", "name": "weather", "input": {"city": "Oslo"}}),
        ("tool_use", {"type": "tool_use", "id": "call_b", "name": "time", "input": {}}),
    ]
    assert message.stop_reason == "tool_use"
    assert (message.usage.input_tokens, message.usage.output_tokens) == (9, 20)
    assert message.model == "gpt-test"
    assert message.id == "msg_chatcmpl-1"


def test_stream_with_usage_on_finish_chunk_and_empty_stream() -> None:
    _, message = _replay([_chunk({"content": "hi"}, "length",
                                 usage={"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2})])
    assert message.stop_reason == "max_tokens"
    assert message.content[0].text == "hi"
    translator = OpenAIToAnthropicStream(model="m", message_id="msg_x")
    names = [name for name, _ in translator.finish()]
    assert names == ["message_start", "message_delta", "message_stop"]


def test_error_helpers() -> None:
    assert anthropic_error(429, "slow") == {"type": "error", "error": {"type": "rate_limit_error", "message": "slow"}}
    assert anthropic_error(502, "x")["error"]["type"] == "api_error"
    name, data = anthropic_error_event(ProviderError("upstream timed out", status=504))
    assert (name, data["error"]["message"]) == ("error", "upstream timed out")
