"""The gateway builds every engine (startup, hot reload, tenant policies) with the learned layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from infershield.config.gateway import settings_from_mapping
from infershield.config.policy import policy_from_mapping
from infershield.errors import ConfigError
from infershield.http.engines import engine_for
from infershield.http.reload import _build_engine


def _scanner_names(engine: object) -> set[str]:
    return {s.name for s in getattr(engine, "_other_scanners", [])}


def test_startup_and_reload_engines_include_the_learned_model(tmp_path: Path) -> None:
    settings = settings_from_mapping({})
    assert "learned" in _scanner_names(engine_for(settings, settings.build_policy()))
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("preset: strict\n", encoding="utf-8")
    reloaded = _build_engine(settings, policy_file)
    assert "learned" in _scanner_names(reloaded)
    assert reloaded.policy.block_threshold == 60


def test_a_policy_can_switch_the_learned_layer_off() -> None:
    settings = settings_from_mapping({"policy": {"scanners": {"disabled": ["learned"]}}})
    assert "learned" not in _scanner_names(engine_for(settings, settings.build_policy()))


def test_model_files_come_from_the_settings(tmp_path: Path) -> None:
    settings = settings_from_mapping({"learned": {"model": str(tmp_path / "missing.npz")}})
    with pytest.raises(ConfigError, match="cannot load"):
        engine_for(settings, settings.build_policy())


@pytest.mark.parametrize("zone", [[0.9, 0.3], [-0.1, 0.5], [0.2, 1.5]])
def test_the_grey_zone_must_be_an_interval_of_probabilities(zone: list[float]) -> None:
    with pytest.raises(ConfigError, match="learned_grey_zone"):
        policy_from_mapping({"learned_grey_zone": zone})
