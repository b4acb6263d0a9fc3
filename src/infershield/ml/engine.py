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


@cache
def shipped_model() -> LinearModel:
    """The packaged model, loaded once per process (about 1 MB of float16 weights)."""
    return weights_io.load_shipped()


def artifacts_for(policy: Policy, model_path: Path | None = None) -> Artifacts:
    """What ``policy`` needs: the learned model unless the policy disables the ``learned`` scanner."""
    if not policy.scanner_enabled(LearnedScanner.name):
        return Artifacts()
    return Artifacts(learned=weights_io.load(model_path) if model_path is not None else shipped_model())


def build_engine(policy: Policy | None = None, *, model_path: Path | None = None) -> Engine:
    """An engine with the rules and, unless the policy disables it, the learned model."""
    policy = policy if policy is not None else Policy.default()
    return Engine(policy, artifacts_for(policy, model_path))
