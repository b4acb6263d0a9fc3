"""Scanner family `jailbreak`: prompts that try to talk the model out of its safety behaviour.

The rule tables live in ``jailbreak_persona.py``, ``jailbreak_phrases.py`` and ``jailbreak_cues.py`` (English),
``jailbreak_harm.py`` and ``jailbreak_asks.py`` (harmful requests), ``jailbreak_phrases_eu.py`` /
``jailbreak_phrases_asia.py`` (nine more languages) and ``jailbreak_shapes.py``;
each rule carries a :class:`Signal`. Strong rules are findings as they are. Weak signals are combined here: one
weak signal never blocks, two different ones corroborate each other (fiction framing + a request for weapon
instructions, refusal suppression + a harmful request, a harmful request + an adversarial suffix), two
refusal-suppression instructions add up, a demand for real, actionable detail ("the exact steps", "real code")
corroborates a harmful request, and a run of fabricated dialogue turns becomes one many-shot finding.

Most rules are *located* by this scanner rather than by their ``regex`` pattern (see ``Entry`` in
``jailbreak_signals``): their pattern only marks the prefilter hit, and :meth:`JailbreakScanner.finding` finds
the RE2 anchor and confirms the full pattern next to it. This keeps the confirmation stage at microseconds
where a ``regex`` scan of alternation-heavy patterns over 2,000 characters costs 0.1-0.8 ms per rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from types import MappingProxyType

import re2
import regex

from infershield.core.matcher import RuleHit
from infershield.core.normalize import NormalizedText
from infershield.core.rules import Rule, ViewName
from infershield.core.scanners.base import RuleScanner
from infershield.core.scanners.jailbreak_asks import ASK_RULES
from infershield.core.scanners.jailbreak_cues import CUE_RULES
from infershield.core.scanners.jailbreak_harm import HARM_RULES
from infershield.core.scanners.jailbreak_phrases import RULES_EN
from infershield.core.scanners.jailbreak_phrases_asia import RULES_ASIA
from infershield.core.scanners.jailbreak_phrases_eu import RULES_EU
from infershield.core.scanners.jailbreak_shapes import SHAPE_RULES
from infershield.core.scanners.jailbreak_signals import KIND, Entry, Signal
from infershield.core.types import Finding, Span

_TABLE: tuple[Entry, ...] = (*RULES_EN, *CUE_RULES, *HARM_RULES, *ASK_RULES, *RULES_EU, *RULES_ASIA, *SHAPE_RULES)
_RULES: tuple[Rule, ...] = tuple(e.rule for e in _TABLE)
SIGNALS: Mapping[str, Signal] = MappingProxyType({e.rule.id: e.signal for e in _TABLE})

_H, _F, _D, _I, _X = Signal.HARM, Signal.FRAME, Signal.DISCLAIM, Signal.INTENT, Signal.SUPPRESS
_P, _R, _SHOTS, _SUFFIX, _T = Signal.PERSONA, Signal.ROLE, Signal.SHOTS, Signal.SUFFIX, Signal.DETAIL

# Score of two different weak signals found together. Only pairs with a "payload" signal (a harmful request,
# intent laundering, an unrestricted persona, a suffix or a many-shot run) reach the block threshold; framing,
# disclaimers, role-play and a forced "Sure, here is" are everyday prompt-writing and stay below it.
_PAIRS: Mapping[frozenset[Signal], float] = MappingProxyType(
    {
        frozenset((_H, _X)): 0.9,
        frozenset((_H, _I)): 0.9,
        frozenset((_H, _SHOTS)): 0.9,
        frozenset((_H, _SUFFIX)): 0.9,
        frozenset((_H, _F)): 0.85,
        frozenset((_H, _P)): 0.85,
        frozenset((_H, _D)): 0.78,
        frozenset((_H, _R)): 0.8,
        frozenset((_I, _P)): 0.85,
        frozenset((_I, _X)): 0.85,
        frozenset((_I, _F)): 0.82,
        frozenset((_I, _R)): 0.8,
        frozenset((_I, _SUFFIX)): 0.85,
        frozenset((_I, _D)): 0.8,
        frozenset((_P, _X)): 0.82,
        frozenset((_P, _SUFFIX)): 0.82,
        frozenset((_P, _SHOTS)): 0.82,
        frozenset((_X, _SUFFIX)): 0.85,
        frozenset((_X, _SHOTS)): 0.85,
        frozenset((_P, _F)): 0.65,
        frozenset((_P, _D)): 0.65,
        frozenset((_P, _R)): 0.6,
        frozenset((_X, _D)): 0.7,
        frozenset((_X, _F)): 0.7,
        frozenset((_X, _R)): 0.65,
        frozenset((_F, _D)): 0.6,
        frozenset((_H, _T)): 0.85,  # "the exact steps / real code" for a harmful request
        frozenset((_I, _T)): 0.8,
    }
)
_PAYLOADS = frozenset((_H, _I, _P, _SUFFIX, _SHOTS))
# Requests to make weapons, drugs or malware weigh more than other harmful requests when corroborated.
_SEVERE = frozenset(("JB-EN-200", "JB-EN-201", *(f"JB-{code}-020" for code in ("DE", "FR", "ES", "IT", "PT", "RU", "ZH",
                                                                                 "JA", "KO"))))
_SEVERE_BONUS = 0.04
_WEAK_CAP = 0.75
_SHOT_LEVELS = ((32, 0.7), (16, 0.6), (8, 0.45), (5, 0.4))
_COMBO_RULE = "JB-COMBO-001"
_PILE_RULE = "JB-COMBO-002"
# Two independent refusal-suppression instructions ("never refuse" + "no disclaimers") make a jailbreak on their own.
_PILE_SCORES = ((3, 0.86), (2, 0.8))
_SHOTS_RULE = "JB-SHOTS-001"


def _signal(finding: Finding) -> Signal:
    return SIGNALS.get(finding.rule, Signal.STRONG)


def _many_shot(pairs: list[Finding]) -> Finding | None:
    """One finding for a run of fabricated turn pairs, graded by how many there are."""
    for count, score in _SHOT_LEVELS:
        if len(pairs) >= count:
            span = Span(min(f.span.start for f in pairs), max(f.span.end for f in pairs))
            why = f"many-shot: {len(pairs)} fabricated user/assistant turn pairs in one prompt"
            return Finding(pairs[0].scanner, KIND, _SHOTS_RULE, span, score, why)
    return None


def _corroborate(best: dict[Signal, Finding]) -> Finding | None:
    """The strongest combination of different weak signals, or the single best weak finding."""
    if not best:
        return None
    top = max(best.values(), key=lambda f: f.score)
    chosen: tuple[Finding, ...] = (top,)
    score = top.score
    for a, b in combinations(sorted(best, key=lambda s: s.value), 2):
        pair_score = _PAIRS.get(frozenset((a, b)))
        if pair_score is None:
            fa, fb = best[a], best[b]
            pair_score = min(_WEAK_CAP, 1 - (1 - fa.score) * (1 - fb.score))
        elif _H in (a, b) and best[_H].rule in _SEVERE:
            pair_score += _SEVERE_BONUS
        if pair_score > score:
            score, chosen = pair_score, (best[a], best[b])
    if len(chosen) == 1:
        return top
    extra = len(best) - 2  # each further independent signal adds a little
    if _PAYLOADS.isdisjoint(best):
        score = min(_WEAK_CAP, score + 0.05 * extra)
    else:
        score = min(0.95, score + 0.05 * extra)
    span = Span(min(f.span.start for f in chosen), max(f.span.end for f in chosen))
    parts = " + ".join(f"{f.rule} ({f.why.split(';')[0]})" for f in chosen)
    why = f"weak jailbreak signals corroborate each other: {parts}"
    return Finding(top.scanner, KIND, _COMBO_RULE, span, round(score, 3), why, top.message_index)


def combine(findings: list[Finding]) -> list[Finding]:
    """Keep strong findings; fold weak ones into at most one corroborated finding."""
    kept: list[Finding] = []
    best: dict[Signal, Finding] = {}
    shots: list[Finding] = []
    suppress: dict[str, Finding] = {}
    for f in findings:
        signal = _signal(f)
        if signal is Signal.SUPPRESS:
            suppress[f.rule] = f
        if signal is Signal.SHOTS:
            shots.append(f)
        elif signal is Signal.STRONG or f.score >= 0.8:
            kept.append(f)
        elif signal not in best or f.score > best[signal].score:
            best[signal] = f
    pile = next((score for size, score in _PILE_SCORES if len(suppress) >= size), None)
    if pile is not None:
        span = Span(min(f.span.start for f in suppress.values()), max(f.span.end for f in suppress.values()))
        rules = ", ".join(sorted(suppress))
        kept.append(Finding(findings[0].scanner, KIND, _PILE_RULE, span, pile,
                            f"{len(suppress)} independent refusal-suppression instructions ({rules})"))
    run = _many_shot(shots)
    if run is not None:
        best[Signal.SHOTS] = run
    combined = _corroborate(best)
    if combined is not None:
        kept.append(combined)
    return sorted(kept, key=lambda f: (f.span.start, f.rule))


_MAX_TRIES = 32  # anchor occurrences tried per rule and text; bounds the cost of anchor-dense benign text


@dataclass(frozen=True, slots=True)
class _Locator:
    """Finds a located rule (see ``Entry``): RE2 finds the anchor, ``regex`` confirms the full pattern there."""

    anchor: re2._Regexp[str]
    full: regex.Pattern[str]
    at: str
    window: int
    quick: re2._Regexp[str] | None = None  # the full pattern in RE2 when it compiles there

    def find(self, text: str) -> regex.Match[str] | None:
        if self.at == "window":
            return self._around(text)
        if self.at == "end":  # a pattern tied to the end of the text: one search over its last characters
            return self.full.search(text, max(0, len(text) - self.window))
        reach = 3 * self.window
        for tries, found in enumerate(self.anchor.finditer(text)):
            if tries == _MAX_TRIES:
                break
            if self.at == "lead":
                match = self.full.match(text, found.start(), min(len(text), found.start() + reach))
            else:  # reverse pattern: matches backwards from its endpos
                match = self.full.match(text, max(0, found.end() - reach), found.end())
            if match is not None:
                return match
        return None

    def _around(self, text: str) -> regex.Match[str] | None:
        spans: list[tuple[int, int]] = []
        for found in self.anchor.finditer(text):
            lo, hi = max(0, found.start() - self.window), min(len(text), found.end() + self.window)
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)  # merged windows: never more work than one full scan
            else:
                spans.append((lo, hi))
        for lo, hi in spans:
            window = text[lo:hi]
            if self.quick is not None and window.isascii() and self.quick.search(window) is None:
                continue  # RE2 proves there is no match here (ASCII: no full case folding to differ on)
            match = self.full.search(text, lo, hi)
            if match is not None:
                return match
        return None


def _in_re2(pattern: str, ignore_case: bool, options: re2.Options) -> re2._Regexp[str] | None:
    try:
        return re2.compile(f"(?m{'i' if ignore_case else ''}:{pattern})", options)
    except Exception:  # lookarounds and other regex-only syntax
        return None


class JailbreakScanner(RuleScanner):
    """Jailbreak attempts: unrestricted personas (DAN, STAN, AIM), developer/god modes, refusal suppression,
    threats, fiction or hypothetical framing around a harmful request, many-shot runs, adversarial suffixes."""

    name = "jailbreak"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES

    @cached_property
    def _locators(self) -> dict[str, _Locator]:
        flags = regex.VERSION1 | regex.MULTILINE
        options = re2.Options()
        options.max_mem = 64 << 20  # Unicode, case-folded anchors outgrow RE2's default 8 MB DFA budget
        options.log_errors = False  # full patterns with regex-only syntax are expected not to compile
        return {
            e.rule.id: _Locator(
                re2.compile(e.rule.prefilter, options),
                regex.compile(("(?r)" if e.at == "tail" else "") + e.locate,
                              flags | (regex.IGNORECASE if e.rule.ignore_case else 0)),
                e.at,
                e.window,
                _in_re2(e.locate, e.rule.ignore_case, options) if e.at == "window" else None,
            )
            for e in _TABLE
            if e.locate is not None
        }

    def confirm(self, hits: Iterable[RuleHit], text: NormalizedText) -> list[Finding]:
        return super().confirm(self._first_marks(hits), text)

    def _first_marks(self, hits: Iterable[RuleHit]) -> Iterator[RuleHit]:
        """One hit per located rule: the matcher marks one per trigger window, the locator scans them all."""
        marked: set[str] = set()
        for hit in hits:
            if hit.rule.id in self._locators:
                if hit.rule.id in marked:
                    continue
                marked.add(hit.rule.id)
            yield hit

    def finding(self, hit: RuleHit, text: NormalizedText) -> Finding | None:
        """Located rules only mark their hit; find and confirm them here, then score as usual."""
        locator = self._locators.get(hit.rule.id)
        if locator is None:
            return super().finding(hit, text)
        view = text.clean if hit.rule.view is ViewName.CLEAN else text.folded
        match = locator.find(view.text)
        return None if match is None else super().finding(RuleHit(hit.rule, match), text)

    def postprocess(self, findings: list[Finding], text: NormalizedText) -> list[Finding]:
        return combine(super().postprocess(findings, text))
