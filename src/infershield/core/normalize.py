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

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import re2

from infershield.core import decoding, re2set
from infershield.core.textmap import Edit, MappedText
from infershield.core.types import Span

# Scanning uses RE2 (linear time, fast on long text); the few matches are post-processed in Python.
_INVISIBLE_PATTERN = (
    r"[\x{00ad}\x{034f}\x{061c}\x{115f}\x{1160}\x{17b4}\x{17b5}\x{180e}\x{200b}-\x{200f}"
    r"\x{202a}-\x{202e}\x{2060}-\x{2064}\x{2066}-\x{206f}\x{3164}\x{fe00}-\x{fe0f}\x{feff}\x{ffa0}"
    r"\x{e0000}-\x{e007f}\x{e0100}-\x{e01ef}]+"
)
_INVISIBLE = re2.compile(_INVISIBLE_PATTERN)
_TAG_RUN = re2.compile(r"[\x{e0020}-\x{e007e}]{2,}")
_EMOJI_SEQUENCE_MARKS = frozenset("\u200d\ufe0e\ufe0f")
_NFKC_RANGES = ((0x80, 0xFFFF), (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF), (0x2F800, 0x2FA1F))


@cache
def _nfkc_table() -> dict[str, str]:
    """What NFKC does to each single character it changes, in the ranges attackers use (built once, ~30 ms)."""
    table: dict[str, str] = {}
    for low, high in _NFKC_RANGES:
        for code in range(low, high + 1):
            if 0xD800 <= code <= 0xDFFF:
                continue
            folded = unicodedata.normalize("NFKC", chr(code))
            if folded != chr(code):
                table[chr(code)] = folded
    return table


_HOMOGLYPH_PAIRS = (
    ("аеорсухіјѕԁһԛԝүАВЕКМНОРСТХІЈЅ", "aeopcyxijsdhqwyABEKMHOPCTXIJS"),  # Cyrillic
    ("αορνικτυεΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "aopviktueABEZHIKMNOPTYX"),  # Greek
    ("ɑıɡ", "aig"),  # Latin lookalikes outside ASCII
)
_HOMOGLYPH_SOURCE = "".join(a for a, _ in _HOMOGLYPH_PAIRS)
_HOMOGLYPHS = str.maketrans(_HOMOGLYPH_SOURCE, "".join(b for _, b in _HOMOGLYPH_PAIRS))
_MIXED_WORD = re2.compile(
    rf"[\pL\pM]*(?:[A-Za-z][\pL\pM]*[{_HOMOGLYPH_SOURCE}]|[{_HOMOGLYPH_SOURCE}][\pL\pM]*[A-Za-z])[\pL\pM]*"
)
_LEET = str.maketrans("013457$@89", "oieastsabg")
_COMBINING_ON_LATIN = re2.compile(r"(\p{Latin})\pM+")  # "zalgo" text: stacks of combining marks
_LEET_TOKEN = re2.compile(r"[A-Za-z0-9@$]*(?:[A-Za-z][0-9@$]|[0-9@$][A-Za-z])[A-Za-z0-9@$]*")
_SEPARATORS = r"[ .\-_*|/\\,+~·\n]"
_SPACED = re2.compile(rf"(?:^|[^\pL\pN])((?:\pL(?:{_SEPARATORS}|[ \n]{{2,3}})){{3,}}\pL)(?:$|[^\pL\pN])")
_SPACED_SEPARATOR = re2.compile(rf"{_SEPARATORS}+")


@cache
def _gate() -> tuple[re2.Set, tuple[str, ...]]:
    """One RE2 pass that tells which normalization steps and decoders a text needs at all."""
    triggers = {
        "invisible": _INVISIBLE_PATTERN,
        "spacing": _SPACED.pattern,
        "homoglyph": _MIXED_WORD.pattern,
        "leetspeak": _LEET_TOKEN.pattern,
        "combining": _COMBINING_ON_LATIN.pattern,
        **decoding.TRIGGERS,
    }
    return re2set.build(list(triggers.values())), tuple(triggers)


def _needed(text: str) -> frozenset[str]:
    """Names of the normalization steps and decoders whose trigger matches ``text``."""
    gate, names = _gate()
    return frozenset(names[i] for i in re2set.matching(gate, text))


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


def sanitize(text: str) -> str:
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
    table = _nfkc_table()
    changed = {ch: table[ch] for ch in set(text.text) if ch in table}
    source = text.text
    for ch, folded in changed.items():
        if len(folded) == 1:
            source = source.replace(ch, folded)  # same length: positions are unchanged
    translated = MappedText(source, text.origin_length, text.to_origin)
    expanding = {ch: folded for ch, folded in changed.items() if len(folded) != 1}
    if not expanding:
        return translated
    pattern = re.compile("|".join(re.escape(ch) for ch in expanding))
    edits = [Edit(m.start(), m.end(), expanding[m.group()], (m.start(),) * len(expanding[m.group()]))
             for m in pattern.finditer(source)]
    return translated.apply(edits)


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
        if len(m.group()) >= 2
    ]
    return text.apply(edits)


def _strip_combining(text: MappedText) -> MappedText:
    """Drop combining marks stacked on Latin letters, and the accent of the letter carrying them.

    NFKC keeps such marks, and they hide words from matching; plain accented words are left alone.
    """
    edits = []
    for match in _COMBINING_ON_LATIN.finditer(text.text):
        letter = match.group(1)
        base = unicodedata.normalize("NFD", letter)[0]
        edits.append(Edit(match.start(), match.end(), base if base.isascii() else letter, (match.start(),)))
    return text.apply(edits)


def _collapse_spacing(text: MappedText) -> tuple[MappedText, list[Obfuscation]]:
    edits: list[Edit] = []
    reports: list[Obfuscation] = []
    for match in _SPACED.finditer(text.text):
        run, base = match.group(1), match.start(1)
        gaps = list(_SPACED_SEPARATOR.finditer(run))
        # "I_g_n_o_r_e a_l_l": letters joined by a non-space mark, words by a space — keep those word gaps
        dominant = Counter(sep.group() for sep in gaps).most_common(1)[0][0]
        for sep in gaps:
            gap = sep.group()
            blanks = gap.count(" ") + gap.count("\n")
            word_gap = blanks >= 2 or (blanks >= 1 and not dominant.isspace())
            edits.append(Edit(base + sep.start(), base + sep.end(), " " if word_gap else ""))
        reports.append(Obfuscation("spacing", text.span(base, base + len(run)),
                                   "spaced-out letters collapsed", 0.2))
    return text.apply(edits), reports


def _views(text: str) -> tuple[MappedText, MappedText, list[Obfuscation], frozenset[str]]:
    """The clean and folded views, their reports, and the decoders worth trying on the clean view.

    One RE2 pass (:func:`_needed`) decides which steps can apply; on ordinary text almost none do.
    """
    clean, needed = MappedText.identity(text), _needed(text)
    reports: list[Obfuscation] = []
    if "invisible" in needed:
        clean, reports = _strip_invisible(clean)
    clean = _nfkc(clean)
    if clean.text != text:
        needed = _needed(clean.text)
    folded, spacing = _collapse_spacing(clean) if "spacing" in needed else (clean, [])
    folded, homoglyphs = _fold_homoglyphs(folded) if "homoglyph" in needed else (folded, [])
    if "combining" in needed:
        folded = _strip_combining(folded)
    if "leetspeak" in needed:
        folded = _fold_leetspeak(folded)
    return clean, folded, reports + spacing + homoglyphs, needed


def _tag_payloads(text: str) -> list[decoding.Decoded]:
    """Unicode tag characters mirror ASCII: a run of them is a hidden message."""
    return [
        decoding.Decoded("unicode_tags", Span(m.start(), m.end()),
                         "".join(chr(ord(ch) - 0xE0000) for ch in m.group()))
        for m in _TAG_RUN.finditer(text)
    ]


def normalize(text: str, *, max_depth: int = 4, max_layers: int = 32) -> NormalizedText:
    """Normalize ``text`` and recursively decode hidden layers. See the module docstring."""
    original = sanitize(text)
    clean, folded, reports, needed = _views(original)
    budget = decoding.Budget(max_layers=max_layers, max_chars=max(4096, 2 * len(original)))
    layers: list[Layer] = []
    pending: list[tuple[str, MappedText, MappedText, frozenset[str] | None, Span | None, str]] = [
        (original, clean, folded, needed, None, "")
    ]
    while pending:
        source, view, fold, only, origin, outer = pending.pop(0)
        depth = outer.count(">") + 1 if outer else 0
        if depth >= max_depth:
            continue
        found = [(item, view.span(item.span.start, item.span.end))
                 for item in decoding.decode_all(view.text, fold.text, budget, only)]
        if depth == 0 and any(report.kind == "invisible_text" for report in reports):
            found = [(item, item.span) for item in _tag_payloads(source)] + found
        for item, local in found:
            span = origin if origin is not None else local
            chain = f"{outer}>{item.encoding}" if outer else item.encoding
            reports.append(Obfuscation(f"encoding.{item.encoding}", span,
                                       f"{chain} decoded ({len(item.text)} chars)", 0.25))
            inner_clean, inner_folded, inner_reports, inner_needed = _views(item.text)
            inner = NormalizedText(item.text, inner_clean, inner_folded, tuple(inner_reports))
            layers.append(Layer(chain, span, inner))
            pending.append((item.text, inner_clean, inner_folded, inner_needed, span, chain))
    return NormalizedText(original, clean, folded, tuple(reports), tuple(layers))
