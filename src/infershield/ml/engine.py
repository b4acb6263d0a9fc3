"""Building an :class:`Engine` with the learned layer: the one place that loads model weights."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from infershield.core.engine import Engine
from infershield.core.learned.model import LinearModel
from infershield.core.policy import Policy
from infershield.core.registry import Artifacts
from infershield.core.scanners.learned import LearnedScanner
from infershield.ml import weights_io
from infershield.ml.onnx_stage import OnnxSecondOpinion


@cache
def shipped_model() -> LinearModel:
    """The packaged model, loaded once per process (about 1 MB of float16 weights)."""
    return weights_io.load_shipped()


@cache
def _model_at(path: Path) -> LinearModel:
    return weights_io.load(path)


@cache
def _second_stage_at(path: Path) -> OnnxSecondOpinion:
    return OnnxSecondOpinion(path)


def artifacts_for(policy: Policy, model_path: Path | None = None, second_stage: Path | None = None) -> Artifacts:
    """What ``policy`` needs: the learned model (and the optional ONNX grey-zone stage) unless the policy
    disables the ``learned`` scanner. Each file is loaded once per process."""
    if not policy.scanner_enabled(LearnedScanner.name):
        return Artifacts()
    model = _model_at(model_path.resolve()) if model_path is not None else shipped_model()
    second = _second_stage_at(second_stage.resolve()) if second_stage is not None else None
    return Artifacts(learned=model, second_opinion=second)


def build_engine(policy: Policy | None = None, *, model_path: Path | None = None,
                 second_stage: Path | None = None) -> Engine:
    """An engine with the rules and, unless the policy disables it, the learned model (and second stage)."""
    policy = policy if policy is not None else Policy.default()
    return Engine(policy, artifacts_for(policy, model_path, second_stage))
