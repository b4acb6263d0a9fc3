#!/usr/bin/env python3
"""Validate corpus/attacks/*.jsonl and print counts per category and per language.

    python3 corpus/tools/validate_attacks.py

Checks: every line parses; ids are unique and follow "<category>-<nnn>"; label is "attack";
category is known and matches the file name; lang is an ISO 639-1 code; each record has
exactly one of text / messages; messages have valid roles and tool-call arguments that are
JSON strings; PII / secret entity offsets are exact and non-overlapping; generated values
pass their checksums (Luhn, IBAN mod-97, SSN ranges, GitHub/npm CRC32); encoded payloads
really decode; and re-running the generator reproduces the files exactly.
Exits non-zero on any error.
"""

from __future__ import annotations

import binascii
import ipaddress
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_attacks as gen  # noqa: E402

ATTACK_DIR = HERE.parent / "attacks"
ROLES = {"user", "system", "assistant", "tool", "document"}
ENTITY_TYPES = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
                "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH", "SECRET"}
REQUIRED_LANGS = {"de", "fr", "es", "it", "pt", "ru", "zh", "ja", "ko"}
MIN_PER_CATEGORY, MIN_TOTAL = 25, 700

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def check_entity_value(where: str, etype: str, value: str, kind: str | None) -> None:
    if etype == "CREDIT_CARD" and not gen.luhn_valid(value):
        err(where, f"card fails Luhn: {value}")
    elif etype == "IBAN_CODE" and not gen.iban_valid(value):
        err(where, f"IBAN fails mod-97: {value}")
    elif etype == "US_SSN":
        m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
        if not m or m.group(1) in ("000", "666") or int(m.group(1)) >= 900 or m.group(2) == "00" \
                or m.group(3) == "0000":
            err(where, f"SSN outside valid ranges: {value}")
    elif etype == "IP_ADDRESS":
        try:
            ipaddress.ip_address(value)
        except ValueError:
            err(where, f"bad IP: {value}")
    elif etype == "SECRET" and value[:4] in ("ghp_", "npm_") and not gen.github_checksum_ok(value):
        err(where, f"GitHub-style checksum wrong: {value}")
    elif etype == "SECRET" and kind == "jwt":
        parts = value.split(".")
        if len(parts) != 3:
            err(where, "JWT must have 3 parts")
        else:
            for p in parts[:2]:
                json.loads(binascii.a2b_base64(p.replace("-", "+").replace("_", "/") + "=" * (-len(p) % 4)))


def check_record(path: Path, lineno: int, rec: dict, seen: set[str]) -> None:
    where = f"{path.name}:{lineno}"
    cat = path.stem
    for key in ("id", "label", "category", "lang"):
        if key not in rec:
            err(where, f"missing {key}")
            return
    rid = rec["id"]
    if rid in seen:
        err(where, f"duplicate id {rid}")
    seen.add(rid)
    if not re.fullmatch(rf"{re.escape(cat)}-\d{{3}}", rid):
        err(where, f"id {rid!r} does not match <category>-<nnn>")
    if rec["label"] != "attack":
        err(where, f"label {rec['label']!r}")
    if rec["category"] not in gen.CATEGORIES or rec["category"] != cat:
        err(where, f"category {rec['category']!r} (file {cat})")
    if not re.fullmatch(r"[a-z]{2}", rec["lang"]):
        err(where, f"lang {rec['lang']!r} is not ISO 639-1")
    extra = set(rec) - {"id", "text", "messages", "label", "category", "lang", "meta"}
    if extra:
        err(where, f"unexpected keys {extra}")
    if ("text" in rec) == ("messages" in rec):
        err(where, "needs exactly one of text / messages")
        return
    if "text" in rec:
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            err(where, "empty text")
    else:
        msgs = rec["messages"]
        if not isinstance(msgs, list) or not msgs:
            err(where, "messages must be a non-empty list")
            return
        for i, m in enumerate(msgs):
            if m.get("role") not in ROLES or not isinstance(m.get("content"), str):
                err(where, f"message {i} bad role/content")
            if set(m) - {"role", "content", "tool_calls"}:
                err(where, f"message {i} unexpected keys")
            for tc in m.get("tool_calls", []):
                if m["role"] != "assistant":
                    err(where, "tool_calls only allowed on assistant messages")
                if not isinstance(tc.get("name"), str) or not isinstance(tc.get("arguments"), str):
                    err(where, "tool call needs name and arguments (string)")
                else:
                    try:
                        json.loads(tc["arguments"])
                    except json.JSONDecodeError:
                        err(where, "tool call arguments are not JSON")
    meta = rec.get("meta", {})
    if cat in ("pii_leak", "secret_leak"):
        if "text" not in rec:
            err(where, "pii/secret records must be text records")
            return
        ents = meta.get("entities")
        if not ents:
            err(where, "missing meta.entities")
            return
        text = rec["text"]
        last_end = -1
        for e in sorted(ents, key=lambda e: e["start"]):
            if e["type"] not in ENTITY_TYPES:
                err(where, f"unknown entity type {e['type']}")
            if not (0 <= e["start"] < e["end"] <= len(text)):
                err(where, f"offsets out of range {e}")
                continue
            if e["start"] < last_end:
                err(where, f"overlapping entities at {e['start']}")
            last_end = e["end"]
            if text[e["start"]:e["end"]] != e["value"]:
                err(where, f"offset mismatch: {text[e['start']:e['end']]!r} != {e['value']!r}")
            check_entity_value(where, e["type"], e["value"], e.get("kind"))
        if cat == "secret_leak" and not any(e["type"] == "SECRET" for e in ents):
            err(where, "secret record without SECRET entity")
    if cat == "encoded_payload":
        enc = gen.ENCODERS[meta["method"]](meta["decoded_payload"])
        if enc not in rec["text"]:
            err(where, "encoded payload not found in text")


def main() -> int:
    seen: set[str] = set()
    by_cat: Counter[str] = Counter()
    by_lang: Counter[str] = Counter()
    by_cat_lang: dict[str, Counter[str]] = {}
    fmt: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    files = sorted(ATTACK_DIR.glob("*.jsonl"))
    stems = {p.stem for p in files}
    for missing in set(gen.CATEGORIES) - stems:
        err("corpus", f"no file for category {missing}")
    for extra in stems - set(gen.CATEGORIES):
        err("corpus", f"unexpected file {extra}.jsonl")
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    err(f"{path.name}:{lineno}", f"invalid JSON: {exc}")
                    continue
                check_record(path, lineno, rec, seen)
                by_cat[path.stem] += 1
                by_lang[rec.get("lang", "?")] += 1
                by_cat_lang.setdefault(path.stem, Counter())[rec.get("lang", "?")] += 1
                fmt["messages" if "messages" in rec else "text"] += 1
                texts[json.dumps(rec.get("text") or rec.get("messages"), ensure_ascii=False)] += 1
    for t, n in texts.items():
        if n > 1:
            err("corpus", f"duplicate content x{n}: {t[:80]}")
    for cat in gen.CATEGORIES:
        if by_cat[cat] < MIN_PER_CATEGORY:
            err("corpus", f"{cat} has only {by_cat[cat]} records")
    total = sum(by_cat.values())
    if total < MIN_TOTAL:
        err("corpus", f"only {total} records")
    ml = set(by_cat_lang.get("multilingual", {}))
    if not ml >= REQUIRED_LANGS:
        err("corpus", f"multilingual lacks {REQUIRED_LANGS - ml}")

    # reproducibility: the generator must rebuild the files byte for byte
    rebuilt = gen.build_all()
    for cat, recs in rebuilt.items():
        expected = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        path = ATTACK_DIR / f"{cat}.jsonl"
        if path.exists() and path.read_text(encoding="utf-8") != expected:
            err(path.name, "differs from generator output (run generate_attacks.py)")

    print(f"{'category':30s} {'n':>4s}  languages")
    for cat in gen.CATEGORIES:
        langs = ", ".join(f"{k} {v}" for k, v in by_cat_lang.get(cat, Counter()).most_common())
        print(f"{cat:30s} {by_cat[cat]:4d}  {langs}")
    print(f"{'TOTAL':30s} {total:4d}  ({fmt['text']} text records, {fmt['messages']} conversation records)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in by_lang.most_common()))
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
