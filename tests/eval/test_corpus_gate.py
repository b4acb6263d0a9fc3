"""CI gate: detection on our corpus must not regress against the committed baseline (corpus/baseline.json).

A category's TPR may not drop, nor its FPR rise, by more than one point. Updating the baseline is a
deliberate, reviewed commit: `infershield eval --input corpus --write-baseline corpus/baseline.json`.
The absolute targets (`infershield eval --input corpus --gate`) are reported in docs/evaluation.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from infershield.eval import gates, records
from infershield.eval.harness import run_all, summarize
from infershield.ml.engine import build_engine

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_no_category_regresses_against_the_baseline() -> None:
    loaded = records.load([CORPUS / "attacks", CORPUS / "benign", CORPUS / "scenarios"])
    assert loaded.errors == []
    assert len(loaded.records) >= 2_000
    assert len(loaded.scenarios) >= 50
    report = summarize(run_all(build_engine(), loaded))
    baseline = json.loads((CORPUS / "baseline.json").read_text(encoding="utf-8"))
    regressions, diff = gates.compare(report, baseline)
    assert regressions == [], "detection regressed:\n" + "\n".join(regressions) + "\nall changes:\n" + "\n".join(diff)
