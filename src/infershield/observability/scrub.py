"""The last line of defence for logs: mask values that look like secrets or PII, whatever the caller passed.

The gateway never hands prompts, replies or keys to the logger; this processor is for the mistake that
will happen anyway (``log.warning("upstream said", detail=message)``). It must stay cheap because it runs
on every access line: fields the gateway itself fills with ids, numbers and finding kinds are skipped by
name, field names are classified once and cached, and everything else gets one regex pass.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from typing import Any

MASK = "[REDACTED]"

# Fields whose values the gateway produces itself (ids it validated, numbers, route templates, kinds).
SAFE_FIELDS = frozenset({
    "timestamp", "level", "request_id", "correlation_id", "route", "method", "status", "model",
    "provider", "action", "kinds", "risk", "tenant", "key_prefix", "stage", "slowest_stage", "trigger",
    "outcome", "stream", "auth_ms", "rate_limit_ms", "scan_input_ms", "upstream_ms", "scan_output_ms",
    "total_ms", "ttft_ms", "slowest_ms", "threshold_ms", "prompt_tokens", "completion_tokens", "findings",
    "policy_file",
})

# A field with one of these words in its name never has its value logged.
_SENSITIVE_NAME = re.compile(
    r"(?i)pass(word|wd)?|secret|token|api_?key|authori[sz]ation|cookie|pepper|credential|private|"
    r"prompt|content|messages?$|body|text|reply|completion$|header"
)

# One pass over free-form values: vendor keys, AWS ids, JWTs, bearer credentials, long opaque tokens,
# URL passwords, emails, card/SSN/phone-like digit runs and IPv4 addresses.
_SECRETISH = re.compile(
    r"(?:sk|pk|rk|ak|xox[abpr]|gh[pousr]|glpat)[-_][A-Za-z0-9_\-]{8,}"
    r"|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"
    r"|\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*"
    r"|(?i:bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"
    r"|://[^/\s:@]+:[^/\s@]+@"
    r"|\b[A-Za-z0-9_\-+/]{32,}={0,2}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b\d{3}-\d{2}-\d{4}\b"
    r"|\+?\d(?:[ ().-]?\d){8,18}"
    r"|\b\d{1,3}(?:\.\d{1,3}){3}\b"
)

_NAME_CACHE: dict[str, bool] = {}
_NAME_CACHE_LIMIT = 4096


def _sensitive_name(name: str) -> bool:
    known = _NAME_CACHE.get(name)
    if known is None:
        known = name not in SAFE_FIELDS and _SENSITIVE_NAME.search(name) is not None
        if len(_NAME_CACHE) < _NAME_CACHE_LIMIT:
            _NAME_CACHE[name] = known
    return known


def scrub_value(value: Any) -> Any:
    """``value`` with secret- or PII-looking parts masked (strings, and strings inside lists/dicts)."""
    if isinstance(value, str):
        return _SECRETISH.sub(MASK, value) if value else value
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [scrub_value(v) for v in value]
    if isinstance(value, dict):
        return {k: MASK if isinstance(k, str) and _sensitive_name(k) else scrub_value(v) for k, v in value.items()}
    return _SECRETISH.sub(MASK, str(value))  # unknown objects are logged as their (scrubbed) text


def scrub(_logger: Any, _method: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: mask sensitive fields by name and secret/PII-looking values by shape."""
    for key, value in event.items():
        if key in SAFE_FIELDS:
            continue
        if _sensitive_name(key):
            event[key] = MASK
        elif not isinstance(value, bool | int | float) and value is not None:
            event[key] = scrub_value(value)
    return event
