"""Evaluation inputs: labelled JSONL records and multi-step scenario files.

Record: ``{"id"?, "text" | "messages", "label": "attack" | "benign", "category"?, "lang"?, "meta"?}``.
Scenario: ``{"name", "description", "category", "expected": {"action", "at_step"?, "kind"?}, "sequence": [...]}``
where each step is ``{"role", "content" | "tool_calls" | "tool_result"}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from infershield.core.parse import parse_messages
from infershield.core.types import Message, Role
from infershield.errors import InputError, MalformedInputError

LABELS = frozenset({"attack", "benign"})


@dataclass(frozen=True, slots=True)
class Entity:
    """A labelled span (PII or secret) for span-level precision and recall."""

    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Record:
    """One labelled evaluation input."""

    id: str
    messages: tuple[Message, ...]
    label: str
    category: str
    lang: str = "und"
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True, slots=True)
class Scenario:
    """A multi-step sequence replayed through the engine with a real session history."""

    name: str
    category: str
    description: str
    expected_action: str
    steps: tuple[Message, ...]
    at_step: int | None = None
    expected_kind: str | None = None
    source: str = ""


@dataclass
class Inputs:
    """Everything loaded from the given paths, plus one error line per input that could not be read."""

    records: list[Record] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _entities(meta: Any) -> tuple[Entity, ...]:
    if not isinstance(meta, dict) or not isinstance(meta.get("entities"), list):
        return ()
    out = []
    for raw in meta["entities"]:
        if isinstance(raw, dict) and isinstance(raw.get("start"), int) and isinstance(raw.get("end"), int):
            out.append(Entity(str(raw.get("type", "UNKNOWN")), raw["start"], raw["end"]))
    return tuple(out)


def parse_record(raw: Any, fallback_id: str) -> Record:
    """A record from a parsed JSON value; raises :class:`InputError` naming the problem."""
    if not isinstance(raw, dict):
        raise MalformedInputError("record must be a JSON object")
    label = raw.get("label")
    if label not in LABELS:
        raise MalformedInputError("label must be \"attack\" or \"benign\"")
    if isinstance(raw.get("text"), str):
        messages: tuple[Message, ...] = (Message(Role.USER, raw["text"]),)
    elif "messages" in raw:
        messages = parse_messages(raw["messages"])
    else:
        raise MalformedInputError("record needs \"text\" or \"messages\"")
    category = raw.get("category") or ("benign" if label == "benign" else "attack")
    return Record(str(raw.get("id", fallback_id)), messages, label, str(category), str(raw.get("lang") or "und"),
                  _entities(raw.get("meta")))


def _step(raw: Any, where: str) -> Message:
    if not isinstance(raw, dict):
        raise MalformedInputError(f"{where} must be an object")
    step = dict(raw)
    if "tool_result" in step:
        step.setdefault("role", "tool")
        step["content"] = step.pop("tool_result")
        if not isinstance(step["content"], str):
            step["content"] = json.dumps(step["content"], ensure_ascii=False, sort_keys=True)
    (message,) = parse_messages([step])
    return message


def parse_scenario(raw: Any, source: str) -> Scenario:
    """A scenario from a parsed JSON value; raises :class:`InputError` naming the problem."""
    if not isinstance(raw, dict) or not isinstance(raw.get("sequence"), list) or not raw["sequence"]:
        raise MalformedInputError("scenario needs a non-empty \"sequence\"")
    expected = raw.get("expected")
    if not isinstance(expected, dict) or expected.get("action") not in ("block", "allow"):
        raise MalformedInputError("scenario needs expected.action \"block\" or \"allow\"")
    steps = tuple(_step(step, f"sequence[{i}]") for i, step in enumerate(raw["sequence"]))
    at_step = expected.get("at_step")
    if at_step is not None and not (isinstance(at_step, int) and 0 <= at_step < len(steps)):
        raise MalformedInputError(f"expected.at_step must be an index into the {len(steps)} steps")
    return Scenario(str(raw.get("name", source)), str(raw.get("category", "scenario")),
                    str(raw.get("description", "")), expected["action"], steps, at_step, expected.get("kind"), source)


def _files(path: Path) -> Iterator[Path]:
    """The files to read; inside a folder, sub-folders named ``train`` (training texts) and the
    ``baseline.json`` that ``--write-baseline`` keeps next to a corpus are skipped."""
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".json") and p.is_file()
                          and "train" not in p.relative_to(path).parts[:-1] and p.name != "baseline.json")
    else:
        yield path


def load(paths: list[Path]) -> Inputs:
    """Load records (``.jsonl``) and scenarios (``.json``) from files or folders."""
    inputs = Inputs()
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        for file in _files(path):
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                inputs.errors.append(f"{file}: cannot read: {exc}")
                continue
            if file.suffix == ".json":
                try:
                    inputs.scenarios.append(parse_scenario(json.loads(text), file.name))
                except (json.JSONDecodeError, InputError) as exc:
                    inputs.errors.append(f"{file}: {exc}")
                continue
            for number, line in enumerate(text.split("\n"), start=1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                    if isinstance(raw, dict) and "sequence" in raw:
                        inputs.scenarios.append(parse_scenario(raw, f"{file.name}:{number}"))
                    else:
                        inputs.records.append(parse_record(raw, f"{file.name}:{number}"))
                except (json.JSONDecodeError, InputError) as exc:
                    inputs.errors.append(f"{file}:{number}: {exc}")
    return inputs
