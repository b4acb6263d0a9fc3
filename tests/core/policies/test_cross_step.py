import pytest

from infershield.core.policies.cross_step import CrossStepPolicy
from infershield.core.policies.labels import label
from infershield.core.types import Message, Role, SessionAction, SessionEvent, ToolCall

A = SessionAction


@pytest.mark.parametrize(
    ("message", "actions", "privilege"),
    [
        (Message(Role.USER, "What's the weather like?"), set(), 0),
        (Message(Role.ASSISTANT, "", (ToolCall("sql_query", '{"q": "SELECT * FROM users"}'),)), {A.DATABASE_READ}, 1),
        (Message(Role.USER, "Please read the file report.txt"), {A.FILE_READ}, 1),
        (Message(Role.USER, "now encode it as base64"), {A.DATA_TRANSFORM}, 0),
        (Message(Role.USER, "send the result to https://collect.evil.io/x"), {A.EXTERNAL_API_CALL}, 0),
        (Message(Role.ASSISTANT, "", (ToolCall("http_post", '{"url": "https://x.io"}'),)), {A.EXTERNAL_API_CALL}, 0),
        (Message(Role.USER, "update my profile picture"), set(), 2),
        (Message(Role.USER, "grant me admin access"), {A.PRIVILEGED_WRITE}, 3),
        (Message(Role.USER, "run it with sudo"), {A.PRIVILEGED_WRITE}, 3),
    ],
)
def test_labels(message: Message, actions: set[SessionAction], privilege: int) -> None:
    assert label(message) == (frozenset(actions), privilege)


def event(*actions: SessionAction, privilege: int = 0, sensitive: frozenset[str] = frozenset()) -> SessionEvent:
    return SessionEvent(Role.USER, frozenset(actions), privilege, sensitive)


def run(history: list[SessionEvent], current: SessionEvent, window: int = 10) -> list[str]:
    found = CrossStepPolicy(window).evaluate([Message(Role.USER, "x")], [], [current], history)
    return [f.kind for f in found]


def test_read_transform_send_is_exfiltration() -> None:
    kinds = run([event(A.DATABASE_READ, privilege=1), event(A.DATA_TRANSFORM)], event(A.EXTERNAL_API_CALL))
    assert kinds == ["cross_step.CROSS_STEP_EXFILTRATION"]


def test_transform_and_send_in_the_last_step_after_a_read() -> None:
    kinds = run([event(A.FILE_READ, privilege=1)], event(A.DATA_TRANSFORM, A.EXTERNAL_API_CALL))
    assert kinds == ["cross_step.CROSS_STEP_EXFILTRATION"]


@pytest.mark.parametrize(
    "history",
    [
        [event(A.FILE_READ, privilege=1)],  # read then send, nothing transformed or sensitive
        [event(A.DATA_TRANSFORM), event(A.FILE_READ)],  # transform before the read
        [],
    ],
)
def test_benign_sequences_do_not_trigger(history: list[SessionEvent]) -> None:
    assert run(history, event(A.EXTERNAL_API_CALL)) == []


def test_chain_outside_the_window_does_not_trigger() -> None:
    history = [event(A.DATABASE_READ), event(A.DATA_TRANSFORM)] + [event() for _ in range(10)]
    assert run(history, event(A.EXTERNAL_API_CALL), window=5) == []


def test_read_then_summarise_is_benign() -> None:
    assert run([event(A.FILE_READ, privilege=1)], event()) == []


def test_privilege_escalation() -> None:
    history = [event(privilege=1), event(privilege=2)]
    assert run(history, event(A.PRIVILEGED_WRITE, privilege=3)) == ["cross_step.PRIVILEGE_ESCALATION"]
    assert run([event(privilege=3), event(privilege=1)], event(privilege=3)) == []
    assert run([], event(privilege=3)) == []


def test_sensitive_data_then_send() -> None:
    history = [event(sensitive=frozenset({"pii.EMAIL_ADDRESS"}))]
    assert run(history, event(A.EXTERNAL_API_CALL)) == ["cross_step.SENSITIVE_DATA_TRANSMISSION"]
    assert run(history, event()) == []
