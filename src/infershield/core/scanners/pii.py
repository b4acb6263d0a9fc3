"""Scanner family `pii` (rule table to be written)."""

from __future__ import annotations

from infershield.core.policy import CustomPiiType
from infershield.core.rules import Rule
from infershield.core.scanners.base import RuleScanner

_RULES: tuple[Rule, ...] = ()


class PiiScanner(RuleScanner):
    """Finds personal data."""

    name = "pii"

    def __init__(self, custom: tuple[CustomPiiType, ...] = ()) -> None:
        self._custom = custom

    def rules(self) -> tuple[Rule, ...]:
        return _RULES
