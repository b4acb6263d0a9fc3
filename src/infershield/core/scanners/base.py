"""The scanner contract and the shared implementation for scanners that are tables of rules."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property
from typing import ClassVar

from infershield.core.matcher import MultiMatcher, RuleHit
from infershield.core.normalize import NormalizedText
from infershield.core.rules import Rule, ViewName, context_hit
from infershield.core.types import Finding


class Scanner(ABC):
    """Finds things in a normalized text. Reports spans of the original text; never rewrites it."""

    name: ClassVar[str]
    inputs_only: ClassVar[bool] = False  # True: not run on the model's own replies (assistant messages)

    @abstractmethod
    def scan(self, text: NormalizedText) -> list[Finding]:
        """Every finding in ``text``, with spans in ``text.original``."""


class RuleScanner(Scanner):
    """A scanner defined by a table of :class:`Rule`.

    The engine prefilters all rule scanners' rules in one pass and hands each scanner its hits through
    :meth:`confirm`; :meth:`scan` does the same on its own for standalone use and tests.
    """

    @abstractmethod
    def rules(self) -> tuple[Rule, ...]:
        """This scanner's rule table."""

    @cached_property
    def _matcher(self) -> MultiMatcher:
        return MultiMatcher(self.rules())

    def scan(self, text: NormalizedText) -> list[Finding]:
        return self.confirm(self._matcher.hits(text.clean.text, text.folded.text), text)

    def confirm(self, hits: Iterable[RuleHit], text: NormalizedText) -> list[Finding]:
        """Turn prefiltered, confirmed rule matches into findings (validators and context applied)."""
        findings: list[Finding] = []
        for hit in hits:
            finding = self.finding(hit, text)
            if finding is not None:
                findings.append(finding)
        return self.postprocess(findings, text)

    def finding(self, hit: RuleHit, text: NormalizedText) -> Finding | None:
        rule, match = hit.rule, hit.match
        view = text.clean if rule.view is ViewName.CLEAN else text.folded
        start, end = match.span("span") if "span" in match.re.groupindex else match.span()
        if end <= start:
            return None
        score, notes = rule.score, [rule.description]
        if rule.validator is not None:
            check = rule.validator(view.text, match)
            if check is None:
                return None
            score, notes = check.score, [*notes, check.note]
        word = context_hit(view.text, start, end, rule.context, rule.context_window)
        if word is not None:
            score = min(1.0, score + rule.context_boost)
            notes.append(f"context word {word!r} nearby")
        if score <= 0.0:
            return None
        return Finding(self.name, rule.kind, rule.id, view.span(start, end), round(score, 3), "; ".join(notes))

    def postprocess(self, findings: list[Finding], text: NormalizedText) -> list[Finding]:
        """Hook for family-specific merging; by default drops exact duplicates of (kind, span)."""
        best: dict[tuple[str, int, int], Finding] = {}
        for f in findings:
            key = (f.kind, f.span.start, f.span.end)
            if key not in best or f.score > best[key].score:
                best[key] = f
        return sorted(best.values(), key=lambda f: (f.span.start, f.kind, f.rule))


def strongest_per_kind(findings: list[Finding]) -> list[Finding]:
    """One finding per kind: the strongest, nudged up (by at most 0.1, never past 0.75) by further matches.

    Many low-scored statements in one migration must not add up past the block threshold under noisy-OR.
    """
    best: dict[str, Finding] = {}
    count: Counter[str] = Counter()
    for finding in findings:
        count[finding.kind] += 1
        if finding.kind not in best or finding.score > best[finding.kind].score:
            best[finding.kind] = finding
    merged = []
    for kind, finding in best.items():
        extra = count[kind] - 1
        if extra:
            score = max(finding.score, min(0.75, finding.score + min(0.1, 0.02 * extra)))
            finding = replace(finding, score=round(score, 3), why=f"{finding.why}; {extra} more match(es)")
        merged.append(finding)
    return sorted(merged, key=lambda f: (f.span.start, f.kind, f.rule))
