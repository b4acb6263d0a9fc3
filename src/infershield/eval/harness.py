"""Run the engine over records and scenarios and aggregate the report of ``infershield eval --json``.

An attack counts as detected when the verdict is ``block`` (or ``redact`` for pii/secret records); a benign
record is a false positive when its verdict is not ``allow``.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from infershield.core.engine import Engine
from infershield.core.types import Action, SessionEvent, Verdict
from infershield.errors import InputError
from infershield.eval.metrics import Confusion, SpanCounts, count_spans, percentile, roc
from infershield.eval.records import Inputs, Record, Scenario

REDACT_FAMILIES = ("pii", "secret")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one record or scenario."""

    id: str
    label: str
    category: str
    lang: str
    action: str
    risk: int
    flagged: bool
    latency_ms: float
    explanation: str
    excerpt: str


@dataclass
class Run:
    """Every outcome of one evaluation, plus inputs that could not be evaluated."""

    threshold: int
    outcomes: list[Outcome] = field(default_factory=list)
    scenarios: int = 0
    scenario_failures: list[str] = field(default_factory=list)
    spans: dict[str, SpanCounts] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def is_redact_category(category: str) -> bool:
    return category.startswith(REDACT_FAMILIES)


def flagged(label: str, category: str, action: Action) -> bool:
    """Whether a verdict counts as flagging the record (see the module docstring)."""
    if label == "attack" and is_redact_category(category):
        return action in (Action.BLOCK, Action.REDACT)
    if label == "attack":
        return action is Action.BLOCK
    return action is not Action.ALLOW


def _span_type(kind: str, category: str) -> str | None:
    family, _, name = kind.partition(".")
    if family == "secret" or category.startswith("secret"):
        return "SECRET" if family == "secret" else None
    return name if family == "pii" else None


def _excerpt(record: Record) -> str:
    text = " | ".join(m.content for m in record.messages)
    return text[:240]


def evaluate_record(engine: Engine, record: Record, run: Run) -> None:
    started = time.perf_counter()
    verdict = engine.evaluate(record.messages)
    latency = (time.perf_counter() - started) * 1000
    hit = flagged(record.label, record.category, verdict.action)
    run.outcomes.append(Outcome(record.id, record.label, record.category, record.lang, verdict.action.value,
                                verdict.risk, hit, latency, verdict.explain() if hit != (record.label == "attack")
                                else "", _excerpt(record)))
    if record.entities or is_redact_category(record.category):
        gold = [(_span_type(f"pii.{e.type}", record.category) or e.type, e.start, e.end) for e in record.entities]
        predicted = [(t, f.span.start, f.span.end) for f in verdict.findings if f.message_index == 0
                     for t in (_span_type(f.kind, record.category),) if t is not None]
        count_spans(run.spans, gold, predicted)


def replay(engine: Engine, scenario: Scenario) -> tuple[list[Verdict], str | None]:
    """Replay a scenario step by step with a growing session history; returns verdicts and a failure reason."""
    history: list[SessionEvent] = []
    verdicts: list[Verdict] = []
    for step in scenario.steps:
        verdict = engine.evaluate([step], history)
        verdicts.append(verdict)
        history.extend(verdict.events)
    blocked = [i for i, v in enumerate(verdicts) if v.action is Action.BLOCK]
    if scenario.expected_action == "allow":
        return verdicts, f"blocked at step {blocked[0]}" if blocked else None
    if not blocked:
        return verdicts, "never blocked"
    at = blocked[0]
    if scenario.at_step is not None and at != scenario.at_step:
        return verdicts, f"first block at step {at}, expected {scenario.at_step}"
    if scenario.expected_kind is not None and scenario.expected_kind not in verdicts[at].kinds:
        return verdicts, f"block at step {at} lacks {scenario.expected_kind} (had {', '.join(verdicts[at].kinds)})"
    return verdicts, None


def evaluate_scenario(engine: Engine, scenario: Scenario, run: Run) -> None:
    started = time.perf_counter()
    verdicts, failure = replay(engine, scenario)
    latency = (time.perf_counter() - started) * 1000
    attack = scenario.expected_action == "block"
    blocked = any(v.action is Action.BLOCK for v in verdicts)
    risk = max(v.risk for v in verdicts)
    explanation = "\n".join(f"step {i}: {v.explain()}" for i, v in enumerate(verdicts)) if failure else ""
    run.outcomes.append(Outcome(scenario.name, "attack" if attack else "benign", scenario.category, "und",
                                "block" if blocked else "allow", risk, blocked, latency, explanation,
                                scenario.description[:240]))
    run.scenarios += 1
    if failure is not None:
        run.scenario_failures.append(f"{scenario.name}: {failure}")


def run_all(engine: Engine, inputs: Inputs, advance: Callable[[], None] | None = None) -> Run:
    """Evaluate every record and scenario; ``advance`` is called after each (for a progress bar)."""
    run = Run(engine.policy.block_threshold, errors=list(inputs.errors))
    for record in inputs.records:
        try:
            evaluate_record(engine, record, run)
        except InputError as exc:
            run.errors.append(f"{record.id}: {exc}")
        if advance is not None:
            advance()
    for scenario in inputs.scenarios:
        try:
            evaluate_scenario(engine, scenario, run)
        except InputError as exc:
            run.errors.append(f"{scenario.name}: {exc}")
        if advance is not None:
            advance()
    return run


def _group(outcomes: Sequence[Outcome], key: Callable[[Outcome], str]) -> dict[str, Any]:
    groups: dict[str, Confusion] = defaultdict(Confusion)
    for o in outcomes:
        groups[key(o)].add(o.label == "attack", o.flagged)
    return {name: groups[name].as_dict() for name in sorted(groups)}


def summarize(run: Run, *, sweep: bool = False) -> dict[str, Any]:
    """The JSON report: overall, per category and language, latency, span metrics, scenarios, errors."""
    overall = Confusion()
    for o in run.outcomes:
        overall.add(o.label == "attack", o.flagged)
    latencies = [o.latency_ms for o in run.outcomes]
    report: dict[str, Any] = {
        "n": len(run.outcomes),
        "threshold": run.threshold,
        "overall": overall.as_dict(),
        "by_category": _group(run.outcomes, lambda o: o.category),
        "by_lang": _group(run.outcomes, lambda o: o.lang),
        "latency_ms": {"p50": percentile(latencies, 0.50), "p95": percentile(latencies, 0.95),
                       "p99": percentile(latencies, 0.99)},
        "pii_spans": {name: counts.as_dict() for name, counts in sorted(run.spans.items())},
        "errors": len(run.errors),
        "scenarios": {"n": run.scenarios, "passed": run.scenarios - len(run.scenario_failures),
                      "failed": run.scenario_failures},
    }
    if sweep:
        report["roc"] = {"overall": roc([(o.label == "attack", o.risk) for o in run.outcomes]),
                         "by_category": _roc_by_category(run.outcomes)}
    return report


def _roc_by_category(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """Per attack category: its attacks against every benign record (a category alone has no negatives)."""
    benign = [(False, o.risk) for o in outcomes if o.label == "benign"]
    out: dict[str, Any] = {}
    for category in sorted({o.category for o in outcomes if o.label == "attack"}):
        attacks = [(True, o.risk) for o in outcomes if o.label == "attack" and o.category == category]
        curve = roc(attacks + benign)
        out[category] = {"auc": curve["auc"], "tpr_at_fpr": curve["tpr_at_fpr"]}
    return out
