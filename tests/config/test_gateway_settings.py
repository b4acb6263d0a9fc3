from pathlib import Path

import pytest

from infershield.config.gateway import load_settings, settings_from_mapping
from infershield.errors import ConfigError

SHA = "a" * 64


def test_defaults_are_zero_configuration() -> None:
    settings = load_settings(None)
    assert (settings.host, settings.port, settings.mode, settings.auth.mode) == ("127.0.0.1", 8080, "enforce", "none")
    assert settings.providers == []
    assert settings.build_policy().block_threshold == 80


def test_full_file_with_environment_references(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UPSTREAM_KEY", "sk-from-env")
    path = tmp_path / "gateway.yaml"
    path.write_text(
        "port: 9000\nmode: monitor\nblock_mode: refusal\n"
        "providers:\n  - {name: local, type: openai_compatible, base_url: 'http://127.0.0.1:9001/v1',"
        " api_key: '${UPSTREAM_KEY}', retry: {max_attempts: 2}}\n"
        "routes:\n  - {match: 'gpt-*', providers: [local]}\n"
        f"auth: {{mode: keys, keys: [{{name: a, sha256: {SHA}}}]}}\n"
        "policy: {preset: strict}\n",
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.providers[0].api_key == "sk-from-env"
    assert settings.providers[0].retry.max_attempts == 2
    assert settings.routes[0].match == "gpt-*"
    assert settings.build_policy().block_threshold == 60


@pytest.mark.parametrize(
    ("document", "paths"),
    [
        ({"port": 0}, ["port"]),
        ({"mode": "yolo"}, ["mode"]),
        ({"auth": {"mode": "keys"}}, ["auth"]),
        ({"auth": {"mode": "keys", "keys": [{"name": "a", "sha256": "plaintext-key"}]}}, ["auth.keys.0.sha256"]),
        ({"routes": [{"match": "*", "providers": ["ghost"]}]}, [""]),
        ({"providers": [{"name": "a", "type": "openai"}, {"name": "a", "type": "openai"}]}, [""]),
        ({"providers": [{"name": "a", "type": "openai", "api_key": "${NOT_SET_ANYWHERE_42}"}]}, ["providers[0].api_key"]),
        ({"policy": {"block_threshold": 500}}, ["policy.block_threshold"]),
        ({"surprise": True}, ["surprise"]),
        ([1], [""]),
    ],
)
def test_invalid_settings_name_the_field(document: object, paths: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        settings_from_mapping(document)
    assert [p.path for p in info.value.problems] == paths


def test_unreadable_and_invalid_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("port: [1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_settings(bad)
