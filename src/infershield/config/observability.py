"""Settings for logs, metrics, traces and the admin API (the ``observability`` and ``admin`` sections).

Example::

    observability:
      log_level: info
      log_file: /var/log/infershield/gateway.log   # optional, rotated by size
      slow_request_ms: 1000
      metrics_port: 9464           # /metrics on its own port (never the public one by default)
      metrics_token: ${METRICS_TOKEN}   # or: /metrics on the main port, bearer token required
      tracing: {enabled: true, endpoint: "http://127.0.0.1:4318/v1/traces"}
      prices: {"gpt-4o*": {input_per_mtok: 2.5, output_per_mtok: 10}}
    admin: {token: ${INFERSHIELD_ADMIN_TOKEN}}
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MIN_TOKEN_CHARS = 16
_TOKEN_FIX = (f"must be at least {MIN_TOKEN_CHARS} characters; generate one with "
              "`python -c \"import secrets; print(secrets.token_urlsafe(32))\"`")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _token(value: str) -> str:
    if value and len(value) < MIN_TOKEN_CHARS:
        raise ValueError(_TOKEN_FIX)
    return value


class TracingModel(_Strict):
    """OpenTelemetry spans per request stage; exported over OTLP/HTTP when the ``otlp`` extra is installed."""

    enabled: bool = False
    endpoint: str = ""  # empty: the exporter's default (OTEL_EXPORTER_OTLP_* variables)
    service_name: str = "infershield"
    sample_ratio: float = Field(default=1.0, ge=0.0, le=1.0)


class PriceModel(_Strict):
    input_per_mtok: float = Field(default=0.0, ge=0)
    output_per_mtok: float = Field(default=0.0, ge=0)


class ObservabilityModel(_Strict):
    """Logs (JSON on stdout, optional rotating file), Prometheus metrics and tracing."""

    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_file: str | None = None
    log_file_max_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    log_file_backups: int = Field(default=5, ge=0, le=100)
    access_log: bool = True
    slow_request_ms: float = Field(default=2000.0, gt=0)
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_host: str = "127.0.0.1"
    metrics_token: str = ""
    tracing: TracingModel = Field(default_factory=TracingModel)
    prices: dict[str, PriceModel] = Field(default_factory=dict)

    @field_validator("metrics_token")
    @classmethod
    def _metrics_token(cls, value: str) -> str:
        return _token(value)


class AdminModel(_Strict):
    """The admin API (``/admin/v1/...``): disabled until a token is set."""

    token: str = ""

    @field_validator("token")
    @classmethod
    def _admin_token(cls, value: str) -> str:
        return _token(value)
