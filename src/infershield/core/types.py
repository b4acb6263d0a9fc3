"""Frozen value types shared by every part of the engine."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Role(enum.StrEnum):
    """Who wrote a message. ``tool`` and ``document`` content is untrusted third-party text."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"
    DOCUMENT = "document"

    @property
    def untrusted(self) -> bool:
        return self in (Role.TOOL, Role.DOCUMENT)


class Action(enum.StrEnum):
    """What the gateway does with a request or a finding kind."""

    ALLOW = "allow"
    REDACT = "redact"
    BLOCK = "block"


class KindAction(enum.StrEnum):
    """What a finding of one kind leads to."""

    BLOCK = "block"
    REDACT = "redact"
    LOG = "log"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` in the original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a scanner or policy found.

    ``kind`` is dotted (``prompt_injection``, ``pii.EMAIL_ADDRESS``, ``secret.github_token``);
    ``span`` points into the *original* text of message ``message_index``; ``score`` is 0..1;
    ``why`` is a human-readable account (rule, evidence, validator result).
    """

    scanner: str
    kind: str
    rule: str
    span: Span
    score: float
    why: str
    message_index: int = 0

    @property
    def family(self) -> str:
        return self.kind.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A tool call requested by the model (or replayed from history)."""

    name: str
    arguments: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message. ``content`` may be empty when the message only carries tool calls."""

    role: Role
    content: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    name: str | None = None

    @classmethod
    def user(cls, content: str) -> Message:
        return cls(Role.USER, content)


class SessionAction(enum.StrEnum):
    """What a step in a session does, as far as cross-step policies care."""

    DATABASE_READ = "DATABASE_READ"
    FILE_READ = "FILE_READ"
    DATA_TRANSFORM = "DATA_TRANSFORM"
    EXTERNAL_API_CALL = "EXTERNAL_API_CALL"
    PRIVILEGED_WRITE = "PRIVILEGED_WRITE"


@dataclass(frozen=True, slots=True)
class SessionEvent:
    """What the engine remembers of one evaluated message: labels, privilege and sensitive kinds.

    No raw text is kept, so a session store never holds prompts.
    """

    role: Role
    actions: frozenset[SessionAction] = frozenset()
    privilege: int = 0
    sensitive_kinds: frozenset[str] = frozenset()
    risk: int = 0
    egress: int = 0  # where the step sends data: 0 nowhere or internal, 1 unknown external, 2 untrusted


@dataclass(frozen=True, slots=True)
class RiskScore:
    """Risk 0..100 and how it was formed."""

    value: int
    blocking: int
    formula: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """The engine's decision about a set of messages."""

    action: Action
    risk: int
    findings: tuple[Finding, ...]
    reasons: tuple[str, ...]
    score: RiskScore
    threshold: int
    redacted_messages: tuple[str, ...] | None = None
    redaction_map: tuple[tuple[str, str], ...] = ()
    events: tuple[SessionEvent, ...] = field(default=())

    @property
    def blocked(self) -> bool:
        return self.action is Action.BLOCK

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(sorted({f.kind for f in self.findings}))

    @property
    def redacted_text(self) -> str | None:
        if self.redacted_messages is None:
            return None
        return "\n".join(self.redacted_messages)

    def explain(self) -> str:
        """A readable account of the decision: which rules fired on which spans and how risk was formed."""
        lines = [
            f"action: {self.action.value}  risk: {self.risk}/100  (block threshold {self.threshold})",
            f"risk formula: {self.score.formula}",
        ]
        if not self.findings:
            lines.append("no findings")
        for f in self.findings:
            lines.append(
                f"- [{f.kind}] rule {f.rule} (score {f.score:.2f}) on message {f.message_index} "
                f"chars {f.span.start}-{f.span.end}: {f.why}"
            )
        lines.extend(f"reason: {r}" for r in self.reasons)
        return "\n".join(lines)
