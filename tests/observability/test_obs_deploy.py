"""Alert rules and the dashboard only use metrics the gateway defines; every alert has a runbook."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from infershield.observability.metrics import metric_names

ROOT = Path(__file__).resolve().parents[2]
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"
DASHBOARD = ROOT / "deploy" / "grafana" / "infershield.json"
RUNBOOKS = ROOT / "docs" / "runbooks.md"
METRIC = re.compile(r"\binfershield_[a-z0-9_]+\b")
DURATION = re.compile(r"^\d+[smhd]$")


def _rules() -> list[dict[str, Any]]:
    document = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    assert isinstance(document["groups"], list)
    return [rule for group in document["groups"] for rule in group["rules"]]


def _expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    return [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]


def test_alert_rules_have_the_prometheus_shape() -> None:
    rules = _rules()
    required = {"InfershieldHighBlockRate", "InfershieldHighErrorRate", "InfershieldHighP95Latency",
                "InfershieldCircuitBreakerOpen", "InfershieldRedisDegraded", "InfershieldAuditQueueDrops",
                "InfershieldPolicyReloadFailed", "InfershieldNoTraffic"}
    assert required <= {rule["alert"] for rule in rules}
    for rule in rules:
        assert set(rule) <= {"alert", "expr", "for", "labels", "annotations", "keep_firing_for"}, rule["alert"]
        assert isinstance(rule["expr"], str)
        assert rule["expr"].strip()
        assert rule["expr"].count("(") == rule["expr"].count(")"), rule["alert"]
        assert "for" not in rule or DURATION.match(rule["for"])
        assert rule["labels"]["severity"] in ("warning", "critical")
        assert rule["annotations"]["summary"]


def test_every_alert_has_a_runbook_section() -> None:
    headings = {line[3:].strip().lower() for line in RUNBOOKS.read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")}
    for rule in _rules():
        anchor = rule["annotations"]["runbook_url"].split("#", 1)[1]
        assert anchor == rule["alert"].lower(), rule["alert"]
        assert anchor in headings, rule["alert"]


@pytest.mark.parametrize("source", ["alerts", "dashboard"])
def test_every_metric_used_exists(source: str) -> None:
    known = metric_names()
    texts = [rule["expr"] for rule in _rules()] if source == "alerts" else _expressions()
    used = {name for text in texts for name in METRIC.findall(text)}
    assert used, "no metric found: the regex or the file is wrong"
    assert used <= known, sorted(used - known)


def test_dashboard_covers_every_metric_family() -> None:
    used = {name for text in _expressions() for name in METRIC.findall(text)}
    families = {re.sub(r"_(bucket|count|sum|total)$", "", name) for name in metric_names()}
    covered = {re.sub(r"_(bucket|count|sum|total)$", "", name) for name in used}
    assert families <= covered, sorted(families - covered)


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool is not installed")
def test_promtool_accepts_the_rules() -> None:
    result = subprocess.run(["promtool", "check", "rules", str(ALERTS)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
