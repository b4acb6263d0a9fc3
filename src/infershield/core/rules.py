"""Rules: the unit every pattern-based scanner is a table of.

A rule has an id, the finding kind it produces, a pattern (``regex`` module syntax) that confirms a hit and
locates its span, and optionally a cheaper RE2 ``trigger`` used by the one-pass prefilter (it defaults to the
pattern itself, which must then be RE2-compatible). A ``validator`` may rescore or drop a confirmed match;
``context`` words near the match raise its score.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

import regex


class ViewName(enum.StrEnum):
    """Which normalized view of the text a rule runs on."""

    CLEAN = "clean"  # NFKC, invisible characters removed, case and symbols kept (PII, secrets, URLs)
    FOLDED = "folded"  # CLEAN plus homoglyph, leetspeak and spacing folding (injection phrases)


@dataclass(frozen=True, slots=True)
class Check:
    """A validator's answer: the new score of the match and a note for ``why``."""

    score: float
    note: str


Validator = Callable[[str, "regex.Match[str]"], Check | None]
"""Given the view text and the match, return a :class:`Check`, or ``None`` to drop the match."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One detection rule. See the module docstring."""

    id: str
    kind: str
    pattern: str
    score: float
    description: str
    trigger: str | None = None
    view: ViewName = ViewName.FOLDED
    ignore_case: bool = True
    validator: Validator | None = None
    context: tuple[str, ...] = ()
    context_boost: float = 0.2
    context_window: int = 48
    window: int | None = 320  # confirm within this many chars of a trigger match; None = the whole text

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"rule {self.id}: score {self.score} outside 0..1")
        if not self.id or not self.kind:
            raise ValueError("rule needs an id and a kind")

    @property
    def prefilter(self) -> str:
        body = self.trigger if self.trigger is not None else self.pattern
        return f"(?i:{body})" if self.ignore_case else body

    def compile(self) -> regex.Pattern[str]:
        flags = regex.IGNORECASE if self.ignore_case else 0
        return regex.compile(self.pattern, flags | regex.VERSION1 | regex.MULTILINE)


def context_hit(text: str, start: int, end: int, words: tuple[str, ...], window: int) -> str | None:
    """The first context word found within ``window`` characters around ``[start, end)``.

    A Latin-script word must start at a word boundary ("tel" is not found in "hotel") but may be a stem
    ("llam" is found in "llámame"); words in scripts without spaces (Chinese, Japanese) match anywhere.
    """
    if not words:
        return None
    around = text[max(0, start - window) : end + window].casefold()
    for word in words:
        at = around.find(word)
        while at >= 0:
            before = around[at - 1] if at > 0 else " "
            if not (before.isalnum() and word[0].isascii() and word[0].isalnum()):
                return word
            at = around.find(word, at + 1)
    return None
