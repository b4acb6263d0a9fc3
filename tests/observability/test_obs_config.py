"""INFERSHIELD_* environment overlay, *_FILE secrets, error messages, and `config show` masking."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from infershield.cli.main import app
from infershield.config.gateway import load_settings
from infershield.errors import ConfigError

UPSTREAM_KEY = "sk-upstream-secret-abcdef0123456789"
FILE = ("port: 8081\n"
        "providers:\n"
        f"  - {{name: up, type: openai, api_key: {UPSTREAM_KEY}, headers: {{X-Org: org-private-header}},\n"
        "     base_url: 'https://svc:pa55word-in-url@llm.internal/v1'}\n"
        "observability: {slow_request_ms: 900}\n")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "gateway.yaml"
    path.write_text(FILE, encoding="utf-8")
    return path


def test_environment_overrides_the_file_with_coercion(config: Path, tmp_path: Path) -> None:
    secret = tmp_path / "admin_token"
    secret.write_text("admin-token-from-a-file-0123\n", encoding="utf-8")
    env = {"INFERSHIELD_PORT": "9000", "INFERSHIELD_OBSERVABILITY__SLOW_REQUEST_MS": "500",
           "INFERSHIELD_OBSERVABILITY__TRACING__ENABLED": "true", "INFERSHIELD_PROVIDERS__0__API_KEY": "sk-env",
           "INFERSHIELD_ADMIN__TOKEN_FILE": str(secret), "INFERSHIELD_POLICY": '{"preset": "strict"}',
           "INFERSHIELD_CONFIG": "/ignored/because/it/is/the/file/path", "OTHER_PORT": "1"}
    settings = load_settings(config, env)
    assert settings.port == 9000
    assert settings.observability.slow_request_ms == 500.0
    assert settings.observability.tracing.enabled is True
    assert settings.providers[0].api_key == "sk-env"
    assert settings.providers[0].headers == {"X-Org": "org-private-header"}  # untouched siblings stay
    assert settings.admin.token == "admin-token-from-a-file-0123"
    assert settings.build_policy().block_threshold == 60
    assert load_settings(None, {"INFERSHIELD_PORT": "9001"}).port == 9001


def test_policy_file_setting_is_not_mistaken_for_a_file_secret(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("block_threshold: 42\n", encoding="utf-8")
    settings = load_settings(None, {"INFERSHIELD_POLICY_FILE": str(policy)})
    assert settings.policy_file == str(policy)
    assert settings.build_policy().block_threshold == 42


@pytest.mark.parametrize(
    ("env", "path", "fragments"),
    [
        ({"INFERSHIELD_PROT": "1"}, "INFERSHIELD_PROT", ["no setting 'prot'", "port", "unset the variable"]),
        ({"INFERSHIELD_OBSERVABILITY__SLOW_REQUEST_MS": "fast"}, "observability.slow_request_ms",
         ["valid number", "set by INFERSHIELD_OBSERVABILITY__SLOW_REQUEST_MS"]),
        ({"INFERSHIELD_PROVIDERS__3__API_KEY": "x"}, "INFERSHIELD_PROVIDERS__3__API_KEY", ["1 entries", "out of range"]),
        ({"INFERSHIELD_ADMIN__TOKEN_FILE": "/no/such/secret"}, "INFERSHIELD_ADMIN__TOKEN_FILE", ["cannot read"]),
        ({"INFERSHIELD_OBSERVABILITY__METRICS_TOKEN": "short"}, "observability.metrics_token",
         ["at least 16 characters", "secrets.token_urlsafe"]),
        ({"INFERSHIELD_ROUTES": "[not json"}, "INFERSHIELD_ROUTES", ["does not parse"]),
    ],
)
def test_errors_name_the_field_and_the_fix(config: Path, env: dict[str, str], path: str,
                                           fragments: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(config, env)
    problem = info.value.problems[0]
    assert problem.path == path
    for fragment in fragments:
        assert fragment in problem.message


def test_inline_policy_and_policy_file_are_exclusive(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="either policy"):
        load_settings(None, {"INFERSHIELD_POLICY_FILE": str(tmp_path / "p.yaml"), "INFERSHIELD_POLICY": '{"preset": "strict"}'})


def test_config_show_masks_secrets(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFERSHIELD_ADMIN__TOKEN", "admin-token-from-env-0123456")
    monkeypatch.setenv("INFERSHIELD_OBSERVABILITY__METRICS_TOKEN", "metrics-token-from-env-0123")
    result = CliRunner().invoke(app, ["config", "show", "--config", str(config)])
    assert result.exit_code == 0, result.output
    for secret in (UPSTREAM_KEY, "org-private-header", "pa55word-in-url", "admin-token-from-env",
                   "metrics-token-from-env"):
        assert secret not in result.output
    shown = yaml.safe_load(result.output)
    assert shown["port"] == 8081
    assert shown["observability"]["slow_request_ms"] == 900
    assert shown["providers"][0]["api_key"] == "****"
    assert shown["providers"][0]["base_url"] == "https://svc:****@llm.internal/v1"
    assert shown["admin"]["token"] == "****"


def test_config_show_reports_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFERSHIELD_PORT", "not-a-port")
    result = CliRunner().invoke(app, ["config", "show"])
    assert result.exit_code == 2
    assert "INFERSHIELD_PORT" in result.output
