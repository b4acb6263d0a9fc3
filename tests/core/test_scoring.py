import pytest

from infershield.core.policy import Policy
from infershield.core.scoring import decide, noisy_or
from infershield.core.types import Action, Finding, KindAction, Span


def finding(kind: str, score: float, rule: str = "R1", start: int = 0, end: int = 4) -> Finding:
    return Finding("test", kind, rule, Span(start, end), score, "because")


@pytest.mark.parametrize(
    ("scores", "expected"),
    [([], 0), ([0.9], 90), ([0.5, 0.5], 75), ([0.6, 0.5, 0.5], 90), ([1.5], 100), ([-1.0], 0)],
)
def test_noisy_or(scores: list[float], expected: int) -> None:
    assert noisy_or(scores) == expected


def test_single_strong_injection_blocks() -> None:
    decision = decide([finding("prompt_injection", 0.9)], Policy())
    assert decision.action is Action.BLOCK
    assert decision.score.value == 90
    assert "threshold 80" in decision.reasons[0]


def test_weak_signals_corroborate() -> None:
    weak = [finding("jailbreak", 0.5, "A"), finding("prompt_injection", 0.5, "B")]
    assert decide(weak, Policy()).action is Action.ALLOW
    assert decide([*weak, finding("jailbreak", 0.5, "C")], Policy()).action is Action.BLOCK


def test_same_rule_many_times_counts_once() -> None:
    repeated = [finding("jailbreak", 0.5, "A", i, i + 1) for i in range(10)]
    decision = decide(repeated, Policy())
    assert decision.score.blocking == 50
    assert decision.action is Action.ALLOW


def test_pii_redacts_and_never_reaches_threshold() -> None:
    decision = decide([finding("pii.EMAIL_ADDRESS", 0.99), finding("pii.CREDIT_CARD", 0.99, "R2")], Policy())
    assert decision.action is Action.REDACT
    assert decision.score.value == 79
    assert len(decision.redactable) == 2


def test_low_score_pii_is_not_redacted() -> None:
    assert decide([finding("pii.PHONE_NUMBER", 0.3)], Policy()).action is Action.ALLOW


def test_block_beats_redact_and_log_is_reported() -> None:
    decision = decide([finding("pii.EMAIL_ADDRESS", 0.9), finding("prompt_injection", 0.95, "R2"),
                       finding("encoding.base64", 0.25, "R3")], Policy())
    assert decision.action is Action.BLOCK
    assert any("logged only: encoding.base64" in r for r in decision.reasons)


@pytest.mark.parametrize(("preset", "action"), [("strict", Action.BLOCK), ("balanced", Action.ALLOW),
                                                ("permissive", Action.ALLOW)])
def test_presets_move_the_threshold(preset: str, action: Action) -> None:
    assert decide([finding("jailbreak", 0.7)], Policy.preset(preset)).action is action


def test_unknown_preset() -> None:
    with pytest.raises(KeyError):
        Policy.preset("paranoid")


def test_most_specific_kind_action_wins() -> None:
    policy = Policy(kind_actions={"pii": KindAction.REDACT, "pii.IP_ADDRESS": KindAction.LOG})
    assert policy.action_for("pii.IP_ADDRESS") is KindAction.LOG
    assert policy.action_for("pii.EMAIL_ADDRESS") is KindAction.REDACT
    assert policy.action_for("something_new") is KindAction.BLOCK
    assert decide([finding("pii.IP_ADDRESS", 0.9)], policy).action is Action.ALLOW
