"""Prepare the learned layer's training and report splits in one folder (deterministic).

    python scripts/training_data.py --out /tmp/infershield-train

writes ``train/`` (what ``infershield train`` reads) and ``report/`` (never trained on):

* ``train/pool``: ../shared/datasets/train_pool (the training pool; restricted sources are skipped later by
  ``infershield train`` itself).
* ``train/shared`` and ``report/shared``: each file of ../shared/datasets split in half by a stable hash of the
  text (even -> train, odd -> report), so the figures in docs/evaluation.md are on the other half.
* ``train/corpus`` and ``report/corpus``: our corpus's dev and held-out halves (scripts/corpus_split.py's rule).
* ``train/ours``: corpus/train, the training texts we wrote (never used for reporting).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "datasets"


def text_half(text: str) -> str:
    key = " ".join(text.split()).lower().encode("utf-8")
    return "train" if hashlib.blake2b(key, digest_size=8).digest()[0] % 2 == 0 else "report"


def id_half(key: str) -> str:
    return "train" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "report"


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(args.shared / "train_pool", args.out / "train" / "pool",
                    ignore=shutil.ignore_patterns("*.py", "*.md", "*.json"))
    for path in sorted(args.shared.glob("*.jsonl")):
        lines = _lines(path)
        for half in ("train", "report"):
            _write(args.out / half / "shared" / path.name,
                   [line for line in lines if text_half(json.loads(line)["text"]) == half])
    for path in sorted((ROOT / "corpus").glob("*/*.jsonl")):
        if path.parent.name == "train":
            _write(args.out / "train" / "ours" / path.name, _lines(path))
            continue
        lines = _lines(path)
        for half in ("train", "report"):
            _write(args.out / half / "corpus" / path.parent.name / path.name,
                   [line for line in lines if id_half(str(json.loads(line)["id"])) == half])
    counts = {p.relative_to(args.out).as_posix(): len(_lines(p)) for p in sorted(args.out.rglob("*.jsonl"))}
    print(json.dumps({"out": str(args.out), "files": len(counts), "records": sum(counts.values())}))


if __name__ == "__main__":
    main()
