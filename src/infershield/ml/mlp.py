"""A small second-stage network on the same hashed n-grams, trained with NumPy and exported to ONNX.

``h0 = scale * sum(E[buckets])`` (an embedding bag, ``dim`` wide), ``h1 = relu(h0 W1 + b1)``,
``logits = h1 W2 + b2``. The embedding gradient touches only the buckets of a batch (sorted and summed with
``reduceat``), and the embedding uses a lazy Adam on those rows, so an epoch stays a few seconds.
The export needs the ``onnx`` package (a development dependency); running it needs only onnxruntime.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from infershield.core.learned.features import FeatureSpec
from infershield.core.learned.model import attack_margin
from infershield.ml.design import Batch, Design, build_design
from infershield.ml.examples import CLASSES, Example
from infershield.ml.onnx_stage import CALIBRATION_KEY, SPEC_KEY
from infershield.ml.optimize import adam_step, platt
from infershield.ml.train import TrainConfig, split

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class MlpConfig:
    dim: int = 32
    hidden: int = 32
    epochs: int = 4
    batch: int = 256
    learning_rate: float = 0.01
    seed: int = 7


@dataclass(frozen=True, slots=True, eq=False)
class MlpWeights:
    embedding: F32
    w1: F32
    b1: F32
    w2: F32
    b2: F32


def forward(weights: MlpWeights, design: Design, rows: npt.NDArray[np.int64]) -> tuple[F64, F64, F64]:
    """(h0, h1, logits) for ``rows``."""
    return _forward(weights, design, design.batch(rows))


def _forward(weights: MlpWeights, design: Design, batch: Batch) -> tuple[F64, F64, F64]:
    gathered = weights.embedding[batch.index].astype(np.float64)
    h0: F64 = np.add.reduceat(gathered, batch.starts, axis=0) * design.norm[batch.rows, None]
    h1: F64 = np.maximum(h0 @ weights.w1 + weights.b1, 0.0)
    logits: F64 = h1 @ weights.w2 + weights.b2
    return h0, h1, logits


def fit_mlp(design: Design, buckets: int, classes: int, config: MlpConfig) -> MlpWeights:
    """Class-balanced cross-entropy, Adam (lazy on the embedding rows a batch touches)."""
    rng = np.random.default_rng(config.seed)
    params = {"embedding": (rng.normal(0, 0.05, (buckets, config.dim))).astype(np.float32),
              "w1": (rng.normal(0, 1 / np.sqrt(config.dim), (config.dim, config.hidden))).astype(np.float32),
              "b1": np.zeros(config.hidden, np.float32),
              "w2": (rng.normal(0, 1 / np.sqrt(config.hidden), (config.hidden, classes))).astype(np.float32),
              "b2": np.zeros(classes, np.float32)}
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    totals = np.bincount(design.label, weights=design.weight, minlength=classes)
    row_weight = design.weight * (totals.sum() / (classes * np.maximum(totals, 1e-9)))[design.label]
    step = 0
    for _epoch in range(config.epochs):
        order_of_rows = rng.permutation(design.rows)
        for start in range(0, design.rows, config.batch):
            rows = order_of_rows[start : start + config.batch]
            batch = design.batch(rows)
            h0, h1, logits = _forward(MlpWeights(**params), design, batch)
            logits -= logits.max(axis=1, keepdims=True)
            probs = np.exp(logits)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(rows.shape[0]), design.label[rows]] -= 1.0
            d_logits = probs * (row_weight[rows] / rows.shape[0])[:, None]
            d_h1 = (d_logits @ params["w2"].T) * (h1 > 0)
            d_h0 = d_h1 @ params["w1"].T
            grads = {"w2": h1.T @ d_logits, "b2": d_logits.sum(axis=0), "w1": h0.T @ d_h1, "b1": d_h1.sum(axis=0)}
            owner = batch.owner
            per_occurrence = d_h0[owner] * design.norm[rows][owner, None]
            order = np.argsort(batch.index, kind="stable")
            sorted_index = batch.index[order]
            first = np.flatnonzero(np.r_[True, sorted_index[1:] != sorted_index[:-1]])
            touched = sorted_index[first]
            grad_rows = np.add.reduceat(per_occurrence[order], first, axis=0)
            step += 1
            for name, grad in grads.items():
                adam_step(params[name], np.asarray(grad, np.float32), moments[name], step, config.learning_rate)
            m, v = moments["embedding"]
            sub = params["embedding"][touched]
            m_sub, v_sub = m[touched], v[touched]
            adam_step(sub, grad_rows.astype(np.float32), (m_sub, v_sub), step, config.learning_rate)
            params["embedding"][touched], m[touched], v[touched] = sub, m_sub, v_sub
    return MlpWeights(**params)


def export_onnx(weights: MlpWeights, spec: FeatureSpec, calibration: tuple[float, float], path: Path) -> None:
    """Write the network as an ONNX model following :mod:`infershield.ml.onnx_stage`'s contract."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits = [numpy_helper.from_array(np.asarray(value, np.float32), name)
             for name, value in (("embedding", weights.embedding), ("w1", weights.w1), ("b1", weights.b1),
                                 ("w2", weights.w2), ("b2", weights.b2))]
    inits.append(numpy_helper.from_array(np.array([0], np.int64), "axis0"))
    inits.append(numpy_helper.from_array(np.array([1, -1], np.int64), "row"))
    nodes = [
        helper.make_node("Gather", ["embedding", "buckets"], ["rows"], axis=0),
        helper.make_node("ReduceSum", ["rows", "axis0"], ["bag"], keepdims=0),
        helper.make_node("Mul", ["bag", "scale"], ["h0_flat"]),
        helper.make_node("Reshape", ["h0_flat", "row"], ["h0"]),
        helper.make_node("MatMul", ["h0", "w1"], ["z1"]),
        helper.make_node("Add", ["z1", "b1"], ["a1"]),
        helper.make_node("Relu", ["a1"], ["h1"]),
        helper.make_node("MatMul", ["h1", "w2"], ["z2"]),
        helper.make_node("Add", ["z2", "b2"], ["logits"]),
    ]
    graph = helper.make_graph(
        nodes, "infershield_second_stage",
        [helper.make_tensor_value_info("buckets", TensorProto.INT64, ["n"]),
         helper.make_tensor_value_info("scale", TensorProto.FLOAT, [1])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, weights.w2.shape[1]])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="infershield")
    model.ir_version = 8
    helper.set_model_props(model, {
        SPEC_KEY: json.dumps({"char_ngrams": list(spec.char_ngrams), "word_ngrams": list(spec.word_ngrams),
                              "hash_bits": spec.hash_bits}),
        CALIBRATION_KEY: json.dumps(list(calibration)),
    })
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))


def train_second_stage(examples: list[Example], config: TrainConfig, mlp: MlpConfig) -> tuple[MlpWeights, tuple[float, float]]:
    """Fit the network on the same split and features as the fast model; Platt-calibrate on the held-out part."""
    train_part, held_out = split(examples, config.validation_fraction)
    build = {"window": config.window, "stride": config.stride}
    weights = fit_mlp(build_design(train_part, config.spec, **build), config.spec.buckets, len(CLASSES), mlp)
    held = build_design(held_out, config.spec, **build)
    _h0, _h1, logits = forward(weights, held, np.arange(held.rows))
    is_attack = held.label != 0
    calibration = platt(attack_margin(logits), is_attack) if is_attack.any() and (~is_attack).any() else (1.0, 0.0)
    return weights, calibration
