"""Spans to ``[EMAIL_ADDRESS_1]``-style placeholders, consistent within a session, and back.

Detection never rewrites text; redaction is a separate, explicit step on the original text. The mapping
from placeholder to value is a plain value passed in and returned, so a session can keep it (opt-in) and
restore values in the model's reply.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from infershield.core.types import Finding, Span

RedactionMap = tuple[tuple[str, str], ...]
"""(placeholder, original value) pairs, in the order the placeholders were created."""

_PLACEHOLDER = regex.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")


def label_for(kind: str) -> str:
    """``pii.EMAIL_ADDRESS`` → ``EMAIL_ADDRESS``; ``secret.github_token`` → ``SECRET_GITHUB_TOKEN``."""
    family, _, rest = kind.partition(".")
    name = rest if family == "pii" and rest else kind
    return regex.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").upper() or "REDACTED"


def _merge(findings: Iterable[Finding]) -> list[tuple[Span, str]]:
    """Non-overlapping spans, each labelled by its strongest finding."""
    ordered = sorted(findings, key=lambda f: (f.span.start, -f.span.end))
    merged: list[tuple[Span, Finding]] = []
    for f in ordered:
        if merged and f.span.start < merged[-1][0].end:
            span, best = merged[-1]
            winner = f if f.score > best.score else best
            merged[-1] = (Span(span.start, max(span.end, f.span.end)), winner)
        else:
            merged.append((f.span, f))
    return [(span, label_for(f.kind)) for span, f in merged]


def redact(text: str, findings: Sequence[Finding], mapping: RedactionMap = ()) -> tuple[str, RedactionMap]:
    """Replace every finding's span in ``text`` by a placeholder; returns the text and the grown mapping."""
    by_value = {value: placeholder for placeholder, value in mapping}
    counts: dict[str, int] = {}
    for placeholder, _ in mapping:
        label = placeholder[1:].rsplit("_", 1)[0]
        counts[label] = counts.get(label, 0) + 1
    out: list[str] = []
    grown = list(mapping)
    cursor = 0
    for span, label in _merge(f for f in findings if f.span.end <= len(text)):
        value = text[span.start : span.end]
        if value not in by_value:
            counts[label] = counts.get(label, 0) + 1
            by_value[value] = f"[{label}_{counts[label]}]"
            grown.append((by_value[value], value))
        placeholder = by_value[value]
        out.append(text[cursor : span.start])
        out.append(placeholder)
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out), tuple(grown)


def restore(text: str, mapping: RedactionMap) -> str:
    """Put original values back in place of the placeholders ``mapping`` knows."""
    values = dict(mapping)
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(), m.group()), text)
