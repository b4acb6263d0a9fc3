from infershield.core.redact import label_for, redact, restore
from infershield.core.types import Finding, Span


def pii(kind: str, start: int, end: int, score: float = 0.9) -> Finding:
    return Finding("pii", kind, "R", Span(start, end), score, "why")


def test_placeholders_are_numbered_per_label_and_consistent() -> None:
    text = "a@x.io b@y.io a@x.io"
    findings = [pii("pii.EMAIL_ADDRESS", 0, 6), pii("pii.EMAIL_ADDRESS", 7, 13), pii("pii.EMAIL_ADDRESS", 14, 20)]
    redacted, mapping = redact(text, findings)
    assert redacted == "[EMAIL_ADDRESS_1] [EMAIL_ADDRESS_2] [EMAIL_ADDRESS_1]"
    assert mapping == (("[EMAIL_ADDRESS_1]", "a@x.io"), ("[EMAIL_ADDRESS_2]", "b@y.io"))


def test_mapping_carries_across_turns() -> None:
    _, mapping = redact("a@x.io", [pii("pii.EMAIL_ADDRESS", 0, 6)])
    redacted, grown = redact("c@z.io then a@x.io", [pii("pii.EMAIL_ADDRESS", 0, 6), pii("pii.EMAIL_ADDRESS", 12, 18)],
                             mapping)
    assert redacted == "[EMAIL_ADDRESS_2] then [EMAIL_ADDRESS_1]"
    assert len(grown) == 2


def test_overlapping_spans_merge_under_the_stronger_label() -> None:
    redacted, _ = redact("call 555-123-4567", [pii("pii.PHONE_NUMBER", 5, 17, 0.9), pii("pii.US_SSN", 5, 16, 0.5)])
    assert redacted == "call [PHONE_NUMBER_1]"


def test_restore_puts_values_back_and_leaves_unknown_placeholders() -> None:
    mapping = (("[EMAIL_ADDRESS_1]", "a@x.io"),)
    assert restore("write to [EMAIL_ADDRESS_1] or [PHONE_NUMBER_9]", mapping) == (
        "write to a@x.io or [PHONE_NUMBER_9]")


def test_labels() -> None:
    assert label_for("pii.EMAIL_ADDRESS") == "EMAIL_ADDRESS"
    assert label_for("secret.github_token") == "SECRET_GITHUB_TOKEN"
    assert label_for("pii.") == "PII"
