"""Scanner family `jailbreak` (rule table to be written)."""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.base import RuleScanner

_RULES: tuple[Rule, ...] = ()


class JailbreakScanner(RuleScanner):
    """Finds `jailbreak` findings."""

    name = "jailbreak"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES
