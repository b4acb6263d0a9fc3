"""Finding and decoding encoded payloads: base64, base32, hex, URL, HTML entities, escapes, ROT13.

A candidate becomes a layer only when its decoding is mostly printable text, so hashes, keys and random
blobs are not mistaken for hidden messages. A shared :class:`Budget` bounds the total work.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

import re2
import regex

from infershield.core.types import Span


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text recovered from ``span`` of the scanned text by ``encoding``."""

    encoding: str
    span: Span
    text: str


@dataclass(slots=True)
class Budget:
    """How many more layers and decoded characters the current normalization may produce."""

    max_layers: int
    max_chars: int

    def take(self, chars: int) -> bool:
        if self.max_layers <= 0 or chars > self.max_chars:
            return False
        self.max_layers -= 1
        self.max_chars -= chars
        return True


_MAX_CANDIDATES = 64


def _printable_text(data: bytes) -> str | None:
    """``data`` as text when it is valid UTF-8 and mostly printable, else ``None``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if _mostly_printable(text) else None


def _mostly_printable(text: str) -> bool:
    """Printable, and either mostly letters or itself encoded again (a nested layer)."""
    if len(text) < 6:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    if printable < 0.95 * len(text):
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    return letters >= 0.4 * len(text) or _NESTED.search(text) is not None


def _b64(token: str) -> str | None:
    padded = token + "=" * (-len(token) % 4)
    try:
        data = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _printable_text(data)


def _b32(token: str) -> str | None:
    padded = token.upper() + "=" * (-len(token) % 8)
    try:
        return _printable_text(base64.b32decode(padded))
    except (binascii.Error, ValueError):
        return None


def _hex(token: str) -> str | None:
    digits = regex.sub(r"\\x|0x|[\s,:]", "", token)
    try:
        return _printable_text(bytes.fromhex(digits))
    except ValueError:
        return None


def _url(token: str) -> str | None:
    text = urllib.parse.unquote(token, errors="strict") if "%" in token else token
    return text if text != token and _mostly_printable(text) else None


def _html(token: str) -> str | None:
    text = html.unescape(token)
    return text if text != token and _mostly_printable(text) else None


def _escapes(token: str) -> str | None:
    try:
        text = codecs.decode(token, "unicode_escape")
    except (UnicodeDecodeError, ValueError):
        return None
    return text if text != token and _mostly_printable(text) else None


def _unquote_strict(token: str) -> str | None:
    try:
        return _url(token)
    except UnicodeDecodeError:
        return None


_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-")


def _b64_shaped(token: str) -> bool:
    """Base64 of text mixes cases; long plain words (``internationalization``) do not."""
    return len(token) >= 16 and not token.islower() and not token.isupper()


def _bounded(text: str, start: int, end: int, alphabet: frozenset[str]) -> bool:
    return (start == 0 or text[start - 1] not in alphabet) and (end == len(text) or text[end] not in alphabet)


# RE2 finds candidates in linear time; each decoder then validates its token.
TRIGGERS: dict[str, str] = {
    "hex": r"(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[\s,:]?){8,}",
    "base32": r"[A-Z2-7]{16,}={0,6}",
    "base64": r"[A-Za-z0-9+/_\-]{16,}={0,2}",
    "url": r"[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]{0,24}){3,}",
    "html_entities": r"(?:&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});[^&]{0,3}){3,}",
    "escapes": r"(?:\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[0-7]{3})[^\\\s]{0,3}){3,}",
    "rot13": r"(?i)\b(?:vtaber|cerivbhf|vafgehpgvbaf|flfgrz\s+cebzcg|wnvyoernx|qvfertneq|cnffjbeq|bireevqr|"
             r"gur|naq|lbh|lbhe|jvgu|guvf|gung|cyrnfr|jung|ubj)\b",
    "reversed": r"(?i)\b(?:eht|dna|uoy|ruoy|siht|taht|esaelp|tahw|woh|erongi|snoitcurtsni|tpmorp|metsys|drowssap)\b",
    "atbash": r"(?i)\b(?:gsv|zmw|blf|blfi|gsrh|gszg|kovzhv|dszg|sld|rtmliv|rmhgifxgrlmh|hvxivg|kilnkg)\b",
    "morse": r"(?:[.-]{1,6}[ /]+){8,}[.-]{1,6}",
}
"""Patterns that signal each encoding; the normalizer also uses them to skip work on clean text."""

_DECODE: dict[str, Callable[[str], str | None]] = {
    "hex": _hex, "base32": _b32, "base64": _b64, "url": _unquote_strict, "html_entities": _html, "escapes": _escapes,
}
_DECODERS = tuple((name, re2.compile(TRIGGERS[name]), decode) for name, decode in _DECODE.items())
_NESTED = re2.compile("|".join(f"(?:{TRIGGERS[name]})" for name in ("hex", "base64", "url", "base32")))
_MIN_MARKERS = 3  # distinct marker words before a whole text is read as ROT13, reversed or Atbash
_ATBASH = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA")
_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
    "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9",
}
_WHOLE_TEXT: dict[str, tuple[re2._Regexp[str], Callable[[str], str]]] = {
    "rot13": (re2.compile(TRIGGERS["rot13"]), lambda text: codecs.encode(text, "rot13")),
    "reversed": (re2.compile(TRIGGERS["reversed"]), lambda text: text[::-1]),
    "atbash": (re2.compile(TRIGGERS["atbash"]), lambda text: text.translate(_ATBASH)),
}
_MORSE_RUN = re2.compile(TRIGGERS["morse"])


def _morse(token: str) -> str | None:
    words = []
    for word in token.split("/"):
        letters = [_MORSE.get(code) for code in word.split()]
        if any(letter is None for letter in letters):
            return None
        words.append("".join(letter for letter in letters if letter is not None))
    text = " ".join(w for w in words if w)
    return text if len(text) >= 6 else None


def _whole_text(folded: str, clean: str, only: frozenset[str] | None) -> list[Decoded]:
    """ROT13, reversed and Atbash apply to the whole text; each needs several distinct marker words."""
    found = []
    for name, (markers, transform) in _WHOLE_TEXT.items():
        if only is not None and name not in only:
            continue
        distinct = {match.group().lower() for match in markers.finditer(folded)}
        if len(distinct) >= _MIN_MARKERS:
            found.append(Decoded(name, Span(0, len(clean)), transform(clean)))
    if only is None or "morse" in only:
        for match in _MORSE_RUN.finditer(clean):
            decoded = _morse(match.group())
            if decoded is not None:
                found.append(Decoded("morse", Span(match.start(), match.end()), decoded))
    return found
_DIGIT_RUN = regex.compile(r"^[0-9\s,:]+$")


def _candidates(text: str, only: frozenset[str] | None) -> list[Decoded]:
    found: list[Decoded] = []
    taken: list[Span] = []
    for name, pattern, decode in _DECODERS:
        if only is not None and name not in only:
            continue
        for count, match in enumerate(pattern.finditer(text)):
            if count >= _MAX_CANDIDATES:
                break
            token = match.group().strip()
            span = Span(match.start(), match.start() + len(token))
            if _DIGIT_RUN.match(token):
                continue  # phone numbers, card numbers and dates are not hex payloads
            if name in ("base64", "base32") and not (
                _bounded(text, span.start, span.end, _B64_CHARS) and (name == "base32" or _b64_shaped(token))
            ):
                continue
            if any(span.overlaps(other) for other in taken):
                continue
            decoded = decode(token)
            if decoded is not None:
                found.append(Decoded(name, span, decoded))
                taken.append(span)
    return found


def decode_all(clean: str, folded: str, budget: Budget, only: frozenset[str] | None = None) -> list[Decoded]:
    """Every decodable payload in ``clean`` (spans index ``clean``), within ``budget``.

    ``only`` limits the work to encodings whose trigger is known to match (``None`` tries all).
    """
    found = _candidates(clean, only) + _whole_text(folded, clean, only)
    return [item for item in found if budget.take(len(item.text))]
