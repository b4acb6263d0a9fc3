"""Gateway settings: listen address, auth, providers and routes, modes and limits, plus the policy.

Example (``infershield serve --config gateway.yaml``)::

    providers:
      - {name: openai, type: openai, api_key: ${OPENAI_API_KEY}}
    routes:
      - {match: "*", providers: [openai]}
    auth: {mode: keys, keys: [{name: team-a, sha256: 9f86d0…}]}
    policy: {preset: balanced}

String values may reference environment variables as ``${NAME}``; a missing variable is an error that
names the field. Without providers, the built-in ``demo`` provider answers locally.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from infershield.config.admin_auth import AdminAuthModel
from infershield.config.env_overlay import name_sources, overlay_environment
from infershield.config.identity import (
    DEFAULT_DATABASE_URL,
    DEFAULT_REDIS_URL,
    DEV_PEPPER,
    AuditModel,
    OffendersModel,
    PriceModel,
    RateModel,
    UsageModel,
)
from infershield.config.observability import AdminModel, ObservabilityModel
from infershield.core.policy import Policy
from infershield.errors import ConfigError, ConfigProblem

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ApiKeyModel(_Strict):
    name: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="hex SHA-256 of the key (never the key itself)")


class AuthModel(_Strict):
    """``none``: everyone is ``anonymous``; ``keys``: the hashes below; ``database``: keys made by
    ``infershield keys create`` (verified through an in-memory cache, no query per request)."""

    mode: Literal["none", "keys", "database"] = "none"
    keys: list[ApiKeyModel] = Field(default_factory=list)
    cache_seconds: float = Field(default=5.0, ge=0)

    @model_validator(mode="after")
    def _keys_when_required(self) -> AuthModel:
        if self.mode == "keys" and not self.keys:
            raise ValueError("auth.mode is 'keys' but no keys are configured")
        return self


class TimeoutsModel(_Strict):
    connect: float = Field(default=5.0, gt=0)
    read: float = Field(default=60.0, gt=0)
    total: float = Field(default=120.0, gt=0)


class RetryModel(_Strict):
    max_attempts: int = Field(default=3, ge=1, le=10)
    base_delay: float = Field(default=0.25, ge=0)
    max_delay: float = Field(default=8.0, ge=0)


class BreakerModel(_Strict):
    failure_threshold: int = Field(default=5, ge=1)
    reset_seconds: float = Field(default=30.0, gt=0)


class ProviderModel(_Strict):
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    type: str
    base_url: str = ""
    api_key: str = ""
    api_version: str = ""
    models: list[str] = Field(default_factory=list)
    headers: dict[str, str] = Field(default_factory=dict)
    timeouts: TimeoutsModel = Field(default_factory=TimeoutsModel)
    retry: RetryModel = Field(default_factory=RetryModel)
    breaker: BreakerModel = Field(default_factory=BreakerModel)


class RouteModel(_Strict):
    match: str = "*"
    providers: list[str] = Field(min_length=1)


class LimitsModel(_Strict):
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    max_messages: int = Field(default=1000, ge=1)
    max_json_depth: int = Field(default=64, ge=4)
    rate: RateModel = Field(default_factory=RateModel)


class ShutdownModel(_Strict):
    """On SIGTERM: ``/ready`` answers 503 at once; the listener stays open ``unready_seconds`` (so load
    balancers polling ``/ready`` stop sending), then closes; in-flight requests and streams get up to
    ``drain_seconds`` to finish before they are cancelled. SIGINT (Ctrl+C) skips the unready window."""

    drain_seconds: int = Field(default=30, ge=1)
    unready_seconds: float = Field(default=0.0, ge=0)


class LearnedModelFiles(_Strict):
    """Model files for the learned layer: ``None`` = the packaged model, and no second stage."""

    model: str | None = Field(default=None, description="a model.npz from `infershield train` instead of the packaged one")
    second_stage: str | None = Field(default=None, description="an ONNX grey-zone model (needs onnxruntime)")


class GatewaySettings(_Strict):
    """Everything ``infershield serve`` needs; see the module docstring."""

    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    mode: Literal["enforce", "monitor"] = "enforce"
    block_mode: Literal["error", "refusal"] = "error"
    restore_pii: bool = False
    scan_output: bool = True
    stream_holdback_chars: int = Field(default=256, ge=0, le=65536)
    canary: bool = True
    auth: AuthModel = Field(default_factory=AuthModel)
    providers: list[ProviderModel] = Field(default_factory=list)
    routes: list[RouteModel] = Field(default_factory=list)
    limits: LimitsModel = Field(default_factory=LimitsModel)
    shutdown: ShutdownModel = Field(default_factory=ShutdownModel)
    policy: dict[str, Any] = Field(default_factory=dict)
    policy_file: str | None = None  # a separate policy YAML, hot-reloaded on change, SIGHUP or admin call
    policy_poll_seconds: float = Field(default=2.0, gt=0)
    learned: LearnedModelFiles = Field(default_factory=lambda: LearnedModelFiles())
    observability: ObservabilityModel = Field(default_factory=ObservabilityModel)
    admin: AdminModel = Field(default_factory=AdminModel)
    admin_auth: AdminAuthModel = Field(default_factory=AdminAuthModel)
    database_url: str = DEFAULT_DATABASE_URL
    migrate: Literal["auto", "always", "never"] = "auto"
    session_store: Literal["memory", "redis"] = "memory"
    redis_url: str = DEFAULT_REDIS_URL
    key_pepper: str = Field(default=DEV_PEPPER, min_length=16, repr=False)
    pricing: dict[str, PriceModel] = Field(default_factory=dict)
    audit: AuditModel = Field(default_factory=AuditModel)
    offenders: OffendersModel = Field(default_factory=OffendersModel)
    usage: UsageModel = Field(default_factory=UsageModel)

    @model_validator(mode="after")
    def _routes_name_providers(self) -> GatewaySettings:
        names = {p.name for p in self.providers}
        for i, route in enumerate(self.routes):
            for name in route.providers:
                if name not in names:
                    raise ValueError(f"routes[{i}] names unknown provider {name!r}")
        if len(names) != len(self.providers):
            raise ValueError("provider names must be unique")
        if self.policy and self.policy_file:
            raise ValueError("set either policy (inline) or policy_file, not both")
        return self

    def build_policy(self) -> Policy:
        from infershield.config.policy import load_policy, policy_from_mapping

        return load_policy(Path(self.policy_file)) if self.policy_file else policy_from_mapping(self.policy)


def _expand(value: Any, path: str, problems: list[ConfigProblem]) -> Any:
    if isinstance(value, str):
        def substitute(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in os.environ:
                problems.append(ConfigProblem(path, f"environment variable {name} is not set"))
                return ""
            return os.environ[name]

        return _ENV_REF.sub(substitute, value)
    if isinstance(value, dict):
        return {k: _expand(v, f"{path}.{k}" if path else str(k), problems) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, f"{path}[{i}]", problems) for i, v in enumerate(value)]
    return value


def settings_from_mapping(data: Any) -> GatewaySettings:
    """Validate a parsed settings document (``${ENV}`` expanded); raises :class:`ConfigError`."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem("", "a settings file must be a mapping at the top level")])
    problems: list[ConfigProblem] = []
    expanded = _expand(data, "", problems)
    if problems:
        raise ConfigError(problems)
    try:
        settings = GatewaySettings.model_validate(expanded)
    except ValidationError as exc:
        raise ConfigError([
            ConfigProblem(".".join(str(part) for part in error["loc"]), error["msg"]) for error in exc.errors()
        ]) from exc
    try:
        settings.build_policy()
    except ConfigError as exc:
        raise ConfigError([ConfigProblem(f"policy.{p.path}" if p.path else "policy", p.message)
                           for p in exc.problems]) from exc
    return settings


def load_settings(path: Path | None, environ: Mapping[str, str] | None = None) -> GatewaySettings:
    """Read and validate a YAML settings file with the ``INFERSHIELD_*`` environment laid over it.

    ``None`` gives the zero-configuration defaults (plus the environment); ``environ`` defaults to
    ``os.environ``.
    """
    data: Any = {}
    if path is not None:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError([ConfigProblem("", f"cannot read {path}: {exc.strerror}")]) from exc
        except yaml.YAMLError as exc:
            raise ConfigError([ConfigProblem("", f"not valid YAML: {getattr(exc, 'problem', exc)}")]) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem("", "a settings file must be a mapping at the top level")])
    data, sources, problems = overlay_environment(data, GatewaySettings, os.environ if environ is None else environ)
    if problems:
        raise ConfigError(problems)
    try:
        return settings_from_mapping(data)
    except ConfigError as exc:
        raise ConfigError(name_sources(list(exc.problems), sources)) from exc
