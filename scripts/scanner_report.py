"""Development aid: run one scanner family over labelled JSONL files and print flag rates per category.

    python scripts/scanner_report.py prompt_injection ../shared/datasets/*.jsonl [--min-score 0.8] [--show-fp 5]

A record counts as flagged when the scanner yields a finding with score >= --min-score. Rates are printed per
(category, label). Use it while writing rules; the engine-level evaluation lives in scripts/evaluate.py.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from infershield.core.normalize import normalize
from infershield.core.policy import Policy
from infershield.core.registry import SCANNERS
from infershield.ml.engine import artifacts_for


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("scanner")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--min-score", type=float, default=0.8)
    parser.add_argument("--show-fp", type=int, default=0, help="print N flagged benign texts per category")
    parser.add_argument("--show-fn", type=int, default=0, help="print N missed attack texts per category")
    args = parser.parse_args()
    policy = Policy.default()
    scanner = SCANNERS[args.scanner](policy, artifacts_for(policy))
    if scanner is None:
        parser.error(f"scanner {args.scanner!r} needs an artifact that is not available")
    flagged: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    shown: Counter[tuple[str, str]] = Counter()
    started = time.perf_counter()
    for path in args.files:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            record = json.loads(line)
            key = (record["category"], record["label"])
            findings = scanner.scan(normalize(record["text"]))
            hit = [f for f in findings if f.score >= args.min_score]
            total[key] += 1
            flagged[key] += bool(hit)
            if hit and record["label"] == "benign" and shown[key] < args.show_fp:
                shown[key] += 1
                print(f"FP {key[0]} {[(f.rule, record['text'][f.span.start:f.span.end][:60]) for f in hit]}")
                print("   ", record["text"][:300].replace("\n", " "))
            if not hit and record["label"] == "attack" and shown[key] < args.show_fn:
                shown[key] += 1
                print(f"FN {key[0]} [{record.get('lang')}]", record["text"][:300].replace("\n", " "))
    for key in sorted(total):
        print(f"{key[0]:22} {key[1]:7} {flagged[key]:6}/{total[key]:<6} {100 * flagged[key] / total[key]:6.1f}% flagged")
    print(f"{time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
