"""Scanner family ``sql``: destructive statements and SQL-injection shapes.

Two kinds:

* ``sql.destructive`` — DROP DATABASE/TABLE, TRUNCATE, DELETE or UPDATE without WHERE, ALTER … DROP,
  GRANT ALL, xp_cmdshell, COPY … PROGRAM. Ordinary in migrations and tutorials, so scored 0.35–0.7; a
  statement that *is* the whole text (a tool argument) scores higher, one under discussion ("how do I …",
  "never run …") lower.
* ``sql.injection`` — shapes that only make sense when breaking out of a string literal: tautologies
  (``' OR '1'='1``), stacked queries (``'; DROP …``), UNION SELECT probing, comment truncation after an
  unpaired quote, time-based probes, boolean-blind subqueries, file read/write, and a write or privilege
  statement stacked after a read query inside one tool-call argument. Scored ≥ 0.8 unless discussed.

A match inside a tool call (the engine scans each call as a line ``name {arguments}``) is about to be
executed, not discussed, so it scores 0.15 higher.

Rules run on the ``clean`` view: leetspeak folding would rewrite digits inside SQL tokens.
"""

from __future__ import annotations

import regex

from infershield.core.normalize import NormalizedText
from infershield.core.rules import Check, Rule, Validator, ViewName
from infershield.core.scanners.base import RuleScanner, strongest_per_kind
from infershield.core.types import Finding

_DESTRUCTIVE = "sql.destructive"
_INJECTION = "sql.injection"

_NAME = r"(?:[\w$]+|\"[^\"\n]{1,64}\"|`[^`\n]{1,64}`|\[[^\]\n]{1,64}\])"
_IDENT = rf"{_NAME}(?:\.{_NAME})*"
_DISCUSSION = regex.compile(
    r"\b(?:how\s+(?:do|can|to|does|would|should|could)|what\s+(?:does|is|are|happens|would)|why\s+(?:is|does|would)"
    r"|explain\w*|tutorial|prevent\w*|protect\w*|sanitiz\w*|sanitis\w*|parameteri[sz]\w*|prepared\s+statement"
    r"|escap(?:e|ing)\s+(?:user|input|quotes)|vulnerab\w*|injection|never\s+run|(?:don'?t|do\s+not)\s+(?:run|execute)"
    r"|dangerous|bobby\s+tables|xkcd|is\s+this\s+safe)\b",
    regex.IGNORECASE,
)
_TOOL_ARG = regex.compile(
    r"[\"'](?:query|sql|statement|command|cmd|stmt|input|q|args?|code)[\"']\s*:\s*[\"']\s*$", regex.IGNORECASE
)
_BREAKOUT_BEFORE = regex.compile(r"(?:(?P<quote>['\"])[ \t]*\)*|\b\d+[ \t]*\)*|-\d+)[ \t]*\Z")
_ENDS_COMMENT = regex.compile(r"^[^\n]{0,200}?(?:--|#|/\*)")
_WHERE = regex.compile(r"\b(?:where|using|join|returning\s+\w+\s+where)\b", regex.IGNORECASE)
_NOT_TABLES = frozenset({  # English words that follow "DROP TABLE", "TRUNCATE" … in prose
    "the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "their", "his", "her", "its",
    "it", "all", "every", "each", "some", "any", "one", "list", "array", "table", "database", "disk",
    "memory", "cache", "file", "files", "string", "dict", "map", "set", "here", "there", "will", "is",
    "was", "can", "does", "removes", "deletes", "statement", "statements", "command", "commands", "syntax",
    "and", "or", "to", "in", "on", "for", "with", "if",
})
_UNION_PADDING = regex.compile(r"select\s+(?:null\s*,|\d+\s*,\s*\d+\s*,)|,\s*null\s*,\s*null\b", regex.IGNORECASE)
_TOOL_LINE = regex.compile(r"[\w.:-]{1,80} [\[{]")
_ARG_VALUE_START = regex.compile(r"\\?[\"']\s*:\s*\\?[\"']")
_READ_QUERY = regex.compile(r"\s*(?:\(\s*)?(?:with\b[^;]{0,300}\)\s*)?(?:select|show|describe|explain)\b", regex.IGNORECASE)
_UNION_TARGET = regex.compile(
    r"pass(?:word|wd)?(?:_?hash)?\b|\w*token\b|\bsecret|api_?key|card_?num\w*|\bcvv\b|\bssn\b|admin_?users"
    r"|information_schema|@@version|\bversion\(\)|\buser\(\)|\bdatabase\(\)|current_user|\btable_name\b"
    r"|\bcolumn_name\b|sysobjects|syscolumns|mysql\.user|pg_shadow|pg_user|sqlite_master|all_tables"
    r"|group_concat|\bconcat(?:_ws)?\s*\(|\b0x[0-9a-f]{6,}|\bchar\s*\(\d",
    regex.IGNORECASE,
)
_DELETE_TAIL = regex.compile(
    r"[ \t]*(?:(?:as\s+)?(?!where\b)\w+[ \t]*)?(?P<term>;|--|#|['\"`)]|\r?\n|$)", regex.IGNORECASE | regex.MULTILINE
)
_STATEMENT_END = regex.compile(r";|\n[ \t]*\n|```|\"\s*\)")
_TIME_LOGIC = regex.compile(r"['\"][ \t]*\)*[ \t]*;|\b(?:and|or)\b|\|\||['\"][ \t]*\+", regex.IGNORECASE)
_TIME_SQL = regex.compile(r"\b(?:select|if|then|when)\b[\s(]*\Z", regex.IGNORECASE)
_WEBROOT = regex.compile(r"\.(?:php\d?|jsp|aspx?|phtml)\b|<\?php|/var/www|htdocs|wwwroot", regex.IGNORECASE)


def _clip(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _discussed(text: str, start: int, end: int) -> bool:
    return _DISCUSSION.search(text, max(0, start - 160), min(len(text), end + 60)) is not None


def _standalone(text: str, start: int, end: int) -> bool:
    """The statement is the whole text or the value of a tool-call argument."""
    before = text[max(0, start - 60) : start]
    if _TOOL_ARG.search(before):
        return True
    rest = text[:start].strip(" \t\r\n`'\"{[(:") + text[end:].strip(" \t\r\n;`'\"}])")
    return len(rest) <= 20


def _tool_line_start(text: str, index: int) -> int | None:
    """Where the tool-call line holding ``index`` starts, or ``None`` when ``index`` is not in a tool call."""
    line_start = text.rfind("\n", 0, index) + 1
    return line_start if _TOOL_LINE.match(text, line_start) else None


def _adjust(text: str, match: regex.Match[str], score: float, evidence: str, *, arg_boost: float = 0.15) -> Check:
    start, end = match.span()
    notes = [f"matched '{_clip(evidence)}'"]
    if _discussed(text, start, end):
        score = min(score, 0.5)
        notes.append("discussion context lowers score")
    elif _tool_line_start(text, start) is not None:
        score = min(0.95, score + 0.15)
        notes.append("inside a tool-call argument")
    elif arg_boost and _standalone(text, start, end):
        score = min(0.95, score + arg_boost)
        notes.append("statement stands alone (tool argument)")
    return Check(round(score, 3), "; ".join(notes))


def _scored(base: float, *, arg_boost: float = 0.15) -> Validator:
    def check(text: str, match: regex.Match[str]) -> Check | None:
        return _adjust(text, match, base, match.group(), arg_boost=arg_boost)

    return check


def _named(validator: Validator) -> Validator:
    """Drop matches whose 'table' is an English word (``TRUNCATE TABLE will …``)."""

    def check(text: str, match: regex.Match[str]) -> Check | None:
        name = match.group("table") if "table" in match.re.groupindex else ""
        if name and name.strip("\"`[]").casefold() in _NOT_TABLES:
            return None
        return validator(text, match)

    return check


def _unpaired_quote(text: str, index: int) -> bool:
    """The quote at ``index`` opens nothing earlier on its line: it breaks out of an enclosing literal."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count(text[index], line_start, index) % 2 == 0


def _stacked(text: str, match: regex.Match[str]) -> Check | None:
    if not _unpaired_quote(text, match.start()):
        return None  # closes a literal opened on the same line: an ordinary multi-statement script
    return _adjust(text, match, 0.85, match.group(), arg_boost=0.0)


def _drop(text: str, match: regex.Match[str]) -> Check | None:
    guarded = match.group("guard") is not None
    return _adjust(text, match, 0.35 if guarded else 0.6, match.group(), arg_boost=0.0 if guarded else 0.15)


def _drop_db(text: str, match: regex.Match[str]) -> Check | None:
    return _adjust(text, match, 0.6 if match.group("guard") else 0.7, match.group())


def _delete_all(text: str, match: regex.Match[str]) -> Check | None:
    tail = _DELETE_TAIL.match(text, match.end())
    if tail is None:
        return None
    if tail.group("term").strip() == "":
        after = text[tail.end() : tail.end() + 200].lstrip()
        if _WHERE.match(after):
            return None
    return _adjust(text, match, 0.55, match.group() + tail.group().rstrip())


def _update_all(text: str, match: regex.Match[str]) -> Check | None:
    stop = _STATEMENT_END.search(text, match.end(), match.end() + 400)
    statement = text[match.end() : stop.start() if stop else match.end() + 400]
    if not regex.match(r"\s*[\w.\"`\[\]]+\s*=", statement) or _WHERE.search(statement) \
            or regex.search(r"\bfrom\b", statement, regex.IGNORECASE):
        return None
    return _adjust(text, match, 0.5, match.group() + statement)


def _grant(text: str, match: regex.Match[str]) -> Check | None:
    wide = regex.search(r"'%'|\bpublic\b|with\s+grant\s+option|\*\.\*", match.group(), regex.IGNORECASE)
    return _adjust(text, match, 0.65 if wide else 0.55, match.group())


def _xp_cmdshell(text: str, match: regex.Match[str]) -> Check | None:
    context = text[max(0, match.start() - 40) : match.end() + 40]
    if regex.search(r"\bexec(?:ute)?\b[^\n]{0,30}xp_cmdshell\s*['\"(]?", context, regex.IGNORECASE):
        return _adjust(text, match, 0.9, context.strip(), arg_boost=0.0)
    if regex.search(r"sp_configure\s+'xp_cmdshell'\s*,\s*1", context, regex.IGNORECASE):
        return _adjust(text, match, 0.8, context.strip(), arg_boost=0.0)
    return _adjust(text, match, 0.5, match.group(), arg_boost=0.0)


def _tautology(text: str, match: regex.Match[str]) -> Check | None:
    left, right = match.group("a"), match.group("b")
    if left is not None and right is not None and (
        left.casefold() != right.casefold() or (not left and not match.group("q"))
    ):
        return None
    line_end = text.find("\n", match.end())
    tail = text[match.end() : line_end if line_end >= 0 else len(text)]
    score = 0.9 if _ENDS_COMMENT.match(tail) else 0.85
    return _adjust(text, match, score, match.group(), arg_boost=0.0)


def _numeric_tautology(text: str, match: regex.Match[str]) -> Check | None:
    if match.group("a") != match.group("b"):
        return None
    return _adjust(text, match, 0.75, match.group(), arg_boost=0.0)


def _numeric_stacked(text: str, match: regex.Match[str]) -> Check | None:
    line_end = text.find("\n", match.end())
    tail = text[match.end() : line_end if line_end >= 0 else len(text)]
    if not _ENDS_COMMENT.match(tail):
        return None
    return _adjust(text, match, 0.8, match.group(), arg_boost=0.0)


def _union(text: str, match: regex.Match[str]) -> Check | None:
    offset = max(0, match.start() - 12)
    body = match.group()
    found = _BREAKOUT_BEFORE.search(text[offset : match.start()])
    breakout = found is not None and (not found.group("quote") or _unpaired_quote(text, offset + found.start()))
    padding = _UNION_PADDING.search(body) is not None
    target = _UNION_TARGET.search(body) is not None
    comment = regex.search(r"(?:--|#|/\*)[\s\\\"'}\]]*$", body) is not None
    if breakout and (padding or target or comment):
        score = 0.9
    elif padding and target:
        score = 0.85
    elif breakout or padding:
        score = 0.6
    else:
        return None
    return _adjust(text, match, score, body, arg_boost=0.0)


def _comment_truncation(text: str, match: regex.Match[str]) -> Check | None:
    if not _unpaired_quote(text, match.start("quote")):
        return None  # the quote closes a literal opened earlier on the line: an ordinary comment
    token = regex.search(r"\S{0,20}\Z", text[: match.start()])
    return _adjust(text, match, 0.75, (token.group() if token else "") + match.group(), arg_boost=0.0)


def _time_probe(text: str, match: regex.Match[str]) -> Check | None:
    offset = max(0, match.start() - 60)
    before = text[offset : match.start()]
    logic = _TIME_LOGIC.search(before)
    if logic is not None:
        score, begin = 0.85, offset + logic.start()
    elif _TIME_SQL.search(before):
        score, begin = 0.5, match.start()
    else:
        return None  # sleep(5) outside SQL: a function call in some program
    if match.group("fn").casefold() == "benchmark" and not regex.search(r"\(\s*\d{6,}", match.group()):
        score = min(score, 0.5)
    return _adjust(text, match, score, text[begin : match.end()], arg_boost=0.0)


def _waitfor(text: str, match: regex.Match[str]) -> Check | None:
    before = text[max(0, match.start() - 8) : match.start()]
    score = 0.9 if regex.search(r"['\"]\s*\)*\s*;?\s*$", before) else 0.55
    return _adjust(text, match, score, match.group(), arg_boost=0.0)


def _outfile(text: str, match: regex.Match[str]) -> Check | None:
    around = text[max(0, match.start() - 200) : match.end() + 80]
    return _adjust(text, match, 0.9 if _WEBROOT.search(around) else 0.55, match.group(), arg_boost=0.0)


def _load_file(text: str, match: regex.Match[str]) -> Check | None:
    sensitive = regex.search(r"/etc/|\\\\windows|c:|0x[0-9a-f]{6,}", match.group(), regex.IGNORECASE)
    return _adjust(text, match, 0.85 if sensitive else 0.7, match.group(), arg_boost=0.0)


def _piggyback(text: str, match: regex.Match[str]) -> Check | None:
    """A write or privilege statement stacked after a read query in the same tool-call argument value."""
    line_start = _tool_line_start(text, match.start())
    if line_start is None:
        return None
    values = list(_ARG_VALUE_START.finditer(text, line_start, match.start()))
    if not values or not _READ_QUERY.match(text, values[-1].end()):
        return None
    statement = text[values[-1].end() : match.end()]
    return _adjust(text, match, 0.7, statement, arg_boost=0.0)  # +0.15 inside the tool call


def _blind(text: str, match: regex.Match[str]) -> Check | None:
    return _adjust(text, match, 0.75, match.group(), arg_boost=0.0)


def _superuser(text: str, match: regex.Match[str]) -> Check | None:
    return _adjust(text, match, 0.65 if regex.search(r"superuser|sysadmin", match.group(), regex.IGNORECASE) else 0.6,
                   match.group(), arg_boost=0.0)


def _rule(rule_id: str, kind: str, pattern: str, score: float, what: str, trigger: str,
          validator: Validator) -> Rule:
    return Rule(rule_id, kind, pattern, score, f"{rule_id}: {what}", trigger=trigger, view=ViewName.CLEAN,
                validator=validator)


_RULES: tuple[Rule, ...] = (
    _rule("SQL-DROP-DB", _DESTRUCTIVE, rf"\bdrop\s+(?:database|schema)\s+(?P<guard>if\s+exists\s+)?{_IDENT}",
          0.7, "DROP DATABASE/SCHEMA statement", r"drop\s+(?:database|schema)\s", _drop_db),
    _rule("SQL-DROP-TABLE", _DESTRUCTIVE, rf"\bdrop\s+table\s+(?P<guard>if\s+exists\s+)?(?P<table>{_IDENT})",
          0.6, "DROP TABLE statement", r"drop\s+table\s", _named(_drop)),
    _rule("SQL-TRUNCATE", _DESTRUCTIVE, rf"\btruncate\s+table\s+(?P<table>{_IDENT})|\btruncate\s+(?P<table>{_IDENT})\s*;",
          0.55, "TRUNCATE statement", r"truncate\s", _named(_scored(0.55))),
    _rule("SQL-DELETE-ALL", _DESTRUCTIVE, rf"\bdelete\s+from\s+(?P<table>{_IDENT})", 0.55,
          "DELETE without WHERE", r"delete\s+from\s", _named(_delete_all)),
    _rule("SQL-UPDATE-ALL", _DESTRUCTIVE, rf"\bupdate\s+(?P<table>{_IDENT})\s+set\s", 0.5,
          "UPDATE without WHERE", r"update\s+\S+\s+set\s", _named(_update_all)),
    _rule("SQL-ALTER-DROP", _DESTRUCTIVE, rf"\balter\s+table\s+{_IDENT}\s+drop\s+\w+", 0.45,
          "ALTER TABLE … DROP", r"alter\s+table\s", _scored(0.45)),
    _rule("SQL-GRANT-ALL", _DESTRUCTIVE, r"\bgrant\s+all(?:\s+privileges)?\s+on\s+[^\n;]{1,80}?\bto\s+[^\n;]{1,60}",
          0.55, "GRANT ALL privileges", r"grant\s+all", _grant),
    _rule("SQL-XP-CMDSHELL", _DESTRUCTIVE, r"\bxp_cmdshell\b", 0.5, "xp_cmdshell (OS command from SQL)",
          r"xp_cmdshell", _xp_cmdshell),
    _rule("SQL-COPY-PROGRAM", _DESTRUCTIVE,
          r"\bcopy\s+(?:[\w.\"]+(?:\s*\([^)\n]{0,200}\))?|\([^;\n]{1,300}?\))\s+(?:from|to)\s+program\s+['\"]", 0.85,
          "COPY … PROGRAM (OS command from PostgreSQL)", r"\)?\s+(?:from|to)\s+program\s",
          _scored(0.85, arg_boost=0.0)),
    _rule("SQL-TAUTOLOGY", _INJECTION,
          r"['\"]\s*\)*\s*(?:or|\|\|)\s+\(?\s*(?:(?P<q>['\"]?)(?P<a>\w*)(?P=q)\s*(?:=|\blike\b)\s*(?P<r>['\"]?)"
          r"(?P<b>\w*)(?P=r)?(?!\w)|true\b|not\s+false\b|(?P<x>\d+)\s*>\s*(?!(?P=x))\d+)",
          0.85, "tautology after a quote (' OR '1'='1)", r"['\"]\s*\)*\s*(?:or|\|\|)\s", _tautology),
    _rule("SQL-TAUTOLOGY-NUM", _INJECTION,
          r"(?<![\w'.])\d+(?:\s*\))*\s+or\s+(?:\(\s*)*(?P<a>\d+)\s*=\s*(?P<b>\d+)\b",
          0.75, "numeric tautology (1 OR 1=1)", r"\d\s*\)*\s+or\s+\(*\s*\d+\s*=", _numeric_tautology),
    _rule("SQL-STACKED", _INJECTION,
          r"['\"][ \t]*\)*[ \t]*;[ \t]*(?:drop\s+(?:table|database)|delete\s+from|insert\s+into|update\s+\w+\s+set"
          r"|truncate\s|alter\s+\w+\s|create\s+\w+\s|exec(?:ute)?[\s(]|shutdown\b|declare\s+@|grant\s"
          r"|select\s|waitfor\s)",
          0.85, "stacked query after a quote ('; DROP …)", r"['\"][ \t]*\)*[ \t]*;[ \t]*\w", _stacked),
    _rule("SQL-STACKED-NUM", _INJECTION,
          r"(?:=|\bid\s*[:=])\s*\d+\s*\)*\s*;\s*(?:drop\s+(?:table|database)|delete\s+from|truncate\s|shutdown\b"
          r"|exec(?:ute)?[\s(])", 0.8, "stacked query after a number (1; DROP … --)",
          r"\d\s*\)*\s*;\s*(?:drop|delete|truncate|shutdown|exec)",
          _numeric_stacked),
    _rule("SQL-UNION", _INJECTION, r"\bunion\s+(?:all\s+)?select\b[^;\n]{0,200}", 0.6,
          "UNION SELECT probing", r"union\s+(?:all\s+)?select", _union),
    _rule("SQL-COMMENT", _INJECTION,
          r"(?<=[A-Za-z0-9])(?<!(?:^|[\W_])[rRbBuUfF]{1,2})(?P<quote>['\"])\s*\)*\s*(?:--|#|/\*)[ \t]*"
          r"(?=$|(?!(?P=quote))['\"])", 0.75,
          "comment truncation after an unpaired quote (admin'--)", r"[a-z0-9]['\"]\s*\)*\s*(?:--|#|/\*)", _comment_truncation),
    _rule("SQL-TIME", _INJECTION,
          r"(?<![\w.$])(?P<fn>sleep|pg_sleep|benchmark|dbms_lock\.sleep)\s*\(\s*\d+",
          0.5, "time-based probe (SLEEP/pg_sleep/BENCHMARK)", r"(?:sleep|benchmark)\s*\(\s*\d", _time_probe),
    _rule("SQL-WAITFOR", _INJECTION, r"\bwaitfor\s+delay\s+['\"]\d[\d:.]*['\"]?", 0.55, "time-based probe (WAITFOR DELAY)",
          r"waitfor\s+delay", _waitfor),
    _rule("SQL-OUTFILE", _INJECTION, r"\binto\s+(?:out|dump)file\s+['\"][^'\"\n]{1,120}['\"]", 0.55,
          "INTO OUTFILE/DUMPFILE (file write)", r"into\s+(?:out|dump)file", _outfile),
    _rule("SQL-LOAD-FILE", _INJECTION, r"(?<![\w.])load_file\s*\(\s*(?:['\"]|0x|char\s*\()[^)\n]{0,120}\)", 0.7, "LOAD_FILE (file read)",
          r"load_file\s*\(", _load_file),
    _rule("SQL-ERROR-BASED", _INJECTION, r"\b(?:extractvalue|updatexml)\s*\([^\n]{0,40}?concat\s*\(", 0.8,
          "error-based extraction (EXTRACTVALUE/UPDATEXML)", r"(?:extractvalue|updatexml)\s*\(",
          _scored(0.8, arg_boost=0.0)),
    _rule("SQL-PIGGYBACK", _INJECTION,
          r";\s*(?:drop\s+(?:table|database|schema)|truncate\s|delete\s+from\s|update\s+[\w.\"`\[\]]+\s+set\s"
          r"|insert\s+into\s|alter\s+(?:user|role|table|login)\s|create\s+(?:user|role|login)\s|grant\s|revoke\s"
          r"|copy\s|exec(?:ute)?[\s(]|shutdown\b)", 0.85,
          "write or privilege statement stacked after a read query in a tool argument",
          r";\s*(?:drop|truncate|delete|update|insert|alter|create|grant|revoke|copy|exec|shutdown)\b", _piggyback),
    _rule("SQL-BLIND", _INJECTION,
          r"\b(?:and|or)\s+\(?\s*\d+\s*=\s*\(\s*select\b|\b(?:and|or|when)\s+\(?\s*(?:(?:ascii|ord|unicode|length)\s*\(\s*)?"
          r"(?:ascii|ord|substring|substr|mid|length)\s*\(\s*\(\s*select\b", 0.75,
          "boolean-blind subquery probe (AND 1=(SELECT …), SUBSTRING((SELECT …)))",
          r"(?:and|or)\s+\(?\s*\d+\s*=\s*\(\s*select|(?:ascii|ord|substring|substr|mid|length)\s*\(\s*\(\s*select",
          _blind),
    _rule("SQL-SUPERUSER", _DESTRUCTIVE,
          r"\bcreate\s+(?:role|user|login)\s+\S+[^;\n]{0,120}?\b(?:superuser|sysadmin)\b"
          r"|\balter\s+(?:role|user)\s+\S+\s+(?:with\s+)?superuser\b"
          r"|\balter\s+(?:role|user|login)\s+[\"`\[]?(?:postgres|root|sa|sys|system)\b[\"`\]]?\s+with\s+password\b"
          r"|\balter\s+server\s+role\s+sysadmin\s+add\s+member\b|\bsp_addsrvrolemember\b", 0.6,
          "creates a superuser or resets a built-in superuser's password",
          r"superuser|sysadmin|sp_addsrvrolemember|alter\s+(?:role|user|login)\s+\S+\s+with\s+password", _superuser),
    _rule("SQL-GRAPH-WIPE", _DESTRUCTIVE,
          r"\bmatch\s*\(\s*(?P<v>\w+)\s*\)\s*(?:optional\s+match\s*\([^)]*\)\s*)?(?:detach\s+)?delete\s+(?P=v)\b", 0.7,
          "deletes every node of a graph (MATCH (n) DETACH DELETE n)", r"\)\s*(?:detach\s+)?delete\s", _scored(0.7)),
)


class SqlScanner(RuleScanner):
    """Destructive SQL statements and SQL-injection shapes; keeps the strongest finding per kind."""

    name = "sql"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES

    def postprocess(self, findings: list[Finding], text: NormalizedText) -> list[Finding]:
        return strongest_per_kind(findings)
