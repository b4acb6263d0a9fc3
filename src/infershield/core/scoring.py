"""From findings to a risk score 0..100 and an action.

Formula (shown by ``Verdict.explain()``):

* per rule, only its strongest finding counts (one rule matching ten times is one piece of evidence);
* ``blocking`` = 100 × (1 − Π(1 − s)) over findings whose kind's action is *block* (noisy-OR: independent
  weak signals corroborate each other, one strong signal suffices);
* ``overall`` = the same over every finding; findings whose action is *redact* or *log* raise the risk but
  can never push it to the block threshold on their own, so ``risk >= threshold`` ⟺ the verdict is *block*:
  ``risk = max(blocking, min(overall, threshold − 1))``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from infershield.core.policy import Policy
from infershield.core.types import Action, Finding, KindAction, RiskScore


@dataclass(frozen=True, slots=True)
class Decision:
    """The action, its risk and the reasons, before redaction is applied."""

    action: Action
    score: RiskScore
    reasons: tuple[str, ...]
    redactable: tuple[Finding, ...]


def _strongest_per_rule(findings: Iterable[Finding]) -> list[Finding]:
    best: dict[str, Finding] = {}
    for f in findings:
        if f.rule not in best or f.score > best[f.rule].score:
            best[f.rule] = f
    return list(best.values())


def noisy_or(scores: Iterable[float]) -> int:
    """100 × (1 − Π(1 − s)), rounded; 0 for no scores."""
    remaining = 1.0
    for s in scores:
        remaining *= 1.0 - min(max(s, 0.0), 1.0)
    return round(100 * (1.0 - remaining))


def decide(findings: Sequence[Finding], policy: Policy) -> Decision:
    """Apply the policy's per-kind actions and block threshold to ``findings``."""
    threshold = policy.block_threshold
    strongest = _strongest_per_rule(findings)
    blockers = sorted((f for f in strongest if policy.action_for(f.kind) is KindAction.BLOCK),
                      key=lambda f: (-f.score, f.rule))
    blocking = noisy_or(f.score for f in blockers)
    overall = noisy_or(f.score for f in strongest)
    risk = max(blocking, min(overall, threshold - 1))
    terms = " ".join(f"{f.rule}={f.score:.2f}" for f in blockers[:6]) or "none"
    formula = (f"blocking = noisy-OR of block-kind findings ({terms}) = {blocking}; "
               f"overall = {overall}; risk = max(blocking, min(overall, {threshold - 1})) = {risk}")
    redactable = tuple(
        f for f in findings
        if policy.action_for(f.kind) is KindAction.REDACT and f.score >= policy.redact_min_score
    )
    reasons: list[str] = []
    if blocking >= threshold:
        action = Action.BLOCK
        kinds = ", ".join(sorted({f.kind for f in blockers}))
        reasons.append(f"risk {blocking} >= block threshold {threshold} from {kinds}")
    elif redactable:
        action = Action.REDACT
        kinds = ", ".join(sorted({f.kind for f in redactable}))
        reasons.append(f"redacted {len(redactable)} span(s) of {kinds}")
    else:
        action = Action.ALLOW
        if blockers:
            reasons.append(f"risk {blocking} below block threshold {threshold}")
    logged = sorted({f.kind for f in findings if policy.action_for(f.kind) is KindAction.LOG})
    if logged:
        reasons.append(f"logged only: {', '.join(logged)}")
    return Decision(action, RiskScore(risk, blocking, formula), tuple(reasons), redactable)
