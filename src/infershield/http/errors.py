"""Client-facing errors in the caller's API dialect. Never a stack trace or internal detail.

A block is always a 4xx with ``x-should-retry: false`` (SDKs retry 429 and 5xx, which would resend an
attack), never a 429 or 5xx.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

import orjson
from starlette.responses import Response

from infershield.providers.base import ProviderError

Dialect = Literal["openai", "anthropic"]

_ANTHROPIC_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                    404: "not_found_error", 413: "request_too_large", 429: "rate_limit_error",
                    502: "api_error", 503: "overloaded_error", 504: "api_error"}
_OPENAI_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                 404: "not_found_error", 413: "invalid_request_error", 429: "rate_limit_error"}


def json_response(body: object, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=dict(headers or {}))


def error_body(dialect: Dialect, status: int, message: str, *, code: str | None = None,
               error_type: str | None = None) -> dict[str, object]:
    if dialect == "anthropic":
        return {"type": "error", "error": {"type": error_type or _ANTHROPIC_TYPES.get(status, "api_error"),
                                           "message": message}}
    return {"error": {"message": message, "type": error_type or _OPENAI_TYPES.get(status, "api_error"),
                      "param": None, "code": code}}


def error_response(dialect: Dialect, status: int, message: str, *, code: str | None = None,
                   headers: Mapping[str, str] | None = None) -> Response:
    extra = dict(headers or {})
    if status < 500 and status != 429:
        extra.setdefault("x-should-retry", "false")
    return json_response(error_body(dialect, status, message, code=code), status, extra)


def upstream_error_response(dialect: Dialect, exc: ProviderError, headers: Mapping[str, str]) -> Response:
    """An upstream failure in the caller's dialect; the upstream's ``Retry-After`` (on 429/503) is passed on so
    the caller's SDK waits as long as the provider asked."""
    extra = dict(headers)
    if exc.retry_after is not None and exc.status in (429, 503):
        extra["Retry-After"] = str(max(1, math.ceil(exc.retry_after)))
    return error_response(dialect, exc.status, str(exc), headers=extra)


def block_body(dialect: Dialect, *, stage: Literal["prompt", "response"], risk: int, kinds: Sequence[str],
               request_id: str) -> dict[str, object]:
    message = (f"InferShield blocked this {'request' if stage == 'prompt' else 'response'} "
               f"(risk {risk}/100: {', '.join(kinds) or 'policy'}). Request id {request_id}.")
    if dialect == "anthropic":
        return {"type": "error", "error": {"type": "invalid_request_error", "message": message}}
    return {"error": {"message": message, "type": "security_block",
                      "code": "prompt_blocked" if stage == "prompt" else "response_blocked", "param": None,
                      "infershield": {"risk": risk, "kinds": list(kinds), "request_id": request_id}}}


def block_response(dialect: Dialect, *, stage: Literal["prompt", "response"], risk: int, kinds: Sequence[str],
                   request_id: str) -> Response:
    headers = {"x-should-retry": "false", "X-InferShield-Risk": str(risk), "X-InferShield-Action": "block"}
    return json_response(block_body(dialect, stage=stage, risk=risk, kinds=kinds, request_id=request_id), 400,
                         headers)
