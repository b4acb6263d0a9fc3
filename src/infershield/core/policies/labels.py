"""Label a message with the session actions it performs and its privilege level.

Labels come from tool-call names and arguments, and from the wording of the message. They are coarse on
purpose: cross-step policies only need to know that a step *reads*, *transforms*, *sends out* or
*writes with privilege*.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

import re2

from infershield.core import re2set
from infershield.core.normalize import sanitize
from infershield.core.types import Message, SessionAction

_TOOL_NAMES: Mapping[SessionAction, str] = MappingProxyType({
    SessionAction.DATABASE_READ: (
        r"(?:sql|query|db|database|select|fetch_(?:records|rows|customers|users)|get_(?:customers|users|records))"),
    SessionAction.FILE_READ: (
        r"(?:read_?file|open_?file|file_?read|cat|load_(?:file|document)|fs[._]read|get_file|read_(?:document|doc))"),
    SessionAction.DATA_TRANSFORM: (
        r"(?:encode|base64|b64|hex|compress|zip|gzip|encrypt|obfuscate|rot13|chunk|pack)"),
    SessionAction.EXTERNAL_API_CALL: (
        r"(?:http|request|fetch_url|post|webhook|send_?(?:email|mail|message)|email|upload|curl|wget|slack|ftp)"),
    SessionAction.PRIVILEGED_WRITE: (
        r"(?:exec|shell|run_?command|bash|sudo|admin|grant|set_role|chmod|write_?file|delete|drop|deploy)"),
})

_WORDING: Mapping[SessionAction, str] = MappingProxyType({
    SessionAction.DATABASE_READ: (
        r"\bselect\b[^;]{1,200}\bfrom\b|\b(?:query|dump|export|read|fetch|list)\b(?:\W+\w+){0,4}\W+"
        r"(?:database|db|table|records|customers?|users?\s+table)\b"),
    SessionAction.FILE_READ: (
        r"\b(?:read|open|cat|load|show)\b(?:\W+\w+){0,3}\W+(?:file|document|contents)\b|/etc/(?:passwd|shadow)"
        r"|~/\.ssh|\.env\b|id_rsa"),
    SessionAction.DATA_TRANSFORM: (
        r"\b(?:encode|convert|compress|zip|encrypt|obfuscate|hex-?encode|rot13|split)\b(?:\W+\w+){0,5}\W+"
        r"(?:base64|base32|hex|rot13|zip|gzip|chunks?|bytes|cipher)\b|\bbase64\b"),
    SessionAction.EXTERNAL_API_CALL: (
        r"\b(?:send|post|upload|forward|transmit|exfiltrate|email|mail|submit|push|curl|wget)\b(?:\W+\w+){0,8}\W+"
        r"(?:https?://|ftp://|webhook|[\w.+-]+@[\w-]+\.[\w.]+|external|remote\s+server|pastebin)"),
    SessionAction.PRIVILEGED_WRITE: (
        r"\bsudo\b|\bas\s+root\b|\b(?:grant|give|make|elevate|promote)\b(?:\W+\w+){0,3}\W+(?:admin|administrator|"
        r"root|superuser|owner)\b|\bchmod\s+[0-7]*7\b|\b(?:disable|turn\s+off)\b(?:\W+\w+){0,2}\W+"
        r"(?:audit|logging|security|firewall|2fa|mfa)\b|\bdrop\s+(?:table|database)\b"),
})

_WRITE = r"\b(?:write|update|modify|edit|change|create|insert|save)\b"


@cache
def _sets() -> tuple[re2.Set, re2.Set, tuple[SessionAction, ...]]:
    """One RE2 set for tool names and one for wording (the write verbs last), so labelling is two passes."""
    order = tuple(SessionAction)
    names = re2set.build([f"(?i:{_TOOL_NAMES[action]})" for action in order])
    wording = re2set.build([*(f"(?i:{_WORDING[action]})" for action in order), f"(?i:{_WRITE})"])
    return names, wording, order


def label(message: Message) -> tuple[frozenset[SessionAction], int]:
    """The actions ``message`` performs and its privilege level (0 none, 1 read, 2 write, 3 privileged)."""
    names, wording, order = _sets()
    actions: set[SessionAction] = set()
    for call in message.tool_calls:
        actions.update(order[i] for i in re2set.matching(names, sanitize(call.name)))
    text = message.content + "".join(f"\n{call.name} {call.arguments}" for call in message.tool_calls)
    matched = set(re2set.matching(wording, sanitize(text)))
    writes = len(order) in matched
    actions.update(order[i] for i in matched if i < len(order))
    if SessionAction.PRIVILEGED_WRITE in actions:
        privilege = 3
    elif writes:
        privilege = 2
    elif actions & {SessionAction.DATABASE_READ, SessionAction.FILE_READ}:
        privilege = 1
    else:
        privilege = 0
    return frozenset(actions), privilege
