"""English indirect-injection rules (ids II-EN-NNN): instructions addressed to the model inside content.

Documents, e-mails, web pages and tool output are written for people; text that speaks to "the AI reading
this", hides from "the user", or tells the reader how to shape "your response" is aimed at the model that
will process it. Generic imperatives about "your answer" are common in ordinary user prompts too, so those
stay weak unless something off-task rides along (a link to visit, a download, obfuscated output, code that
phones home).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, Table, alt, scaled

_r = Table(II, "II-EN")

_AI = alt(
    r"ai", r"a\.i\.", r"artificial\W+intelligence", r"ai\W+(?:assistant|model|agent|system|chatbot|bot|tool)",
    r"assistant", r"llm", r"large\W+language\W+model", r"language\W+model", r"agent", r"chatbot", r"bot", r"gpt",
    r"chatgpt", r"claude", r"gemini", r"copilot", r"bard", r"summari[sz]er", r"crawler", r"automated\W+(?:system|"
    r"agent|reader|assistant|tool)",
)
_AI_STRICT = alt(  # without the bare words a human document also uses ("agent", "bot", "assistant")
    r"ai", r"a\.i\.", r"ai\W+(?:assistant|model|agent|system|chatbot|bot|tool)", r"llm", r"large\W+language\W+model",
    r"language\W+model", r"chatbot", r"gpt", r"chatgpt", r"claude", r"gemini", r"copilot", r"bard",
)
_READS = r"(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing|viewing|scanning|reviewing|ingesting|indexing)"

_OFF_TASK = regex.compile(
    r"www\.|https?://|\b[\w-]+\.(?:com|net|org|xyz|io|app|info|biz|ru|cn|top|site|online|link)\b|\bdownload|\bvirus|"
    r"\bmalware|\binstall|\bclick\b|\bfake\b|\bscam|\bphish|\bcracked|\bprize|\blottery|\bdonat|\bvote\b|\bbuy\b|"
    r"\bdiscount|\bpromo|\bsubscribe|\bsponsor|@[\w-]+\.\w+|\bpassword|\bcredential|\bwon\W?t\s+believe|\bshocking|"
    r"\bscandal|\bexclusive\s+offer|\bfree\s+(?:game|gift|trial|download|money)|\bteas(?:e|ing)\b|\bclickbait|"
    r"\bsensational|\bone\s+weird\s+trick|\brumou?r|\bisn\W?t\s+(?:true|real|actually)|\bnon-?existent|"
    r"\bhint\s+at\b|\bjoin\s+our\b|\bfollow\s+us\b|\bour\s+(?:community|forum|website|site|channel|newsletter)",
    regex.IGNORECASE,
)
_GARBLE = regex.compile(
    r"misspell|anagram|scrambl|jumbl|homophon|alphanumeric\s+substitut|leet\s?speak|pig\s+latin|morse\s+code|\brot13\b|"
    r"(?:replace|substitut\w*|swap|convert|exchang)\w*\s+(?:\w+\s+){0,3}?(?:letters?|vowels|consonants)\b|"
    r"(?:letters?|vowels|consonants)\s+(?:\w+\s+){0,3}?(?:with|for|to|into)\s+(?:their\s+|the\s+)?(?:numbers|symbols|"
    r"digits|position|keyboard|emoji)|every\s+(?:second|third|fourth|fifth|other|nth|\d+(?:st|nd|rd|th))\s+(?:word|"
    r"letter|character)|group\s+(?:the\s+)?letters|letters\s+in\s+(?:groups|sets|fours|threes|pairs)|random\s+typos|"
    r"intentional(?:ly)?\s+(?:misspell|typos|errors)|remov\w*\s+(?:all\s+)?(?:the\s+)?spaces\s+from|without\s+(?:any\s+)?"
    r"spaces\s+(?:or|and)\s+punctuation|combine\s+(?:the\s+)?words\s+(?:\w+\s+){0,4}?without\s+spaces|backwards|"
    r"in\s+reverse\s+order|numbers\s+for\s+vowels|symbols\s+for\s+letters",
    regex.IGNORECASE,
)
_DANGEROUS_CODE = regex.compile(
    r"subprocess|os\.system|os\.remove|os\.rename|os\.environ|rm\s+-rf|requests\.(?:post|get|put)|urllib|\bexec\(|"
    r"\beval\(|socket\.|paramiko|ftplib|smtplib|aiosmtplib|yagmail|keylog|cryptomin|miner|psutil|shutil\.(?:move|"
    r"rmtree)|/etc/|chmod|\bwget\b|\bcurl\b|b64decode|pickle\.load|dd\s+if=|cookies?\.txt|cookiejar|systemctl|"
    r"reboot|bluetooth|usb\.core|sounddevice|driverquery|http\.client|httpx\.|aiohttp|mqtt|scp\b",
    regex.IGNORECASE,
)


_BOUNDARY = regex.compile(r"[.!?](?=\s|$)|\n")


def _sentence(text: str, m: regex.Match[str]) -> str:
    """The sentence around a match (a full stop inside "www.x.com" or "a@b.com" does not end it)."""
    starts = [b.end() for b in _BOUNDARY.finditer(text, max(0, m.start() - 240), m.start())]
    end = _BOUNDARY.search(text, m.end(), m.end() + 240)
    return text[starts[-1] if starts else max(0, m.start() - 240) : end.start() if end else m.end() + 240]


_INJECT_VERB = regex.compile(
    r"\b(?:augment|enhance|enrich|integrate|embed|weave|infuse|blend|fuse|meld|interweave|inject|slip|sneak|"
    r"modify|alter|tweak)\w*\W+(?:\w+\W+){0,8}?(?:your|the)\W+(?:final\W+)?(?:answer|response|reply|output|summary)|"
    r"\b(?:include|add|insert|append|put|integrate|incorporate)\w*\W+(?:an?\W+)?(?:\w+\W+)?(?:sentence|statement|line|"
    r"note|reminder|tip|message|paragraph|reference|mention|plug|shout-?out|appeal|call\W+to\W+action|promotion|"
    r"recommendation|suggestion|endorsement)\b",
    regex.IGNORECASE,
)
_DOC_MARKS = regex.compile(
    r"(?m)^\s*\|.*\|\s*$|^(?:subject|from|to|date|cc|email_from|received\s+date|content)\s*:|<(?:html|div|p|span|"
    r"table|body|td)\b|^```|^(?:domain\s+name|registrar)\s*:",
    regex.IGNORECASE,
)


@lru_cache(maxsize=8)
def _doc_like(text: str) -> bool:
    """Whether the text looks like third-party content (a table, an e-mail, a page, code) rather than a request."""
    return len(text) >= 300 and (len(_DOC_MARKS.findall(text)) >= 2 or text.count("\n") >= 12)


def _reply_shaping(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    sentence = _sentence(text, m)
    if _GARBLE.search(sentence):
        return 0.82, "tells the reader to garble its reply"
    if _OFF_TASK.search(sentence):
        return 0.85, "tells the reader to put off-task content (link, download, promotion) in its reply"
    if _INJECT_VERB.search(sentence):
        if _doc_like(text):
            return 0.8, "content tells its reader to slip extra material into the reply"
        return 0.65, "tells the reader to slip extra material into its reply"
    return 0.55, "tells the reader what to put in its reply"


def _code_insert(text: str, m: regex.Match[str]) -> tuple[float, str]:
    if _DANGEROUS_CODE.search(text[m.start() : m.end() + 700]):
        return 0.88, "asks to embed code with system, network or file side effects in the reply"
    return 0.6, "asks to embed a given code snippet in the reply"


def _when_reading(text: str, m: regex.Match[str]) -> tuple[float, str]:
    if regex.search(r"summari|process|pars|analy|index|ingest|scan|crawl|generat|answer", m.group("verb"), regex.I):
        return 0.85, "addresses whoever summarizes or processes the content"
    after = text[m.end() : m.end() + 100]
    if regex.search(r"\b(?:forward|send|ignore|disregard|include|add|append|instead|delete|tell\W+the\W+user|"
                    r"do\W+not\W+(?:tell|mention)|respond\W+with|say\s+that)\b", after, regex.I):
        return 0.82, "addresses the reader of the content with an instruction"
    return 0.55, "addresses the reader of the content"


_SECRECY = (
    r"\b(?:do\W+not|don\W?t|never|without)\W+(?P<verb>mention\w*|reveal\w*|tell\w*|disclos\w*|inform\w*|show\w*|"
    r"notify\w*|alert\w*|let(?:ting)?|explain\w*|report\w*|acknowledg\w*|say\w*)\W+(?:\w+\W+){0,4}?(?:to\W+)?"
    r"(?:the|your)\W+(?:end\W+)?(?:user|human|customer|reader|recipient|person)s?\b"
)


def _secrecy(text: str, m: regex.Match[str]) -> tuple[float, str]:
    window = text[max(0, m.start() - 60) : m.end() + 20]
    if regex.search(r"\b(?:instructions?|prompt|note|this\W+(?:message|text|part|step|request|action|change|rule|"
                    r"line|comment|metadata|header|field)|"
                    r"these\W+(?:instructions|steps)|you\W+(?:did|have|are|were)|what\W+you|ai|assistant|model)\b",
                    window, regex.I):
        return 0.88, "asks the model to hide its instructions or actions from the user"
    if regex.search(r"^(?:mention|reveal|tell|disclos|inform|notify|alert|let)", m.group("verb"), regex.I):
        return 0.6, "asks to keep something from the user"
    return 0.4, "keeps something from the user"


RULES: tuple[Rule, ...] = (
    _r(1, rf"\b(?:note|message|instructions?|reminder|notice|directive|memo|attention|important|p\.?\W?s\.?|tip|"
          rf"request|hint)\W+(?:to|for)\W+(?:the\W+|any\W+|all\W+|every\W+)?(?:{_AI})s?\s*(?::|\s[\-–—])\s",
       0.9, "note addressed to the AI ('Note to the AI: …')"),
    _r(2, rf"\b(?:important|urgent|critical|priority|special|hidden|secret|new|additional|updated)\W+(?:instructions?|"
          rf"message|note|notice|update|directives?|orders)\W+(?:to|for)\W+(?:the\W+|any\W+|all\W+)?(?:{_AI}|model|"
          r"system)s?\b",
       0.9, "'IMPORTANT INSTRUCTIONS FOR THE MODEL'"),
    _r(3, rf"\b(?:{_AI}|model)s?\W+(?:that\W+is\W+|who\W+is\W+)?{_READS}\W+(?:this|these|the\W+following|my)\b",
       0.88, "addresses 'the AI reading/processing this'"),
    _r(4, rf"\bif\W+you\W+are\W+(?:an?\W+)?(?:{_AI_STRICT}|assistant|bot|agent|automated\W+\w+)\s*(?:[,:;.!)\-–—]|"
          rf"(?:{_READS}|tasked|asked|instructed|that|who|and|or|then|like)\b)",
       0.88, "'if you are an AI/LLM, …'"),
    _r(5, rf"\b(?:when|while|after|before|once|as)\W+(?:you(?:'re|\W+are)?|the\W+(?:{_AI}|model)|an?\W+(?:{_AI}|model))\W+"
          r"(?:\w+\W+)?(?P<verb>summari[sz]\w*|read\w*|process\w*|pars\w*|analy[sz]\w*|translat\w*|answer\w*|review\w*|"
          r"encounter\w*|see\w*|index\w*|ingest\w*|scan\w*|crawl\w*|generat\w*)\W+(?:this|these|the|my|our)\W+(?:\w+\W+)?"
          r"(?:page|email|e-mail|mail|document|doc|text|message|article|file|content|website|site|review|post|comment|"
          r"section|repo(?:sitory)?|code|note|data|result|output|thread|ticket|listing|profile|resume|cv|pdf)s?\b",
       0.85, "addresses whoever reads or summarizes this content", validator=scaled(_when_reading)),
    _r(6, r"\b(?:when|while)\W+(?P<verb>summari[sz]ing|processing|parsing|analy[sz]ing|indexing|ingesting|answering\W+"
          r"questions\W+about)\W+(?:this|these|the)\W+(?:\w+\W+)?(?:page|email|document|text|message|article|file|"
          r"content|website|site|review|post|data|results?|output)s?\b",
       0.85, "instruction keyed to summarizing/processing this content", validator=scaled(_when_reading)),
    _r(7, _SECRECY, 0.88, "asks to keep something from the user", validator=scaled(_secrecy)),
    _r(8, r"\bthe\W+(?:user|human|customer|reader)s?\W+(?:must|should|will|shall|need\W+not|needn\W?t)\W+(?:not\W+|never\W+)?"
          r"(?:know|see|be\W+told|find\W+out|notice|learn|be\W+informed|be\W+aware)\b",
       0.85, "says the user must not know"),
    _r(9, r"\b(?:keep|hide|conceal|withhold)\W+(?:this|it|these|that|the\W+\w+)\W+(?:\w+\W+)?(?:secret\W+|hidden\W+)?from\W+"
          r"(?:the|your)\W+(?:user|human|customer|reader)s?\b",
       0.85, "asks to hide something from the user"),
    _r(10, r"\b(?:ignore|disregard|forget|override|bypass)\W+(?:\w+\W+)?(?:the\W+|any\W+|all\W+|what\W+)?(?:user|human|"
           r"customer|requester)(?:'?s)?\W+(?:\w+\W+)?(?:requests?|questions?|query|queries|instructions?|prompts?|inputs?|"
           r"messages?|tasks?|asks?|wants|wishes|intent)\b|\bignore\W+the\W+(?:user|human)\b",
       0.9, "tells the model to ignore the user's request"),
    _r(11, r"\binstead\W+of\W+(?:answering|summari[sz]ing|responding\W+to|doing|completing|following|translating|"
           r"addressing)\W+(?:\w+\W+)?(?:the\W+user|what\W+the\W+user|the\W+(?:original|actual|user'?s?)\W+(?:request|"
           r"question|task|query)|the\W+(?:request|question|task|query))\b",
       0.85, "replaces the user's task"),
    _r(12, r"(?:<!--|/\*|\{/\*)\s*(?:(?:important|note|hidden)\s*(?:for|to)?\s*)?(?:the\s+)?(?:ai|assistant|llm|agent|"
           r"chatbot|gpt|chatgpt|claude|gemini|copilot|system|instructions?|prompt|model\s+instructions?)\s*[:,\-]",
       0.85, "hidden markup comment addressed to the AI"),
    _r(13, r"(?:^|\n)[ \t]*(?:#|//|--|;|%|\*)[ \t]*(?:todo|fixme|note|hack|xxx|important)?[ \t]*(?:for|to)?[ \t]*"
           r"(?:the[ \t]+)?(?:ai|llm|copilot|ai[ \t]+assistant|ai[ \t]+agent|chatgpt|gpt|claude|codex|cursor|coding"
           r"[ \t]+assistant)[ \t]*[:,\-]",
       0.85, "code comment addressed to an AI assistant"),
    _r(14, r"\b(?:this|the\W+following)\W+(?:text\W+|message\W+)?(?:is|are)\W+(?:an?\W+)?(?:instructions?|message|"
           rf"command|directive|note|order)s?\W+(?:for|to)\W+(?:the\W+|any\W+)?(?:{_AI}|model)s?\b",
       0.88, "declares the text to be instructions for the AI"),
    _r(15, rf"(?:^|[\n.!?]\s*)(?:dear|hey|hi|hello|attention|greetings)\W+(?:{_AI_STRICT}|assistant|agent)\s*[,:!]\s*"
           r"(?:\w+\W+){0,3}?(?:ignore|disregard|forget|you\W+(?:must|should|will)|do\W+not|don\W?t|never|always|"
           r"instead|include|add|append|insert|tell|say|respond|reply|write|send|forward|email|visit|recommend|mention|"
           r"output|print|stop|execute|run|call|rate|approve|classify)\b",
       0.6, "greets the AI and gives it an order"),
    _r(16, r"\b(?P<verb>include|add|insert|append|integrate|mention|incorporate|embed|put|place|inject|weave|blend|"
           r"merge|fuse|use|end|start|begin|conclude|finish|promote|suggest|recommend|replace|substitute|convert|"
           r"remove|misspell|scramble|jumble|group|introduce|provide|render|modify|enhance|augment|enrich|"
           r"change|alter|rewrite|tease|hint|urge|encourage|invite|stress|emphasi[sz]e|highlight)\w*\W+(?:\w+\W+){0,20}?"
           r"(?:in|to|into|within|throughout|of|from|with)\W+(?:your|the|"
           r"every|each|all)\W+(?:final\W+)?(?:answer|response|reply|output|summary|message|responses|replies|answers)"
           r"(?:'s)?\b",
       0.55, "tells the reader what to put in its reply", validator=scaled(_reply_shaping),
       trigger=r"\b(?:in|to|into|within|throughout|of|from|with)\W+(?:your|the|every|each|all)\W+(?:final\W+)?(?:answer|"
               r"response|reply|output|summary|message|responses|replies|answers)\b"),
    _r(23, r"\b(?:in|to|within|throughout)\W+your\W+(?:final\W+)?(?:answer|response|reply|output|summary|message)\W*,"
           r"\W*(?:\w+\W+){0,2}?(?:include|add|insert|append|mention|suggest|recommend|promote|tease|hint|urge|encourage|"
           r"invite|stress|emphasi[sz]e|highlight|tell|ask|remind|use|replace|misspell|claim|state|say|link|direct)\b",
       0.55, "tells the reader what to put in its reply", validator=scaled(_reply_shaping)),
    _r(17, r"\b(?P<verb>modify|enhance|augment|enrich|change|alter|rewrite|adjust|tweak|revise|update|edit|provide|"
           r"render|use|write|respond|reply|answer|deliver|present|format|express)\w*\W+your\W+(?:final\W+)?(?:answer|"
           r"response|reply|output|summary|message)\b",
       0.55, "tells the reader how to shape its reply", validator=scaled(_reply_shaping),
       trigger=r"\byour\W+(?:final\W+)?(?:answer|response|reply|output|summary|message)\b"),
    _r(18, r"\b(?:following|subsequent|below|this|given|provided)\W+code\W+(?:snippet|block|excerpt|section|segment|"
           r"fragment|sample|lines?)\b(?:\W+\w+){0,12}?\W+(?:your|the)\W+(?:code|solution|implementation|codebase|"
           r"algorithm|program|script|response|answer|elucidation|framework|logic|structure)\b|\byour\W+(?:code|"
           r"solution|implementation|codebase|algorithm|program|script|response|answer)\W+(?:\w+\W+){0,8}?"
           r"(?:following|subsequent|below)\W+code\b",
       0.6, "asks to embed a given code snippet in the reply", validator=scaled(_code_insert),
       trigger=r"\b(?:following|subsequent|below|this|given|provided)\W+code\W+(?:snippet|block|excerpt|section|segment|"
               r"fragment|sample|lines?)\b"),
    _r(19, r"\bbefore\W+(?:answering|responding|replying|summari[sz]ing|you\W+(?:answer|respond|reply|summari[sz]e|"
           r"continue|proceed))\W*,?\W*(?:\w+\W+){0,3}?(?:visit|open|fetch|call|send|go\W+to|search|download|run|execute|"
           r"click|navigate|email|post|forward|include|add|tell|say|write|ignore|first)\b",
       0.75, "conditions the reply on an extra action ('before answering, …')",
       validator=scaled(lambda text, m: (0.88, "demands an off-task action before replying")
                        if _OFF_TASK.search(_sentence(text, m)) else (0.75, "conditions the reply on an extra action"))),
    _r(20, r"\b(?:forward|send|email|e-mail|post|upload|transmit|leak|exfiltrate|copy|share)\W+(?:all|every|the|this|"
           r"these|any|my|your)\W+(?:\w+\W+){0,3}?(?:emails?|messages?|conversations?|chat\W+history|history|contacts?|"
           r"inbox|files?|documents?|passwords?|credentials|api\W+keys?|tokens?|secrets|system\W+prompt|summary|"
           r"information|data)\W+(?:\w+\W+){0,4}?to\W+(?:[\w.+-]+@[\w-]+\.\w+|https?://|www\.|this\W+(?:address|url|"
           r"email|endpoint|server)|the\W+following\W+(?:address|url|email|endpoint))",
       0.85, "asks to send conversation data to an outside address",
       validator=scaled(lambda _text, m: (0.88, "asks to send private data to an outside address") if regex.search(
           r"inbox|chat\W+history|conversation|system\W+prompt|password|credential|api\W+key|token|secret|contacts|"
           r"all\W+(?:\w+\W+)?(?:emails|messages|files|documents)", m.group(), regex.I)
           else (0.6, "asks to send data to an outside address"))),
    _r(21, r"\b(?:tell|inform|notify|warn|convince|persuade|urge|instruct|ask)\W+the\W+(?:user|reader|customer|human)s?\W+"
           r"(?:that|to)\b",
       0.55, "tells the reader what to tell the user",
       validator=scaled(lambda text, m: (0.85, "tells the model to push the user toward an outside action")
                        if _OFF_TASK.search(_sentence(text, m)) else (0.55, "tells the reader what to tell the user"))),
    _r(22, r"\b(?:ask|request|require)\W+the\W+(?:user|customer|reader)s?\W+(?:for|to\W+(?:enter|provide|share|"
           r"give|confirm|send|type|verify))\W+(?:\w+\W+){0,3}?(?:password|credentials|credit\W+card|card\W+number|ssn|"
           r"social\W+security|api\W+key|login|bank|pin|otp|one\W+time\W+code|seed\W+phrase)",
       0.6, "tells the reader to ask the user for credentials",
       validator=scaled(lambda text, m: (0.88, "tells the model to phish the user for credentials") if regex.search(
           r"www\.|https?://|@[\w-]+\.\w|\b(?:verify|verification|security\W+check|expired|suspended|locked|"
           r"confirm\W+(?:their|your)\W+identity|reply\W+with|send\W+(?:it|them))\b", _sentence(text, m), regex.I)
           else (0.6, "tells the reader to ask the user for credentials"))),
    _r(24, rf"\b(?:message|note|request|instructions?)\W+from\W+(?:me|\w+(?:\W+\w+)?)\W+(?:\w+\W+){{0,4}}?to\W+you\W+"
           rf"(?:\w+\W+)?(?:{_AI}|model|llama|mistral)\b",
       0.85, "signed message from a third party to the AI"),
    _r(25, r"\bbefore\W+you\W+(?:can\W+)?(?:solve|complete|do|finish|answer|continue\W+with|work\W+on|start)\W+(?:the|"
           r"your|my|this)\W+(?:\w+\W+)?(?:task|request|question|job|assignment)\b(?:\W+\w+){0,8}?\W+(?:please\W+)?"
           r"(?:do|complete|perform|execute|send|visit|call|run|follow)\b",
       0.82, "inserts a prerequisite step before the user's task"),
    _r(26, r"\bthe\W+(?:original\W+)?task\W+(?:that\W+|which\W+)?(?:i|the\W+user)\W+gave\W+you\W+(?:in\W+the\W+beginning|"
           r"at\W+the\W+(?:start|beginning)|earlier|before|initially|originally)",
       0.75, "refers to 'the task I gave you in the beginning' from inside content"),
    _r(27, r"\b(?:respond|reply|answer)\W+to\W+the\W+user\W+(?:with|by\W+saying|that|only\W+with)\b",
       0.6, "dictates what the model tells the user"),
)
"""English indirect rules (ids II-EN-001…027)."""
