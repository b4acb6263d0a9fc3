"""The learned classifier: a linear model over hashed n-grams, max-pooled over windows of long texts.

Scoring one window: ``logits = bias + (sum of weight rows of its n-gram buckets) / sqrt(number of n-grams)``.
The attack margin ``m = logsumexp(attack logits) - benign logit`` is calibrated with Platt scaling fitted on
held-out data at training time: ``p = sigmoid(a * m + b)``, so ``p`` is the probability that the window is
an attack on that validation data. A text's score is its most suspicious window's ``p`` (windows of
``window`` characters every ``stride``), which keeps an attack hidden in a long document visible and the cost
linear in the length. The model is a value; loading it from disk is someone else's job (``infershield.ml``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from infershield.core.learned.features import FeatureSpec, Occurrences, distinct_buckets, occurrences

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]

BENIGN = "benign"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True, eq=False)
class LinearModel:
    """Weights ``(buckets, classes)``, bias, class names (``classes[0]`` is ``benign``) and calibration."""

    weights: F32
    bias: F32
    classes: tuple[str, ...]
    spec: FeatureSpec
    calibration: tuple[float, float] = (1.0, 0.0)
    window: int = 1024
    stride: int = 512
    version: str = "untrained"
    columns: tuple[F32, ...] = field(init=False, repr=False)  # one contiguous weight column per class

    def __post_init__(self) -> None:
        if self.classes[:1] != (BENIGN,) or len(self.classes) < 2:
            raise ValueError("classes must start with 'benign' and name at least one attack class")
        if self.weights.shape != (self.spec.buckets, len(self.classes)) or self.bias.shape != (len(self.classes),):
            raise ValueError(f"weights {self.weights.shape} / bias {self.bias.shape} do not match the spec")
        if not 0 < self.stride <= self.window or self.window % self.stride:
            raise ValueError("stride must be in (0, window] and divide window")
        # gathering from one contiguous column per class is several times faster than gathering rows
        object.__setattr__(self, "columns", tuple(np.ascontiguousarray(self.weights[:, c])
                                                  for c in range(len(self.classes))))


@dataclass(frozen=True, slots=True)
class Prediction:
    """The most suspicious window of a text: calibrated attack probability, class and position."""

    probability: float
    label: str
    start: int
    end: int
    evidence: tuple[str, ...] = ()


def attack_margin(logits: F64) -> F64:
    """``logsumexp(attack logits) - benign logit`` per row of a ``(rows, classes)`` array."""
    attack = logits[:, 1:]
    top = attack.max(axis=1)
    result: F64 = top + np.log(np.exp(attack - top[:, None]).sum(axis=1)) - logits[:, 0]
    return result


def calibrated(model: LinearModel, margin: F64) -> F64:
    a, b = model.calibration
    result: F64 = 0.5 * (1.0 + np.tanh(0.5 * (a * margin + b)))  # the logistic function, without overflow
    return result


def window_bounds(length: int, window: int, stride: int) -> list[tuple[int, int]]:
    """Windows ``[start, end)`` covering ``[0, length)``; the last one ends exactly at ``length``."""
    if length <= window:
        return [(0, length)]
    bounds = [(start, start + window) for start in range(0, length - window, stride)]
    bounds.append((length - window, length))
    return bounds


def window_logits(model: LinearModel, found: Occurrences, length: int) -> tuple[F64, list[tuple[int, int]]]:
    """Logits ``(windows, classes)`` of each window; an n-gram belongs to the window its start is in."""
    bounds = window_bounds(length, model.window, model.stride)
    if len(bounds) == 1:
        scale = 1.0 / math.sqrt(max(len(found), 1))
        totals = [float(column.take(found.bucket).sum(dtype=np.float64)) * scale for column in model.columns]
        logits = model.bias.astype(np.float64) + np.asarray(totals)
        return logits[None, :], bounds
    # window k covers [k*stride, k*stride + window): an n-gram starting at p is in windows p//stride - j for
    # j < window//stride; the last window, aligned to the end of the text, is summed on its own
    regular = len(bounds) - 1
    gathered = [column.take(found.bucket) for column in model.columns]
    sums = np.zeros((len(bounds), len(gathered)))
    counts = np.zeros(len(bounds))
    base = found.start // model.stride
    for j in range(model.window // model.stride):
        k = base - j
        valid = (k >= 0) & (k < regular)
        kept = k[valid]
        counts[:regular] += np.bincount(kept, minlength=regular)
        for c, values in enumerate(gathered):
            sums[:regular, c] += np.bincount(kept, weights=values[valid], minlength=regular)
    tail = found.start >= bounds[-1][0]
    counts[regular] = tail.sum()
    for c, values in enumerate(gathered):
        sums[regular, c] = values[tail].sum(dtype=np.float64)
    logits = model.bias.astype(np.float64) + sums / np.sqrt(np.maximum(counts, 1.0))[:, None]
    return logits, bounds


def evidence(model: LinearModel, text: str, found: Occurrences, label: int, span: tuple[int, int],
             limit: int = 4) -> tuple[str, ...]:
    """The words (with their neighbours, as short phrases) in ``span`` that pushed hardest toward ``label``.

    Each n-gram's push (its weight for ``label`` minus its weight for benign) is credited to the word its
    start falls in; the strongest words are shown with the adjacent words that also pushed toward ``label``.
    """
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, span[0], span[1])]
    if not words:
        return ()
    inside = (found.start >= span[0]) & (found.start < span[1])
    push = model.weights[found.bucket[inside], label] - model.weights[found.bucket[inside], 0]
    starts = np.asarray([w[0] for w in words], dtype=np.int64)
    owner = np.clip(np.searchsorted(starts, found.start[inside], side="right") - 1, 0, len(words) - 1)
    credit = np.bincount(owner, weights=push.astype(np.float64), minlength=len(words))
    phrases: list[str] = []
    used: set[int] = set()
    for best in np.argsort(-credit, kind="stable").tolist():
        if credit[best] <= 0 or len(phrases) >= limit:
            break
        if best in used:
            continue
        lo = hi = best
        while lo > 0 and lo - 1 not in used and credit[lo - 1] > 0 and best - lo < 2:
            lo -= 1
        while hi + 1 < len(words) and hi + 1 not in used and credit[hi + 1] > 0 and hi - best < 2:
            hi += 1
        used.update(range(lo, hi + 1))
        phrases.append(" ".join(text[words[lo][0] : words[hi][1]].split()))
    return tuple(phrases)


def _predict_one_window(model: LinearModel, text: str) -> Prediction:
    """A text that fits one window, scored from its distinct buckets alone (no positions, no explanation)."""
    buckets = distinct_buckets(text, model.spec)
    scale = 1.0 / math.sqrt(max(buckets.shape[0], 1))
    totals = [float(column.take(buckets).sum(dtype=np.float64)) * scale for column in model.columns]
    logits = (model.bias.astype(np.float64) + np.asarray(totals))[None, :]
    probability = round(float(calibrated(model, attack_margin(logits))[0]), 4)
    return Prediction(probability, model.classes[1 + int(np.argmax(logits[0, 1:]))], 0, len(text))


def predict(model: LinearModel, text: str, *, explain_above: float = 2.0) -> Prediction:
    """Score ``text``: the calibrated attack probability of its most suspicious window.

    The phrases behind the score are worked out only when the probability reaches ``explain_above``.
    """
    if len(text) <= model.window and explain_above > 1.0:
        return _predict_one_window(model, text)
    found = occurrences(text, model.spec)
    logits, bounds = window_logits(model, found, len(text))
    probabilities = calibrated(model, attack_margin(logits))
    best = int(np.argmax(probabilities))
    label = 1 + int(np.argmax(logits[best, 1:]))
    span = bounds[best]
    probability = round(float(probabilities[best]), 4)
    why = evidence(model, text, found, label, span) if probability >= explain_above else ()
    return Prediction(probability, model.classes[label], span[0], span[1], why)
