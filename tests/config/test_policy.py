from pathlib import Path

import pytest

from infershield.config import load_policy, policy_from_mapping
from infershield.core.types import KindAction
from infershield.errors import ConfigError


def test_empty_document_is_the_default_policy() -> None:
    policy = policy_from_mapping(None)
    assert policy.block_threshold == 80
    assert policy.action_for("pii.EMAIL_ADDRESS") is KindAction.REDACT


def test_full_policy(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(
        "preset: strict\n"
        "actions: {pii.IP_ADDRESS: log, secret: block}\n"
        "scanners: {disabled: [sql, shell]}\n"
        "allow_list: ['1 Infinite Loop']\n"
        "deny_list: [nightingale]\n"
        "custom_pii:\n"
        "  - {name: EMPLOYEE_ID, pattern: 'EMP-[0-9]{6}', score: 0.8, validator: luhn, context: [employee]}\n"
        "cross_step: {window: 20}\n",
        encoding="utf-8",
    )
    policy = load_policy(path)
    assert policy.block_threshold == 60
    assert policy.action_for("pii.IP_ADDRESS") is KindAction.LOG
    assert policy.action_for("secret.github_token") is KindAction.BLOCK
    assert policy.enabled_scanners is not None
    assert "sql" not in policy.enabled_scanners
    assert "pii" in policy.enabled_scanners
    assert policy.custom_pii[0].name == "EMPLOYEE_ID"
    assert policy.custom_pii[0].context == ("employee",)
    assert policy.cross_step_window == 20


@pytest.mark.parametrize(
    ("document", "paths"),
    [
        ({"block_threshold": 150}, ["block_threshold"]),
        ({"preset": "paranoid"}, ["preset"]),
        ({"preset": "strict", "block_threshold": 70}, [""]),
        ({"actions": {"pii": "delete"}}, ["actions.pii"]),
        ({"actions": {"weather": "block"}}, ["actions.weather"]),
        ({"scanners": {"enabled": ["pii", "telepathy"]}}, ["scanners.enabled[1]"]),
        ({"custom_pii": [{"name": "X", "pattern": "(unclosed"}]}, ["custom_pii[0].pattern"]),
        ({"custom_pii": [{"name": "X", "pattern": "a", "validator": "astrology"}]}, ["custom_pii[0].validator"]),
        ({"custom_pii": [{"name": "lower", "pattern": "a"}]}, ["custom_pii.0.name"]),
        ({"surprise": 1, "block_threshold": "high"}, ["surprise", "block_threshold"]),
        ([1, 2], [""]),
    ],
)
def test_every_problem_is_reported_with_its_path(document: object, paths: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        policy_from_mapping(document)
    assert sorted(p.path for p in info.value.problems) == sorted(paths)


def test_invalid_yaml_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [1, 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_policy(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_policy(tmp_path / "missing.yaml")
