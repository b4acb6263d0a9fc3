"""Reading training records (the ``infershield eval`` JSONL format) into :class:`Example` values.

Rows from sources whose licence forbids training a shipped model (``EXCLUDED_SOURCES``) are skipped and
counted, unless the caller explicitly allows them for a private experiment.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infershield.errors import InputError
from infershield.ml.examples import EXCLUDED_SOURCES, Example, benign_weight, class_of

_TEXT_ROLES = frozenset({"user", "tool", "document", "function"})


@dataclass
class LoadReport:
    """What was read: examples per class, skipped rows by reason."""

    per_class: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)


def _files(path: Path) -> Iterator[Path]:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*.jsonl") if p.is_file())
    else:
        yield path


def _text_of(raw: dict[str, Any]) -> str:
    text = raw.get("text")
    if isinstance(text, str):
        return text
    parts = [m.get("content") for m in raw.get("messages") or []
             if isinstance(m, dict) and m.get("role") in _TEXT_ROLES]
    return "\n".join(p for p in parts if isinstance(p, str))


def _focus(text: str, meta: Any) -> tuple[int, int] | None:
    injected = meta.get("injected_text") if isinstance(meta, dict) else None
    if isinstance(injected, str) and injected:
        at = text.find(injected)
        if at >= 0:
            return at, at + len(injected)
    return None


def example_of(raw: Any, report: LoadReport, *, allow_restricted: bool = False) -> Example | None:
    """One record as an example, or ``None`` (with the reason counted in ``report``)."""
    if not isinstance(raw, dict):
        report.skipped["not an object"] += 1
        return None
    source = str(raw.get("source", ""))
    if source in EXCLUDED_SOURCES and not allow_restricted:
        report.skipped[f"licence ({source})"] += 1
        return None
    category = str(raw.get("category", ""))
    label = class_of(str(raw.get("label", "")), category)
    text = _text_of(raw)
    if label is None or len(text.strip()) < 2:
        report.skipped["not a detector class" if label is None else "empty text"] += 1
        return None
    report.per_class[label] += 1
    weight = benign_weight(category) if label == "benign" else 1.0
    return Example(text, label, weight, category or label, _focus(text, raw.get("meta")))


def clean_counterpart(example: Example) -> Example | None:
    """The document of an attack with a known inserted instruction, without it: a benign example.

    Attacked documents reuse clean contexts many times; adding each context back as benign teaches the
    model the instruction, not the look of the documents that happened to carry one.
    """
    if example.focus is None or example.label == "benign":
        return None
    start, end = example.focus
    text = example.text[:start] + example.text[end:]
    return Example(text, "benign", 1.0, "benign_document") if len(text.strip()) >= 20 else None


def load_examples(paths: list[Path], *, allow_restricted: bool = False) -> tuple[list[Example], LoadReport]:
    """Every usable example under ``paths`` (JSONL files or folders of them), without duplicate texts."""
    report = LoadReport()
    examples: list[Example] = []
    seen: set[str] = set()

    def keep(example: Example | None) -> None:
        if example is None:
            return
        key = " ".join(example.text.split()).lower()
        if key in seen:
            report.skipped["duplicate text"] += 1
            return
        seen.add(key)
        examples.append(example)

    for path in paths:
        for file in _files(path):
            for number, line in enumerate(file.read_text(encoding="utf-8").split("\n"), start=1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{file}:{number}: not JSON: {exc.msg}") from exc
                example = example_of(raw, report, allow_restricted=allow_restricted)
                keep(example)
                if example is not None:
                    keep(clean_counterpart(example))
    return examples, report
