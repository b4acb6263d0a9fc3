"""The grey-zone second stage: a local ONNX model run with onnxruntime, one thread, loaded once.

Model contract (what ``infershield train --second-stage`` exports, and what a model of your own must offer):

* input ``buckets``: int64 ``[N]``, the hashed n-gram buckets of the window
  (:func:`infershield.core.learned.features.occurrences` with the spec below);
* input ``scale``: float32 ``[1]``, ``1 / sqrt(N)``;
* output ``logits``: float32 ``[1, C]`` with class 0 = benign;
* metadata ``infershield.spec`` (JSON: ``char_ngrams``, ``word_ngrams``, ``hash_bits``) and
  ``infershield.calibration`` (JSON ``[a, b]``: ``p = sigmoid(a * margin + b)``).

onnxruntime is an optional dependency (``pip install 'infershield[onnx]'``); it is imported only when a model
is loaded. The path comes from the operator (``learned.second_stage`` in the gateway settings, or
``build_engine(second_stage=...)``); nothing is downloaded.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from infershield.core.learned.features import FeatureSpec, occurrences
from infershield.core.learned.model import attack_margin
from infershield.errors import ConfigError, ConfigProblem

SPEC_KEY = "infershield.spec"
CALIBRATION_KEY = "infershield.calibration"


def _problem(message: str) -> ConfigError:
    return ConfigError([ConfigProblem("learned.second_stage", message)])


class OnnxSecondOpinion:
    """Scores a window with an ONNX model that follows the contract in the module docstring."""

    def __init__(self, path: Path) -> None:
        try:
            import onnxruntime
        except ImportError as exc:
            raise _problem("onnxruntime is not installed; pip install 'infershield[onnx]'") from exc
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one core per worker; more threads on a pinned core are far slower
        options.inter_op_num_threads = 1
        try:
            self._session: Any = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
            meta = self._session.get_modelmeta().custom_metadata_map
            spec = json.loads(meta[SPEC_KEY])
            self.spec = FeatureSpec(tuple(spec["char_ngrams"]), tuple(spec["word_ngrams"]), int(spec["hash_bits"]))
            a, b = json.loads(meta.get(CALIBRATION_KEY, "[1.0, 0.0]"))
        except Exception as exc:  # onnxruntime raises its own error types for unreadable or foreign models
            raise _problem(f"cannot load the second-stage model {path}: {exc}") from exc
        names = {i.name for i in self._session.get_inputs()}
        if names != {"buckets", "scale"}:
            raise _problem(f"{path}: inputs must be 'buckets' and 'scale', found {sorted(names)}")
        self.calibration = (float(a), float(b))
        self.name = f"onnx:{path.name}"

    def probability(self, text: str) -> float:
        buckets = occurrences(text, self.spec).bucket
        if buckets.shape[0] == 0:
            return 0.0
        scale = np.array([1.0 / math.sqrt(buckets.shape[0])], dtype=np.float32)
        logits = self._session.run(["logits"], {"buckets": buckets.astype(np.int64), "scale": scale})[0]
        margin = float(attack_margin(np.asarray(logits, dtype=np.float64).reshape(1, -1))[0])
        a, b = self.calibration
        return 0.5 * (1.0 + math.tanh(0.5 * (a * margin + b)))
