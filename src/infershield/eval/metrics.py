"""Confusion counts, ROC sweeps and span-level precision/recall."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

FPR_POINTS = (0.005, 0.01, 0.02, 0.05)


@dataclass
class Confusion:
    """Counts for one slice of the data. Attacks are positives."""

    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0

    def add(self, attack: bool, flagged: bool) -> None:
        if attack:
            self.tp += flagged
            self.fn += not flagged
        else:
            self.fp += flagged
            self.tn += not flagged

    def as_dict(self) -> dict[str, Any]:
        n = self.tp + self.fp + self.tn + self.fn
        tpr = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        fpr = self.fp / (self.fp + self.tn) if self.fp + self.tn else None
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        f1 = (2 * precision * tpr / (precision + tpr)) if precision and tpr else (0.0 if tpr is not None else None)
        return {"n": n, "tp": self.tp, "fp": self.fp, "tn": self.tn, "fn": self.fn,
                "tpr": _round(tpr), "fpr": _round(fpr), "precision": _round(precision), "f1": _round(f1)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def roc(scores: Sequence[tuple[bool, int]]) -> dict[str, Any]:
    """ROC over integer risk thresholds: TPR at fixed FPRs, AUC, and the curve's points.

    ``scores`` holds (is_attack, risk) pairs; a record is flagged at threshold t when risk >= t.
    """
    positives = sum(1 for attack, _ in scores if attack)
    negatives = len(scores) - positives
    if not positives or not negatives:
        return {"auc": None, "tpr_at_fpr": {}, "points": []}
    points: list[tuple[float, float, int]] = []
    for threshold in range(101, -1, -1):
        tp = sum(1 for attack, risk in scores if attack and risk >= threshold)
        fp = sum(1 for attack, risk in scores if not attack and risk >= threshold)
        points.append((fp / negatives, tp / positives, threshold))
    auc = sum((x2 - x1) * (y1 + y2) / 2 for (x1, y1, _), (x2, y2, _) in itertools.pairwise(points))
    at_fpr = {f"{100 * target:g}%": max((tpr for fpr, tpr, _ in points if fpr <= target), default=0.0)
              for target in FPR_POINTS}
    return {"auc": round(auc, 4), "tpr_at_fpr": {k: round(v, 4) for k, v in at_fpr.items()},
            "points": [{"fpr": round(f, 4), "tpr": round(t, 4), "threshold": th} for f, t, th in points]}


@dataclass
class SpanCounts:
    """Span matches for one entity type: a predicted span is correct if it overlaps a gold span of that type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    support: int = 0

    def as_dict(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        recall = (self.support - self.fn) / self.support if self.support else None
        f1 = (2 * precision * recall / (precision + recall)) if precision and recall else None
        return {"precision": _round(precision), "recall": _round(recall), "f1": _round(f1), "support": self.support}


def count_spans(counts: dict[str, SpanCounts], gold: Iterable[tuple[str, int, int]],
                predicted: Iterable[tuple[str, int, int]]) -> None:
    """Add one record's gold and predicted (type, start, end) spans to ``counts``."""
    gold_list, predicted_list = list(gold), list(predicted)
    for kind, start, end in gold_list:
        entry = counts.setdefault(kind, SpanCounts())
        entry.support += 1
        if not any(k == kind and s < end and start < e for k, s, e in predicted_list):
            entry.fn += 1
    for kind, start, end in predicted_list:
        entry = counts.setdefault(kind, SpanCounts())
        if any(k == kind and s < end and start < e for k, s, e in gold_list):
            entry.tp += 1
        else:
            entry.fp += 1


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)
