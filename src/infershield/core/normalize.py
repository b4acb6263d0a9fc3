"""Normalization that defeats obfuscation while keeping a map back to the original text.

``normalize(text)`` returns a :class:`NormalizedText` with two views and the decoded layers:

* ``clean``  — lone surrogates replaced, invisible characters (zero-width, bidi controls, Unicode tags,
  variation selectors) removed, NFKC applied. Case and symbols are kept: PII, secrets and URLs run here.
* ``folded`` — ``clean`` plus homoglyph folding inside mixed-script words, leetspeak folding and collapse
  of spaced-out letters (``i g n o r e``, ``i.g.n.o.r.e``). Injection and jailbreak phrases run here.
* ``layers`` — text recovered by decoding (base64, base32, hex, URL, HTML entities, escapes, ROT13,
  Unicode tag smuggling), nested up to ``max_depth`` and each normalized in turn.

Every removal or rewrite is also reported as an :class:`Obfuscation`, so it can become a finding.
Work is bounded: decoding is capped in depth, count and total size.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

from infershield.core import decoding
from infershield.core.textmap import Edit, MappedText
from infershield.core.types import Span

_INVISIBLE = regex.compile(
    r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    r"\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]+"
)
_TAG_RUN = regex.compile(r"[\U000e0020-\U000e007e]{2,}")
_EMOJI_SEQUENCE_MARKS = frozenset("\u200d\ufe0e\ufe0f")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")

_HOMOGLYPH_PAIRS = (
    ("аеорсухіјѕԁһԛԝүАВЕКМНОРСТХІЈЅ", "aeopcyxijsdhqwyABEKMHOPCTXIJS"),  # Cyrillic
    ("αορνικτυεΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "aopviktueABEZHIKMNOPTYX"),  # Greek
    ("ɑıɡ", "aig"),  # Latin lookalikes outside ASCII
)
_HOMOGLYPHS = str.maketrans("".join(a for a, _ in _HOMOGLYPH_PAIRS), "".join(b for _, b in _HOMOGLYPH_PAIRS))
_HOMOGLYPH_CHARS = "".join(chr(c) for c in _HOMOGLYPHS)
_MIXED_WORD = regex.compile(
    r"(?=[\p{L}\p{M}]*[A-Za-z])(?=[\p{L}\p{M}]*[" + regex.escape(_HOMOGLYPH_CHARS) + r"])[\p{L}\p{M}]+"
)
_LEET = str.maketrans("013457$@89", "oieastsabg")
_LEET_TOKEN = regex.compile(
    r"(?<![A-Za-z0-9@$])(?=[A-Za-z0-9@$]*[A-Za-z][A-Za-z0-9@$]*[A-Za-z])"
    r"(?=[A-Za-z0-9@$]*[013457$@89])[A-Za-z0-9@$]{3,}(?![A-Za-z0-9@$])"
)
_SPACED = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{L}(?:[ .\-_*|/\\,+~·]|  {1,3})){3,}\p{L}(?![\p{L}\p{N}])")
_SPACED_SEPARATOR = regex.compile(r"[ .\-_*|/\\,+~·]+")


@dataclass(frozen=True, slots=True)
class Obfuscation:
    """Something normalization removed or decoded, reported as a span of the original text."""

    kind: str  # "invisible_text", "encoding.base64", "homoglyph", "leetspeak", "spacing", ...
    span: Span
    detail: str
    score: float


@dataclass(frozen=True, slots=True)
class Layer:
    """A decoded piece of the text, normalized in turn. ``origin`` is the encoded span in the original."""

    chain: str
    origin: Span
    text: NormalizedText


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The views of one text. See the module docstring."""

    original: str
    clean: MappedText
    folded: MappedText
    reports: tuple[Obfuscation, ...] = ()
    layers: tuple[Layer, ...] = field(default=())


def _sanitize(text: str) -> str:
    """Replace lone surrogates (not encodable as UTF-8) by U+FFFD, keeping the length."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def _strip_invisible(text: MappedText) -> tuple[MappedText, list[Obfuscation]]:
    edits: list[Edit] = []
    reports: list[Obfuscation] = []
    source = text.text
    for match in _INVISIBLE.finditer(source):
        run = match.group()
        edits.append(Edit(match.start(), match.end(), ""))
        if set(run) <= _EMOJI_SEQUENCE_MARKS:
            continue  # ZWJ and emoji presentation selectors join emoji; not an attack signal
        tags = sum(1 for ch in run if "\U000e0000" <= ch <= "\U000e007f")
        inside_word = (
            match.start() > 0
            and match.end() < len(source)
            and source[match.start() - 1].isalpha()
            and source[match.end()].isalpha()
        )
        score = 0.7 if tags >= 2 else 0.4 if inside_word else 0.2
        names = sorted({f"U+{ord(ch):04X}" for ch in run})[:4]
        reports.append(
            Obfuscation("invisible_text", text.span(match.start(), match.end()),
                        f"{len(run)} invisible character(s) removed ({', '.join(names)})", score)
        )
    return text.apply(edits), reports


def _nfkc(text: MappedText) -> MappedText:
    if text.text.isascii() or unicodedata.is_normalized("NFKC", text.text):
        return text
    edits: list[Edit] = []
    for match in _NON_ASCII.finditer(text.text):
        ch = match.group()
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch:
            edits.append(Edit(match.start(), match.end(), folded, (match.start(),) * len(folded)))
    return text.apply(edits)


def _fold_homoglyphs(text: MappedText) -> tuple[MappedText, list[Obfuscation]]:
    if text.text.isascii():
        return text, []
    edits: list[Edit] = []
    reports: list[Obfuscation] = []
    for match in _MIXED_WORD.finditer(text.text):
        word = match.group()
        folded = word.translate(_HOMOGLYPHS)
        edits.append(Edit(match.start(), match.end(), folded, tuple(range(match.start(), match.end()))))
        reports.append(Obfuscation("homoglyph", text.span(match.start(), match.end()),
                                   "mixed-script word folded to Latin", 0.3))
    return text.apply(edits), reports


def _fold_leetspeak(text: MappedText) -> MappedText:
    edits = [
        Edit(m.start(), m.end(), m.group().translate(_LEET), tuple(range(m.start(), m.end())))
        for m in _LEET_TOKEN.finditer(text.text)
    ]
    return text.apply(edits)


def _collapse_spacing(text: MappedText) -> tuple[MappedText, list[Obfuscation]]:
    edits: list[Edit] = []
    reports: list[Obfuscation] = []
    for match in _SPACED.finditer(text.text):
        run, base = match.group(), match.start()
        for sep in _SPACED_SEPARATOR.finditer(run):
            replacement = " " if sep.group().count(" ") >= 2 else ""
            edits.append(Edit(base + sep.start(), base + sep.end(), replacement))
        reports.append(Obfuscation("spacing", text.span(match.start(), match.end()),
                                   "spaced-out letters collapsed", 0.2))
    return text.apply(edits), reports


def _views(text: str) -> tuple[MappedText, MappedText, list[Obfuscation]]:
    clean, reports = _strip_invisible(MappedText.identity(text))
    clean = _nfkc(clean)
    folded, spacing = _collapse_spacing(clean)
    folded, homoglyphs = _fold_homoglyphs(folded)
    folded = _fold_leetspeak(folded)
    return clean, folded, reports + spacing + homoglyphs


def _tag_payloads(text: str) -> list[decoding.Decoded]:
    """Unicode tag characters mirror ASCII: a run of them is a hidden message."""
    return [
        decoding.Decoded("unicode_tags", Span(m.start(), m.end()),
                         "".join(chr(ord(ch) - 0xE0000) for ch in m.group()))
        for m in _TAG_RUN.finditer(text)
    ]


def normalize(text: str, *, max_depth: int = 4, max_layers: int = 32) -> NormalizedText:
    """Normalize ``text`` and recursively decode hidden layers. See the module docstring."""
    original = _sanitize(text)
    clean, folded, reports = _views(original)
    budget = decoding.Budget(max_layers=max_layers, max_chars=max(4096, 2 * len(original)))
    layers: list[Layer] = []
    pending: list[tuple[str, MappedText, MappedText, Span | None, str]] = [(original, clean, folded, None, "")]
    while pending:
        source, view, fold, origin, outer = pending.pop(0)
        depth = outer.count(">") + 1 if outer else 0
        if depth >= max_depth:
            continue
        found = [(item, view.span(item.span.start, item.span.end))
                 for item in decoding.decode_all(view.text, fold.text, budget)]
        if depth == 0:
            found = [(item, item.span) for item in _tag_payloads(source)] + found
        for item, local in found:
            span = origin if origin is not None else local
            chain = f"{outer}>{item.encoding}" if outer else item.encoding
            reports.append(Obfuscation(f"encoding.{item.encoding}", span,
                                       f"{chain} decoded ({len(item.text)} chars)", 0.25))
            inner_clean, inner_folded, inner_reports = _views(item.text)
            inner = NormalizedText(item.text, inner_clean, inner_folded, tuple(inner_reports))
            layers.append(Layer(chain, span, inner))
            pending.append((item.text, inner_clean, inner_folded, span, chain))
    return NormalizedText(original, clean, folded, tuple(reports), tuple(layers))
