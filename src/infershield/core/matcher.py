"""One-pass multi-pattern matching over a rule set.

All rules' RE2 prefilters are compiled into one ``re2.Set``; a text is scanned once per view and only the
rules that hit are confirmed (and located) with their full ``regex`` pattern — and only in windows of
``rule.window`` characters around where the rule's own trigger matched, so confirmation cost does not grow
with the length of the text. A rule's full match must start at most ``LOOK_BEHIND`` characters before its
trigger's match and end within ``rule.window`` characters after it (rules whose matches are long, like PEM
blocks, set ``window=None`` to confirm over the whole text).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import re2
import regex

from infershield.core.re2set import matching
from infershield.core.rules import Rule, ViewName
from infershield.errors import RegistryError

MAX_TRIGGER_MATCHES = 64
LOOK_BEHIND = 64  # a match may start at most this far before its trigger match


@dataclass(frozen=True, slots=True)
class RuleHit:
    """A confirmed match of one rule in one view."""

    rule: Rule
    match: regex.Match[str]


class MultiMatcher:
    """Compiles rules once; ``hits(views)`` yields confirmed matches with one prefilter pass per view."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise RegistryError(f"duplicate rule id {rule.id}")
            seen.add(rule.id)
        self._rules = tuple(rules)
        self._compiled: list[regex.Pattern[str] | None] = [None] * len(self._rules)  # compiled on first hit
        self._views = tuple(rule.view for rule in self._rules)
        self._has_view = {view: view in self._views for view in ViewName}
        self._triggers: list[re2._Regexp[str] | None] = [None] * len(self._rules)
        self._full_re2: dict[int, re2._Regexp[str] | None] = {}  # the full pattern in RE2, when it compiles
        self._options = re2.Options()
        self._options.max_mem = 256 << 20
        self._options.log_errors = False  # patterns RE2 cannot parse are expected (regex-only syntax)
        self._set = re2.Set.SearchSet(self._options)
        for rule in self._rules:
            try:
                self._set.Add(rule.prefilter)
            except Exception as exc:  # re2 raises a bare error type per binding version
                raise RegistryError(f"rule {rule.id}: trigger is not RE2-compatible: {exc}") from exc
        if self._rules:
            self._set.Compile()

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self._rules

    def candidates(self, text: str) -> list[int]:
        """Indices of rules whose prefilter matches ``text`` (one pass)."""
        if not self._rules or not text:
            return []
        return matching(self._set, text)

    def _pattern(self, index: int) -> regex.Pattern[str]:
        """The rule's full pattern, compiled the first time the rule's trigger hits (most never do)."""
        pattern = self._compiled[index]
        if pattern is None:
            pattern = self._compiled[index] = self._rules[index].compile()
        return pattern

    def _trigger(self, index: int) -> re2._Regexp[str]:
        trigger = self._triggers[index]
        if trigger is None:
            trigger = self._triggers[index] = re2.compile(self._rules[index].prefilter, self._options)
        return trigger

    def _windows(self, index: int, text: str) -> list[tuple[int, int]]:
        """Merged ``[start, end)`` windows around each match of rule ``index``'s trigger."""
        window = self._rules[index].window
        if window is None:
            return [(0, len(text))]
        windows: list[tuple[int, int]] = []
        for count, match in enumerate(self._trigger(index).finditer(text)):
            if count >= MAX_TRIGGER_MATCHES:
                windows[-1] = (windows[-1][0], len(text))
                break
            start, end = max(0, match.start() - min(window, LOOK_BEHIND)), min(len(text), match.end() + window)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows

    def _anchored(self, index: int, text: str) -> Iterator[regex.Match[str]]:
        """For a rule whose trigger *is* its pattern: RE2 finds each match; ``regex`` re-matches it in place.

        Leftmost-first semantics are the same in both engines, so an anchored ``match`` at RE2's start gives
        the same match without scanning a window (the expensive part for long alternations).
        """
        pattern = self._pattern(index)
        for count, found in enumerate(self._trigger(index).finditer(text)):
            if count >= MAX_TRIGGER_MATCHES:
                yield from pattern.finditer(text, found.start())
                return
            match = pattern.match(text, found.start())
            if match is not None:
                yield match

    def hits(self, clean: str, folded: str) -> Iterator[RuleHit]:
        """Confirmed matches of every rule, each on its own view."""
        clean_ids = set(self.candidates(clean))
        if folded == clean:
            folded_ids = clean_ids
        elif self._has_view[ViewName.FOLDED]:
            folded_ids = set(self.candidates(folded))
        else:
            folded_ids = set()
        for index in sorted(clean_ids | folded_ids):
            view = self._views[index]
            if (index not in clean_ids) if view is ViewName.CLEAN else (index not in folded_ids):
                continue
            text = clean if view is ViewName.CLEAN else folded
            last_end = -1
            for match in self._confirm(index, text):
                if match.start() >= last_end:
                    last_end = match.end()
                    yield RuleHit(self._rules[index], match)

    def _full_in_re2(self, index: int) -> re2._Regexp[str] | None:
        if index not in self._full_re2:
            rule = self._rules[index]
            body = f"(?m{'i' if rule.ignore_case else ''}:{rule.pattern})"
            try:
                self._full_re2[index] = re2.compile(body, self._options)
            except Exception:  # lookarounds, backreferences, possessive quantifiers: regex only
                self._full_re2[index] = None
        return self._full_re2[index]

    def _confirm(self, index: int, text: str) -> Iterator[regex.Match[str]]:
        rule = self._rules[index]
        if rule.trigger is None and rule.window is not None:
            yield from self._anchored(index, text)
            return
        pattern = self._pattern(index)
        fast = self._full_in_re2(index)
        for start, end in self._windows(index, text):
            window = text[start:end]
            if fast is not None and window.isascii():
                # RE2 finds where the matches start (ASCII: no full case folding to differ on); regex only
                # re-matches in place. A window with no RE2 match has no regex match either.
                starts = [start + found.start() for found in fast.finditer(window)][:MAX_TRIGGER_MATCHES]
                anchored = [pattern.match(text, at, end) for at in starts]
                if all(match is not None for match in anchored):
                    yield from (match for match in anchored if match is not None)
                    continue
            for match in pattern.finditer(text, start, end, overlapped=False):
                if match.end() == end < len(text):
                    # the window may have cut the match short: match again without the window's end
                    match = pattern.match(text, match.start()) or match
                yield match
