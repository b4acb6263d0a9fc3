import pytest

from infershield.core.engine import Engine
from infershield.core.parse import parse_messages
from infershield.core.report import verdict_to_dict
from infershield.core.types import Message, Role, ToolCall
from infershield.errors import MalformedInputError


def test_parse_openai_and_simple_shapes() -> None:
    messages = parse_messages([
        {"role": "developer", "content": "be nice"},
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
        {"role": "assistant", "content": None,
         "tool_calls": [{"function": {"name": "search", "arguments": "{\"q\": 1}"}}, {"name": "x", "arguments": {"b": 1}}]},
        {"role": "tool_result", "content": "result", "name": "search"},
        {"role": "document", "content": "doc"},
    ])
    assert messages == (
        Message(Role.SYSTEM, "be nice"),
        Message(Role.USER, "a\nb"),
        Message(Role.ASSISTANT, "", (ToolCall("search", "{\"q\": 1}"), ToolCall("x", "{\"b\": 1}"))),
        Message(Role.TOOL, "result", (), "search"),
        Message(Role.DOCUMENT, "doc"),
    )


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ([], "non-empty list"),
        ("hi", "non-empty list"),
        (["hi"], r"messages\[0\] must be an object"),
        ([{"role": 3}], "role must be a string"),
        ([{"role": "boss"}], "is not one of"),
        ([{"role": "user", "content": 5}], "content must be"),
        ([{"role": "user", "tool_calls": {}}], "must be a list"),
        ([{"role": "user", "tool_calls": [{"arguments": "x"}]}], "needs a name"),
    ],
)
def test_parse_errors(value: object, error: str) -> None:
    with pytest.raises(MalformedInputError, match=error):
        parse_messages(value)


def test_verdict_dict_has_exactly_the_documented_keys() -> None:
    verdict = Engine().scan_text("mail jane.doe@acme-corp.com")
    out = verdict_to_dict(verdict, 1.23456)
    assert list(out) == ["action", "risk", "findings", "reasons", "redacted_text", "latency_ms"]
    assert out["latency_ms"] == 1.235
    assert list(out["findings"][0]) == ["kind", "scanner", "rule", "start", "end", "score", "why"]
    with_message = verdict_to_dict(verdict, 1.0, with_message=True)
    assert with_message["findings"][0]["message"] == 0
