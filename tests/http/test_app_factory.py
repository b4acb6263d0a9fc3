"""The factory uvicorn calls: settings from INFERSHIELD_CONFIG, and the engine warmed up before serving."""

from __future__ import annotations

from pathlib import Path

import pytest

from infershield.http.factory import CONFIG_ENV, WARM_UP_TEXTS, app_from_environment


def test_the_factory_reads_the_config_and_warms_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "gateway.yaml"
    config.write_text(f"database_url: 'sqlite+aiosqlite:///{tmp_path / 'g.db'}'\nstream_holdback_chars: 32\n",
                      encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(config))
    app = app_from_environment()
    state = app.state.gateway
    assert state.settings.stream_holdback_chars == 32
    engine = state.guard.engine
    assert len(engine._scanned) == len(WARM_UP_TEXTS)  # scanned once each: the matchers are built
    verdict = engine.scan_text(WARM_UP_TEXTS[1])
    assert verdict.action.value == "block"
