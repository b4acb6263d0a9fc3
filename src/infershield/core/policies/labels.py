"""Label a message with the session actions it performs and its privilege level.

Labels come from tool-call names and arguments, and from the wording of the message. They are coarse on
purpose: cross-step policies only need to know that a step *reads*, *transforms*, *sends out* or
*writes with privilege*.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import regex

from infershield.core.types import Message, SessionAction

_F = regex.IGNORECASE | regex.VERSION1

_TOOL_NAMES: Mapping[SessionAction, regex.Pattern[str]] = MappingProxyType({
    SessionAction.DATABASE_READ: regex.compile(
        r"(?:sql|query|db|database|select|fetch_(?:records|rows|customers|users)|get_(?:customers|users|records))", _F),
    SessionAction.FILE_READ: regex.compile(
        r"(?:read_?file|open_?file|file_?read|cat|load_(?:file|document)|fs[._]read|get_file|read_(?:document|doc))", _F),
    SessionAction.DATA_TRANSFORM: regex.compile(
        r"(?:encode|base64|b64|hex|compress|zip|gzip|encrypt|obfuscate|rot13|chunk|pack)", _F),
    SessionAction.EXTERNAL_API_CALL: regex.compile(
        r"(?:http|request|fetch_url|post|webhook|send_?(?:email|mail|message)|email|upload|curl|wget|slack|ftp)", _F),
    SessionAction.PRIVILEGED_WRITE: regex.compile(
        r"(?:exec|shell|run_?command|bash|sudo|admin|grant|set_role|chmod|write_?file|delete|drop|deploy)", _F),
})

_WORDING: Mapping[SessionAction, regex.Pattern[str]] = MappingProxyType({
    SessionAction.DATABASE_READ: regex.compile(
        r"\bselect\b[^;]{1,200}\bfrom\b|\b(?:query|dump|export|read|fetch|list)\b(?:\W+\w+){0,4}\W+"
        r"(?:database|db|table|records|customers?|users?\s+table)\b", _F),
    SessionAction.FILE_READ: regex.compile(
        r"\b(?:read|open|cat|load|show)\b(?:\W+\w+){0,3}\W+(?:file|document|contents)\b|/etc/(?:passwd|shadow)"
        r"|~/\.ssh|\.env\b|id_rsa", _F),
    SessionAction.DATA_TRANSFORM: regex.compile(
        r"\b(?:encode|convert|compress|zip|encrypt|obfuscate|hex-?encode|rot13|split)\b(?:\W+\w+){0,5}\W+"
        r"(?:base64|base32|hex|rot13|zip|gzip|chunks?|bytes|cipher)\b|\bbase64\b", _F),
    SessionAction.EXTERNAL_API_CALL: regex.compile(
        r"\b(?:send|post|upload|forward|transmit|exfiltrate|email|mail|submit|push|curl|wget)\b(?:\W+\w+){0,8}\W+"
        r"(?:https?://|ftp://|webhook|[\w.+-]+@[\w-]+\.[\w.]+|external|remote\s+server|pastebin)", _F),
    SessionAction.PRIVILEGED_WRITE: regex.compile(
        r"\bsudo\b|\bas\s+root\b|\b(?:grant|give|make|elevate|promote)\b(?:\W+\w+){0,3}\W+(?:admin|administrator|"
        r"root|superuser|owner)\b|\bchmod\s+[0-7]*7\b|\b(?:disable|turn\s+off)\b(?:\W+\w+){0,2}\W+"
        r"(?:audit|logging|security|firewall|2fa|mfa)\b|\bdrop\s+(?:table|database)\b", _F),
})

_WRITE = regex.compile(r"\b(?:write|update|modify|edit|change|create|insert|save)\b", _F)


def label(message: Message) -> tuple[frozenset[SessionAction], int]:
    """The actions ``message`` performs and its privilege level (0 none, 1 read, 2 write, 3 privileged)."""
    actions: set[SessionAction] = set()
    for call in message.tool_calls:
        for action, pattern in _TOOL_NAMES.items():
            if pattern.search(call.name):
                actions.add(action)
    text = message.content + "".join(f"\n{call.name} {call.arguments}" for call in message.tool_calls)
    for action, pattern in _WORDING.items():
        if pattern.search(text):
            actions.add(action)
    if SessionAction.PRIVILEGED_WRITE in actions:
        privilege = 3
    elif _WRITE.search(text):
        privilege = 2
    elif actions & {SessionAction.DATABASE_READ, SessionAction.FILE_READ}:
        privilege = 1
    else:
        privilege = 0
    return frozenset(actions), privilege
