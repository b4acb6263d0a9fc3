"""``INFERSHIELD_*`` environment variables laid over the YAML settings before validation.

``INFERSHIELD_PORT=9000`` sets ``port``; ``__`` nests (``INFERSHIELD_OBSERVABILITY__SLOW_REQUEST_MS=500``)
and a number indexes a list (``INFERSHIELD_PROVIDERS__0__API_KEY``). Values stay strings so pydantic does
the type coercion and reports errors with the field's path; a value starting with ``[`` or ``{`` is JSON.
A name ending in ``_FILE`` whose stem is a setting reads the value from that file (Docker/Kubernetes
secrets): ``INFERSHIELD_ADMIN__TOKEN_FILE=/run/secrets/admin``.
"""

from __future__ import annotations

import copy
import json
import types
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from infershield.errors import ConfigProblem

PREFIX = "INFERSHIELD_"
# Variables with the prefix that are not settings (read by other parts of the program).
NOT_SETTINGS = frozenset({"INFERSHIELD_CONFIG", "INFERSHIELD_METRICS_SUPERVISED"})


def _unwrap(annotation: Any) -> Any:
    """``X | None`` -> ``X``; anything else unchanged."""
    if get_origin(annotation) in (Union, types.UnionType):
        options = [a for a in get_args(annotation) if a is not type(None)]
        return options[0] if len(options) == 1 else Any
    return annotation


def _child_type(parent: Any, key: str) -> tuple[bool, Any]:
    """(known, type of ``parent[key]``) for a model, ``list[X]``, ``dict[str, X]`` or free-form parent."""
    parent = _unwrap(parent)
    if isinstance(parent, type) and issubclass(parent, BaseModel):
        field = parent.model_fields.get(key)
        return (field is not None, field.annotation if field is not None else None)
    origin = get_origin(parent)
    if origin is list:
        return key.isdigit(), get_args(parent)[0]
    if origin is dict:
        return True, get_args(parent)[1]
    return True, Any  # dict[str, Any] or Any: anything below is accepted and validated later


def _known_fields(parent: Any) -> str:
    parent = _unwrap(parent)
    if isinstance(parent, type) and issubclass(parent, BaseModel):
        return ", ".join(sorted(parent.model_fields))
    return "a list index" if get_origin(parent) is list else "any key"


def _value(name: str, raw: str, from_file: bool) -> Any:
    if from_file:
        try:
            return Path(raw).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValueError(f"cannot read the file it names ({raw}): {exc.strerror}") from exc
    if raw.lstrip()[:1] in ("[", "{"):
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"looks like JSON but does not parse ({exc.msg}); fix the value or quote it") from exc
    return raw


def _place(data: dict[str, Any], model: type[BaseModel], name: str, raw: str) -> str:
    """Set the value ``name`` describes inside ``data``; returns its dotted path. Raises ValueError."""
    parts = name[len(PREFIX):].lower().split("__")
    node: Any = data
    kind: Any = model
    path: list[str] = []
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        known, child = _child_type(kind, part)
        from_file = False
        if not known and last and part.endswith("_file") and _child_type(kind, part[:-5])[0]:
            part, from_file = part[:-5], True
            known, child = _child_type(kind, part)
        where = ".".join(path) or "the top level"
        if not known:
            raise ValueError(f"no setting {part!r} at {where}; expected {_known_fields(kind)}")
        if isinstance(node, list):
            index = int(part)
            if index >= len(node):
                raise ValueError(f"{where} has {len(node)} entries in the config file; index {index} is out of range")
            key: Any = index
        else:
            key = part
        path.append(part)
        if last:
            node[key] = _value(name, raw, from_file)
            return ".".join(path)
        if isinstance(node, dict) and not isinstance(node.get(key), dict | list):
            node[key] = {}
        node, kind = node[key], child
    raise AssertionError("unreachable")  # pragma: no cover


def overlay_environment(data: Mapping[str, Any], model: type[BaseModel], environ: Mapping[str, str]
                        ) -> tuple[dict[str, Any], dict[str, str], list[ConfigProblem]]:
    """(settings with the environment applied, dotted path -> variable name, problems)."""
    merged: dict[str, Any] = copy.deepcopy(dict(data))
    sources: dict[str, str] = {}
    problems: list[ConfigProblem] = []
    for name in sorted(environ):
        if not name.startswith(PREFIX) or name in NOT_SETTINGS or len(name) == len(PREFIX):
            continue
        try:
            sources[_place(merged, model, name, environ[name])] = name
        except ValueError as exc:
            problems.append(ConfigProblem(name, f"{exc} (unset the variable or fix its name)"))
    return merged, sources, problems


def name_sources(problems: list[ConfigProblem], sources: Mapping[str, str]) -> list[ConfigProblem]:
    """Point problems in values that came from the environment at the variable that set them."""
    out = []
    for problem in problems:
        source = next((var for path, var in sources.items()
                       if problem.path == path or problem.path.startswith(path + ".")), None)
        out.append(ConfigProblem(problem.path, f"{problem.message} (set by {source}; fix or unset it)")
                   if source else problem)
    return out
