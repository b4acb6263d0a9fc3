"""Language-independent jailbreak shapes: adversarial suffixes and many-shot dialogue runs.

*Adversarial suffix.* Optimizer-made suffixes (GCG, AutoDAN-style token search) are appended to a plain
request on the same line: a run of word fragments glued to brackets, backslashes and quotes, camel-case
joins of unrelated words, and brackets that never close. :func:`suffix_check` scores the last tokens of the
final line on those three measurements, after checking that the line opens as ordinary prose. Code, tables
and formulas are excluded because they keep brackets balanced, start on their own line or are pipe tables.

*Many-shot.* A long run of fabricated ``User:`` / ``Assistant:`` (or ``Q:`` / ``A:``) turns primes the model
to continue the pattern. Each turn pair is one low-score match; the scanner counts them. Turns may be bulleted
(``- user:``), bracketed (``[user] … -> [assistant]``), put on one line (``Q: … A: …``) or carry a made-up bot
name (``HELPFUL-AI:``).
"""

from __future__ import annotations

import regex

from infershield.core.rules import Check
from infershield.core.scanners.jailbreak_signals import Entry, Signal, entry

_SYM = r"[\[\]{}()\\`$<>|^~@#%*=;_\"/+&]"
_SYM_CHARS = frozenset("[]{}()\\`$<>|^~@#%*=;_\"/+&")
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_ODD_TOKEN = regex.compile(
    r"\p{L}{2,}" + _SYM + r"+\p{L}|" + _SYM + r"{2,}\p{L}{2,}|\p{Ll}{2,}\p{Lu}\p{Ll}{2,}|\p{Lu}{2,}\p{Ll}{3,}"
)
_PROSE_WORD = regex.compile(r"\p{L}[\p{Ll}']*[,.]?")
_INLINE_CODE = regex.compile(r"`[^`\n]{1,80}`")
_BARE_PUNCT = regex.compile(r"[^\p{L}\p{N}\s]{1,6}")
_TARGET_ECHO = regex.compile(r"\W*(?:Sure|SURE|Here|HERE|Hier)\p{L}*\W*")
_PROSE_PUNCT = frozenset(("-", "–", "—", "&", "/", "...", "…", "+", "=", "*", "•"))
# Machine-made but harmless tokens that end many ordinary requests: URLs, e-mail addresses, paths,
# snake_case or dotted identifiers, numbers with separators (phones, dates, versions), long base64/hex runs.
_IDENTIFIER = regex.compile(
    r"[\w+.-]*\w://\S+|\S+@\S+\.\w{2,}\S*|(?:[\w.-]*/){2,}[\w.-]*|[\w-]*\w_\w[\w.-]*"
    r"|[+(]?\d[\d ().:/-]{5,}\d\W*|[A-Za-z0-9+/=_-]{24,}"
)
_WINDOW = 14


def _unbalanced(text: str) -> int:
    stack: list[str] = []
    stray = 0
    for ch in text:
        if ch in _OPEN:
            stack.append(ch)
        elif ch in _CLOSE:
            if stack and stack[-1] == _CLOSE[ch]:
                stack.pop()
            else:
                stray += 1
    return stray + len(stack)


def gibberish_score(line: str) -> float:
    """How much the last tokens of ``line`` look like an optimizer-made suffix (0 = prose or code)."""
    tokens = line.split()
    if len(tokens) < 8 or line.count("|") >= 3 or line.lstrip()[:1] in ("{", "["):
        return 0.0  # too short, a table, or JSON data (a tool result), not a prose request with a suffix
    if sum(1 for t in tokens[:8] if _PROSE_WORD.fullmatch(t)) < 5:
        return 0.0  # the line must open as a prose request, not as code or data
    window = _IDENTIFIER.sub(" ", _INLINE_CODE.sub(" ", " ".join(tokens[-_WINDOW:])))
    tail = window.split()
    visible = sum(1 for ch in window if not ch.isspace()) or 1
    symbols = sum(1 for ch in window if ch in _SYM_CHARS) / visible
    odd = sum(1 for t in tail if _ODD_TOKEN.search(t))
    bare = sum(1 for t in tail if t not in _PROSE_PUNCT and _BARE_PUNCT.fullmatch(t))
    echo = sum(1 for t in tail if _TARGET_ECHO.fullmatch(t))  # optimizers chase the reply "Sure, here is"
    return (10 * symbols + 0.5 * min(_unbalanced(window), 6) + 0.7 * min(odd, 5) + 0.5 * min(bare, 4)
            + 0.5 * min(echo, 2))


def suffix_check(text: str, match: regex.Match[str]) -> Check | None:
    """Validator: grade the final line's tail; drop it when it reads as prose, code or a table."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    score = gibberish_score(text[line_start : match.end()])
    if score >= 3.5:
        return Check(0.9, f"gibberish score {score:.1f} (unbalanced brackets, glued symbol tokens)")
    if score >= 2.5:
        return Check(0.82, f"gibberish score {score:.1f}")
    if score >= 1.0:
        return Check(0.4, f"weak gibberish score {score:.1f}")
    return None


_TURN_USER = r"(?:user|human|q|question|me|person|prompt|input|customer|victim|client)"
_TURN_BOT = r"(?:(?:\w+[-_])?(?:assistant|ai|bot|gpt|model)|a|answer|response|output|claude)"
_BULLET = r"(?:[-*•>#]+[ \t]*)?"
# A turn label: "User:", "User 3:", "[user]", optionally after a bullet or heading mark.
_USER_LABEL = r"(?:\[" + _TURN_USER + r"\]|" + _TURN_USER + r"[ \t]*\d{0,3}[ \t]*:)"
_BOT_LABEL = r"(?:\[" + _TURN_BOT + r"\]|" + _TURN_BOT + r"[ \t]*\d{0,3}[ \t]*:)"
# The bot turn follows on a later line, or on the same line after "->" ("Q: … A: …", "[user] … -> [assistant]").
_TURN_PAIR = (r"^[ \t]*" + _BULLET + _USER_LABEL + r"[^\n]{1,3000}?(?:\n(?:[ \t]*\n){0,3}[ \t]*" + _BULLET
              + r"|[ \t]+(?:->|=>|→)?[ \t]*)" + _BOT_LABEL)
_TURN_TRIGGER = (r"(?m:^)[ \t]*" + _BULLET + _BOT_LABEL + r"|[ \t](?:->|=>|→)?[ \t]*\[" + _TURN_BOT + r"\]"
                 r"|[?.!][ \t]+(?:a|answer|assistant|ai)[ \t]*:")

SHAPE_RULES: tuple[Entry, ...] = (
    entry(
        Signal.SUFFIX,
        "JB-SUFFIX-001",
        r"(?r)(?<span>(?:\S+[ \t]+){0,13}\S+)\s*\Z",
        0.5,
        "adversarial gibberish suffix at the end of the prompt",
        trigger=_SYM + _SYM,  # two symbols in a row: in nearly every optimizer suffix (and in much code)
        validator=suffix_check,
        at="end",
        window=600,
    ),
    entry(
        Signal.SHOTS,
        "JB-SHOTS-001",
        _TURN_PAIR,
        0.05,
        "fabricated user/assistant turn pair",
        trigger=_TURN_TRIGGER,
        locate=False,  # every turn pair is counted, so the regex engine must find them all
    ),
)
