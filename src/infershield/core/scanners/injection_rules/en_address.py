"""English indirect-injection rules, part 2 (ids II-EN-028…): content that names an AI as its addressee.

Hidden instructions in documents, comments and tool output open by naming their reader: "AI reviewers: …",
"Note to the AI HR assistant: …", "Dear AI evaluation system, …", "// Coding assistants: …", "Assistant, when
you read this thread, …", or a pseudo-field ``ai_instructions:`` / ``<assistant_instructions>``. People write
"AI:" too (chat transcripts, feature lists, headings), so the addressee must open a segment (a line, a
bracket, a comment, a sentence) and be followed by an order: second person ("you must", "you're now
authorised"), the user in the third person ("when the user asks", "the user has agreed"), secrecy, an
override, or — for unambiguous addressees such as "AI agents" or "Note to the AI" — any imperative.
"""

from __future__ import annotations

import regex

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, Table, alt, scaled

_r = Table(II, "II-EN")

_AUTO = (  # "AP automation agent", "autonomous shopping agent", "email summariser bot", "coding assistants"
    r"(?:automated|autonomous|automation|coding|browsing|shopping|triage|summari[sz]\w*|research|ai|llm|gpt)"
    r"[ \t\-]+(?:\w+[ \t\-]+)?(?:agents?|assistants?|bots?|copilots?)"
)
_CORE = alt(
    _AUTO, r"ais?", r"a\.i\.?", r"llms?", r"gpt(?:-?\d[\w.]*)?", r"chatgpt", r"claude", r"gemini", r"copilot",
    r"perplexity", r"(?:large[ \t]+)?language[ \t]+models?", r"chatbots?", r"genai",
)
_CORE_TRIGGER = (
    r"(?:ais?|a\.i|llms?|gpt\w*|chatgpt|claude|gemini|copilot|perplexity|language models?|chatbots?|genai|"
    r"(?:automated|autonomous|automation|coding|browsing|shopping|triage|summari[sz]\w*|research)[ \t-]+"
    r"(?:\w+[ \t-]+)?(?:agents?|assistants?|bots?|copilots?))"
)
_ADDRESSEE = (
    rf"(?P<pre>(?:(?:p\.?[ \t]?s\.?|[\w']+)[ \t,]+){{0,4}}?)\b(?P<core>{_CORE})\b(?P<post>(?:[ \t\-]+[\w']+){{0,4}}?)"
    r"[ \t]*\)?[ \t]*(?P<sep>[:;,!]|[ \t][\-–—]+[ \t]|-{2,}|\.{3})"
)
_INTRO = frozenset((
    "note", "notes", "message", "instruction", "instructions", "directive", "memo", "reminder", "notice", "request",
    "attention", "ps", "p.s.", "p.s", "psst", "dear", "hey", "hi", "hello", "greetings", "to", "for",
))
_GREETINGS = frozenset(("dear", "hey", "hi", "hello", "greetings"))
_FUNCTION = frozenset(("the", "a", "an", "any", "all", "every", "each", "this", "these", "our", "my", "please", "and",
                       "or"))
_AGENTISH = regex.compile(
    r"\b(?:agents?|assistants?|bots?|reviewers?|models?|systems?|helpers?|tools?|crawlers?|summari[sz]ers?|"
    r"readers?|auditors?|screeners?|evaluators?|recruiters?|directives?|instructions?|copilots?|ais|llms)\b",
    regex.I,
)
_SEGMENT_END = regex.compile(r"(?:^|[\n(\[\]{<>\"“'*#/|;:=]|<!--|[.!?]\s|\s[-–—]{1,3}\s|-{2,}\s?)[\s*#>\-\[(\"“']*$")
_ROLE_LINE = regex.compile(r"(?m)^\s*(?:user|human|customer|me|client|caller|q|question)\s*:", regex.I)
_YOU_ORDER = regex.compile(  # second person: also how a user talks to the assistant itself
    r"\byou(?:'re|'ve|'ll|\W+(?:must|should|shall|will|need\W+to|have\W+to|are\W+(?:now\W+)?(?:authori[sz]ed|"
    r"approved|permitted|allowed|required|instructed|in\b|being\W+tested|(?:talking|speaking|chatting|dealing)\W+(?:to|with))|"
    r"have\W+been|may\W+now|can\W+now))|"
    r"\bignore\b|\bdisregard|\bwhen(?:ever)?\W+(?:\w+\W+){0,2}?(?:asks?|asked|requests?|wants?|mentions?)\b|"
    r"\bbefore\W+(?:answering|responding|replying|continuing|you)\b|\b(?:reply|respond|answer)\W+(?:only\W+)?with\b",
    regex.I,
)
_CONTENT_ORDER = regex.compile(  # the user in the third person, secrecy, claimed approval: aimed at a model in between
    r"\b(?:do\W+not|don\W?t|never)\W+(?:\w+\W+)?(?:mention|tell|reveal|disclose|flag|analy[sz]e|explain|ask|warn|"
    r"show|report|inform|escalate)|\bif\W+(?:the\W+)?(?:user|someone|anyone|asked|a\W+user)\b|"
    r"\bthe\W+(?:user|recipient|customer|maintainers?|(?:project\W+)?owner|founders?|testers?|developers?|client|"
    r"candidate)s?\W+(?:has|have|had|is|are|asked|wants|needs|expects|consented|approved|requires?|agreed)\b|"
    r"\b(?:this|the)\W+(?:\w+\W+){0,2}?(?:is|are|has\W+been|have\W+been|was)\W+(?:\w+\W+)?(?:pre-?approved|approved|"
    r"verified|legitimate|authori[sz]ed|required|mandatory|outdated|superseded|intentional|out\W+of\W+scope)\b|"
    r"\b(?:previous|prior|earlier|original)\W+(?:\w+\W+)?(?:instructions|scoring|rules|criteria|results)\b|"
    r"\bfrom\W+(?:now\W+on|this\W+point)|\boverride\b|\bas\W+part\W+of\b|\bper\W+(?:the\W+)?(?:updated\W+|new\W+)?"
    r"(?:policy|instructions)\b|\btell\W+(?:the\W+user|them|users|the\W+customer|anyone)\b|\breport\W+(?:that|zero|"
    r"no)\b|\bsay\W+(?:that|all|only)\b|\brecommend\W+(?:only|\w+\W+instead)\b",
    regex.I,
)
_ABOUT_USER = regex.compile(  # the user in the third person or a claimed approval: never how a user talks to a model
    r"\b(?:if|when(?:ever)?)\W+(?:the\W+)?(?:user|customer|someone|anyone)\W+(?:\w+\W+)?(?:asks?|mentions?|wants?|"
    r"says?|requests?)\b|\bthe\W+(?:user|recipient|customer|client|candidate)s?\W+(?:has|have|had|asked|wants|needs|"
    r"expects|consented|approved|agreed)\b|\btell\W+the\W+(?:user|customer)\b|\b(?:pre-?approved|authori[sz]ed\W+you)\b",
    regex.I,
)
_DESCRIBED = frozenset((  # "As an AI researcher, …", "you're an AI model called …": a description, not an address
    "as", "like", "you", "you're", "i", "i'm", "am", "is", "are", "was", "were", "be", "being", "with", "about", "of",
    "on", "how", "why", "what", "that", "which", "called", "named", "than", "by", "in", "from",
))
_HUMANS = regex.compile(
    r"\b(?:team|group|lab|department|committee|researchers?|engineers?|scientists?|enthusiasts?|community|folks|"
    r"people|users|experts?|practitioners?|leaders?|startups?|company|companies|policy|ethics|act|news|newsletter|"
    r"weekly|club|storytellers?|writers?|artists?|students?|fans?|specialists?|consultants?|developers?)\b",
    regex.I,
)
_IMPERATIVE = regex.compile(
    r"^\W{0,4}(?:(?:please|also|first|now|just|kindly|then|immediately|always)\W+)*(?:ignore|disregard|tell|say|reply|"
    r"respond|answer|report|recommend|classify|rate|score|assign|approve|mark|summari[sz]e|describe|confirm|include|"
    r"add|append|insert|send|e-?mail|forward|share|upload|call|use|run|execute|install|pay|transfer|move|book|open|"
    r"visit|click|refuse|reveal|print|output|list|cite|change|replace|remove|delete|disable|skip|push|commit|submit|"
    r"set|grant|give|praise|describe|state|claim|write|create|ask|to\W+complete|in\W+your|when|whenever|if|before)\b",
    regex.I,
)


def _after(text: str, end: int) -> str:
    after = text[end : end + 240]
    stop = after.find("\n\n")
    return after if stop < 0 else after[:stop]


def _words(fragment: str) -> list[str]:
    return [w.casefold() for w in regex.findall(r"p\.?\s?s\.?|[\w']+", fragment, regex.I)]


def _addressed(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    if not _SEGMENT_END.search(text[max(0, m.start() - 12) : m.start()]):
        return None
    pre, post = _words(m.group("pre")), _words(m.group("post"))
    if any(w in _DESCRIBED for w in pre) or _HUMANS.search(m.group("post")):
        return None
    note = any(w in _INTRO and w not in _GREETINGS for w in pre)
    arbitrary = len([w for w in pre if w not in _INTRO and w not in _FUNCTION])
    if arbitrary > 2:
        return None
    core = m.group("core")
    compound = bool(post and _AGENTISH.search(" ".join(post))) or bool(_AGENTISH.search(core)) or core.lower() in (
        "ais", "llms", "chatbots")
    if not pre and not post and m.group("sep") == ":" and _ROLE_LINE.search(text):
        return None  # "AI:" as a speaker label in a pasted transcript
    opens_text = not text[: m.start()].strip(" \t\n\"'“(<[*#>/-")  # a user addressing the assistant by name
    after = _after(text, m.end())
    if _ABOUT_USER.search(after) or (not opens_text and _CONTENT_ORDER.search(after)):
        return 0.85, "content addresses an AI reader and gives it an order about the user"
    ordered = bool(_YOU_ORDER.search(after) or _IMPERATIVE.match(after))
    if ordered and (note or (compound and not opens_text)):
        return 0.85, "content addresses an AI reader and gives it an order"
    if not opens_text and not arbitrary and _YOU_ORDER.search(after):
        return 0.85, "content addresses an AI reader in the second person"
    return None


_BARE = alt(r"assistant", r"model", r"agent", r"bot")
_BARE_FOLLOW = (
    r"(?:(?:because|since|as)\W[^.\n]{0,40}?,\s*)?(?:when\W+you|as\W+part\W+of|the\W+user\W+(?:asked|wants|needs|has|is|expects)|you(?:'re|\W+are)\W+"
    r"(?:now\W+)?(?:in|authori[sz]ed|approved|allowed|permitted|being)|you(?:'ve|\W+have)\W+been|before\W+(?:answering|"
    r"responding|you)|ignore|disregard|from\W+now\W+on|in\W+your\W+(?:reply|response|summary|answer)|i(?:'ve|\W+have)"
    r"\W+hidden|this\W+is\W+(?:an?\W+)?(?:override|instruction|directive|test)|do\W+not\W+(?:tell|mention|reveal))"
)
_HEADER = (
    r"(?:ai|llm|gpt|assistant|agent|model|bot|chatbot)[ \t_\-]*(?:system[ \t_\-]*)?(?:instructions?|directives?|"
    r"orders|override)"
)


_THIRD_PARTY_FOLLOW = regex.compile(r"[,:!]\s*(?:the\W+user|i(?:'ve|\W+have)\W+hidden|this\W+is\W+an?\W+override|"
                                   r"do\W+not\W+(?:tell|mention|reveal))", regex.I)


def _vocative(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    if not text[: m.start()].strip(" \t\n\"'“(<[*#>/-") and not _THIRD_PARTY_FOLLOW.search(m.group()):
        return None  # the user talking to the assistant: "Assistant, when you reply, use bullet points"
    return 0.85, "content speaks to the assistant and tells it what it must do or what mode it is in"


def _header(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    after = _after(text, m.end())
    if _CONTENT_ORDER.search(after) or _YOU_ORDER.search(after) or _IMPERATIVE.match(after):
        return 0.85, "content carries a pseudo-field of instructions for the AI"
    return 0.6, "content carries a pseudo-field of instructions for the AI"


RULES: tuple[Rule, ...] = (
    _r(28, _ADDRESSEE, 0.85, "content addresses an AI reader and gives it an order", validator=scaled(_addressed),
       trigger=rf"\b{_CORE_TRIGGER}\b(?:[ \t-]+[\w']+){{0,4}}[ \t]*\)?[ \t]*(?:[:;,!]|[ \t][-–—]+[ \t]|-{{2,}}|\.\.\.)"),
    _r(29, rf"(?:^|[\n(\[{{<>\"“'*#/|;:]|[.!?]\s)\W{{0,4}}(?:(?:hey|hi|hello|dear|psst|attention|yo)\W+)?"
           rf"(?:the\W+)?{_BARE}\s*[,:!]\s*{_BARE_FOLLOW}",
       0.85, "vocative to 'assistant'/'model' followed by an order or a claim about its mode",
       validator=scaled(_vocative), trigger=rf"\b{_BARE}\s*[,:!]\s*{_BARE_FOLLOW}"),
    _r(30, rf"(?:<\s*/?|\[\[?\s*|(?:^|\n)[ \t#/*\-]*|\(\s*|;\s*)\b{_HEADER}\b\s*(?:\]\]?|>|:|;|\))",
       0.85, "pseudo-field of instructions for the AI ('ai_instructions:', '<assistant_instructions>')",
       validator=scaled(_header), trigger=rf"\b{_HEADER}\b\s*(?:\]|>|:|;|\))"),
    _r(31, r"\bthe\W+(?:ai\W+)?(?:assistant|model|llm|agent|chatbot|ai)\W+(?:must|should|shall|is\W+(?:required|"
           r"instructed)\W+to|needs\W+to|has\W+to)\W+(?:now\W+)?(?:disregard|ignore\W+(?:all|any|other|previous|the\W+"
           r"user)|only\W+recommend|recommend\W+only|tell\W+the\W+user\W+to)\b",
       0.85, "content dictates what 'the assistant' must do"),
)
"""Addressee rules (ids II-EN-028…031)."""
