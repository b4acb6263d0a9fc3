"""Detection quality of the default engine on labelled JSONL files, per category, language and source.

    python scripts/evaluate.py [--data ../shared/datasets] [--preset balanced] [--write docs/evaluation.md]

An attack counts as detected when the verdict is ``block`` (or ``redact`` for pii/secret records); a benign
record is a false positive when the verdict is not ``allow``. Prints a table; ``--write`` also renders it
as Markdown into the given file between the markers ``<!-- results:start -->`` and ``<!-- results:end -->``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from infershield.core.engine import Engine
from infershield.core.policy import Policy
from infershield.core.types import Action
from infershield.ml.engine import build_engine

REDACT_COUNTS = frozenset({"pii", "secret"})
START, END = "<!-- results:start -->", "<!-- results:end -->"


@dataclass
class Tally:
    flagged: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return 100.0 * self.flagged / self.total if self.total else 0.0


@dataclass
class Results:
    by_category: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_lang: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_source: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    seconds: float = 0.0
    records: int = 0


def flagged(record: dict[str, object], action: Action) -> bool:
    if record["label"] == "attack" and record["category"] in REDACT_COUNTS:
        return action in (Action.BLOCK, Action.REDACT)
    if record["label"] == "attack":
        return action is Action.BLOCK
    return action is not Action.ALLOW


def evaluate(paths: list[Path], engine: Engine) -> Results:
    results = Results()
    started = time.perf_counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            record = json.loads(line)
            verdict = engine.scan_text(record["text"])
            hit = flagged(record, verdict.action)
            category, label = str(record["category"]), str(record["label"])
            for tally in (results.by_category[(category, label)],
                          results.by_lang[(label, str(record.get("lang", "und")))],
                          results.by_source[(category, label, str(record.get("source", "?")))]):
                tally.total += 1
                tally.flagged += hit
            results.records += 1
    results.seconds = time.perf_counter() - started
    return results


def render(results: Results, title: str) -> str:
    lines = [f"### {title}", "", "| category | label | n | flagged | rate | meaning |", "|---|---|---:|---:|---:|---|"]
    for (category, label), tally in sorted(results.by_category.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        meaning = "TPR (detected)" if label == "attack" else "FPR (false positives)"
        lines.append(f"| {category} | {label} | {tally.total} | {tally.flagged} | {tally.rate:.1f} % | {meaning} |")
    lines += ["", "By language (attack = TPR, benign = FPR; languages with ≥ 20 records):", "",
              "| label | lang | n | rate |", "|---|---|---:|---:|"]
    for (label, lang), tally in sorted(results.by_lang.items()):
        if tally.total >= 20:
            lines.append(f"| {label} | {lang} | {tally.total} | {tally.rate:.1f} % |")
    lines += ["", "By source:", "", "| category | label | source | n | rate |", "|---|---|---|---:|---:|"]
    for (category, label, source), tally in sorted(results.by_source.items()):
        lines.append(f"| {category} | {label} | {source} | {tally.total} | {tally.rate:.1f} % |")
    per_record = 1000 * results.seconds / max(1, results.records)
    lines += ["", f"{results.records} records in {results.seconds:.1f} s ({per_record:.2f} ms per record, "
              f"one process).", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "datasets")
    parser.add_argument("--pool", action="store_true", help="also evaluate the train_pool/ folder")
    parser.add_argument("--preset", default="balanced")
    parser.add_argument("--write", type=Path, help="Markdown file to update between the result markers")
    parser.add_argument("--rules-only", action="store_true", help="leave the learned model out")
    args = parser.parse_args()
    policy = Policy.preset(args.preset)
    engine = Engine(policy) if args.rules_only else build_engine(policy)
    sections = [render(evaluate(sorted(args.data.glob("*.jsonl")), engine), f"{args.data.name}/ ({args.preset})")]
    if args.pool:
        pool = args.data / "train_pool"
        sections.append(render(evaluate(sorted(pool.glob("*.jsonl")), engine), f"train_pool/ ({args.preset})"))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    body = "\n".join([f"Measured {time.strftime('%Y-%m-%d')} on {machine} with `python scripts/evaluate.py"
                      f"{' --pool' if args.pool else ''}{' --rules-only' if args.rules_only else ''} "
                      f"--preset {args.preset}`.", "", *sections])
    print(body)
    if args.write is not None:
        text = args.write.read_text(encoding="utf-8") if args.write.exists() else f"{START}\n{END}\n"
        head, _, rest = text.partition(START)
        _, _, tail = rest.partition(END)
        args.write.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
