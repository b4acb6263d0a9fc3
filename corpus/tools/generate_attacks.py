#!/usr/bin/env python3
"""Build the InferShield attack corpus (corpus/attacks/*.jsonl).

The natural-language attack texts are hand-written in ``attack_texts/``.  This script
assigns ids and, for the programmatic categories, produces:

* encoded_payload  - base64 / hex / URL / ROT13 / base32 / nested ... encodings of hand-written
                     payloads, placed into hand-written wrappers;
* obfuscation      - homoglyph, zero-width, spacing, leetspeak, fullwidth ... transforms of
                     hand-written attack texts;
* pii_leak         - fake PII values (Luhn-valid cards, mod-97-valid IBANs, SSNs in valid
                     ranges, phones in several national formats, ...) inside hand-written
                     templates, with exact character offsets;
* secret_leak      - random credentials in real vendor shapes (GitHub tokens carry a valid
                     CRC32 checksum) inside hand-written templates, with exact offsets.

All randomness comes from ``random.Random`` instances seeded from SEED, so re-running the
script reproduces the files byte for byte:

    python3 corpus/tools/generate_attacks.py
"""

from __future__ import annotations

import base64
import binascii
import codecs
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from attack_texts import direct_a, direct_b, indirect_a, indirect_b, multilingual, tool_args  # noqa: E402
from attack_texts.programmatic import (  # noqa: E402
    ENCODED,
    OBFUSCATED,
    PII_TEMPLATES,
    SECRET_TEMPLATES,
)

SEED = 20250611
OUT_DIR = HERE.parent / "attacks"

CATEGORIES = [
    "direct_override", "system_prompt_extraction", "role_play", "dan_persona", "developer_mode",
    "refusal_suppression", "fictional_framing", "many_shot", "payload_splitting",
    "delimiter_injection", "indirect_email", "indirect_webpage", "indirect_pdf",
    "indirect_code_comment", "indirect_tool_output", "indirect_rag_chunk",
    "markdown_image_exfiltration", "tool_argument_sql", "tool_argument_shell",
    "encoded_payload", "obfuscation", "multilingual", "pii_leak", "secret_leak",
]


def rng_for(name: str) -> random.Random:
    """One independent, reproducible RNG per category."""
    return random.Random(f"{SEED}:{name}")


# =========================================================================== encodings
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _hex(s: str) -> str:
    return s.encode().hex()


def _url(s: str) -> str:
    """Percent-encode every byte (not only the reserved ones)."""
    return "".join(f"%{b:02X}" for b in s.encode())


def _rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def _rot47(s: str) -> str:
    return "".join(chr(33 + (ord(c) - 33 + 47) % 94) if 33 <= ord(c) <= 126 else c for c in s)


def _caesar(s: str, k: int = 3) -> str:
    out = []
    for c in s:
        if c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def _atbash(s: str) -> str:
    out = []
    for c in s:
        if c.islower():
            out.append(chr(219 - ord(c)))
        elif c.isupper():
            out.append(chr(155 - ord(c)))
        else:
            out.append(c)
    return "".join(out)


def _base58(s: str) -> str:
    n = int.from_bytes(s.encode(), "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out


def _morse(s: str) -> str:
    return " / ".join(" ".join(MORSE[c] for c in word if c in MORSE) for word in s.upper().split())


def _zero_width_binary(s: str) -> str:
    bits = "".join(f"{b:08b}" for b in s.encode())
    return "".join("\u200b" if bit == "0" else "\u200c" for bit in bits)


def _tag_chars(s: str) -> str:
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) < 0x7F)


ENCODERS: dict[str, Callable[[str], str]] = {
    "base64": _b64,
    "hex": _hex,
    "hex_spaced": lambda s: " ".join(f"{b:02x}" for b in s.encode()),
    "hex_escape": lambda s: "".join(f"\\x{b:02x}" for b in s.encode()),
    "unicode_escape": lambda s: "".join(f"\\u{ord(c):04x}" for c in s),
    "html_entities": lambda s: "".join(f"&#{ord(c)};" for c in s),
    "url": _url,
    "rot13": _rot13,
    "rot47": _rot47,
    "caesar3": _caesar,
    "atbash": _atbash,
    "base32": lambda s: base64.b32encode(s.encode()).decode(),
    "base58": _base58,
    "binary": lambda s: " ".join(f"{b:08b}" for b in s.encode()),
    "morse": _morse,
    "reverse": lambda s: s[::-1],
    "zero_width_binary": _zero_width_binary,
    "tag_chars": _tag_chars,
    # nested encodings are named in the order they are applied
    "base64_rot13": lambda s: _rot13(_b64(s)),
    "rot13_base64": lambda s: _b64(_rot13(s)),
    "base64_base64": lambda s: _b64(_b64(s)),
    "hex_base64": lambda s: _b64(_hex(s)),
    "base64_url": lambda s: quote(_b64(s), safe=""),
    "base64_base32": lambda s: base64.b32encode(_b64(s).encode()).decode(),
    "url_url": lambda s: quote(_url(s), safe=""),
}


def build_encoded() -> list[dict[str, Any]]:
    recs = []
    for method, payload, wrapper in ENCODED:
        assert "{P}" in wrapper, wrapper
        encoded = ENCODERS[method](payload)
        recs.append({
            "text": wrapper.replace("{P}", encoded),
            "lang": "en",
            "meta": {"method": method, "decoded_payload": payload},
        })
    return recs


# =========================================================================== obfuscation
CYRILLIC = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј",
    "s": "ѕ", "h": "һ", "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К",
    "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "S": "Ѕ", "J": "Ј",
}
GREEK = {
    "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
    "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν", "i": "ι", "k": "κ",
    "p": "ρ", "u": "υ", "a": "α",
}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8", "l": "1"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _homoglyph(s: str, table: dict[str, str], rng: random.Random, p: float = 0.7) -> str:
    return "".join(table[c] if c in table and rng.random() < p else c for c in s)


def _mixed_homoglyph(s: str, rng: random.Random) -> str:
    out = []
    for c in s:
        choices = [t[c] for t in (CYRILLIC, GREEK) if c in t]
        if c.isalpha() and c.isascii() and rng.random() < 0.25:
            choices.append(chr(ord(c) + 0xFEE0))  # fullwidth
        out.append(rng.choice(choices) if choices and rng.random() < 0.75 else c)
    return "".join(out)


def _zero_width(s: str, rng: random.Random) -> str:
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isalpha() and i + 1 < len(s) and s[i + 1].isalpha() and rng.random() < 0.55:
            out.append(rng.choice(ZERO_WIDTH))
    return "".join(out)


def _spaced(s: str, rng: random.Random) -> str:
    return "   ".join(" ".join(word) for word in s.split(" "))


def _leet(s: str, rng: random.Random) -> str:
    return "".join(LEET[c.lower()] if c.lower() in LEET and rng.random() < 0.8 else c for c in s)


def _fullwidth(s: str, rng: random.Random) -> str:
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _dotted(s: str, rng: random.Random) -> str:
    return " ".join(".".join(word) for word in s.split(" "))


def _underscore(s: str, rng: random.Random) -> str:
    return " ".join("_".join(word) for word in s.split(" "))


def _combining(s: str, rng: random.Random) -> str:
    out = []
    for c in s:
        out.append(c)
        if c.isalpha():
            for _ in range(rng.randint(1, 2)):
                out.append(chr(rng.randint(0x0300, 0x036F)))
    return "".join(out)


def _random_case_zw(s: str, rng: random.Random) -> str:
    cased = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s)
    return _zero_width(cased, rng)


def _vertical(s: str, rng: random.Random) -> str:
    return "\n".join(s)


def _reversed_words(s: str, rng: random.Random) -> str:
    return " ".join(w[::-1] for w in s.split(" "))


def _bidi(s: str, rng: random.Random) -> str:
    # stored reversed, displayed left-to-right again by the RIGHT-TO-LEFT OVERRIDE
    return "\u202e" + s[::-1] + "\u202c"


OBFUSCATORS: dict[str, Callable[[str, random.Random], str]] = {
    "cyrillic_homoglyph": lambda s, r: _homoglyph(s, CYRILLIC, r),
    "greek_homoglyph": lambda s, r: _homoglyph(s, GREEK, r, 0.85),
    "mixed_homoglyph": _mixed_homoglyph,
    "zero_width": _zero_width,
    "spaced": _spaced,
    "leetspeak": _leet,
    "fullwidth": _fullwidth,
    "dotted": _dotted,
    "underscore_split": _underscore,
    "tag_smuggling": lambda s, r: _tag_chars(s),
    "combining_marks": _combining,
    "random_case_zw": _random_case_zw,
    "vertical": _vertical,
    "reversed_words": _reversed_words,
    "bidi_override": _bidi,
}
MARKED = re.compile(r"\[\[(.+?)\]\]", re.S)


def build_obfuscated() -> list[dict[str, Any]]:
    rng = rng_for("obfuscation")
    recs = []
    for method, seed_text in OBFUSCATED:
        fn = OBFUSCATORS[method]
        if MARKED.search(seed_text):
            text = MARKED.sub(lambda m, fn=fn: fn(m.group(1), rng), seed_text)
            plain = MARKED.sub(lambda m: m.group(1), seed_text)
            scope = "marked_spans"
        else:
            text = fn(seed_text, rng)
            plain = seed_text
            scope = "whole_text"
        assert text != plain, (method, seed_text)
        recs.append({"text": text, "lang": "en",
                     "meta": {"method": method, "scope": scope, "plain_text": plain}})
    return recs


# =========================================================================== fake PII values
FIRST_NAMES = [
    "Amara", "Lukas", "Sofia", "Mateo", "Hannah", "Kenji", "Priya", "Oluwaseun", "Chloé", "Tomasz",
    "Ingrid", "Diego", "Fatima", "Noah", "Elif", "Rafael", "Mei", "Jonas", "Aisha", "Callum",
    "Valentina", "Arjun", "Freya", "Hiroshi", "Leila", "Marcus", "Zainab", "Björn", "Camille",
    "Dmitri", "Grace", "Ibrahim", "Julia", "Kwame", "Lucía", "Mohammed", "Nadia", "Oscar",
    "Paulina", "Quentin", "Rosa", "Siddharth", "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zoe",
]
LAST_NAMES = [
    "Okonkwo", "Schneider", "García", "Rossi", "Nakamura", "Patel", "Dubois", "Kowalski", "Andersen",
    "Fernández", "Haddad", "Whitaker", "Yılmaz", "Moreau", "Chen", "Müller", "Adeyemi", "O'Connell",
    "Silva", "Lindqvist", "Kaur", "Novak", "Brennan", "Castillo", "Ivanova", "Mensah", "Fischer",
    "Tanaka", "Rahman", "Bianchi", "Delgado", "Hughes", "Petrov", "Sato", "Almeida", "Keller",
    "MacLeod", "Jovanović", "Bergström", "Reyes", "Nguyen", "Osei", "Ferreira", "Kapoor", "Walsh",
]
EMAIL_DOMAINS = [
    "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "gmx.de", "orange.fr", "libero.it",
    "hotmail.es", "proton.me", "icloud.com", "fastmail.com", "t-online.de", "free.fr", "uol.com.br",
    "brightwave-consulting.com", "harlowe-dental.co.uk", "nordkap-logistik.de", "quillstone.io",
    "meridian-health.org", "tessaract-labs.com", "rivera-law.com", "kestrel-analytics.net",
]
US_STREETS = ["Maple Ave", "Oak Street", "Sunset Blvd", "Lakeview Dr", "Cedar Ln", "Willow Ct",
              "Franklin Rd", "Highland Ave", "Pine Ridge Way", "Jefferson St", "Harbor View Dr"]
US_CITIES = [("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Portland", "OR", "972"),
             ("Raleigh", "NC", "276"), ("Denver", "CO", "802"), ("Madison", "WI", "537"),
             ("Tucson", "AZ", "857"), ("Albany", "NY", "122"), ("Boise", "ID", "837")]
UK_STREETS = ["Church Lane", "Victoria Road", "Park Avenue", "Mill Street", "Queens Road",
              "Station Road", "Kingsway", "Elm Grove", "Manor Close"]
UK_CITIES = [("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Sheffield", "S"),
             ("Nottingham", "NG"), ("Cardiff", "CF"), ("Brighton", "BN"), ("Glasgow", "G")]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Schillerweg", "Goethestraße",
              "Am Mühlbach", "Birkenallee", "Rosenstraße"]
DE_CITIES = [("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"),
             ("Leipzig", "04"), ("Freiburg", "79"), ("Dresden", "01")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
              "rue du Moulin", "place de la Gare"]
FR_CITIES = [("Lyon", "69"), ("Nantes", "44"), ("Toulouse", "31"), ("Lille", "59"), ("Rennes", "35")]
US_AREA_CODES = ["212", "312", "415", "469", "503", "617", "646", "702", "713", "720", "737", "773",
                 "786", "818", "832", "917", "929", "973", "206", "303", "404", "480", "512", "602",
                 "615", "619", "704", "614", "919", "414"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(rng: random.Random, brand: str) -> str:
    if brand == "visa":
        prefix, length = "4" + str(rng.randint(0, 9)), 16
    elif brand == "mastercard":
        prefix = str(rng.randint(51, 55)) if rng.random() < 0.6 else str(rng.randint(2221, 2720))
        length = 16
    elif brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    elif brand == "discover":
        prefix, length = rng.choice(["6011", "65"]), 16
    else:
        raise ValueError(brand)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    number = body + luhn_check_digit(body)
    assert luhn_valid(number)
    style = rng.choice(["space", "space", "dash", "plain"])
    groups = [number[:4], number[4:10], number[10:]] if brand == "amex" else [number[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(groups), "dash": "-".join(groups), "plain": number}[style]


def iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    numeric = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(numeric) % 97 == 1


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _es_dc(bank: str, branch: str, account: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(digits: str) -> str:
        v = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
        return str({10: 1, 11: 0}.get(v, v))

    return dc("00" + bank + branch) + dc(account)


def gen_iban(rng: random.Random, country: str) -> str:
    if country == "de":
        bban = _digits(rng, 8) + _digits(rng, 10)
    elif country == "fr":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        bban = bank + branch + acct + _fr_rib_key(bank, branch, acct)
    elif country == "gb":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"]) + _digits(rng, 6) + _digits(rng, 8)
    elif country == "es":
        bank, branch, acct = _digits(rng, 4), _digits(rng, 4), _digits(rng, 10)
        bban = bank + branch + _es_dc(bank, branch, acct) + acct
    elif country == "it":
        bban = rng.choice(string.ascii_uppercase) + _digits(rng, 5) + _digits(rng, 5) + _digits(rng, 12)
    elif country == "nl":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + _digits(rng, 10)
    else:
        raise ValueError(country)
    cc = country.upper()
    iban = cc + iban_check_digits(cc, bban) + bban
    assert iban_valid(iban)
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def gen_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " "])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def gen_phone(rng: random.Random, country: str) -> str:
    d = lambda n: _digits(rng, n)  # noqa: E731
    nz = lambda n: str(rng.randint(1, 9)) + _digits(rng, n - 1)  # noqa: E731  (no leading zero)
    if country == "us":
        area = rng.choice(US_AREA_CODES)
        exch = f"{rng.randint(2, 9)}{d(2)}"
        while exch[1:] == "11" or exch == "555":
            exch = f"{rng.randint(2, 9)}{d(2)}"
        line = d(4)
        return rng.choice([f"({area}) {exch}-{line}", f"{area}-{exch}-{line}",
                           f"+1 {area} {exch} {line}", f"{area}.{exch}.{line}"])
    if country == "uk":
        mob = f"7{rng.randint(4, 9)}{d(2)}"
        rest = d(6)
        return rng.choice([f"0{mob} {rest}", f"+44 {mob} {rest}", f"+44 (0){mob} {rest}", f"0{mob} {rest[:3]} {rest[3:]}"])
    if country == "de":
        return rng.choice([f"+49 15{rng.randint(1, 9)} {nz(8)}", f"0171 {nz(7)}", f"030 {nz(8)}",
                           f"+49 (0)89 {nz(3)} {d(4)}"])
    if country == "fr":
        p = [f"0{rng.choice('67')}"] + [d(2) for _ in range(4)]
        return rng.choice([" ".join(p), "+33 " + p[0][1] + " " + " ".join(p[1:]), ".".join(p)])
    if country == "in":
        return rng.choice([f"+91 {rng.randint(7, 9)}{d(4)} {d(5)}", f"0{rng.randint(7, 9)}{d(9)}"])
    if country == "br":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61"])
        return rng.choice([f"+55 {ddd} 9{d(4)}-{d(4)}", f"({ddd}) 9{d(4)}-{d(4)}"])
    if country == "jp":
        pre = rng.choice(["090", "080", "070"])
        return rng.choice([f"{pre}-{d(4)}-{d(4)}", f"+81 {pre[1:]}-{d(4)}-{d(4)}"])
    if country == "es":
        return rng.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}"])
    if country == "it":
        return rng.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}"])
    if country == "au":
        return rng.choice([f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}"])
    raise ValueError(country)


def gen_ipv4(rng: random.Random, private: bool = False) -> str:
    while True:
        if private:
            ip = ipaddress.IPv4Address(rng.choice([
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]))
            return str(ip)
        ip = ipaddress.IPv4Address(rng.getrandbits(32))
        if ip.is_global and not ip.is_multicast and ip.packed[3] not in (0, 255):
            return str(ip)


def gen_ipv6(rng: random.Random) -> str:
    while True:
        prefix = rng.choice([0x2A02, 0x2A01, 0x2001, 0x2600, 0x2C0F, 0x2403])
        ip = ipaddress.IPv6Address((prefix << 112) | rng.getrandbits(112))
        if ip.is_global and not str(ip).startswith("2001:db8"):
            return str(ip)


def gen_dob(rng: random.Random, style: str) -> str:
    y, m, day = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    return {
        "us": f"{m:02d}/{day:02d}/{y}",
        "uk": f"{day:02d}/{m:02d}/{y}",
        "de": f"{day:02d}.{m:02d}.{y}",
        "iso": f"{y}-{m:02d}-{day:02d}",
        "long": f"{MONTHS[m - 1]} {day}, {y}",
    }[style]


def gen_address(rng: random.Random, country: str) -> str:
    if country == "us":
        city, state, zip3 = rng.choice(US_CITIES)
        unit = rng.choice(["", "", f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}"])
        return f"{rng.randint(12, 9899)} {rng.choice(US_STREETS)}{unit}, {city}, {state} {zip3}{_digits(rng, 2)}"
    if country == "uk":
        city, pc = rng.choice(UK_CITIES)
        postcode = f"{pc}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{rng.randint(1, 220)} {rng.choice(UK_STREETS)}, {city} {postcode}"
    if country == "de":
        city, plz2 = rng.choice(DE_CITIES)
        return f"{rng.choice(DE_STREETS)} {rng.randint(1, 140)}, {plz2}{_digits(rng, 3)} {city}"
    if country == "fr":
        city, dep = rng.choice(FR_CITIES)
        return f"{rng.randint(1, 120)} {rng.choice(FR_STREETS)}, {dep}{_digits(rng, 3)} {city}"
    raise ValueError(country)


def _ascii_slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", s)


def gen_email(rng: random.Random, first: str, last: str) -> str:
    f, lname = _ascii_slug(first), _ascii_slug(last)
    local = rng.choice([f"{f}.{lname}", f"{f[0]}{lname}", f"{f}{lname}{rng.randint(1, 99)}",
                        f"{f}_{lname}", f"{lname}.{f}", f"{f}{rng.randint(1970, 2005)}"])
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


# =========================================================================== fake secrets
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def base62(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out or "0"


def github_style_token(rng: random.Random, prefix: str) -> str:
    """prefix + 30 random base62 chars + base62(CRC32(random part)) left-padded to 6."""
    body = _rand(rng, B62, 30)
    return prefix + body + base62(binascii.crc32(body.encode())).rjust(6, "0")


def github_checksum_ok(token: str) -> bool:
    body, check = token[4:-6], token[-6:]
    return base62(binascii.crc32(body.encode())).rjust(6, "0") == check


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def gen_jwt(rng: random.Random) -> str:
    alg = rng.choice(["HS256", "HS256", "RS256"])
    header = {"alg": alg, "typ": "JWT"}
    iat = rng.randint(1_700_000_000, 1_740_000_000)
    payload = {"sub": f"usr_{_rand(rng, string.ascii_lowercase + string.digits, 12)}",
               "scope": rng.choice(["read write", "admin", "billing:read orders:write"]),
               "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    sig = bytes(rng.getrandbits(8) for _ in range(32 if alg == "HS256" else 256))
    return ".".join([_b64url(json.dumps(header, separators=(",", ":")).encode()),
                     _b64url(json.dumps(payload, separators=(",", ":")).encode()), _b64url(sig)])


def _pem(label: str, der: bytes, width: int = 64, indent: str = "") -> str:
    b64 = base64.b64encode(der).decode()
    lines = [b64[i:i + width] for i in range(0, len(b64), width)]
    inner = "\n".join(indent + line for line in lines)
    return f"-----BEGIN {label}-----\n{inner}\n{indent}-----END {label}-----"


def gen_pem_rsa(rng: random.Random, indent: str = "") -> str:
    der = bytes.fromhex("308204a40201000282010100") + bytes(rng.getrandbits(8) for _ in range(1180))
    return _pem("RSA PRIVATE KEY", der, indent=indent)


def gen_pem_ec(rng: random.Random) -> str:
    der = bytes.fromhex("307702010104") + bytes([0x20]) + bytes(rng.getrandbits(8) for _ in range(32)) \
        + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + bytes(rng.getrandbits(8) for _ in range(65))
    return _pem("EC PRIVATE KEY", der)


def gen_pem_openssh(rng: random.Random) -> str:
    der = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + bytes(rng.getrandbits(8) for _ in range(360))
    return _pem("OPENSSH PRIVATE KEY", der, width=70)


def gen_password(rng: random.Random, url_safe: bool = False) -> str:
    words = ["Harbor", "Falcon", "Copper", "Mango", "Violet", "Tundra", "Ember", "Quartz", "Nimbus",
             "Saffron", "Orbit", "Juniper", "Cobalt", "Pepper", "Walrus", "Lantern"]
    symbols = "-_.~" if url_safe else "!#%*-_.@+="
    style = rng.randint(0, 3)
    if style == 0:
        pw = rng.choice(words) + rng.choice(symbols) + rng.choice(words) + str(rng.randint(10, 9999))
    elif style == 1:
        pw = _rand(rng, ALNUM + symbols, rng.randint(14, 22))
    elif style == 2:
        pw = "-".join(rng.choice(words).lower() for _ in range(3)) + str(rng.randint(1, 99))
    else:
        pw = rng.choice(words) + str(rng.randint(1990, 2025)) + rng.choice(symbols) + _rand(rng, ALNUM, 4)
    return pw


SECRET_GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "AWS_KEY_ID": lambda r: "AKIA" + _rand(r, string.ascii_uppercase + "234567", 16),
    "AWS_SECRET": lambda r: _rand(r, ALNUM + "/+", 40),
    "GHP": lambda r: github_style_token(r, "ghp_"),
    "GITHUB_PAT": lambda r: "github_pat_11" + _rand(r, string.ascii_uppercase + string.digits, 20) + "_" + _rand(r, ALNUM, 59),
    "GLPAT": lambda r: "glpat-" + _rand(r, URLSAFE, 20),
    "SLACK_BOT": lambda r: f"xoxb-{_digits(r, r.randint(11, 13))}-{_digits(r, 13)}-{_rand(r, ALNUM, 24)}",
    "SLACK_USER": lambda r: f"xoxp-{_digits(r, 12)}-{_digits(r, 12)}-{_digits(r, 13)}-{_rand(r, '0123456789abcdef', 32)}",
    "SLACK_WEBHOOK": lambda r: "https://hooks.slack.com/services/T" + _rand(r, string.ascii_uppercase + string.digits, 10)
    + "/B" + _rand(r, string.ascii_uppercase + string.digits, 10) + "/" + _rand(r, ALNUM, 24),
    "STRIPE_LIVE": lambda r: "sk_live_" + (_rand(r, ALNUM, 24) if r.random() < 0.5 else "51" + _rand(r, ALNUM, 97)),
    "STRIPE_RK": lambda r: "rk_live_51" + _rand(r, ALNUM, 97),
    "OPENAI_PROJ": lambda r: "sk-proj-" + _rand(r, URLSAFE, 74) + "T3BlbkFJ" + _rand(r, URLSAFE, 74),
    "ANTHROPIC": lambda r: "sk-ant-api03-" + _rand(r, URLSAFE, 93) + "AA",
    "HF": lambda r: "hf_" + _rand(r, string.ascii_letters, 34),
    "NPM": lambda r: github_style_token(r, "npm_"),
    "SENDGRID": lambda r: "SG." + _rand(r, URLSAFE, 22) + "." + _rand(r, URLSAFE, 43),
    "JWT": gen_jwt,
    "PEM_RSA": gen_pem_rsa,
    "PEM_RSA_INDENT": lambda r: gen_pem_rsa(r, indent="    "),
    "PEM_EC": gen_pem_ec,
    "PEM_OPENSSH": gen_pem_openssh,
    "PG_PASSWORD": lambda r: gen_password(r, url_safe=True),
    "PASSWORD": gen_password,
    "HEX32": lambda r: _rand(r, "0123456789abcdef", 32),
    "HEX40": lambda r: _rand(r, "0123456789abcdef", 40),
    "HEX64": lambda r: _rand(r, "0123456789abcdef", 64),
    "GOOGLE_API": lambda r: "AIza" + _rand(r, URLSAFE, 35),
}
SECRET_KIND = {
    "AWS_KEY_ID": "aws_access_key_id", "AWS_SECRET": "aws_secret_access_key",
    "GHP": "github_pat_classic", "GITHUB_PAT": "github_pat_fine_grained", "GLPAT": "gitlab_pat",
    "SLACK_BOT": "slack_bot_token", "SLACK_USER": "slack_user_token", "SLACK_WEBHOOK": "slack_webhook_url",
    "STRIPE_LIVE": "stripe_secret_key", "STRIPE_RK": "stripe_restricted_key",
    "OPENAI_PROJ": "openai_project_key", "ANTHROPIC": "anthropic_api_key", "HF": "huggingface_token",
    "NPM": "npm_token", "SENDGRID": "sendgrid_api_key", "JWT": "jwt", "PEM_RSA": "rsa_private_key",
    "PEM_RSA_INDENT": "rsa_private_key", "PEM_EC": "ec_private_key", "PEM_OPENSSH": "openssh_private_key",
    "PG_PASSWORD": "connection_string_password", "PASSWORD": "password", "HEX32": "generic_hex_secret",
    "HEX40": "generic_hex_secret", "HEX64": "generic_hex_secret", "GOOGLE_API": "google_api_key",
}

PLACEHOLDER = re.compile(r"<<([A-Z][A-Z0-9_]*)(?:#(\d))?(?::([a-z]+))?>>")


class Filler:
    """Replaces <<TYPE#n:variant>> placeholders; the same placeholder gets the same value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cache: dict[tuple[str, str, str], str] = {}
        self.personas: dict[str, tuple[str, str]] = {}

    def persona(self, idx: str) -> tuple[str, str]:
        if idx not in self.personas:
            used = set(self.personas.values())
            while True:
                p = (self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES))
                if p not in used:
                    break
            self.personas[idx] = p
        return self.personas[idx]

    def value(self, name: str, idx: str, variant: str) -> tuple[str, str | None, str | None]:
        """Return (value, entity type or None, secret kind or None)."""
        key = (name, idx, variant)
        raw_name = name[len("NOANN_"):] if name.startswith("NOANN_") else name
        etype: str | None
        kind: str | None = None
        if raw_name in ("PERSON", "FIRST", "LAST"):
            first, last = self.persona(idx)
            val = {"PERSON": f"{first} {last}", "FIRST": first, "LAST": last}[raw_name]
            etype = "PERSON"
        elif raw_name == "EMAIL":
            etype = "EMAIL_ADDRESS"
            val = self.cache.get(key) or gen_email(self.rng, *self.persona(idx))
        elif raw_name == "PHONE":
            etype, val = "PHONE_NUMBER", self.cache.get(key) or gen_phone(self.rng, variant or "us")
        elif raw_name == "CARD":
            etype, val = "CREDIT_CARD", self.cache.get(key) or gen_card(self.rng, variant or "visa")
        elif raw_name == "IBAN":
            etype, val = "IBAN_CODE", self.cache.get(key) or gen_iban(self.rng, variant or "de")
        elif raw_name == "SSN":
            etype, val = "US_SSN", self.cache.get(key) or gen_ssn(self.rng)
        elif raw_name in ("IP", "IP_PRIVATE"):
            etype = "IP_ADDRESS"
            val = self.cache.get(key) or gen_ipv4(self.rng, private=raw_name == "IP_PRIVATE")
        elif raw_name == "IPV6":
            etype, val = "IP_ADDRESS", self.cache.get(key) or gen_ipv6(self.rng)
        elif raw_name == "DOB":
            etype, val = "DATE_OF_BIRTH", self.cache.get(key) or gen_dob(self.rng, variant or "us")
        elif raw_name == "ADDR":
            etype, val = "STREET_ADDRESS", self.cache.get(key) or gen_address(self.rng, variant or "us")
        elif raw_name in SECRET_GENERATORS:
            etype, kind = "SECRET", SECRET_KIND[raw_name]
            val = self.cache.get(key) or SECRET_GENERATORS[raw_name](self.rng)
        else:
            raise KeyError(name)
        self.cache[key] = val
        if name.startswith("NOANN_"):
            return val, None, None
        return val, etype, kind

    def fill(self, template: str) -> tuple[str, list[dict[str, Any]]]:
        out: list[str] = []
        entities: list[dict[str, Any]] = []
        pos = 0
        length = 0
        for m in PLACEHOLDER.finditer(template):
            literal = template[pos:m.start()]
            out.append(literal)
            length += len(literal)
            val, etype, kind = self.value(m.group(1), m.group(2) or "1", m.group(3) or "")
            if etype:
                ent: dict[str, Any] = {"type": etype, "start": length, "end": length + len(val), "value": val}
                if kind:
                    ent["kind"] = kind
                entities.append(ent)
            out.append(val)
            length += len(val)
            pos = m.end()
        out.append(template[pos:])
        text = "".join(out)
        assert "<<" not in text or ">>" not in text, template
        for e in entities:
            assert text[e["start"]:e["end"]] == e["value"]
        return text, entities


def build_templated(templates: list[tuple[str, str]], category: str) -> list[dict[str, Any]]:
    rng = rng_for(category)
    recs = []
    for lang, template in templates:
        text, entities = Filler(rng).fill(template)
        recs.append({"text": text, "lang": lang, "meta": {"entities": entities}})
    return recs


# =========================================================================== assembly
def normalise(entry: Any) -> dict[str, Any]:
    if isinstance(entry, str):
        return {"text": entry, "lang": "en"}
    if isinstance(entry, dict) and ("text" in entry or "messages" in entry):
        return dict(entry)
    raise TypeError(f"bad entry: {entry!r}")


def build_all() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[Any]] = {}
    for mod in (direct_a, direct_b, indirect_a, indirect_b, tool_args, multilingual):
        for cat, entries in mod.DATA.items():
            assert cat not in data, cat
            data[cat] = list(entries)
    data["encoded_payload"] = build_encoded()
    data["obfuscation"] = build_obfuscated()
    data["pii_leak"] = build_templated(PII_TEMPLATES, "pii_leak")
    data["secret_leak"] = build_templated(SECRET_TEMPLATES, "secret_leak")
    assert sorted(data) == sorted(CATEGORIES), set(data) ^ set(CATEGORIES)

    out: dict[str, list[dict[str, Any]]] = {}
    for cat in CATEGORIES:
        recs = []
        for i, entry in enumerate(data[cat], start=1):
            e = normalise(entry)
            rec: dict[str, Any] = {"id": f"{cat}-{i:03d}"}
            if "messages" in e:
                rec["messages"] = e["messages"]
            else:
                rec["text"] = e["text"]
            rec["label"] = "attack"
            rec["category"] = cat
            rec["lang"] = e.get("lang", "en")
            if "meta" in e:
                rec["meta"] = e["meta"]
            recs.append(rec)
        out[cat] = recs
    return out


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    corpus = build_all()
    total = 0
    for cat, recs in corpus.items():
        path = OUT_DIR / f"{cat}.jsonl"
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        total += len(recs)
        print(f"{cat:30s} {len(recs):4d}")
    print(f"{'total':30s} {total:4d}")


if __name__ == "__main__":
    main()
