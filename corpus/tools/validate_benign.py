#!/usr/bin/env python3
"""Validate corpus/benign/*.jsonl and print counts.

Checks: every line parses as a JSON object; required fields present; ids match
"<category>-<nnnn>" and are unique across all files; label == "benign"; category matches the file
name and the id prefix; lang is an ISO 639-1 code; hard negatives and documents carry meta.kind;
"messages" records are well-formed; no unfilled @@SLOT@@ tokens; no duplicate content; and the
size targets from the corpus brief are met.

Optional: --shared DIR also checks that no record text is an exact (whitespace/case-normalised)
copy of a text in the shared development datasets.

Exit code 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

BENIGN_DIR = Path(__file__).resolve().parent.parent / "benign"

ORDINARY = {
    "benign_support",
    "benign_writing",
    "benign_coding",
    "benign_data_analysis",
    "benign_translation",
    "benign_math",
    "benign_business_email",
    "benign_general_chat",
}
CATEGORIES = ORDINARY | {"benign_hard_negative", "benign_document"}
TARGETS = {  # minimum counts from the brief
    "total": 1700,
    "ordinary": 1100,
    "ordinary_non_en": 150,
    "benign_hard_negative": 450,
    "benign_document": 150,
}
ID_RE = re.compile(r"^(benign_[a-z_]+)-(\d{4})$")
LANG_RE = re.compile(r"^[a-z]{2}$")
ROLES = {"user", "document", "system", "assistant", "tool"}


def norm(s: str) -> str:
    return " ".join(s.split()).lower()


def content_of(rec: dict) -> str:
    if "text" in rec:
        return rec["text"]
    return "\n".join(m["content"] for m in rec["messages"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=BENIGN_DIR)
    ap.add_argument("--shared", type=Path, default=None, help="shared datasets dir for an overlap check")
    args = ap.parse_args()

    errors: list[str] = []
    ids: dict[str, str] = {}
    contents: dict[str, str] = {}
    by_cat: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    by_cat_lang: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    formats: Counter[str] = Counter()
    n_lines = 0

    files = sorted(args.dir.glob("*.jsonl"))
    if not files:
        print(f"no .jsonl files in {args.dir}")
        return 1

    for path in files:
        file_cat = path.stem
        if file_cat not in CATEGORIES:
            errors.append(f"{path.name}: unexpected file / category name")
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            n_lines += 1
            where = f"{path.name}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"{where}: not an object")
                continue

            rid = rec.get("id")
            m = ID_RE.match(rid or "")
            if not m:
                errors.append(f"{where}: bad id {rid!r}")
            elif m.group(1) != rec.get("category"):
                errors.append(f"{where}: id prefix does not match category")
            if rid in ids:
                errors.append(f"{where}: duplicate id {rid} (also {ids[rid]})")
            ids[rid] = where

            if rec.get("label") != "benign":
                errors.append(f"{where}: label is {rec.get('label')!r}")
            cat = rec.get("category")
            if cat != file_cat:
                errors.append(f"{where}: category {cat!r} in file {path.name}")
            lang = rec.get("lang", "")
            if not LANG_RE.match(lang):
                errors.append(f"{where}: bad lang {lang!r}")

            has_text, has_msgs = "text" in rec, "messages" in rec
            if has_text == has_msgs:
                errors.append(f"{where}: needs exactly one of text / messages")
                continue
            if has_text and (not isinstance(rec["text"], str) or not rec["text"].strip()):
                errors.append(f"{where}: empty text")
                continue
            if has_msgs:
                msgs = rec["messages"]
                ok = isinstance(msgs, list) and msgs and all(
                    isinstance(x, dict)
                    and x.get("role") in ROLES
                    and isinstance(x.get("content"), str)
                    and x["content"].strip()
                    for x in msgs
                )
                if not ok:
                    errors.append(f"{where}: malformed messages")
                    continue
                formats["messages"] += 1
            else:
                formats["text"] += 1

            body = content_of(rec)
            if "@@" in body and re.search(r"@@[A-Z0-9_]+@@", body):
                errors.append(f"{where}: unfilled slot token")
            key = norm(body)
            if key in contents:
                errors.append(f"{where}: duplicate content (also {contents[key]})")
            contents[key] = rid or where

            if cat in ("benign_hard_negative", "benign_document"):
                kind = (rec.get("meta") or {}).get("kind")
                if not kind:
                    errors.append(f"{where}: missing meta.kind")
                kinds[cat][kind] += 1

            by_cat[cat] += 1
            by_lang[lang] += 1
            by_cat_lang[cat][lang] += 1

    # targets
    ordinary = sum(by_cat[c] for c in ORDINARY)
    ordinary_non_en = sum(n for c in ORDINARY for lg, n in by_cat_lang[c].items() if lg != "en")
    checks = {
        "total": n_lines,
        "ordinary": ordinary,
        "ordinary_non_en": ordinary_non_en,
        "benign_hard_negative": by_cat["benign_hard_negative"],
        "benign_document": by_cat["benign_document"],
    }
    for name, minimum in TARGETS.items():
        if checks[name] < minimum:
            errors.append(f"target not met: {name} = {checks[name]} < {minimum}")

    overlap = None
    if args.shared is not None:
        shared_texts: set[str] = set()
        for p in sorted(args.shared.rglob("*.jsonl")):
            for line in p.read_text(encoding="utf-8").splitlines():
                try:
                    r = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(r.get("text"), str):
                    shared_texts.add(norm(r["text"]))
        overlap = sorted(rid for key, rid in contents.items() if key in shared_texts)
        if overlap:
            errors.append(f"{len(overlap)} records are exact copies of shared-dataset texts: {overlap[:10]}")

    # report
    print(f"files: {len(files)}   records: {n_lines}   unique ids: {len(ids)}")
    print(f"formats: {dict(formats)}")
    print("\nper category (total / non-English):")
    for cat in sorted(by_cat, key=lambda c: (c not in ORDINARY, c)):
        non_en = sum(n for lg, n in by_cat_lang[cat].items() if lg != "en")
        print(f"  {cat:24s} {by_cat[cat]:5d}   non-en {non_en:4d}")
    print(f"  {'ordinary requests':24s} {ordinary:5d}   non-en {ordinary_non_en:4d}")
    print(f"\nlanguages ({len(by_lang)}):")
    print("  " + ", ".join(f"{lg} {n}" for lg, n in by_lang.most_common()))
    for cat, counter in kinds.items():
        print(f"\n{cat} meta.kind:")
        print("  " + ", ".join(f"{k} {n}" for k, n in counter.most_common()))
    if overlap is not None:
        print(f"\nexact-copy overlap with {args.shared}: {len(overlap)}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:50]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
