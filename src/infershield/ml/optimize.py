"""Fitting the linear model: multinomial logistic regression with Adam on the sparse design, then Platt.

Plain NumPy: gradients of a mini-batch are ``bincount`` sums over its hashed buckets, so an epoch over
30,000 rows takes a few seconds on one core. Everything is seeded; the same data gives the same weights.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from infershield.ml.design import Batch, Design

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class FitConfig:
    """Optimiser settings. ``l2`` is per-row-averaged weight decay; ``class_balance`` equalises classes."""

    epochs: int = 8
    batch: int = 256
    learning_rate: float = 0.05
    l2: float = 1e-6
    seed: int = 7
    class_balance: bool = True


def batch_logits(weights: F32, bias: F32, design: Design, rows: npt.NDArray[np.int64]) -> F64:
    """Logits ``(len(rows), classes)`` of the given rows."""
    return _logits(weights, bias, design, design.batch(rows))


def _logits(weights: F32, bias: F32, design: Design, batch: Batch) -> F64:
    gathered = weights[batch.index].astype(np.float64)
    owner, size = batch.owner, batch.rows.shape[0]
    sums = np.stack([np.bincount(owner, weights=gathered[:, c], minlength=size)
                     for c in range(weights.shape[1])], axis=1)
    result: F64 = bias.astype(np.float64) + sums * design.norm[batch.rows, None]
    return result


def adam_step(param: F32, grad: F32, moments: tuple[F32, F32], step: int, rate: float,
              beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8) -> None:
    """One Adam update of ``param`` in place (its first and second moments updated in place too)."""
    m, v = moments
    m *= beta1
    m += (1 - beta1) * grad
    v *= beta2
    v += (1 - beta2) * grad * grad
    m_hat = m / (1 - beta1**step)
    v_hat = v / (1 - beta2**step)
    param -= (rate * m_hat / (np.sqrt(v_hat) + eps)).astype(np.float32)


def all_logits(weights: F32, bias: F32, design: Design, chunk: int = 4096) -> F64:
    parts = [batch_logits(weights, bias, design, np.arange(i, min(i + chunk, design.rows)))
             for i in range(0, design.rows, chunk)]
    return np.vstack(parts) if parts else np.zeros((0, weights.shape[1]))


def _row_weights(design: Design, classes: int, balance: bool) -> F64:
    weights = design.weight.astype(np.float64)
    if balance:
        totals = np.bincount(design.label, weights=weights, minlength=classes)
        scale = np.where(totals > 0, weights.sum() / (classes * np.maximum(totals, 1e-9)), 0.0)
        weights = weights * scale[design.label]
    result: F64 = weights / weights.mean()
    return result


def fit(design: Design, buckets: int, classes: int, config: FitConfig,
        progress: Callable[[int, float], None] | None = None) -> tuple[F32, F32]:
    """Weights ``(buckets, classes)`` and bias fitted to ``design``."""
    rng = np.random.default_rng(config.seed)
    weights = np.zeros((buckets, classes), dtype=np.float32)
    bias = np.zeros(classes, dtype=np.float32)
    m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
    m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
    row_weight = _row_weights(design, classes, config.class_balance)
    step = 0
    for epoch in range(config.epochs):
        rate = config.learning_rate * (1.0 - 0.9 * epoch / max(config.epochs, 1))  # linear decay to 10 %
        order = rng.permutation(design.rows)
        total = 0.0
        for start in range(0, design.rows, config.batch):
            rows = order[start : start + config.batch]
            batch = design.batch(rows)
            logits = _logits(weights, bias, design, batch)
            logits -= logits.max(axis=1, keepdims=True)
            probs = np.exp(logits)
            probs /= probs.sum(axis=1, keepdims=True)
            target = design.label[rows]
            total += float(-(np.log(probs[np.arange(rows.shape[0]), target] + 1e-12) * row_weight[rows]).sum())
            error = probs
            error[np.arange(rows.shape[0]), target] -= 1.0
            error *= (row_weight[rows] / rows.shape[0])[:, None]
            owner = batch.owner
            scaled = error * design.norm[rows, None]
            grad_w = np.stack([np.bincount(batch.index, weights=scaled[owner, c], minlength=buckets)
                               for c in range(classes)], axis=1).astype(np.float32)
            grad_w += np.float32(config.l2) * weights
            grad_b = error.sum(axis=0).astype(np.float32)
            step += 1
            adam_step(weights, grad_w, (m_w, v_w), step, rate)
            adam_step(bias, grad_b, (m_b, v_b), step, rate)
        if progress is not None:
            progress(epoch + 1, total / max(design.rows, 1))
    return weights, bias


def platt(margin: F64, is_attack: npt.NDArray[np.bool_], iterations: int = 100) -> tuple[float, float]:
    """``(a, b)`` minimising log-loss of ``sigmoid(a * margin + b)`` (Newton's method, Platt's targets)."""
    positives, negatives = float(is_attack.sum()), float((~is_attack).sum())
    target = np.where(is_attack, (positives + 1) / (positives + 2), 1 / (negatives + 2))
    a, b = 1.0, 0.0
    for _ in range(iterations):
        p = 0.5 * (1.0 + np.tanh(0.5 * (a * margin + b)))  # the logistic function, without overflow
        g = p - target
        w = np.maximum(p * (1 - p), 1e-12)
        grad = np.array([(g * margin).sum(), g.sum()])
        hess = np.array([[(w * margin * margin).sum() + 1e-9, (w * margin).sum()],
                         [(w * margin).sum(), w.sum() + 1e-9]])
        delta = np.linalg.solve(hess, grad)
        delta *= min(1.0, 5.0 / max(float(np.abs(delta).max()), 1e-12))  # damped: separable data must not diverge
        a, b = a - float(delta[0]), b - float(delta[1])
        if np.abs(delta).max() < 1e-9:
            break
    return a, b
