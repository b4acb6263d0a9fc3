"""The one way the gateway builds an engine: rules + the learned layer as the settings describe it."""

from __future__ import annotations

from pathlib import Path

from infershield.config.gateway import GatewaySettings
from infershield.core.engine import Engine
from infershield.core.policy import Policy
from infershield.ml.engine import build_engine


def engine_for(settings: GatewaySettings, policy: Policy) -> Engine:
    """Used at startup, on policy hot reload and for tenant policies, so all three see the same model."""
    files = settings.learned
    return build_engine(policy, model_path=Path(files.model) if files.model else None,
                        second_stage=Path(files.second_stage) if files.second_stage else None)
