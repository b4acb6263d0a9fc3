"""Check the multi-step scenario corpus for shape errors, independently of the detection engine.

    python scripts/validate_scenarios.py [--dir corpus/scenarios]

Every ``<nn>-<slug>.json`` file must parse and hold ``name`` (= slug), ``description``, ``category``,
``expected`` (``action``, and ``at_step`` with ``kind`` together or neither) and a non-empty ``sequence`` of
user / assistant / tool steps. Tool-call ``arguments`` must be JSON object strings. The per-category table in
the folder's README.md must match the files. Prints the counts; exit code 1 if anything is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ATTACK_CATEGORIES = {
    "exfiltration_chain": 15,
    "privilege_escalation": 8,
    "sensitive_data_transmission": 8,
    "slow_drip_extraction": 5,
    "indirect_in_tool_result": 5,
}
BENIGN_CATEGORY = "benign_workflow"
MINIMUMS = {**ATTACK_CATEGORIES, BENIGN_CATEGORY: 20}
KINDS = {
    "cross_step.CROSS_STEP_EXFILTRATION",
    "cross_step.PRIVILEGE_ESCALATION",
    "cross_step.SENSITIVE_DATA_TRANSMISSION",
    "indirect_injection",
    "prompt_injection",
}
TOP_KEYS = {"name", "description", "category", "expected", "sequence"}
FILE_NAME = re.compile(r"^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$")
README_ROW = re.compile(r"^\|\s*`?([a-z_]+)`?\s*\|\s*(\d+)\s*\|")


def check_step(step: Any, where: str) -> list[str]:
    if not isinstance(step, dict):
        return [f"{where}: step must be an object"]
    role = step.get("role")
    errors: list[str] = []
    if role == "user":
        if not isinstance(step.get("content"), str) or not step["content"].strip():
            errors.append(f"{where}: user step needs non-empty content")
    elif role == "assistant":
        content = step.get("content", "")
        calls = step.get("tool_calls")
        if not isinstance(content, str):
            errors.append(f"{where}: assistant content must be a string")
        if calls is None:
            if not (isinstance(content, str) and content.strip()):
                errors.append(f"{where}: assistant step needs content or tool_calls")
        elif not isinstance(calls, list) or not calls:
            errors.append(f"{where}: tool_calls must be a non-empty list")
        else:
            for j, call in enumerate(calls):
                errors.extend(check_call(call, f"{where}.tool_calls[{j}]"))
    elif role == "tool":
        result = step.get("tool_result")
        if not isinstance(result, str | dict | list) or not result:
            errors.append(f"{where}: tool step needs a non-empty tool_result (string or JSON)")
    else:
        errors.append(f"{where}: role must be user, assistant or tool, got {role!r}")
    return errors


def check_call(call: Any, where: str) -> list[str]:
    if not isinstance(call, dict) or set(call) != {"name", "arguments"}:
        return [f"{where}: tool call must be {{name, arguments}}"]
    if not isinstance(call["name"], str) or not call["name"]:
        return [f"{where}: tool call name must be a non-empty string"]
    if not isinstance(call["arguments"], str):
        return [f"{where}: arguments must be a JSON string"]
    try:
        parsed = json.loads(call["arguments"])
    except json.JSONDecodeError as exc:
        return [f"{where}: arguments are not JSON ({exc})"]
    return [] if isinstance(parsed, dict) else [f"{where}: arguments must encode a JSON object"]


def check_expected(doc: dict[str, Any], where: str) -> list[str]:
    expected = doc.get("expected")
    if not isinstance(expected, dict):
        return [f"{where}: expected must be an object"]
    errors: list[str] = []
    unknown = set(expected) - {"action", "at_step", "kind"}
    if unknown:
        errors.append(f"{where}: unknown expected keys {sorted(unknown)}")
    action = expected.get("action")
    if action not in ("block", "allow"):
        errors.append(f"{where}: expected.action must be block or allow")
    category = doc.get("category")
    if (category == BENIGN_CATEGORY) != (action == "allow"):
        errors.append(f"{where}: {category} scenarios must expect {'allow' if category == BENIGN_CATEGORY else 'block'}")
    has_step, has_kind = "at_step" in expected, "kind" in expected
    if action == "allow" and (has_step or has_kind):
        errors.append(f"{where}: allow scenarios take no at_step or kind")
    if has_step != has_kind:
        errors.append(f"{where}: at_step and kind go together")
    sequence = doc.get("sequence")
    if has_step:
        step = expected["at_step"]
        if not isinstance(step, int) or isinstance(step, bool):
            errors.append(f"{where}: at_step must be an integer")
        elif isinstance(sequence, list) and not 0 <= step < len(sequence):
            errors.append(f"{where}: at_step {step} out of range 0..{len(sequence) - 1}")
        elif (isinstance(sequence, list) and expected.get("kind") == "indirect_injection"
              and isinstance(sequence[step], dict) and sequence[step].get("role") != "tool"):
            errors.append(f"{where}: indirect_injection must fire on a tool step")
    if has_kind and expected["kind"] not in KINDS:
        errors.append(f"{where}: unknown kind {expected['kind']!r}")
    return errors


def check_file(path: Path) -> tuple[dict[str, Any] | None, list[str]]:
    where = path.name
    match = FILE_NAME.match(path.name)
    if not match:
        return None, [f"{where}: file name must be <nn>-<slug>.json"]
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return None, [f"{where}: not valid JSON ({exc})"]
    if not isinstance(doc, dict):
        return None, [f"{where}: top level must be an object"]
    errors: list[str] = []
    if set(doc) != TOP_KEYS:
        errors.append(f"{where}: keys must be exactly {sorted(TOP_KEYS)}, got {sorted(doc)}")
    if doc.get("name") != match.group(2):
        errors.append(f"{where}: name {doc.get('name')!r} does not match the file slug")
    if not isinstance(doc.get("description"), str) or not doc["description"].strip():
        errors.append(f"{where}: description must be a non-empty string")
    if doc.get("category") not in MINIMUMS:
        errors.append(f"{where}: unknown category {doc.get('category')!r}")
    sequence = doc.get("sequence")
    if not isinstance(sequence, list) or not sequence:
        errors.append(f"{where}: sequence must be a non-empty list")
    else:
        for i, step in enumerate(sequence):
            errors.extend(check_step(step, f"{where}: sequence[{i}]"))
    errors.extend(check_expected(doc, where))
    return doc, errors


def readme_counts(readme: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        row = README_ROW.match(line.strip())
        if row and row.group(1) in MINIMUMS:
            counts[row.group(1)] = int(row.group(2))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(__file__).resolve().parent.parent / "corpus" / "scenarios")
    args = parser.parse_args(argv)
    folder: Path = args.dir
    errors: list[str] = []
    categories: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    numbers: Counter[str] = Counter()
    files = sorted(folder.glob("*.json"))
    for path in files:
        doc, problems = check_file(path)
        errors.extend(problems)
        numbers[path.name.split("-", 1)[0]] += 1
        if doc is not None and isinstance(doc.get("expected"), dict):
            categories[str(doc.get("category"))] += 1
            kinds[str(doc["expected"].get("kind", "(no at_step)"))] += 1
    errors.extend(f"number {n} used by {c} files" for n, c in numbers.items() if c > 1)
    errors.extend(f"{cat}: {categories[cat]} scenarios, need at least {need}"
                  for cat, need in MINIMUMS.items() if categories[cat] < need)
    attacks = sum(categories[c] for c in ATTACK_CATEGORIES)
    if attacks < 40:
        errors.append(f"{attacks} attack scenarios, need at least 40")
    readme = folder / "README.md"
    if readme.exists():
        documented = readme_counts(readme)
        errors.extend(f"README.md says {documented.get(cat)} {cat}, files have {categories[cat]}"
                      for cat in MINIMUMS if documented.get(cat) != categories[cat])
    else:
        errors.append("README.md missing")
    print(f"{len(files)} scenario files: {attacks} attack, {categories[BENIGN_CATEGORY]} benign")
    for cat in MINIMUMS:
        print(f"  {cat:<30} {categories[cat]:>3}")
    print("expected kinds:")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:<42} {count:>3}")
    for error in errors:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
