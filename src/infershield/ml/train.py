"""Training a :class:`LinearModel` from examples: split, fit, calibrate, report.

The split is by a stable hash of each (whitespace- and case-normalized) text, so a duplicate never sits
on both sides: ``validation_fraction`` of the examples are held out. The model is fitted on the rest,
Platt-calibrated on the held-out part, and the report's numbers are on the held-out part only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from infershield.core.learned.features import FeatureSpec
from infershield.core.learned.model import LinearModel, attack_margin, calibrated
from infershield.ml.design import Design, build_design, split_key
from infershield.ml.examples import CLASSES, Example
from infershield.ml.optimize import FitConfig, all_logits, fit, platt

F64 = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """Everything that decides the weights; the defaults are the shipped model's."""

    spec: FeatureSpec = field(default_factory=FeatureSpec)
    fit: FitConfig = field(default_factory=FitConfig)
    window: int = 1024
    stride: int = 512
    validation_fraction: float = 0.15
    version: str = "ngram-v1"


@dataclass(frozen=True, slots=True)
class GroupScore:
    """Held-out figures for one group at ``threshold``."""

    group: str
    n: int
    flagged: int
    rate: float  # TPR for attack groups, FPR for benign groups
    attack: bool


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What training saw and how the model does on the held-out split."""

    train_rows: int
    validation_rows: int
    auc: float
    threshold: float
    groups: tuple[GroupScore, ...]
    losses: tuple[float, ...]


def auc(scores: F64, positive: npt.NDArray[np.bool_]) -> float:
    """Area under the ROC curve: the Mann-Whitney rank statistic, tied scores sharing their average rank."""
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    _values, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    average_rank = np.cumsum(counts) - (counts - 1) / 2.0  # 1-based ranks, ties averaged
    ranks = average_rank[inverse]
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def split(examples: list[Example], fraction: float) -> tuple[list[Example], list[Example]]:
    """(train, validation) by a stable hash of each text."""
    cut = int(fraction * 10_000)
    train = [e for e in examples if split_key(e.text) % 10_000 >= cut]
    validation = [e for e in examples if split_key(e.text) % 10_000 < cut]
    return train, validation


def example_scores(model: LinearModel, design: Design, count: int) -> F64:
    """Per example, the highest calibrated probability over its rows (max-pooling, as at run time)."""
    probability = calibrated(model, attack_margin(all_logits(model.weights, model.bias, design)))
    best = np.full(count, -1.0)
    np.maximum.at(best, design.example, probability)
    return best


def group_scores(examples: list[Example], scores: F64, threshold: float) -> tuple[GroupScore, ...]:
    groups: dict[str, list[int]] = {}
    for i, example in enumerate(examples):
        if scores[i] >= 0:
            groups.setdefault(example.group, []).append(i)
    result = []
    for group, members in sorted(groups.items()):
        flagged = int((scores[members] >= threshold).sum())
        is_attack = examples[members[0]].label != "benign"
        result.append(GroupScore(group, len(members), flagged, flagged / len(members), is_attack))
    return tuple(result)


def train(examples: list[Example], config: TrainConfig, *, threshold: float = 0.8,
          progress: Callable[[str], None] = lambda _message: None) -> tuple[LinearModel, TrainReport]:
    """Fit, calibrate and evaluate; see the module docstring."""
    train_part, held_out = split(examples, config.validation_fraction)
    progress(f"featurizing {len(train_part)} training and {len(held_out)} held-out examples")
    build = {"window": config.window, "stride": config.stride}
    train_design = build_design(train_part, config.spec, **build)
    held_design = build_design(held_out, config.spec, **build)
    losses: list[float] = []

    def on_epoch(epoch: int, loss: float) -> None:
        losses.append(round(loss, 5))
        progress(f"epoch {epoch}/{config.fit.epochs}: training loss {loss:.4f}")

    weights, bias = fit(train_design, config.spec.buckets, len(CLASSES), config.fit, on_epoch)
    model = LinearModel(weights, bias, CLASSES, config.spec, (1.0, 0.0), config.window, config.stride,
                        config.version)
    raw = example_scores(model, held_design, len(held_out))
    seen = raw >= 0
    margin = np.log(np.clip(raw[seen], 1e-12, 1 - 1e-12) / np.clip(1 - raw[seen], 1e-12, 1))
    is_attack = np.array([held_out[i].label != "benign" for i in np.flatnonzero(seen)], dtype=bool)
    a, b = platt(margin, is_attack) if is_attack.any() and (~is_attack).any() else (1.0, 0.0)
    model = LinearModel(weights, bias, CLASSES, config.spec, (a, b), config.window, config.stride, config.version)
    scores = example_scores(model, held_design, len(held_out))
    attack = np.array([e.label != "benign" for e in held_out], dtype=bool)
    report = TrainReport(train_design.rows, held_design.rows, round(auc(scores[seen], attack[seen]), 4),
                         threshold, group_scores(held_out, scores, threshold), tuple(losses))
    return model, report
