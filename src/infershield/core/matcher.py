"""One-pass multi-pattern matching over a rule set.

All rules' RE2 prefilters are compiled into one ``re2.Set``; a text is scanned once per view and only the
rules that hit are confirmed (and located) with their full ``regex`` pattern.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import re2
import regex

from infershield.core.rules import Rule, ViewName
from infershield.errors import RegistryError


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
        self._compiled = tuple(rule.compile() for rule in self._rules)
        self._views = tuple(rule.view for rule in self._rules)
        options = re2.Options()
        options.max_mem = 256 << 20
        self._set = re2.Set.SearchSet(options)
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
        return list(self._set.Match(text) or ())

    def hits(self, clean: str, folded: str) -> Iterator[RuleHit]:
        """Confirmed matches of every rule, each on its own view."""
        clean_ids = set(self.candidates(clean))
        folded_ids = clean_ids if folded == clean else set(self.candidates(folded))
        for index in sorted(clean_ids | folded_ids):
            view = self._views[index]
            if view is ViewName.CLEAN and index not in clean_ids:
                continue
            if view is ViewName.FOLDED and index not in folded_ids:
                continue
            text = clean if view is ViewName.CLEAN else folded
            for match in self._compiled[index].finditer(text, overlapped=False):
                yield RuleHit(self._rules[index], match)
