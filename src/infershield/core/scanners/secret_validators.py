"""Validators for the ``secret`` rules: checksums, entropy, placeholder and documentation-example checks.

Every validator answers with a :class:`Check` whose note describes the value by length, at most a 4-character
public prefix and the validation result. A note never contains the value itself: findings are logged.
Validators return ``None`` (drop) for placeholders and documentation examples, and a low score (< 0.5,
"reported, not a secret") when a value has the right shape but fails its checksum.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import zlib
from collections import Counter
from collections.abc import Callable
from urllib.parse import unquote

import regex

from infershield.core.rules import Check, Validator

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Substrings that mark a value as a stand-in rather than a credential (compared case-insensitively).
_PLACEHOLDER_PARTS = (
    "example", "changeme", "change_me", "change-me", "replace", "your_", "your-", "yourkey", "yourtoken",
    "yourpass", "yourapi", "placeholder", "dummy", "redacted", "insert", "****", "<", ">", "{{", "}}", "...",
    "123456", "abcdef", "qwerty", "sample", "notreal", "not_real", "_here",
    "-here", "my_api", "my-api", "my_secret", "my-secret", "mysecret", "my_token", "my-token", "mytoken",
    "my_key", "my-key", "mykey", "my_pass", "mypass",
)
_PLACEHOLDER_WORDS = frozenset({
    "password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "key", "none", "null",
    "nil", "undefined", "true", "false", "required", "optional", "string", "str", "bytes", "int", "bool",
    "text", "hidden", "masked", "empty", "default", "test", "testing", "foo", "bar", "baz", "qux", "foobar",
    "mypassword", "mysecret", "mytoken", "secretkey", "secret_key", "pass123", "password1", "admin",
    "root", "user", "username", "guest", "demo", "value", "env", "environ", "variable", "unknown",
})
_TEST_PREFIXES = ("test", "fake", "dummy", "bad", "wrong", "invalid", "incorrect", "sample", "mock")
_WEAK_PASSWORDS = frozenset({
    "password", "passw0rd", "p@ssw0rd", "p@ssword", "letmein", "welcome", "secret", "admin", "root",
    "qwerty", "hunter", "iloveyou", "monkey", "dragon", "test", "default", "changeit", "tiger", "foobared",
    "postgres", "mysql", "guest", "pass", "1234", "12345678",
})
_CODE_REFERENCE = regex.compile(
    r"(?i)os\.environ|getenv|process\.env|\benv\(|env\[|secrets\.|vault:|config\[|settings\.|"
    r"\bnew [A-Z]|^\$[A-Z_][A-Z0-9_]*$|^%[A-Z_]+%$|^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)+(?:\(.*\))?$"
)
_DIGIT = re.compile(r"\d")
_SYMBOL = re.compile(r"[^\w]|_")
_SPACE = re.compile(r"\s")
_TEMPLATE = re.compile(r"\$\{\w|\$\(\w|%\(\w+\)[sdr]|xxxx|XXXX")  # ${VAR} $(cmd) %(name)s xxxx (one case)
_RUN = re.compile(r"(.)\1{5}")  # stdlib re: ~3x faster than `regex` for this backreference
_UUID = regex.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX = regex.compile(r"^[0-9a-fA-F]+$")
_PEM_HEADER = re.compile(r"(?m)^\s*[A-Za-z][\w-]*:[^\n]*$")  # Proc-Type:, DEK-Info:, Version:, Comment:
_HASH_KEY = regex.compile(
    r"(?i)hash|digest|sha(?:1|224|256|384|512)|md5|checksum|fingerprint|integrity|public|pubkey"
)
# bcrypt, sha-crypt, argon2, Django pbkdf2, LDAP {SSHA}: stored password hashes, not secrets.
_CRYPT_HASH = regex.compile(
    r"^(?:\$(?:2[abxy]?|1|5|6|y|gy|7|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*)\$|pbkdf2_sha\d+\$"
    r"|\{(?:S?SHA|S?MD5|CRYPT)\})"
)
_UNLEET = str.maketrans("@4310$5!7", "aaeiosslt")
_HUMP = re.compile(r"[a-z][A-Z]")
_WORDY = re.compile(r"^[A-Za-z]+(?:[_\-.:/ ]+[A-Za-z]+)*$")
_TRAILING_ESCAPE = re.compile(r"(?:\\+[nrt0])+$")
_FORMAT_FIELD = re.compile(r"\{[A-Za-z_][\w.\[\]'\"]*\}|^%[sd]$|^\$[A-Za-z_]+\$$")  # f-string, %s, $x$
# Keys that end in "token" but name pagination cursors, idempotency ids or tokenizer settings.
_NOT_SECRET_KEY = re.compile(
    r"(?i)(?:next|prev|previous|page|pagination|continuation|purchase|client|request|idempotency|input|output|"
    r"update|sync|cursor|marker|resume|sequence|change|import|export|forward|backward|max|min|num|count|total|"
    r"bos|eos|pad|unk|sep|cls|mask|start|end)[_\-.]?token$|^(?:next|prev)\w*token$"
)
_PASSWORD_KEY = regex.compile(
    r"(?i)pass|pwd|mdp|contrase|senha|wachtwoord|has[lł]o|пароль|密码|密碼|パスワード|비밀번호|[sş]ifre|l[öo]senord|"
    r"salasana|heslo"
)
_IDENTIFIER = regex.compile(r"^[A-Za-z_][A-Za-z_]*$")


def entropy(value: str) -> float:
    """Shannon entropy of ``value`` in bits per character."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def char_classes(value: str) -> int:
    """How many of lower case, upper case, digits and other characters occur in ``value``."""
    return (
        (value.upper() != value)
        + (value.lower() != value)
        + (_DIGIT.search(value) is not None)
        + (_SYMBOL.search(value) is not None)
    )


def is_placeholder(value: str) -> bool:
    """True for stand-ins such as ``<YOUR_KEY>``, ``xxxx``, ``****``, ``changeme`` or ``${VAR}``."""
    low = value.casefold()
    if low.strip("\"'`.,;:!?-_ ") in _PLACEHOLDER_WORDS:
        return True
    if any(part in low for part in _PLACEHOLDER_PARTS):
        return True
    return _TEMPLATE.search(value) is not None or _RUN.search(value) is not None


def base62_crc32(data: str) -> str:
    """The 6-character base62 CRC32 checksum GitHub appends to its tokens."""
    n = zlib.crc32(data.encode())
    digits = ""
    while n:
        n, r = divmod(n, 62)
        digits = _BASE62[r] + digits
    return digits.rjust(6, "0")


def value_of(match: regex.Match[str]) -> str:
    """The secret part of a match: group ``span`` when the rule has one, else the whole match."""
    return match.group("span") if "span" in match.re.groupindex else match.group()


def _shape(value: str, prefix_len: int) -> str:
    head = f"prefix {value[:prefix_len]!r}, " if prefix_len else ""
    return f"{head}{len(value)} chars"


def token(score: float, *, prefix_len: int = 4, min_entropy: float = 3.0, classes: int = 2,
          body_from: int = 0) -> Validator:
    """A prefixed token: drop placeholders and low-entropy bodies, keep ``score`` otherwise.

    ``body_from`` skips the public prefix when measuring entropy and character classes.
    """

    def check(_text: str, match: regex.Match[str]) -> Check | None:
        value = value_of(match)
        body = value[body_from:]
        if is_placeholder(body):
            return None
        bits = entropy(body)
        floor = min(min_entropy, 2.5) if _HEX.match(body) else min_entropy  # hex carries 4 bits/char at most
        if bits < floor or char_classes(body) < classes:
            return None
        return Check(score, f"{_shape(value, prefix_len)}; entropy {bits:.1f} bits/char")

    return check


def github_token(_text: str, match: regex.Match[str]) -> Check | None:
    """ghp_/gho_/ghs_/ghu_/ghr_ tokens end in a base62 CRC32 of their 30-character random part."""
    value = value_of(match)
    body, checksum = value[4:34], value[34:]
    if is_placeholder(body):
        return None
    if base62_crc32(body) == checksum:
        return Check(0.97, f"{_shape(value, 4)}; CRC32 checksum valid")
    return Check(0.3, f"{_shape(value, 4)}; CRC32 checksum mismatch (not an issued token)")


def openai_key(_text: str, match: regex.Match[str]) -> Check | None:
    """OpenAI keys; those carrying the ``T3BlbkFJ`` marker (base64 of "OpenAI") score highest."""
    value = value_of(match)
    if is_placeholder(value[3:]) or entropy(value) < 3.5:
        return None
    if "T3BlbkFJ" in value:
        return Check(0.97, f"{_shape(value, 4)}; OpenAI marker present")
    return Check(0.9, f"{_shape(value, 4)}; OpenAI project/service key prefix")


def anthropic_key(_text: str, match: regex.Match[str]) -> Check | None:
    """Anthropic keys: ``sk-ant-<kind><version>-`` then a random body that usually ends in ``AA``."""
    value = value_of(match)
    body = value.split("-", 3)[-1]
    if is_placeholder(body) or entropy(body) < 3.5:
        return None
    if len(body) == 95 and body.endswith("AA"):
        return Check(0.97, f"{_shape(value, 4)}; length and AA suffix match the issued format")
    return Check(0.9, f"{_shape(value, 4)}; Anthropic key prefix")


def aws_access_key(_text: str, match: regex.Match[str]) -> Check | None:
    """AWS key ids: 4-letter type prefix plus 16 characters; documentation examples are dropped."""
    value = value_of(match)
    if is_placeholder(value[4:]) or entropy(value[4:]) < 2.5:
        return None
    base32 = all(c.isupper() or c in "234567" for c in value[4:])
    note = "base32 id body" if base32 else "non-base32 id body"
    return Check(0.92 if base32 else 0.85, f"{_shape(value, 4)}; {note}")


def aws_secret_key(score: float, how: str) -> Validator:
    """40-character AWS secret access keys, found after a keyword or near a key id."""

    def check(_text: str, match: regex.Match[str]) -> Check | None:
        value = value_of(match)
        if is_placeholder(value) or _HEX.match(value):
            return None
        bits = entropy(value)
        if bits < 4.0 or char_classes(value) < 3:
            return None
        return Check(score, f"{_shape(value, 0)} {how}; entropy {bits:.1f} bits/char")

    return check


def _b64url_json(part: str) -> object:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        return json.loads(raw)
    except (ValueError, binascii.Error):
        return None


def jwt(_text: str, match: regex.Match[str]) -> Check | None:
    """A JWS compact token: header must decode to a JSON object with ``alg``."""
    value = value_of(match)
    header, payload, signature = value.split(".", 2)
    head = _b64url_json(header)
    if not isinstance(head, dict) or not isinstance(head.get("alg"), str):
        return None
    body = _b64url_json(payload)
    if isinstance(body, dict) and body.get("iat") == 1516239022 and body.get("name") == "John Doe":
        return None  # the jwt.io documentation example
    alg = head["alg"] if len(head["alg"]) <= 8 else "?"
    claims = "JSON claims" if isinstance(body, dict) else "opaque payload"
    if alg.lower() == "none" or len(signature) < 16:
        return Check(0.55, f"{len(value)} chars; header alg {alg!r}, {claims}, unsigned")
    return Check(0.9, f"{len(value)} chars; header alg {alg!r}, {claims}, signed")


def private_key(_text: str, match: regex.Match[str]) -> Check | None:
    """PEM private key blocks; the score depends on how much key material and whether END is present."""
    raw = body = match.group("body") or ""
    if ":" in body:
        body = _PEM_HEADER.sub(" ", body)
    material = "".join(body.replace("\\n", " ").replace("\\r", " ").split())
    label = (match.group("label") or "").strip() or "PKCS#8"
    if len(material) < 16 or entropy(material) < 4.0:
        return None
    ended = match.group("end") is not None
    encrypted = "ENCRYPTED" in label or "ENCRYPTED" in raw
    shape = f"{label} block, {len(material)} base64 chars of key material"
    if len(material) < 64:
        return Check(0.45, f"{shape}; too short for a key (truncated example)")
    score = (0.97 if ended else 0.9) - (0.05 if encrypted else 0.0)
    notes = [shape, "END line present" if ended else "no END line (truncated)"]
    if encrypted:
        notes.append("encrypted")
    return Check(score, "; ".join(notes))


def service_account(text: str, match: regex.Match[str]) -> Check | None:
    """A PEM private key inside a Google service-account JSON (needs service-account fields nearby)."""
    around = text[max(0, match.start() - 3000) : match.end() + 3000]
    if "service_account" not in around and "gserviceaccount.com" not in around:
        return None
    return Check(0.97, f"service-account JSON private_key, {len(value_of(match))} chars")


_DB_SCHEMES = regex.compile(
    r"(?i)^(?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mssql|sqlserver|oracle|mongodb(?:\+srv)?|redis|rediss|"
    r"amqps?|kafka|nats|cockroachdb|clickhouse|neo4j|couchdb|ldaps?|smtps?|ftps?|sftp)"
)


_EXAMPLE_HOST = re.compile(r"(?i)(?:^|\.)example(?:\.(?:com|org|net))?$|\.(?:test|invalid)$")


def connection_password(_text: str, match: regex.Match[str]) -> Check | None:
    """Passwords in ``scheme://user:password@host`` URLs; placeholders and defaults score low."""
    password, user = match.group("span"), match.group("user")
    scheme, host = match.group("scheme"), match.group("host")
    if is_placeholder(password) or (password.startswith("$") and password[1:].isupper()):
        return None
    shape = f"password in {scheme.lower()[:12]} URL, {len(password)} chars"
    plain = unquote(password)
    if password == user or is_weak_password(plain) or _EXAMPLE_HOST.search(host) or _SPACE.search(plain):
        return Check(0.4, f"{shape}; default password or documentation host (likely an example)")
    if len(password) < 6 or char_classes(password) < 2:
        return Check(0.6, f"{shape}; weak")
    score = 0.88 if _DB_SCHEMES.match(scheme) else 0.8
    return Check(score, f"{shape}; {char_classes(password)} character classes")


def _ends_word(text: str, end: int) -> bool:
    """Unquoted values end a line (.env, YAML, INI), a shell word or a query parameter; in code they don't."""
    after = text[end : end + 2]
    if not after or after[0].isspace() or after[0] == "&":
        return True
    return after[0] == "." and (len(after) == 1 or after[1].isspace())


def is_weak_password(value: str) -> bool:
    """Well-known defaults (``admin``, ``P@55w0rd!``, ``changeit``), de-leeted and without trailing digits."""
    core = value.casefold().rstrip("0123456789!.#*@$%^&").translate(_UNLEET)
    return (core in _WEAK_PASSWORDS or len(core) < 2 or "password" in core or "passwd" in core
            or core.startswith(_TEST_PREFIXES))


def _squash(value: str) -> str:
    return value.casefold().replace("_", "").replace("-", "").replace(".", "")


def _word_like(value: str) -> bool:
    """Letters and separators only, English-like vowel density and few camelCase humps: an identifier or
    enum name (``waitForTaskToken``, ``ADMIN_NO_SRP_AUTH``), not a random key (which changes case often)."""
    if not _WORDY.match(value):
        return False
    letters = [c for c in value if c.isalpha()]
    humps = len(_HUMP.findall(value))
    return sum(c in "aeiouAEIOU" for c in letters) >= 0.3 * len(letters) and humps <= len(letters) / 5


def generic_assignment(text: str, match: regex.Match[str]) -> Check | None:
    """``password=``, ``api_key:``, ``secret = "…"`` style assignments, judged by the value's entropy."""
    value, quoted = match.group("span"), bool(match.group("q"))
    start = match.start("key")
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        start -= 1
    key = text[start : match.end("key")]
    core = _TRAILING_ESCAPE.sub("", value)
    if _HASH_KEY.search(key) or _NOT_SECRET_KEY.search(key) or _CRYPT_HASH.match(core) or is_placeholder(core):
        return None
    if _FORMAT_FIELD.search(core) or _squash(key).endswith(_squash(core)):  # `PASSWORD = "password"` enums
        return None
    if len(core) <= 120 and any(c in core for c in ".($%[:") and _CODE_REFERENCE.search(core):
        return None
    if "://" in core or _SPACE.search(core) or core.startswith(("-----", "ssh-", "ecdsa-", "arn:")):
        return None
    if not quoted and (_IDENTIFIER.match(core) or not _ends_word(text, match.end())):
        return None
    if _word_like(core):
        return None
    bits, size = entropy(core), len(core)
    shape = f"value of {len(value)} chars; entropy {bits:.1f} bits/char"
    if _UUID.match(core):
        return Check(0.45, f"{shape}; UUID-shaped (often an identifier)")
    if _PASSWORD_KEY.search(key):
        if is_weak_password(core):
            return Check(0.4, f"{shape}; common password (likely an example)")
        if size < 6 or bits < 2.0:
            return None
        if size < 12 and (char_classes(core) < 2 or bits < 2.6):
            return Check(0.45, f"{shape}; short single-class password (likely an example)")
        return Check(round(0.6 + 0.1 * (bits >= 3.0) + 0.1 * (size >= 12 and char_classes(core) >= 3), 2),
                     f"password assignment, {shape}")
    hexlike = _HEX.match(core) is not None
    if size < (24 if hexlike else 12) or bits < (2.8 if hexlike else 3.0):
        return None
    if char_classes(core) < 2 and not hexlike:
        return None
    return Check(round(min(0.8, 0.6 + 0.15 * (bits - 3.0)), 2), f"secret assignment, {shape}")


def bearer_token(_text: str, match: regex.Match[str]) -> Check | None:
    """An opaque token after ``Bearer`` (an ``Authorization`` header)."""
    value = value_of(match)
    if is_placeholder(value) or (_HEX.match(value) and len(value) in (32, 40, 64)):
        return None
    bits = entropy(value)
    if bits < 3.5 or char_classes(value) < 2:
        return None
    return Check(0.75, f"{_shape(value, 0)}; entropy {bits:.1f} bits/char")


def basic_auth(_text: str, match: regex.Match[str]) -> Check | None:
    """``Authorization: Basic <base64(user:password)>``; the decoded pair must look like credentials."""
    value = value_of(match)
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (ValueError, binascii.Error):
        return None
    user, sep, password = decoded.partition(":")
    if not sep or not password or not decoded.isprintable() or is_placeholder(password):
        return None
    if password == user or is_weak_password(password):
        return Check(0.4, f"{len(value)} chars; decodes to user:password with a default password")
    return Check(0.85, f"{len(value)} chars; decodes to user:password ({len(password)}-char password)")


def twilio_sid(_text: str, match: regex.Match[str]) -> Check | None:
    """Twilio SIDs are identifiers; only with Twilio context do they count (see the rule's context)."""
    value = value_of(match)
    if is_placeholder(value[2:]) or entropy(value[2:]) < 3.0:
        return None
    return Check(0.45, f"{_shape(value, 2)}; 32 hex digits")


def azure_key(size: int) -> Callable[[str, regex.Match[str]], Check | None]:
    """Base64 Azure account/shared-access keys of a fixed decoded ``size`` in bytes."""

    def check(_text: str, match: regex.Match[str]) -> Check | None:
        value = value_of(match)
        try:
            raw = base64.b64decode(value, validate=True)
        except (ValueError, binascii.Error):
            return None
        if len(raw) != size or is_placeholder(value) or entropy(value) < 4.0:
            return None
        return Check(0.95, f"{len(value)} chars; base64 of a {size}-byte key")

    return check
