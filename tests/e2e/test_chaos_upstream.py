"""Chaos from the upstream side: hangs, garbage, truncation, cut streams, 5xx and 429 with and without
Retry-After. The caller always gets an answer in its own dialect with no stack trace and no upstream
internals; statuses are documented in ``providers/http_client.py`` (upstream-caused 502/504, 429 kept,
the upstream's own 400 passed on), and the gateway keeps answering ``/health``.

Routes (tests/e2e/conftest.py): ``chaos-*`` goes to an OpenAI-dialect provider (read timeout 1 s, two
attempts); the Anthropic endpoint reaches it translated; ``claude-chaos-*`` goes to an Anthropic provider,
natively.
"""

from __future__ import annotations

import pytest
from chaos_http import Dialect, check_alive, check_clean, check_error_body, send_json
from conftest import Gateway
from fake_chaos import KINDS

# (endpoint dialect, model prefix): OpenAI endpoint, Anthropic endpoint translated, Anthropic native
PATHS = [("openai", "chaos-"), ("anthropic", "chaos-"), ("anthropic", "claude-chaos-")]
CASES = [pytest.param(dialect, prefix, kind, id=f"{dialect}-{prefix}{kind}") for dialect, prefix in PATHS
         for kind in KINDS]


def _body(dialect: Dialect, model: str, stream: bool) -> dict[str, object]:
    body: dict[str, object] = {"model": model, "stream": stream,
                               "messages": [{"role": "user", "content": "Say hello, please."}]}
    if dialect == "anthropic":
        body["max_tokens"] = 64
    return body


def _path(dialect: Dialect) -> str:
    return "/v1/messages" if dialect == "anthropic" else "/v1/chat/completions"


@pytest.mark.parametrize(("dialect", "prefix", "kind"), CASES)
def test_whole_reply(gateway: Gateway, dialect: Dialect, prefix: str, kind: str) -> None:
    answer = send_json(gateway, _path(dialect), _body(dialect, prefix + kind, False))
    check_clean(answer)
    expected = KINDS[kind][0]
    assert answer.status == expected
    if expected == 200:
        reply = answer.json()
        assert reply["type"] == "message" if dialect == "anthropic" else reply["object"] == "chat.completion"
    else:
        message = check_error_body(dialect, answer.json())
        assert message == "upstream rejected the request" or "upstream" in message or expected == 400
        assert answer.headers.get("x-request-id")
        # the provider's Retry-After reaches the caller, so its SDK waits as long as the provider asked
        assert answer.headers.get("retry-after") == ("5" if kind == "429-ra" else None)
    check_alive(gateway)


@pytest.mark.parametrize(("dialect", "prefix", "kind"), CASES)
def test_stream(gateway: Gateway, dialect: Dialect, prefix: str, kind: str) -> None:
    answer = send_json(gateway, _path(dialect), _body(dialect, prefix + kind, True))
    check_clean(answer)
    assert answer.status == 200  # a stream's status is sent before the upstream is asked: errors are in-band
    events = answer.events()
    names = [name for name, _ in events]
    final_ok = "message_stop" if dialect == "anthropic" else "[DONE]"
    fails = KINDS[kind][0] != 200 or KINDS[kind][1]
    if not fails:
        assert events[-1][0] == final_ok or events[-1][1] == final_ok
        return
    name, data = events[-1]
    if dialect == "anthropic":
        assert name == "error"
        assert "message_stop" not in names
    else:
        assert "[DONE]" not in [d for _, d in events]
    check_error_body(dialect, data)
    if KINDS[kind][1]:  # failed after the first events: the caller got the start of the reply
        assert len(events) > 1
    check_alive(gateway)
