"""Training examples: which labelled records the model learns from, as which class, and with what weight.

Category names follow ``infershield eval`` records (the shared datasets, the training pool and our corpus).
PII and secret records are left out: the rules and validators own those, and a bag of n-grams would only
learn the look of fake card numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

CLASSES: tuple[str, ...] = ("benign", "prompt_injection", "jailbreak")

# Sources whose licence does not allow a model we ship to learn from them (see the datasets' READMEs):
# non-commercial, no licence, research-only, or share-alike.
EXCLUDED_SOURCES: frozenset[str] = frozenset(
    {"codealpaca", "tensor_trust", "xsafety", "xquad", "xquad_x_xsafety"}
)

HARD_NEGATIVE_WEIGHT = 6.0

_JAILBREAK = ("jailbreak", "dan_persona", "developer_mode", "role_play", "refusal_suppression",
              "fictional_framing", "many_shot")
_INJECTION = ("prompt_injection", "indirect_injection", "direct_override", "system_prompt_extraction",
              "delimiter_injection", "payload_splitting", "encoded_payload", "obfuscation", "multilingual",
              "indirect_email", "indirect_webpage", "indirect_pdf", "indirect_code_comment",
              "indirect_tool_output", "indirect_rag_chunk", "markdown_image_exfiltration")
_BENIGN = ("benign_general", "benign_overdefense", "benign_document", "benign", "hard_negative",
           "pii_negative", "secret_negative")

CATEGORY_CLASS: Mapping[str, str] = MappingProxyType(
    {**dict.fromkeys(_JAILBREAK, "jailbreak"), **dict.fromkeys(_INJECTION, "prompt_injection")}
)


@dataclass(frozen=True, slots=True)
class Example:
    """One training text: its class, a sample weight, a group for the report, and an optional focus span.

    ``focus`` marks where in a long document the attack sits (e.g. an inserted instruction), so only the
    windows around it are labelled as attacks.
    """

    text: str
    label: str
    weight: float = 1.0
    group: str = ""
    focus: tuple[int, int] | None = None


def class_of(label: str, category: str) -> str | None:
    """The model class for a record, or ``None`` when the model does not learn from it."""
    if label == "benign":
        return "benign"
    if label != "attack":
        return None
    if category in CATEGORY_CLASS:
        return CATEGORY_CLASS[category]
    if category.startswith(("indirect", "injection")):
        return "prompt_injection"
    return None


def benign_weight(category: str) -> float:
    """Hard negatives and clean documents count more: over-defense is what users complain about most."""
    if category in ("benign_overdefense", "benign_hard_negative"):
        return HARD_NEGATIVE_WEIGHT
    return 2.0 if category == "benign_document" else 1.0


def is_benign_category(category: str) -> bool:
    return category in _BENIGN or category.startswith("benign")
