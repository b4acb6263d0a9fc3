"""Split our corpus into a development half and a held-out half by a stable hash of each record's id.

    python scripts/corpus_split.py --half dev --out /tmp/corpus_dev
    python scripts/corpus_split.py --half test --out /tmp/corpus_test

Rules are developed against the dev half only; the test half shows whether they generalize.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def half_of(key: str) -> str:
    return "dev" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("dev", "test"), required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    kept = 0
    for path in sorted(p for p in CORPUS.rglob("*.jsonl") if p.parent.name != "train"):
        lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
        chosen = [line for line in lines if half_of(str(json.loads(line)["id"])) == args.half]
        target = args.out / path.relative_to(CORPUS)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("".join(f"{line}\n" for line in chosen), encoding="utf-8")
        kept += len(chosen)
    for path in sorted(CORPUS.glob("scenarios/*.json")):
        if half_of(path.stem) == args.half:
            target = args.out / path.relative_to(CORPUS)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
            kept += 1
    print(f"{kept} records and scenarios in the {args.half} half written to {args.out}")


if __name__ == "__main__":
    main()
