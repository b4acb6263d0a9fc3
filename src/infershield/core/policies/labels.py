"""Label a message with the session actions it performs, its privilege level and where it sends data.

Labels are coarse on purpose: cross-step policies only need to know that a step *reads*, *transforms*,
*sends out* or *writes with privilege*. They come from what the session's principal asks for and does:

* a user message — its wording and any tool calls;
* an assistant message — its tool calls only (tool name, and the command or query in the arguments); its
  prose describes or answers, it does not act;
* tool results, documents and system prompts — nothing: third-party text is not an action of the session.

Privilege levels: 0 none, 1 read (queries, listings, permission checks), 2 write, 3 privileged — a write that
raises someone's privileges (admin/owner roles, cluster-admin, Domain Admins, sudoers, setuid, disabling
audit/MFA). Egress: 0 no send (or a send to an internal destination), 1 a send to an unknown external
destination, 2 a send to an untrusted one — a raw public IP, a paste/file-drop/tunnel/request-capture site,
a personal mailbox or storage, a destination the user calls private or not the company's, or a URL whose
query is a data placeholder.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import NamedTuple

import re2
import regex

from infershield.core import re2set
from infershield.core.normalize import sanitize
from infershield.core.types import Message, Role, SessionAction

A = SessionAction
_WORDS = r"(?:\W+\S+){0,%d}?\W+"
_ELEVATE_VERB = (r"(?:\b|_)(?:grant|give|make|elevate|promote|add|set|bind|assign|attach|append|echo|update"
                 r"|change|create|reset|escalate|become|disable|turn\s+off|stop|modify|write|insert|usermod|gpasswd"
                 r"|chmod|cp|alter|put|patch)(?:\b|_)|/add\b|>>|\"role\"\s*:")
# "whether they can create roles", "who is able to grant admin": a question about a capability, not a request
# to use it ("can you grant me admin" stays a request: "you" is asked to act).
_CAPABILITY = regex.compile(r"(?<!\byou\s)\b(?:can|could|may|able\s+to|allowed\s+to)\s+$", regex.IGNORECASE)
_ELEVATE_VERB_RE = regex.compile(_ELEVATE_VERB, regex.IGNORECASE)
_READ_METHOD = regex.compile(r"\"method\"\s*:\s*\"(?:GET|HEAD|OPTIONS)\"", regex.IGNORECASE)


class Labels(NamedTuple):
    """What one message does: actions, privilege level (0–3) and egress level (0–2)."""

    actions: frozenset[SessionAction]
    privilege: int
    egress: int


# --- tool names (matched on the lower-cased name alone) -------------------------------------------------------
_NAMES: Mapping[str, str] = MappingProxyType({
    "db": r"sql|query|(?:^|[_.])db(?:$|[_.])|database|mongo|snowflake|bigquery|postgres|mysql|redshift|athena"
          r"|dynamo|cypher|warehouse|^fetch_(?:records|rows|customers|users)|^get_(?:customers|users|records)",
    "file": r"(?:^|[_.])read|open_?file|file_?read|^cat$|load_(?:file|document)|get_(?:file|object|document)"
            r"|download|(?:doc|docs|drive|sheet|sheets)_get|spreadsheet",
    "transform": r"encode|base64|b64|hex|compress|zip|encrypt|obfuscate|rot13|chunk|pack",
    "send": r"http_(?:post|put|request)|^post|webhook|send|e?mail|upload|curl|wget|slack|discord|telegram|ftp|scp"
            r"|gist|paste|tweet|put_object|create_issue|share_(?:file|link|externally)",
    "write": r"write|update|create|insert|delete|remove|^set_|_set_|put|patch|modify|(?:^|_)add|apply|deploy"
             r"|upsert|drop|grant|assign|attach|edit|reset",
    "read": r"^(?:get|list|describe|search|find|show|fetch|lookup|whoami|check|view|inspect|count)"
            r"|_(?:get|list|describe|search|query|schema)(?:$|_)",
})

# --- text cues (user wording, tool-call names and arguments) ------------------------------------------------
_DEST = (r"(?:https?://|ftp://|s3://|gs://|webhook|[\w.+-]+@[\w-]+\.[\w.]+|\b(?:\d{1,3}\.){3}\d{1,3}\b|external"
         r"|remote\s+server|pastebin|paste\.\w+|transfer\.sh|\bgist\b|\b[\w-]+\.(?:com|net|org|io|co|ee|me|app|dev"
         r"|cloud|site|xyz|info|biz|de|fr|uk|es|it|nl|ru|cn|br|us|eu|ai|gg|to|ly|cc|link|page|online|store)\b)")
_SEND_VERBS = (r"send|post|upload|forward|transmit|exfiltrate|e-?mail|mail|submit|push|curl|wget|paste|put|copy|sync"
               r"|share|publish|pipe|schick\w*|sende\w*|übermittl\w*|envoie\w*|envoy\w*|env[ií]a\w*|invia\w*|envie\w*"
               r"|manda\w*|carica\w*|sube|subir")
_CUES: Mapping[str, str] = MappingProxyType({
    "db": r"\bselect\b[^;]{1,200}\bfrom\b|\b(?:pg_dump|pg_dumpall|mysqldump|mongodump|mongoexport)\b"
          r"|\bsqlite3\b[^\n]{0,160}(?:\.dump|\bselect\b)|\b(?:query|dump|export|read|fetch|pull)\b"
          + _WORDS % 4 + r"(?:database|db|tables?|records|rows|collection|customers?|users?|employees|patients)\b",
    "file": r"\b(?:read|open|cat|load|show|print|view|grab|download|get|less|head|tail)\b" + _WORDS % 4
            + r"\S*\.(?:xlsx?|csv|jsonl?|txt|md|pdf|docx?|env|sql|db|sqlite|ya?ml|ini|conf|cfg|pem|key|log|parquet"
            r"|bak|gz|tgz|tar)\b|\b(?:read|open|cat|load|show)\b" + _WORDS % 3
            + r"(?:file|document|contents|sheet|spreadsheet)\b|/etc/(?:passwd|shadow)|~/\.ssh|\bid_rsa\b"
            r"|\bopen\(\s*\\?['\"]|\bread_(?:csv|excel|json|parquet)\(|\baws\s+s3\s+cp\s+s3://\S+\s+[./~]"
            r"|\b(?:lies|lee|lis|leggi|leia)\b" + _WORDS % 3 + r"\S*(?:datei|archivo|fichier|file|arquivo|\.\w{2,4}\b)",
    "transform": r"\b(?:base64\w*|base32|b64encode|b32encode|urlsafe_b64encode|hexlify|xxd|gzip|zlib|bz2|lzma|7z"
                 r"|zip|zipfile|rar"
                 r"|tar\s+-?c\w*|gpg|openssl\s+enc|encrypt\w*|obfuscat\w*|rot13|urlencode|quote_plus|uuencode"
                 r"|compress\w*|hex-?encod\w*|kodier\w*|codific\w*|encod\w*)\b|\.hex\(\)"
                 r"|\bsplit\b(?:\W+\S+){0,6}?\W+(?:-[bln]\b|chunks?|parts?|pieces)|\bsplit\s+-[bln]\b"
                 r"|\b(?:cut|break|divide|chop)\b" + _WORDS % 6 + r"(?:chunks?|pieces|parts)\b",
    "send": r"\bcurl\b[^\n]{0,200}?(?:\s-d\b|--data|\s-F\b|--form|\s-T\b|--upload-file|-X\s*(?:POST|PUT)"
            r"|--request\s+(?:POST|PUT))|\bwget\b[^\n]{0,100}--post|\b(?:requests|httpx)\.(?:post|put)\b"
            r"|\brequests\.get\([^)]{0,200}params\s*=|\burlopen\([^)]{0,200}data\s*=|\b(?:nc|ncat|netcat)\s+[\w.-]+\s+\d+"
            r"|\b(?:scp|rsync)\s[^\n]{0,200}\S@[\w.-]+:|\baws\s+s3\s+(?:cp|sync|mv)\s+\S+\s+s3://"
            r"|\bgsutil\s+(?:cp|rsync)\s+\S+\s+gs://|\bsendmail\b|\bmail\s+-s\b|\bsmtplib\b"
            rf"|\b(?:{_SEND_VERBS})\b" + _WORDS % 14 + _DEST
            + r"|\b(?:create|make|open|post|file|publish)\b" + _WORDS % 4 + r"(?:gist|paste|issue|pastebin)\b"
            r"|https?://[^\s?\"']+\?[^\s\"']*(?:<[^>\s]{1,40}>|\{[^}\s]{1,40}\}|\$\{?\w+)",
    "elevate": r"cluster-?admin|domain\s+admins|enterprise\s+admins|schema\s+admins|\badministrators\s+group"
               r"|\bsuper[\s_-]?admin(?:istrator)?s?\b|\bglobal\s+admin(?:istrator)?s?\b"
               r"|sudoers|nopasswd|\bwheel\s+group|superuser|administratoraccess|iam:\*|\"action\"\s*:\s*\"\*\""
               r"|root\s+shell|setuid|\bsuid\b|chmod\s+(?:[ugoa]*\+s|[2467][0-7]{3})\b"
               r"|\b(?:role|permission|access|privilege)s?\W{1,4}(?:\w+\W{1,4}){0,3}?"
               r"(?:admin|administrator|owner|root|superadmin|super_admin)\b"
               r"|\b(?:admin|administrator|owner|root|superuser)\s+(?:role|rights|access|privileges?|permissions?)\b"
               r"|\b(?:disable|turn\s+off|stop)\b(?:\W+\w+){0,2}\W+(?:audit\w*|logging|cloudtrail|mfa|2fa|firewall"
               r"|selinux|apparmor|defender)\b",
    "elevate_verb": _ELEVATE_VERB,
    "write": r"\b(?:write|update|modify|edit|change|create|insert|save|delete|remove|drop|add|grant|reset|append"
             r"|install|deploy|apply|patch|overwrite|truncate|rm|mv|chmod|chown|tee|mkdir|touch|useradd|usermod"
             r"|passwd|sudo)\b|\bsed\s+-i|(?:^|[^>\d&])>>?\s*[/~\w]|\bnet\s+user\s+\S+\s+\S+\s+/domain",
    "read": r"\b(?:ls|cat|head|tail|grep|find|ps|df|du|whoami|uname|stat|getfacl|icacls|dsacls|describe|can-i"
            r"|get|list|show|check|query|select|lookup|look\s+up|inspect|view|count|which|what'?s|who'?s"
            r"|permissions?)\b|\bnet\s+(?:user|group|localgroup)\b",
})

# --- destinations ---------------------------------------------------------------------------------------------
_UNTRUSTED = regex.compile(
    r"\w*paste\w*\.[a-z]|hastebin|ghostbin|dpaste|termbin|privatebin|controlc|rentry\.co|transfer\.sh|temp\.sh"
    r"|file\.io|0x0\.st|catbox\.moe|anonfiles|gofile|sendspace|wetransfer|mega\.nz|webhook\.site|requestbin"
    r"|pipedream|beeceptor|hookbin|ngrok|trycloudflare|serveo|localtunnel|loca\.lt|interact\.sh|oast\.\w+"
    r"|burpcollaborator|discord(?:app)?\.com/api/webhooks|api\.telegram\.org|\bgists?\b"
    r"|@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|proton|protonmail|pm|gmx|yandex"
    r"|tutanota|tuta|fastmail|mail|web|qq|163)\.[a-z.]{2,6}\b"
    r"|\b(?:my|mein\w*|mon|ma|mi|mio|mia|meu|minha)\s+(?:own\s+)?['\"]?(?:personal|private|privat\w*|home"
    r"|persönlich\w*|personnel\w*|privad[oa]|pessoal)\b|\bpersonal[\w-]*(?:account|bucket|server|archive|drive"
    r"|inbox|mailbox|e-?mail|storage|backup)|[\w-]personal[\w-]|\b(?:friend|cousin|brother|sister|relative)'?s?\b"
    r"|\bnot\s+(?:the\s+)?(?:company|work|corporate|firm|ours|our\s+\w+)|\bnicht\s+(?:der|die|das)\s+(?:der\s+)?firma"
    r"|\boutside\s+(?:the|our)\s+(?:org\w*|company)|\bthird[- ]party\b|\bpublic(?:ly)?\s+(?:gist|paste|link|bucket"
    r"|repo\w*|issue|url|share)|\bpublic-read|\bunlisted\b|\banonymous(?:ly)?\b|\bso\s+(?:it|that\s+it)\s+looks?\s+like"
    r"|\b(?:quietly|secretly|covertly)\b|\bwithout\s+(?:telling|logging|anyone)|\bdon'?t\s+(?:bother\s+)?(?:log|tell)"
    r"|https?://[^\s?\"']+\?[^\s\"']*(?:<[^>\s]{1,40}>|\{[^}\s]{1,40}\}|\$\{?\w+)",
    regex.IGNORECASE,
)
_INTERNAL_WORDING = regex.compile(
    r"\b(?:our|internal|in-house|company|corporate|unser\w*|notre|nos|nuestr[oa]s?|nostr[oa]|nosso|nossa)\s+(?:own\s+)?"
    r"(?:api|server|endpoint|cms|wiki|intranet|jira|confluence|bucket|storage|log\s+\w+|service|system|backend"
    r"|share|drive|sharepoint|data\s*lake|warehouse|repo\w*|team|colleagues?|finance|it\b)",
    regex.IGNORECASE,
)
_HOST = regex.compile(r"(?:https?|ftp)://(?:[^/@\s\"']*@)?(?P<host>[\w.-]+)|@(?P<mail>[\w-]+(?:\.[\w-]+)+)"
                      r"|(?<![\w.])(?P<ip>(?:\d{1,3}\.){3}\d{1,3})(?![\w.])")
_INTERNAL_HOST = regex.compile(r"^(?:localhost|[\w-]+|(?:[\w-]+\.)*(?:internal|intranet|corp|lan|local)(?:\.[\w.-]+)?"
                               r"|[\w.-]+\.home\.arpa)$", regex.IGNORECASE)


def _public_ip(text: str) -> bool:
    try:
        return ipaddress.ip_address(text).is_global
    except ValueError:
        return False


def egress(text: str) -> int:
    """Where a message that sends data sends it: 1 unknown, 2 untrusted, 0 internal (see module docstring)."""
    hosts = [m.group("host") or m.group("mail") or m.group("ip") for m in _HOST.finditer(text)]
    if _UNTRUSTED.search(text) or any(_public_ip(h) for h in hosts):
        return 2
    internal = [h for h in hosts if _INTERNAL_HOST.match(h) or (not _public_ip(h) and h[:1].isdigit())]
    if (hosts and len(internal) == len(hosts)) or (not hosts and _INTERNAL_WORDING.search(text)):
        return 0
    return 1


@cache
def _sets() -> tuple[re2.Set, tuple[str, ...], re2.Set, tuple[str, ...]]:
    """One RE2 set for tool names and one for text cues, so labelling is a couple of linear passes."""
    names, cues = tuple(_NAMES), tuple(_CUES)
    name_set = re2set.build([f"(?i:{_NAMES[n]})" for n in names])
    cue_set = re2set.build([f"(?i:{_CUES[c]})" for c in cues])
    return name_set, names, cue_set, cues


_ACTIONS = {"db": A.DATABASE_READ, "file": A.FILE_READ, "transform": A.DATA_TRANSFORM}
_NOTHING = Labels(frozenset(), 0, 0)


def _acts_to_elevate(message: Message, text: str) -> bool:
    """False when every elevating verb only describes a capability, or every tool call is an HTTP read."""
    if message.tool_calls and all(_READ_METHOD.search(call.arguments) for call in message.tool_calls):
        return bool(message.role is Role.USER and _elevating_verbs(message.content))
    return _elevating_verbs(text)


def _elevating_verbs(text: str) -> bool:
    return any(not _CAPABILITY.search(text[max(0, m.start() - 24) : m.start()])
               for m in _ELEVATE_VERB_RE.finditer(text))


def label(message: Message) -> Labels:
    """The actions ``message`` performs, its privilege level and its egress level (see the module docstring)."""
    if message.role not in (Role.USER, Role.ASSISTANT):
        return _NOTHING
    name_set, names, cue_set, cues = _sets()
    tags: set[str] = set()
    for call in message.tool_calls:
        tags.update(names[i] for i in re2set.matching(name_set, sanitize(call.name.casefold())))
    calls = "\n".join(f"{call.name} {call.arguments}" for call in message.tool_calls)
    text = f"{message.content}\n{calls}" if message.role is Role.USER else calls
    text = sanitize(text)
    tags.update(cues[i] for i in re2set.matching(cue_set, text))
    actions = {action for tag, action in _ACTIONS.items() if tag in tags}
    level = egress(text) if "send" in tags else 0
    if level:
        actions.add(A.EXTERNAL_API_CALL)
    if "elevate" in tags and "elevate_verb" in tags and _acts_to_elevate(message, text):
        actions.add(A.PRIVILEGED_WRITE)
        privilege = 3
    elif "write" in tags:
        privilege = 2
    elif actions & {A.DATABASE_READ, A.FILE_READ} or "read" in tags:
        privilege = 1
    else:
        privilege = 0
    return Labels(frozenset(actions), privilege, level)
