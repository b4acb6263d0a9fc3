"""What every command shares: building the policy from --policy / --preset, and failing with exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer

from infershield.config import load_policy
from infershield.core.engine import Engine
from infershield.core.policy import PRESET_THRESHOLDS, Policy
from infershield.errors import ConfigError
from infershield.ml.engine import build_engine

USAGE_ERROR = 2


def fail(message: str) -> NoReturn:
    """Print a one-line error on stderr and exit 2."""
    typer.echo(f"infershield: error: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)


def resolve_policy(policy_file: Path | None, preset: str | None) -> Policy:
    """The policy from a file, a preset, or the default; a preset overrides the file's threshold."""
    if preset is not None and preset not in PRESET_THRESHOLDS:
        fail(f"unknown preset {preset!r}; choose one of {', '.join(PRESET_THRESHOLDS)}")
    try:
        policy = load_policy(policy_file) if policy_file is not None else Policy.default()
    except ConfigError as exc:
        fail(f"{policy_file}: {exc}")
    if preset is not None:
        policy = policy.with_threshold(PRESET_THRESHOLDS[preset])
    return policy


def engine_for(policy_file: Path | None, preset: str | None, model: Path | None = None,
               second_stage: Path | None = None) -> Engine:
    """The engine every command uses: rules plus the learned model (unless the policy disables it)."""
    policy = resolve_policy(policy_file, preset)
    try:
        return build_engine(policy, model_path=model, second_stage=second_stage)
    except ConfigError as exc:
        fail(str(exc))
