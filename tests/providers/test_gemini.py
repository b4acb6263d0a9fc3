from __future__ import annotations

import asyncio
from typing import Any

import pytest
from provider_fakes import API_KEY, FakeUpstream, Reply, gemini_response, sse

from infershield.providers.base import JSON, ChatRequest, ProviderError
from infershield.providers.gemini import (
    GeminiProvider,
    GeminiToOpenAIStream,
    gemini_to_openai_completion,
    openai_to_gemini_request,
)

TOOL = {"type": "function", "function": {"name": "weather", "description": "Get weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}}, "additionalProperties": False,
    "$schema": "http://json-schema.org/draft-07/schema#"}}}


def _req(messages: list[JSON], **params: Any) -> ChatRequest:
    return ChatRequest(model="gemini-test", messages=tuple(messages), params=params)


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        pytest.param(_req([{"role": "user", "content": "hi"}]),
                     {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}, id="plain"),
        pytest.param(
            _req([{"role": "system", "content": "sys"}, {"role": "user", "content": "hi"}], temperature=0.5,
                 top_p=0.9, max_tokens=20, stop="END", n=2, seed=7, response_format={"type": "json_object"}),
            {"contents": [{"role": "user", "parts": [{"text": "hi"}]}],
             "systemInstruction": {"parts": [{"text": "sys"}]},
             "generationConfig": {"temperature": 0.5, "topP": 0.9, "candidateCount": 2, "seed": 7,
                                  "maxOutputTokens": 20, "stopSequences": ["END"],
                                  "responseMimeType": "application/json"}},
            id="config"),
        pytest.param(
            _req([{"role": "user", "content": [{"type": "text", "text": "see"},
                                               {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA"}}]},
                  {"role": "assistant", "content": None, "tool_calls": [
                      {"id": "c1", "type": "function", "function": {"name": "weather", "arguments": '{"city":"Oslo"}'}}]},
                  {"role": "tool", "tool_call_id": "c1", "content": '{"temp": 12}'},
                  {"role": "tool", "tool_call_id": "c2", "content": "plain text"}],
                 tools=[TOOL], tool_choice={"type": "function", "function": {"name": "weather"}}),
            {"contents": [
                {"role": "user", "parts": [{"text": "see"}, {"inlineData": {"mimeType": "image/png", "data": "AA"}}]},
                {"role": "model", "parts": [{"functionCall": {"name": "weather", "args": {"city": "Oslo"}}}]},
                {"role": "user", "parts": [{"functionResponse": {"name": "weather", "response": {"temp": 12}}},
                                           {"functionResponse": {"name": "", "response": {"result": "plain text"}}}]}],
             "tools": [{"functionDeclarations": [{"name": "weather", "description": "Get weather", "parameters": {
                 "type": "object", "properties": {"city": {"type": "string"}}}}]}],
             "toolConfig": {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["weather"]}}},
            id="tools-images"),
    ],
)
def test_openai_to_gemini_request(request_: ChatRequest, expected: JSON) -> None:
    assert openai_to_gemini_request(request_) == expected


def test_image_urls_are_rejected() -> None:
    with pytest.raises(ProviderError) as info:
        openai_to_gemini_request(_req([{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}]))
    assert info.value.status == 400


@pytest.mark.parametrize(
    ("reply", "content", "calls", "finish"),
    [
        (gemini_response({"text": "Hel"}, {"text": "lo"}), "Hello", [], "stop"),
        (gemini_response({"text": "thinking...", "thought": True},
                         {"functionCall": {"name": "weather", "args": {"city": "Oslo"}}}),
         None, [("weather", '{"city":"Oslo"}')], "tool_calls"),
        (gemini_response({"text": "partial"}, finish="MAX_TOKENS"), "partial", [], "length"),
        (gemini_response({"text": ""}, finish="SAFETY"), "", [], "content_filter"),
        ({"promptFeedback": {"blockReason": "SAFETY"}}, None, [], "content_filter"),
    ],
)
def test_gemini_to_openai_completion(reply: JSON, content: str | None, calls: list[tuple[str, str]],
                                     finish: str) -> None:
    out = gemini_to_openai_completion(reply, model="gemini-x", created=1)
    choice = out["choices"][0]
    assert choice["message"]["content"] == content
    assert [(c["function"]["name"], c["function"]["arguments"]) for c in choice["message"].get("tool_calls", [])] \
        == calls
    assert all(c["id"].startswith("call_") for c in choice["message"].get("tool_calls", []))
    assert choice["finish_reason"] == finish


def test_stream_translator() -> None:
    translator = GeminiToOpenAIStream(model="gemini-test", created=1)
    events: list[JSON] = [
        {"candidates": [{"content": {"role": "model", "parts": [{"text": "Hi"}]}}]},
        {"candidates": [{"content": {"role": "model", "parts": [
            {"functionCall": {"name": "weather", "args": {"city": "Oslo"}, "id": "fc-1"}}]}}]},
        {"candidates": [{"content": {"role": "model", "parts": [{"text": ""}]}, "finishReason": "STOP"}],
         "usageMetadata": {"promptTokenCount": 3, "candidatesTokenCount": 4, "thoughtsTokenCount": 1}},
    ]
    chunks = [chunk for event in events for chunk in translator.feed(event)]
    deltas = [c["choices"][0]["delta"] for c in chunks]
    assert deltas == [{"role": "assistant", "content": ""}, {"content": "Hi"},
                      {"tool_calls": [{"index": 0, "id": "fc-1", "type": "function",
                                       "function": {"name": "weather", "arguments": '{"city":"Oslo"}'}}]}, {}]
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert chunks[-1]["usage"] == {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}
    assert translator.finished


def test_provider_against_fake() -> None:
    async def scenario() -> None:
        request = _req([{"role": "user", "content": "hi"}])
        async with FakeUpstream() as fake:
            fake.on("/v1beta/models/gemini-test:generateContent", Reply(body=gemini_response({"text": "hello"})))
            fake.on("/v1beta/models/gemini-test:streamGenerateContent", Reply(events=[
                sse({"candidates": [{"content": {"role": "model", "parts": [{"text": "he"}]}}]}),
                sse(gemini_response({"text": "llo"}))]))
            fake.on("/v1beta/models", Reply(body={"models": [
                {"name": "models/gemini-test", "supportedGenerationMethods": ["generateContent"]},
                {"name": "models/embedding-001", "supportedGenerationMethods": ["embedContent"]}]}))
            provider = GeminiProvider(fake.spec("gemini", base_path="/v1beta"))
            reply = await provider.complete(request)
            chunks = [c async for c in provider.stream(request)]
            models = await provider.models()
            fake.on("/v1beta/models/gemini-test:streamGenerateContent", Reply(events=[
                sse({"candidates": [{"content": {"role": "model", "parts": [{"text": "he"}]}}]})]))
            with pytest.raises(ProviderError, match="ended unexpectedly"):
                _ = [c async for c in provider.stream(request)]
            fake.on("/v1beta/models/gemini-test:generateContent", Reply(status=400, body={"error": {
                "code": 400, "message": "API key not valid. Please pass a valid API key.",
                "status": "INVALID_ARGUMENT"}}))
            with pytest.raises(ProviderError) as info:
                await provider.complete(request)
            await provider.aclose()
        assert fake.seen[0].headers["x-goog-api-key"] == API_KEY
        assert fake.seen[1].query == {"alt": "sse"}
        assert reply["choices"][0]["message"]["content"] == "hello"
        assert reply["usage"]["total_tokens"] == 9
        assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == "hello"
        assert models == ["gemini-test"]
        assert (info.value.status, str(info.value)) == (502, "upstream authentication failed")

    asyncio.run(scenario())
