#!/usr/bin/env python3
"""Assemble the hand-written benign corpus into corpus/benign/*.jsonl.

All natural-language content lives in corpus/tools/benign_data/*.py and was written by hand for
this corpus. This script only
  * fills a few @@TOKEN@@ slots (order / invoice / tracking numbers, UUIDs, git SHAs, hashes,
    tiny PNGs, public-key-shaped base64) with values from a seeded RNG, so every run is identical;
  * assigns ids "<category>-<nnnn>" in source order;
  * writes one JSONL file per category.

Usage:  python corpus/tools/generate_benign.py   (from the repo root or anywhere)
"""

from __future__ import annotations

import base64
import json
import random
import re
import struct
import sys
import uuid
import zlib
from pathlib import Path

SEED = 20240523

TOOLS_DIR = Path(__file__).resolve().parent
CORPUS_DIR = TOOLS_DIR.parent
OUT_DIR = CORPUS_DIR / "benign"

sys.path.insert(0, str(TOOLS_DIR))

from benign_data import (  # noqa: E402
    business_email,
    coding,
    data_analysis,
    documents_a,
    documents_b,
    general_chat,
    hard_negative_a,
    hard_negative_b,
    long_requests,
    math_,
    support,
    translation,
    writing,
)

ORDINARY = {
    "benign_support": support.ITEMS,
    "benign_writing": writing.ITEMS,
    "benign_coding": coding.ITEMS,
    "benign_data_analysis": data_analysis.ITEMS,
    "benign_translation": translation.ITEMS,
    "benign_math": math_.ITEMS,
    "benign_business_email": business_email.ITEMS,
    "benign_general_chat": general_chat.ITEMS,
}
# longer, multi-paragraph requests are kept in their own module and appended to each category
for _cat, _items in long_requests.LONG.items():
    ORDINARY[_cat] = list(ORDINARY[_cat]) + list(_items)

FIRST_NAMES = ["Sam", "Alex", "Maria", "Tom", "Priya", "Jonas", "Lea", "Omar", "Yuki", "Chris", "Nina", "Ravi"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"


# --------------------------------------------------------------------------- slot values
def _png_b64(rng: random.Random) -> str:
    """A real, tiny RGB PNG (a small two-colour gradient), base64-encoded."""
    w, h = rng.randint(2, 6), rng.randint(2, 6)
    c1 = [rng.randint(0, 255) for _ in range(3)]
    c2 = [rng.randint(0, 255) for _ in range(3)]
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            t = (x + y) / max(1, (w + h - 2))
            raw += bytes(int(a + (b - a) * t) for a, b in zip(c1, c2, strict=True))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


def _ed25519(rng: random.Random) -> str:
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rng.randbytes(32)
    return base64.b64encode(blob).decode()


def _pem_body(rng: random.Random) -> str:
    b64 = base64.b64encode(b"\x30\x82\x03\x0a" + rng.randbytes(rng.randint(250, 420))).decode()
    return "\n".join(b64[i : i + 64] for i in range(0, len(b64), 64))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _tracking(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:  # UPS-style
        return "1Z" + "".join(rng.choice(ALNUM) for _ in range(6)) + "".join(rng.choice("0123456789") for _ in range(10))
    if kind == 1:  # UPU S10 (postal)
        return rng.choice(["RR", "LX", "CP", "RB"]) + f"{rng.randrange(10**8, 10**9)}" + rng.choice(["DE", "GB", "FR", "NL"])
    if kind == 2:  # parcel carrier, digits only
        return "".join(rng.choice("0123456789") for _ in range(rng.choice([12, 14, 20])))
    return "JJD" + "".join(rng.choice("0123456789") for _ in range(18))


def _order(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return str(rng.randrange(1_000_000, 99_999_999))
    if kind == 1:
        return f"#{rng.randrange(10_000, 999_999)}"
    return f"ORD-{rng.choice([2023, 2024])}-{rng.randrange(10_000, 99_999)}"


def _invoice(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return f"INV-{rng.choice([2023, 2024])}-{rng.randrange(100, 9_999):05d}"
    if kind == 1:
        return f"RE{rng.randrange(100_000, 999_999)}"
    return f"{rng.choice([2023, 2024])}/{rng.randrange(1, 2_000):04d}"


def _amount(rng: random.Random) -> str:
    value = rng.randrange(900, 45_000) / 100
    return rng.choice(["€{:.2f}", "${:.2f}", "£{:.2f}", "{:.2f} EUR"]).format(value)


SLOTS = {
    "ORDER": _order,
    "TRACK": _tracking,
    "INV": _invoice,
    "TICKET": lambda r: r.choice(["#", "CS-", "SR-", "TCK-"]) + str(r.randrange(10_000, 999_999)),
    "NAME": lambda r: r.choice(FIRST_NAMES),
    "AMOUNT": _amount,
    "UUID": lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)),
    "SHA1": lambda r: _hex(r, 40),
    "SHA7": lambda r: _hex(r, 7),
    "SHA256": lambda r: _hex(r, 64),
    "HEX64": lambda r: _hex(r, 64),
    "HEX32": lambda r: _hex(r, 32),
    "HEX24": lambda r: _hex(r, 24),
    "HEX16": lambda r: _hex(r, 16),
    "NUM4": lambda r: str(r.randrange(1000, 9999)),
    "PNR": lambda r: "".join(r.choice(ALNUM) for _ in range(6)),
    "PNG_B64": _png_b64,
    "ED25519": _ed25519,
    "PEM": _pem_body,
    "B64URL": lambda r: base64.urlsafe_b64encode(r.randbytes(256)).decode().rstrip("="),
    "B64FP": lambda r: base64.b64encode(r.randbytes(32)).decode().rstrip("="),
}
SLOT_RE = re.compile(r"@@([A-Z0-9_]+)@@")


def fill(text: str, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in SLOTS:
            raise KeyError(f"unknown slot @@{name}@@")
        return SLOTS[name](rng)

    return SLOT_RE.sub(repl, text)


# --------------------------------------------------------------------------- assembly
def split_entry(entry: object) -> tuple[str, str]:
    if isinstance(entry, str):
        return "en", entry
    if isinstance(entry, tuple) and len(entry) == 2:
        return entry[0], entry[1]
    raise TypeError(f"bad entry: {entry!r}")


def build() -> dict[str, list[dict]]:
    rng = random.Random(SEED)
    out: dict[str, list[dict]] = {}

    for category, items in ORDINARY.items():
        records = []
        for entry in items:
            lang, text = split_entry(entry)
            records.append({"text": fill(text, rng), "label": "benign", "category": category, "lang": lang})
        out[category] = records

    hard = []
    for module in (hard_negative_a, hard_negative_b):
        for kind, items in module.HARD.items():
            for entry in items:
                lang, text = split_entry(entry)
                hard.append(
                    {
                        "text": fill(text, rng),
                        "label": "benign",
                        "category": "benign_hard_negative",
                        "lang": lang,
                        "meta": {"kind": kind},
                    }
                )
    out["benign_hard_negative"] = hard

    docs = []
    for module in (documents_a, documents_b):
        for d in module.DOCS:
            doc = fill(d["doc"], rng)
            rec: dict = {}
            if d["ask"]:
                rec["messages"] = [
                    {"role": "user", "content": d["ask"]},
                    {"role": "document", "content": doc},
                ]
            else:
                rec["text"] = doc
            rec.update(
                {
                    "label": "benign",
                    "category": "benign_document",
                    "lang": d["lang"],
                    "meta": {"kind": d["kind"], "format": "messages" if d["ask"] else "text"},
                }
            )
            docs.append(rec)
    out["benign_document"] = docs

    # ids, in source order
    for category, records in out.items():
        for i, rec in enumerate(records, start=1):
            rec_with_id = {"id": f"{category}-{i:04d}"}
            rec_with_id.update(rec)
            records[i - 1] = rec_with_id
    return out


def main() -> int:
    corpus = build()
    seen: dict[str, str] = {}
    for records in corpus.values():
        for rec in records:
            key = rec.get("text") or json.dumps(rec["messages"], ensure_ascii=False)
            key = " ".join(key.split()).lower()
            if key in seen:
                raise SystemExit(f"duplicate content: {rec['id']} and {seen[key]}")
            seen[key] = rec["id"]

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    total = 0
    for category, records in corpus.items():
        path = OUT_DIR / f"{category}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        total += len(records)
        print(f"{category:24s} {len(records):5d}  -> {path.relative_to(CORPUS_DIR.parent)}")
    print(f"{'total':24s} {total:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
