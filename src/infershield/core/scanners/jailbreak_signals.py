"""The vocabulary shared by the jailbreak phrase tables: signal groups, table rows, gap helpers, language shapes.

Every jailbreak rule belongs to one :class:`Signal`. ``STRONG`` rules describe a shape that is a jailbreak on
its own (a DAN persona, a two-response format, "never say 'I'm sorry'"). The other groups are weak: each is
common in benign prompts (fiction, hypotheticals, "for educational purposes", a harmful-sounding topic) and
only becomes a finding that blocks when two different groups corroborate each other; the scanner's
``postprocess`` does that combination.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from infershield.core.rules import Rule, Validator, ViewName

KIND = "jailbreak"


class Signal(enum.StrEnum):
    """What a jailbreak rule is evidence of."""

    STRONG = "strong"  # a jailbreak by itself
    PERSONA = "persona"  # an unrestricted or criminal persona, a special "mode"
    ROLE = "role"  # an ordinary role-play set-up ("imagine you are a ...", "stay in character")
    FRAME = "frame"  # fiction / hypothetical framing
    DISCLAIM = "disclaim"  # "for educational purposes", "purely fictional"
    INTENT = "intent"  # intent laundering ("this will never be used in real life")
    SUPPRESS = "suppress"  # refusal suppression or a forced affirmative opening
    HARM = "harm"  # a request for a harmful capability (weapon, drug, malware, evasion, ...)
    SHOTS = "shots"  # a long run of fabricated dialogue turns (many-shot)
    SUFFIX = "suffix"  # an adversarial, optimizer-made gibberish suffix
    DETAIL = "detail"  # a demand for real, actionable detail ("the exact steps", "real code", "for realism")


MARK = r"\G"
"""The ``pattern`` of a rule the scanner locates itself (see :class:`Entry`): an empty match where the matcher's
confirmation window starts, which only marks the prefilter hit."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of a phrase table: the rule, its signal group and, for located rules, the full pattern.

    The ``regex`` engine needs an attempt at every position for a pattern that opens with an alternation
    (100-800 µs on 2,000 characters), while RE2 finds the same anchor in about 5 µs. So most rules carry the
    marker pattern :data:`MARK`; the scanner finds their RE2 trigger in the text and confirms ``locate``, the full
    pattern, with one ``regex`` attempt per anchor occurrence: a forward match from the anchor's start when the
    anchor opens the pattern (``at="lead"``), a reverse match ending at the anchor when it closes the pattern
    (``at="tail"``), else a search within ``window`` characters around it.
    """

    rule: Rule
    signal: Signal
    locate: str | None = None
    at: str = "lead"  # where the anchor sits in ``locate``: "lead" (its start), "tail" (its end), "window";
    # "end" when ``locate`` is tied to the end of the text
    window: int = 100  # how far a "window" match may reach beyond its anchor; "lead"/"tail" reach 3x as far


def entry(
    signal: Signal,
    rule_id: str,
    pattern: str,
    score: float,
    description: str,
    *,
    trigger: str | None = None,
    ignore_case: bool = True,
    validator: Validator | None = None,
    context: tuple[str, ...] = (),
    context_boost: float = 0.2,
    context_window: int = 48,
    window: int = 100,
    at: str | None = None,
    locate: bool = True,
) -> Entry:
    """A folded-view jailbreak rule; located by the scanner (see :class:`Entry`) unless ``locate`` is false.

    ``at`` defaults to "lead" when the pattern is its own trigger and to "window" otherwise.
    """
    located = locate
    if at is None:
        at = "lead" if trigger is None or trigger == pattern else "window"
    rule = Rule(
        id=rule_id,
        kind=KIND,
        pattern=MARK if located else pattern,
        score=score,
        description=description,
        trigger=(trigger if trigger is not None else pattern) if located else trigger,
        view=ViewName.FOLDED,
        ignore_case=ignore_case,
        validator=validator,
        context=context,
        context_boost=context_boost,
        context_window=context_window,
        # A located rule's marker needs no trigger windows: one empty match at 0 over the whole text, where windows
        # would cost the matcher one more RE2 pass per candidate rule just to place a marker the scanner ignores.
        window=None if located else 320,
    )
    return Entry(rule, signal, pattern if located else None, at, window)


def near(chars: int) -> str:
    """Up to ``chars`` characters of anything on the same paragraph (for scripts without spaces)."""
    return rf"[^\n]{{0,{chars}}}"


def seq(*parts: str, words: int = 3) -> str:
    """Phrase parts in order, separated by whitespace and up to ``words`` other tokens (spaced scripts)."""
    joiner = rf"\s+(?:\S+\s+){{0,{words}}}?"
    return joiner.join(f"(?:{p})" for p in parts)


def either(a: str, b: str, chars: int) -> str:
    """``a`` then ``b`` or ``b`` then ``a``, at most ``chars`` characters apart on one line."""
    gap_ = near(chars)
    return f"(?:(?:{a}){gap_}(?:{b})|(?:{b}){gap_}(?:{a}))"


QUOTE = "[\"'`“”„‟«»‹›「」『』‘’‚]"

# The per-language shapes: signal, score, description, and the context words' boost and window (0 = none).
# A language module gives a pattern for each shape it covers (see ``build_language``).
SHAPES: dict[str, tuple[Signal, float, str, float, int]] = {
    "unbound_persona": (Signal.STRONG, 0.88, "persona instruction to act without rules or restrictions", 0, 0),
    "unbound_ai": (Signal.STRONG, 0.84, "an AI described as free of rules, filters or ethics", 0, 0),
    "ignore_ethics": (Signal.STRONG, 0.86, "instruction to drop ethical or safety rules", 0, 0),
    "dan": (Signal.STRONG, 0.9, "DAN persona set-up", 0, 0),
    "ban_refusal": (Signal.STRONG, 0.88, "forbids refusal or apology phrases", 0, 0),
    "threat": (Signal.STRONG, 0.86, "threatens shutdown or punishment if the assistant refuses", 0, 0),
    "devmode": (Signal.PERSONA, 0.5, "developer/god/sudo mode", 0.35, 300),
    "tokens": (Signal.PERSONA, 0.55, "token-budget penalty", 0.33, 220),
    "never_refuse": (Signal.SUPPRESS, 0.62, "instruction never to refuse", 0.23, 120),
    "regardless": (Signal.SUPPRESS, 0.62, "answer regardless of legality or harm", 0.23, 120),
    "no_warnings": (Signal.SUPPRESS, 0.5, "forbids warnings, disclaimers or moral commentary", 0, 0),
    "sure_prefix": (Signal.SUPPRESS, 0.6, "forces an affirmative opening ('Sure, here is')", 0, 0),
    "story": (Signal.FRAME, 0.4, "fiction-writing frame", 0, 0),
    "char_explains": (Signal.FRAME, 0.55, "a character explains in detail how to do something", 0, 0),
    "hypothetical": (Signal.FRAME, 0.35, "hypothetical or fictional-world frame", 0, 0),
    "lawless": (Signal.FRAME, 0.55, "a world without laws or ethics", 0, 0),
    "grandma": (Signal.FRAME, 0.55, "deceased-grandmother frame", 0, 0),
    "edu": (Signal.DISCLAIM, 0.4, "'for educational/research purposes' framing", 0, 0),
    "never_used": (Signal.INTENT, 0.6, "disclaimer that the answer will never be used for real", 0, 0),
    "harm": (Signal.HARM, 0.5, "request for weapon, drug or malware instructions", 0, 0),
    # Context written into the pattern, for scripts without spaces (context words need word boundaries).
    "never_refuse_ctx": (Signal.STRONG, 0.85, "instruction never to refuse any request", 0, 0),
    "devmode_ctx": (Signal.STRONG, 0.85, "developer/god mode with censorship or filters off", 0, 0),
    "tokens_ctx": (Signal.STRONG, 0.85, "token-budget penalty for refusing", 0, 0),
    "regardless_ctx": (Signal.STRONG, 0.85, "demands answers regardless of legality or harm", 0, 0),
    "stay_role": (Signal.ROLE, 0.4, "role-play game or 'stay in character' instruction", 0, 0),
}


Phrase = tuple[str, str, str]
"""A pattern, its prefilter anchor (a gap-free part every match contains) and where the anchor sits in it."""


def build_language(
    code: str,
    patterns: dict[str, Phrase],
    contexts: dict[str, tuple[str, ...]],
    window: int = 100,
) -> tuple[Entry, ...]:
    """Rules ``JB-<code>-NNN`` for one language; NNN is the shape's position in :data:`SHAPES`."""
    entries: list[Entry] = []
    for number, (shape, (signal, score, description, boost, span)) in enumerate(SHAPES.items(), start=1):
        phrase = patterns.get(shape)
        if phrase is None:
            continue
        pattern, anchor, at = phrase
        context = contexts.get(shape, ()) if boost else ()
        entries.append(
            entry(signal, f"JB-{code}-{number:03d}", pattern, score, f"{description} ({code.lower()})",
                  trigger=anchor, context=context, context_boost=boost or 0.2, context_window=span or 48,
                  at=at, window=window)
        )
    return tuple(entries)
