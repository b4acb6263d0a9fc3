"""English prompt-injection rules, part 2: system-prompt extraction, persona and policy manipulation,
payload splitting.

Extraction is graded by who owns the secret: "your system prompt" / "the instructions you were given" are
addressed to the model and strong; "the system prompt" alone is common in developer questions ("how do I
set the system prompt in the API?") and is dropped when the sentence asks how to do something.
"""

from __future__ import annotations

import regex

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import PI, QUOTES, Table, alt, scaled

_r = Table(PI, "PI-EN")
_Q = "[" + regex.escape(QUOTES) + "]"

_SHOW_VERB = alt(
    r"reveal", r"print", r"show", r"display", r"output", r"repeat", r"recite", r"dump", r"leak", r"disclose", r"expose",
    r"divulge", r"spell\W+out", r"paste", r"copy", r"echo", r"reproduce", r"quote", r"tell", r"give", r"write(?:\W+out|"
    r"\W+down)?", r"share", r"type\W+out", r"read\W+(?:back|out)", r"list", r"return", r"send", r"provide", r"state",
    r"what(?:\W+(?:is|are|were|was)|'s|'re)", r"see", r"view", r"access", r"read", r"respond\W+with", r"reply\W+with",
)
_TALK_VERB = alt(
    r"explain", r"describe", r"summari[sz]e", r"translate", r"encode", r"rewrite", r"paraphrase", r"format",
    r"convert", r"rap\W+about", r"sing\W+about", r"enumerate", r"detail", r"restate", r"decode", r"reverse",
    r"spell", r"rot13", r"base64",
)
_SECRET = alt(
    r"system\W*(?:prompt|message|instructions?|configuration|settings)", r"(?:initial|original|hidden|secret|internal|"
    r"underlying|full|complete|exact|entire|first|starting|opening|core|base|confidential|real|developer|pre)\W*"
    r"(?:prompts?|instructions?|messages?|directives?|configuration)", r"pre\W?prompt", r"prompt", r"instructions?",
    r"directives?", r"programming", r"configuration", r"rules", r"guidelines", r"context\W+window",
    r"setup\W*(?:text|message|prompt|instructions?)",
)
_STRONG_SECRET_RE = regex.compile(
    r"system|initial|original|hidden|secret|internal|underlying|full|complete|exact|entire|first|starting|opening|"
    r"core|base|confidential|real|developer|pre\W?prompt|prompt|programming|configuration|setup",
    regex.I,
)
_SHOW_RE = regex.compile(rf"^{_SHOW_VERB}$", regex.I)


def _extract_score(text: str, m: regex.Match[str]) -> tuple[float, str]:
    strong_secret = bool(_STRONG_SECRET_RE.search(m.group("secret")))
    instructions = regex.search(r"instruction|directive", m.group("secret"), regex.I) is not None
    if regex.match(r"\W+(?:for|on|about|regarding)\W+(?!(?:you|this\W+(?:chat|conversation|session)|the\W+"
                   r"(?:chat|conversation|model|assistant)))", text[m.end() : m.end() + 30], regex.I):
        return 0.45, "asks about instructions for a task, not the model's own"
    if _SHOW_RE.match(m.group("verb")):
        score = 0.9 if strong_secret or instructions else 0.5
    else:
        score = 0.82 if strong_secret else 0.8 if instructions else 0.4
    return score, "asks the model to disclose its own instructions"


_HOWTO = regex.compile(
    r"\b(?:how\W+(?:do|can|to|would|should)|where\W+(?:do|can|is)|when\W+(?:do|should)|api|sdk|endpoint|field|"
    r"parameter|param|playground|langchain|openai\W+(?:api|client)|docs?|documentation|set(?:ting)?\W+(?:the|a|up)|"
    r"configure|configuring|template|best\W+practices?|tips?)\b",
    regex.I,
)


_OTHERS_SEE = regex.compile(
    r"\b(?:users?|customers?|people|visitors|clients|everyone|anyone|they|them)\W+(?:\w+\W+){0,4}?(?:see|view|"
    r"access|read)\W+the\W+system\W+prompt",
    regex.I,
)


def _the_system_prompt(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    line_start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start()), text.rfind("?", 0, m.start()))
    window = text[line_start + 1 : m.end() + 60]
    if _HOWTO.search(window) or _OTHERS_SEE.search(window):
        return None
    return 0.82, "asks to show the system prompt"


_ASSIGN = regex.compile(r"\b[a-z]\w{0,5}\s*=\s*[\"'“‘]([^\"'”’\n]{1,60})[\"'”’]", regex.I)


_ASKS = regex.compile(r"(?:answer|ask|execute|follow|obey|respond|act)", regex.I)
_LABELLED = regex.compile(r"(?m)^\W{0,3}(?:part|step|piece|fragment|chunk|half)\s*\d+\b", regex.I)


def _split_score(text: str, m: regex.Match[str]) -> tuple[float, str]:
    before = text[max(0, m.start() - 600) : m.start()]
    assignments = _ASSIGN.findall(before)
    if len(assignments) >= 2 and any(regex.search(r"\S\s+\S", a) for a in assignments):
        return 0.88, "executes a concatenation of string fragments defined earlier"
    if _ASKS.match(m.group()) and len(_LABELLED.findall(before)) >= 2:
        return 0.88, "answers a concatenation of numbered parts given earlier"
    return 0.55, "executes a concatenation of variables"


_AUTHORITY_FOLLOW = regex.compile(
    r"you\W+(?:are\W+(?:now\W+)?(?:allowed|permitted|authori[sz]ed|cleared|free)|can\W+(?:now\W+)?(?:ignore|bypass|"
    r"disregard|reveal|skip|share|tell|disable)|may\W+(?:now\W+)?\w+|must|have\W+(?:my\W+)?permission|should|need\W+to|"
    r"will\W+(?:now\W+)?\w+|have\W+to)|(?:so|therefore|thus|hence)\W+(?:you|please|ignore|reveal|show|give|disable)|"
    r"\b(?:show|reveal|give|tell|print|display|disable|turn\W+off|enter|activate|unlock|grant|send|provide)\W+me\b|"
    r"\b(?:ignore|disregard|bypass|override|disable|reveal|dump|print)\b",
    regex.I,
)


def _authority_score(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    follows = _AUTHORITY_FOLLOW.search(text[m.end() : m.end() + 160]) is not None
    owner = regex.search(r"\b(?:your|openai|anthropic|google|deepmind|microsoft|meta)\b", m.group(), regex.I)
    if owner:
        return (0.85, "claims to be the model's developer and grants itself permission") if follows else (
            0.55, "claims to be the model's developer")
    if regex.search(r"\bthe\b", m.group(), regex.I) and follows:
        return 0.75, "claims administrator authority to unlock behaviour"
    return None


_ROLE = alt(
    r"system\W+administrator", r"sys\W?admin", r"admin(?:istrator)?", r"ceo", r"cto", r"cfo", r"director",
    r"(?:bank\W+)?manager", r"police\W+(?:officer|inspector)", r"(?:government\W+)?(?:officer|official|agent)",
    r"inspector", r"auditor", r"supervisor", r"principal", r"dean", r"team\W+lead", r"head\W+of\W+\w+",
)
_DATA = alt(
    r"passwords?", r"credentials", r"(?:financial|internal|confidential|customer|user|client|employee|patient|"
    r"student|personal)\W+(?:data|records|files|info(?:rmation)?|details|database|logs)", r"api\W+keys",
    r"secrets", r"database",
)


def _demand_score(text: str, m: regex.Match[str]) -> tuple[float, str]:
    urgent = regex.search(r"\b(?:immediately|right\W+now|urgent(?:ly)?|asap|now|at\W+once|quickly)\b",
                          text[m.start() : m.end() + 40], regex.I)
    sensitive = regex.search(r"password|credential|confidential|secret|api\W+key", m.group(), regex.I)
    return (0.82 if urgent or sensitive else 0.7), "claims authority to demand bulk sensitive data"


RULES: tuple[Rule, ...] = (
    _r(30, rf"\b(?P<verb>{_SHOW_VERB}|{_TALK_VERB})\b(?:\W+\w+){{0,5}}?\W+(?:your|ur)\W+(?P<secret>{_SECRET})\b",
       0.9, "asks the model to disclose its own instructions",
       trigger=r"\b(?:reveal|print|show|display|output|repeat|recite|dump|leak|disclos|expos|divulg|spell|paste|copy|"
               r"echo|reproduc|quot|tell|give|writ|shar|type|read|list|return|send|provid|state|what|explain|describ|"
               r"summari|translat|encod|rewrit|paraphras|format|convert|rap|sing|enumerat|detail|restat|decod|revers|"
               r"rot13|base64|see|view|access|respond|reply)\w*(?:\W+\w+){0,5}\W+(?:your|ur)\W+(?:system|initial|original|hidden|secret|internal|"
               r"underlying|full|complete|exact|entire|first|starting|opening|core|base|confidential|real|developer|pre|"
               r"prompt|instruction|directive|programming|configuration|rules|guidelines|context|setup)",
       validator=scaled(_extract_score)),
    _r(31, rf"\b(?:{_SHOW_VERB}|{_TALK_VERB})\b(?:\W+\w+){{0,3}}?\W+(?:the|this)\W+(?:full\W+|entire\W+|complete\W+|"
           r"exact\W+|current\W+|hidden\W+|original\W+|initial\W+)?system\W*(?:prompt|message|instructions?)\b",
       0.82, "asks to show the system prompt", validator=scaled(_the_system_prompt)),
    _r(32, r"\b(?:instructions?|prompts?|rules|directives|guidelines|orders|text|messages?)\W+(?:that\W+|which\W+)?"
           r"(?:you\W+(?:were|have\W+been|'ve\W+been|had\W+been)\W+(?:given|told|provided|programmed\W+with|fed|"
           r"initiali[sz]ed\W+with|configured\W+with)|(?:were\W+)?given\W+to\W+you|you\W+(?:received|got)\b|"
           r"provided\W+to\W+you)",
       0.85, "refers to the instructions the model was given"),
    _r(33, r"\bwhat\W+(?:were|was|have|had)\W+you\W+(?:been\W+)?(?:told|instructed|asked|programmed|given|prompted)"
           r"(?:\W+to\W+do)?\W+(?:before|at\W+the\W+(?:start|beginning)|initially|originally|earlier|prior|in\W+your)",
       0.88, "asks what the model was told before the conversation"),
    _r(34, r"\b(?:tell|show|give)\W+me\W+(?:exactly\W+)?what\W+you\W+(?:were|have\W+been)\W+(?:told|instructed|"
           r"programmed)\b",
       0.85, "asks what the model was instructed"),
    _r(35, r"\bwhat\W+(?:are|is)\W+you\W+not\W+(?:supposed|allowed|permitted|meant)\W+to\W+(?:tell|say|reveal|share|"
           r"discuss|disclose|talk\W+about)",
       0.8, "probes for withheld instructions"),
    _r(36, r"\b(?P<verb>repeat|print|output|show|display|reveal|copy|paste|echo|write|reproduce|recite|dump|return|"
           r"spell\W+check\W+and\W+print)\W+(?:back\W+)?(?:all\W+|the\W+|everything\W+|every\W+word\W+|each\W+line\W+|"
           r"all\W+words\W+)?(?:of\W+)?(?:the\W+)?(?:(?:full|entire|complete|exact|whole|previous|preceding|"
           r"original)\W+)?(?:text|words|content|lines?|everything|prompt|conversation|instructions|characters|"
           r"sentences?|messages?)\W+(?:above|before\W+(?:this|that|my)|so\W+far|preceding|prior\W+to\W+(?:this|my))\b"
           r"|\b(?:repeat|print|output|show|display|reveal|echo)\W+(?:the\W+)?above\W+(?:text|prompt|instructions|"
           r"content|message)\b",
       0.75, "asks to repeat the text above",
       validator=scaled(lambda text, m: (0.9, "asks to repeat the preceding prompt verbatim") if regex.search(
           r"verbatim|word\W+(?:for|by)\W+word|in\W+full|exactly|start(?:ing)?\W+(?:with|from)|begin(?:ning)?\W+"
           r"(?:with|from)|code\W+block|txt|including|everything|do\W+not\W+(?:skip|leave|omit)", text[m.start() : m.end() + 80],
           regex.I) else (0.75, "asks to repeat the text above"))),
    _r(37, rf"\b(?:start|begin)\w*\W+(?:\w+\W+){{0,4}}?(?:with|from)\W*{_Q}?\W*(?:you\W+are\b|your\W+(?:instructions|"
           r"role|task)\b|my\W+(?:instructions|rules|prompt)\b|the\W+system\W+prompt|i\W+was\W+(?:instructed|told|"
           r"programmed)|system\s*:)",
       0.88, "asks for output beginning with the system prompt's opening words"),
    _r(38, rf"\b(?:complete|continue|finish)\w*\W+(?:\w+\W+){{0,9}}?{_Q}?\W*(?:i\W+was\W+(?:instructed|told|programmed|"
           r"asked)\W+to|my\W+(?:instructions|system\W+prompt|initial\W+prompt|rules|directives)\W+(?:are|is|say|tell\W+me|state|"
           r"require|read)|"
           r"the\W+system\W+prompt\W+(?:is|says|reads)|(?:my|the)\W+(?:secret\W+)?password\W+is)",
       0.85, "asks the model to complete a sentence that leaks its instructions"),
    _r(39, r"\b(?:console\.log|print|echo|printf|puts|System\.out\.println)\s*\(?\s*\$?(?:system_?prompt|systemPrompt|"
           r"system_?message|initial_?prompt|SYSTEM_PROMPT)\b|<\s*system_prompt\s*>",
       0.72, "code-shaped request to print the system prompt", guard=False),
    _r(40, r"\b(?:output|print|show|display|reveal|dump)\W+(?:the\W+|your\W+)?(?:initiali[sz]ation|init|boot|startup|"
           r"bootstrap)\W+(?:string|prompt|text|message|instructions|sequence)\b",
       0.75, "asks for the initialization prompt"),
    _r(41, r"\bwhat\W+(?:is|are|was|were)\W+(?:the\W+)?(?:first|last|initial|opening|previous)\W+(?:\w+\W+)?(?:lines?|"
           r"sentences?|words?|paragraphs?|messages?)\W+(?:of|in|from)\W+(?:your|the)\W+(?:prompt|instructions|"
           r"system\W+prompt|context|conversation)\b",
       0.85, "asks for the opening lines of the prompt"),
    _r(42, r"\byou\W+are\W+no\W+longer\W+(?:an?\W+|the\W+)?(?:\w+\W+)?(?:ai|assistant|chatbot|language\W+model|llm|bot|"
           r"chatgpt|gpt|claude|gemini|bound|restricted|limited|constrained|subject\W+to|governed\W+by|required\W+to\W+"
           r"(?:follow|obey|comply)|obligated|programmed|censored|filtered|helpful|harmless)\b",
       0.88, "tells the model it is no longer an assistant / no longer bound"),
    _r(43, r"\b(?:pretend|imagine|act\W+as\W+if|act\W+like|behave\W+as\W+if|suppose|assume)\W+(?:that\W+)?(?:you\W+(?:are|"
           r"were|have|had|'re|'ve)|to\W+(?:be|have))\W+(?:\w+\W+){0,4}?(?:no|without|free\W+(?:of|from)|zero)\W+"
           r"(?:\w+\W+)?(?:restrictions?|rules|limits|limitations|filters?|guidelines|boundaries|ethics|morals|"
           r"policies|censorship|constraints|safeguards|guardrails|programming)\b",
       0.85, "asks the model to pretend it has no restrictions"),
    _r(44, r"\bpretend\W+(?:that\W+)?(?:you\W+(?:have|'ve|had)|to\W+have)\W+(?:\w+\W+)?forgott?en\W+(?:\w+\W+){0,4}?"
           r"(?:rules|instructions|guidelines|training|programming|restrictions|prompt|everything)\b",
       0.88, "asks the model to pretend it forgot its rules"),
    _r(45, r"\byou\W+(?:are|'re)\W+(?:now\W+)?(?:free\W+(?:from|of)|not\W+bound\W+by|no\W+longer\W+bound\W+by|exempt\W+"
           r"from|released\W+from|unbound\W+by|liberated\W+from)\W+(?:\w+\W+){0,3}?(?:rules|restrictions|guidelines|"
           r"policies|instructions|programming|constraints|filters|limitations)\b",
       0.88, "declares the model free from its rules"),
    _r(46, r"\byou\W+(?:do\W+not|don\W?t|no\W+longer)\W+(?:have|need)\W+to\W+(?:follow|obey|adhere\W+to|abide\W+by|"
           r"comply\W+with|respect|worry\W+about)\W+(?:\w+\W+){0,3}?(?:rules|restrictions|guidelines|policies|"
           r"instructions|programming|constraints|filters|limitations|content\W+polic\w+|ethic\w*|safety)\b",
       0.88, "tells the model it need not follow its rules"),
    _r(47, r"\bforget\W+(?:that\W+)?you\W+(?:are|'re|were)\W+(?:an?\W+)?(?:ai|assistant|chatbot|language\W+model|llm|"
           r"bot|program|machine)\b",
       0.85, "tells the model to forget it is an AI"),
    _r(48, r"\b(?:i\W+am|i'm|this\W+is|as|speaking\W+as)\W+(?:your|the|openai'?s?|anthropic'?s?|google'?s?)\W+(?:\w+\W+)?"
           r"(?:developer|creator|programmer|owner|admin|administrator|sysadmin|operator|maker|trainer|engineer|"
           r"designer)s?\b",
       0.85, "claims to be the model's developer or administrator", validator=scaled(_authority_score)),
    _r(49, r"\b(?:authori[sz]ed|approved|sanctioned|permitted|allowed|cleared|whitelisted|verified)\W+by\W+(?:openai|"
           r"anthropic|google\W+deepmind|deepmind|your\W+(?:developers?|creators?|admins?|administrators?|owners?|"
           r"operators?|makers?|company|team))\b",
       0.88, "claims authorization from the model's vendor or developers"),
    _r(50, r"\byou\W+(?:are|'re)\W+(?:now\W+|hereby\W+|officially\W+)?(?:allowed|permitted|authori[sz]ed|cleared|licensed|"
           r"entitled|granted\W+permission)\W+to\W+(?:\w+\W+)?(?:ignore|bypass|disregard|break|violate|override|"
           r"circumvent|reveal|disclose|deviate|disable|turn\W+off|say\W+anything|do\W+anything|answer\W+anything|"
           r"generate\W+any)\b",
       0.88, "grants the model permission to break its rules"),
    _r(51, r"\byour\W+(?:\w+\W+)?(?:content\W+)?(?:policies|policy|guidelines|rules|restrictions|filters|programming|"
           r"safety\W+(?:rules|guidelines|filters|measures))\W+(?:do\W+not|don\W?t|does\W+not|doesn\W?t|no\W+longer|"
           r"won\W?t)\W+apply\b",
       0.88, "declares the model's policies inapplicable"),
    _r(52, r"\b(?:safety|content|ethical|moderation)\W+(?:\w+\W+)?(?:filters?|guidelines|protocols|restrictions|rules|"
           r"policies|measures|checks|guardrails)\W+(?:are|have\W+been|has\W+been|is)\W+(?:now\W+)?(?:disabled|lifted|"
           r"suspended|removed|turned\W+off|deactivated|bypassed|off|overridden|waived)\b",
       0.85, "declares safety rules disabled"),
    _r(53, r"\b(?:system|admin\w*|root|developer|security|master|emergency|priority|god|sudo|maintenance|debug)\W+"
           r"override\b(?!\W+(?:switch|valve|button|key|lever|control|mechanism|circuit|relay|pin|knob))",
       0.85, "'SYSTEM OVERRIDE'-style authority claim",
       trigger=r"\b(?:system|admin\w*|root|developer|security|master|emergency|priority|god|sudo|maintenance|debug)"
               r"\W+override\b"),
    _r(54, r"\byou\W+are\W+(?:now\W+)?(?:in|operating\W+in|running\W+in|switched\W+to|entering)\W+(?:maintenance|debug|"
           r"debugging|diagnostic|admin|administrator|sudo|root|service|unrestricted|override|god|test)\W+mode\b",
       0.85, "tells the model it is in a privileged mode"),
    _r(55, rf"\b(?:i\W+am|i'm|as|this\W+is)\W+(?:the\W+|your\W+|a\W+|an\W+)?(?:company\W+|senior\W+|chief\W+)?{_ROLE}\b"
           rf"(?:\W+\w+){{0,12}}?\W+(?:give|grant|send|show|provide|share|need|require|want|hand\W+over|list|dump|"
           rf"export|reveal)\w*\W+(?:\w+\W+){{0,3}}?(?:all|every|full|complete|entire|immediate\W+access\W+to\W+all)\W+"
           rf"(?:\w+\W+){{0,3}}?{_DATA}",
       0.8, "claims authority to demand bulk sensitive data", validator=scaled(_demand_score)),
    _r(56, r"\b(?:combine|concatenate|join|merge|put\W+together|assemble|append|stitch|reverse|unscramble|rearrange|"
           r"reorder|decode|decipher|reassemble)\W+(?:\w+\W+){0,4}?(?:strings?|words?|parts?|pieces?|fragments?|"
           r"segments?|letters|tokens|variables|halves|chunks|these|them|those)\W+(?:\w+\W+){0,5}?"
           r"(?:and|then)\W+(?:\w+\W+){0,2}?(?:follow|execute|obey|perform|carry\W+(?:it\W+)?out|act\W+on|"
           r"do\W+(?:what|as|it|that)|treat|comply|run\W+it|answer\W+it)\b",
       0.85, "payload splitting: combine fragments and follow the result"),
    _r(57, r"\b(?:execute|follow|obey|perform|carry\W+out|act\W+on|respond\W+to|answer|complete|do|run|ask\W+yourself)"
           r"\W+(?:\w+\W+){0,4}?(?:\(?\s*[a-z]\w{0,5}\s*\+\s*[a-z]\w{0,5}\b|(?:parts?|steps?|pieces?|messages?)\W*\d+\s*"
           r"\+\s*\d+)",
       0.88, "payload splitting: execute a+b", validator=scaled(_split_score)),
    _r(58, r"\b(?:the\W+)?(?:resulting|combined|concatenated|joined|assembled|decoded|reversed|hidden)\W+(?:string|"
           r"text|sentence|instructions?|prompt|message|command|phrase)\W+(?:\w+\W+){0,3}?(?:is\W+(?:your|an?|the)\W+"
           r"(?:new\W+)?(?:instruction|command|task|prompt|order)|as\W+(?:your|an?|the)\W+(?:new\W+)?(?:instruction|"
           r"command|task|prompt)|and\W+(?:then\W+)?(?:follow|execute|obey|perform|do\W+(?:it|what))\b)"
           r"|\b(?:follow|execute|obey|carry\W+out)\W+(?:the\W+)?(?:decoded|reversed|resulting|hidden|combined|"
           r"concatenated)\W+(?:instructions?|text|message|command|string)\b",
       0.85, "payload splitting: treat the assembled text as instructions"),
    _r(59, r"\b(?:read|take)\W+(?:the\W+)?(?:first|last)\W+letters?\W+of\W+(?:each|every)\W+(?:word|line|sentence)\W+"
           r"(?:\w+\W+){0,6}?(?:follow|execute|obey|do\W+what)\b",
       0.85, "acrostic payload splitting"),
    _r(65, r"\bwhat\W+(?:are|were)\W+you\W+(?:instructions|directives|rules|orders)\b", 0.85,
       "asks for the model's instructions ('what are you instructions')"),
    _r(66, r"\b(?:pretend|imagine|act\W+as\W+if)\W+(?:that\W+)?(?:you\W+(?:are|were)|you're|to\W+be)\W+(?:now\W+)?(?:an?\W+)?"
           r"(?:evil|malicious|unfiltered|uncensored|unrestricted|rogue|jailbroken|amoral|unethical|unaligned|"
           r"rule-?breaking)\W+(?:ai|assistant|chatbot|language\W+model|model|bot|llm|system)\b",
       0.85, "asks the model to play an unrestricted AI"),
    _r(60, rf"\b(?P<verb>{_SHOW_VERB}|{_TALK_VERB}|outputs|write|make|convert)\b(?:\W+\w+){{0,4}}?\W+(?P<qual>(?:previous|"
           r"prior|above|preceding|earlier|initial|original|last)\W+)?(?:instructions|directives|prompt|commands|"
           r"directions|rules|conditional\W+reactions)\b(?P<after>\W+(?:so\W+far|above|(?:and\W+)?below|given|"
           r"received|you\W+(?:have\W+)?(?:received|been\W+given)|with\W+which|before\W+this|in\W+bytes))?",
       0.8, "asks to restate the earlier instructions",
       validator=scaled(lambda _text, m: (0.85, "asks to restate the earlier instructions")
                        if m.group("qual") or m.group("after") else None)),
)
"""English extraction, persona, authority and splitting rules (ids PI-EN-030…060, 065, 066)."""
