import pytest
import regex

from infershield.core.matcher import MultiMatcher
from infershield.core.normalize import normalize
from infershield.core.rules import Check, Rule, ViewName
from infershield.core.scanners.base import RuleScanner
from infershield.errors import RegistryError


def _even_digits(text: str, match: "regex.Match[str]") -> Check | None:
    return Check(0.9, "even") if int(match.group()) % 2 == 0 else None


RULES = (
    Rule("T-1", "test.word", r"\bforbidden\b", 0.6, "the word", context=("secret",)),
    Rule("T-2", "test.number", r"\b\d{4}\b", 0.5, "four digits", view=ViewName.CLEAN, validator=_even_digits),
    Rule("T-3", "test.group", r"key=(?P<span>\w+)", 0.7, "value only", trigger=r"key=", view=ViewName.CLEAN,
         ignore_case=False),
    Rule("T-4", "test.look", r"(?<!no )danger", 0.8, "not negated", trigger="danger"),
)


class _Scanner(RuleScanner):
    name = "test"

    def rules(self) -> tuple[Rule, ...]:
        return RULES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this is forbidden", [("T-1", "forbidden", 0.6)]),
        ("a secret forbidden thing", [("T-1", "forbidden", 0.8)]),
        ("codes 1234 and 1235", [("T-2", "1234", 0.9)]),
        ("key=abc KEY=def", [("T-3", "abc", 0.7)]),
        ("no danger here, but danger there", [("T-4", "danger", 0.8)]),
        ("f o r b i d d e n", [("T-1", "f o r b i d d e n", 0.6)]),
        ("nothing", []),
    ],
)
def test_rule_scanner(text: str, expected: list[tuple[str, str, float]]) -> None:
    findings = _Scanner().scan(normalize(text))
    got = [(f.rule, text[f.span.start : f.span.end], f.score) for f in findings]
    assert got == expected


def test_context_is_noted_in_why() -> None:
    (finding,) = _Scanner().scan(normalize("secret forbidden"))
    assert "context word 'secret'" in finding.why


def test_duplicate_rule_ids_are_rejected() -> None:
    with pytest.raises(RegistryError, match="duplicate"):
        MultiMatcher([RULES[0], RULES[0]])


def test_re2_incompatible_trigger_is_rejected() -> None:
    with pytest.raises(RegistryError, match="RE2"):
        MultiMatcher([Rule("X", "x", r"(?<!a)b", 0.5, "lookbehind")])


@pytest.mark.parametrize("score", [-0.1, 1.1])
def test_score_range(score: float) -> None:
    with pytest.raises(ValueError, match="outside"):
        Rule("X", "x", "x", score, "bad")


def test_rule_needs_id_and_kind() -> None:
    with pytest.raises(ValueError, match="id and a kind"):
        Rule("", "x", "x", 0.5, "bad")


def test_empty_matcher() -> None:
    assert MultiMatcher([]).candidates("anything") == []
