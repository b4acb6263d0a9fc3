"""The policy value: thresholds, per-kind actions, enabled scanners, allow/deny lists, custom PII types.

It is a frozen value. ``infershield.config`` builds it from YAML (validated); the engine only reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from infershield.core.types import KindAction

PRESET_THRESHOLDS: Mapping[str, int] = MappingProxyType({"strict": 60, "balanced": 80, "permissive": 90})

DEFAULT_KIND_ACTIONS: Mapping[str, KindAction] = MappingProxyType(
    {
        "prompt_injection": KindAction.BLOCK,
        "indirect_injection": KindAction.BLOCK,
        "jailbreak": KindAction.BLOCK,
        "exfiltration": KindAction.BLOCK,
        "sql": KindAction.BLOCK,
        "shell": KindAction.BLOCK,
        "cross_step": KindAction.BLOCK,
        "deny_list": KindAction.BLOCK,
        "pii": KindAction.REDACT,
        "secret": KindAction.REDACT,
        "invisible_text": KindAction.LOG,
        "encoding": KindAction.LOG,
    }
)


@dataclass(frozen=True, slots=True)
class CustomPiiType:
    """An operator-defined PII type: ``pii.<name>`` found by ``pattern``, checked by ``validator``."""

    name: str
    pattern: str
    score: float = 0.7
    validator: str | None = None  # a name from infershield.core.scanners.pii_validators.VALIDATORS
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    """Everything that decides what the engine does with findings. See the module docstring."""

    block_threshold: int = 80
    kind_actions: Mapping[str, KindAction] = field(default_factory=lambda: DEFAULT_KIND_ACTIONS)
    enabled_scanners: frozenset[str] | None = None  # None = every registered scanner
    allow_list: tuple[str, ...] = ()  # exact substrings that are never findings (e.g. a company address)
    deny_list: tuple[str, ...] = ()  # substrings that always block
    custom_pii: tuple[CustomPiiType, ...] = ()
    scan_system_prompts: bool = False
    redact_min_score: float = 0.5
    learned_min_score: float = 0.5  # the learned model reports a finding from this calibrated probability
    learned_grey_zone: tuple[float, float] = (0.3, 0.9)  # fast scores here go to the second stage, if any
    max_input_chars: int = 1_000_000
    cross_step_window: int = 10

    @classmethod
    def default(cls) -> Policy:
        return cls()

    @classmethod
    def preset(cls, name: str) -> Policy:
        if name not in PRESET_THRESHOLDS:
            raise KeyError(f"unknown preset {name!r}; choose one of {', '.join(PRESET_THRESHOLDS)}")
        return cls(block_threshold=PRESET_THRESHOLDS[name])

    def action_for(self, kind: str) -> KindAction:
        """The action for a dotted kind: the most specific configured prefix wins."""
        parts = kind.split(".")
        for cut in range(len(parts), 0, -1):
            action = self.kind_actions.get(".".join(parts[:cut]))
            if action is not None:
                return action
        return KindAction.BLOCK

    def scanner_enabled(self, name: str) -> bool:
        return self.enabled_scanners is None or name in self.enabled_scanners

    def with_threshold(self, threshold: int) -> Policy:
        return replace(self, block_threshold=threshold)
