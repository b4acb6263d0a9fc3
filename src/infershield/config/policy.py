"""Policy files: YAML validated into the frozen :class:`~infershield.core.policy.Policy`.

Example::

    preset: strict              # or block_threshold: 70
    actions: {pii: redact, pii.IP_ADDRESS: log, secret: block}
    scanners: {disabled: [sql]}  # or enabled: [...]
    allow_list: ["1 Infinite Loop"]
    deny_list: ["project nightingale"]
    custom_pii:
      - {name: EMPLOYEE_ID, pattern: "EMP-\\d{6}", score: 0.8, context: [employee]}
    scan_system_prompts: false

Every problem is reported with its path (``custom_pii[0].validator``) in a :class:`ConfigError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import re2
import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from infershield.core.policy import DEFAULT_KIND_ACTIONS, PRESET_THRESHOLDS, CustomPiiType, Policy
from infershield.core.registry import SCANNERS
from infershield.core.scanners.pii_validators import VALIDATORS
from infershield.core.types import KindAction
from infershield.errors import ConfigError, ConfigProblem


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScannersModel(_Strict):
    enabled: list[str] | None = None
    disabled: list[str] = Field(default_factory=list)


class CustomPiiModel(_Strict):
    name: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    pattern: str = Field(min_length=1)
    score: float = Field(default=0.7, ge=0.0, le=1.0)
    validator: str | None = None
    context: list[str] = Field(default_factory=list)


class CrossStepModel(_Strict):
    window: int = Field(default=10, ge=2, le=1000)


class PolicyModel(_Strict):
    preset: Literal["strict", "balanced", "permissive"] | None = None
    block_threshold: int | None = Field(default=None, ge=1, le=100)
    actions: dict[str, Literal["block", "redact", "log"]] = Field(default_factory=dict)
    scanners: ScannersModel = Field(default_factory=ScannersModel)
    allow_list: list[str] = Field(default_factory=list)
    deny_list: list[str] = Field(default_factory=list)
    custom_pii: list[CustomPiiModel] = Field(default_factory=list)
    scan_system_prompts: bool = False
    redact_min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    learned_min_score: float = Field(default=0.5, ge=0.0, le=1.0,
                                     description="calibrated probability from which the learned model reports")
    learned_grey_zone: tuple[float, float] = Field(
        default=(0.3, 0.9), description="fast-model probabilities [low, high) that a second stage re-scores")
    max_input_chars: int = Field(default=1_000_000, ge=1, le=50_000_000)
    cross_step: CrossStepModel = Field(default_factory=CrossStepModel)

    @model_validator(mode="after")
    def _one_threshold_source(self) -> PolicyModel:
        if self.preset is not None and self.block_threshold is not None:
            raise ValueError("set either preset or block_threshold, not both")
        low, high = self.learned_grey_zone
        if not 0.0 <= low <= high <= 1.0:
            raise ValueError("learned_grey_zone must be [low, high] with 0 <= low <= high <= 1")
        return self


def _semantic_problems(model: PolicyModel) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []
    known = set(SCANNERS)
    for field in ("enabled", "disabled"):
        for i, name in enumerate(getattr(model.scanners, field) or []):
            if name not in known:
                problems.append(ConfigProblem(f"scanners.{field}[{i}]",
                                              f"unknown scanner {name!r}; known: {', '.join(sorted(known))}"))
    families = {kind.split(".")[0] for kind in DEFAULT_KIND_ACTIONS}
    for kind in model.actions:
        if kind.split(".")[0] not in families:
            problems.append(ConfigProblem(f"actions.{kind}",
                                          f"unknown finding kind; families: {', '.join(sorted(families))}"))
    for i, custom in enumerate(model.custom_pii):
        try:
            regex.compile(custom.pattern)
            re2.compile(custom.pattern)
        except Exception as exc:  # both libraries raise their own error types
            problems.append(ConfigProblem(f"custom_pii[{i}].pattern", f"not a valid RE2 regular expression: {exc}"))
        if custom.validator is not None and custom.validator not in VALIDATORS:
            problems.append(ConfigProblem(f"custom_pii[{i}].validator",
                                          f"unknown validator {custom.validator!r}; "
                                          f"known: {', '.join(sorted(VALIDATORS))}"))
    return problems


def _to_policy(model: PolicyModel) -> Policy:
    threshold = model.block_threshold or PRESET_THRESHOLDS[model.preset or "balanced"]
    actions = dict(DEFAULT_KIND_ACTIONS)
    actions.update({kind: KindAction(value) for kind, value in model.actions.items()})
    enabled = set(model.scanners.enabled) if model.scanners.enabled is not None else set(SCANNERS)
    enabled -= set(model.scanners.disabled)
    return Policy(
        block_threshold=threshold,
        kind_actions=actions,
        enabled_scanners=frozenset(enabled),
        allow_list=tuple(model.allow_list),
        deny_list=tuple(model.deny_list),
        custom_pii=tuple(CustomPiiType(c.name, c.pattern, c.score, c.validator, tuple(c.context))
                         for c in model.custom_pii),
        scan_system_prompts=model.scan_system_prompts,
        redact_min_score=model.redact_min_score,
        learned_min_score=model.learned_min_score,
        learned_grey_zone=model.learned_grey_zone,
        max_input_chars=model.max_input_chars,
        cross_step_window=model.cross_step.window,
    )


def policy_from_mapping(data: Any) -> Policy:
    """Validate a parsed policy document; raises :class:`ConfigError` listing every problem."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem("", "a policy file must be a mapping at the top level")])
    try:
        model = PolicyModel.model_validate(data)
    except ValidationError as exc:
        raise ConfigError([
            ConfigProblem(".".join(str(part) for part in error["loc"]), error["msg"]) for error in exc.errors()
        ]) from exc
    problems = _semantic_problems(model)
    if problems:
        raise ConfigError(problems)
    return _to_policy(model)


def load_policy(path: Path) -> Policy:
    """Read and validate a YAML policy file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([ConfigProblem("", f"cannot read {path}: {exc.strerror}")]) from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        raise ConfigError([ConfigProblem(where, f"not valid YAML: {getattr(exc, 'problem', exc)}")]) from exc
    return policy_from_mapping(data)
