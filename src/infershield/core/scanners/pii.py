"""Scanner family ``pii``: personal data found by pattern, confirmed by checksum, shape and context.

Each rule's RE2 ``trigger`` is cheap and joins the engine's one-pass prefilter; its ``regex`` pattern then
locates the value (group ``span``) and a check rescores or drops it: Luhn for cards, mod-97 for IBANs, SSA
ranges for SSNs, address classes for IPs, shape analysis for phone numbers, and negative context (order,
invoice, ISBN, version ...) everywhere. ``why`` describes the value (type, length), never the value itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import re2
import regex

from infershield.core.normalize import NormalizedText
from infershield.core.policy import CustomPiiType
from infershield.core.rules import Check, Rule, Validator, ViewName
from infershield.core.scanners import pii_patterns as P
from infershield.core.scanners import pii_validators as V
from infershield.core.scanners.base import RuleScanner
from infershield.core.types import Finding, Span
from infershield.errors import ConfigError, ConfigProblem

_NEGATIVE = regex.compile(
    r"(?:\b(?:order|invoice|inv|part|p/n|sku|isbn|ticket|tracking|serial|ref|version|ver|build|release|"
    r"error|coupon|promo|model|item|case|transaction|txn|uuid|sha|hash|commit|container|trace|timestamp|epoch|bestell\w*|"
    r"rechnung|artikel|pedido|factura|ordine|fattura|commande|facture)\b[^\n\d]{0,16})$",
    regex.IGNORECASE,
)
_VERSION = regex.compile(
    r"(?:\b(?:v|ver|version|versions|release|build|firmware|update|upgrade|rev|python|java|node|npm|pip|"
    r"chrome|firefox|android|ios|windows|section|chapter|step|figure|table|oid|snmp)\b[^\n\d]{0,12}|[=<>~^]=?\s*)$",
    regex.IGNORECASE,
)
_UNIT_BEFORE = regex.compile(P.UNIT_BEFORE)
_HOUSE_NUMBER = regex.compile(r"\d+")
_YEAR_LEAD = regex.compile(P.YEAR_PREPOSITION, regex.IGNORECASE)
_QUANTITY_AFTER = regex.compile(
    r"\s?(?:[€$£¥%]|(?:eur|usd|gbp|euros?|dollars?|pounds?|km|kg|people|units)\b)", regex.IGNORECASE
)


def _before(text: str, start: int, width: int = 28) -> str:
    return text[max(0, start - width) : start]


def _negative(text: str, start: int, *, hash_mark: bool = True) -> bool:
    """An order/invoice/ISBN/... label just before ``start`` (or a bare ``#``, unless ``hash_mark=False``)."""
    before = _before(text, start)
    return _NEGATIVE.search(before) is not None or (hash_mark and before.rstrip().endswith("#"))


def _value(match: regex.Match[str]) -> tuple[str, int]:
    start = match.start("span") if "span" in match.re.groupindex else match.start()
    return match.group("span") if "span" in match.re.groupindex else match.group(), start


def _describe(value: str, kind: str) -> str:
    return f"{kind}, {len(value)} chars, {len(V.digits(value))} digits"


# --- checks -------------------------------------------------------------------------------------------


def _check_email(text: str, match: regex.Match[str]) -> Check | None:
    value, _ = _value(match)
    local, _, domain = value.rpartition("@")
    verdict = V.email_domain_class(local, domain)
    if verdict == "drop":
        return None
    if text[match.end() : match.end() + 1] == ":" and local.casefold() == "git":
        return None  # an SCP-style git remote, not a mailbox
    if verdict == "reserved":
        return Check(0.6, f"email address ({len(value)} chars) on a reserved documentation domain")
    return Check(0.9, f"email address ({len(value)} chars), domain syntax valid")


def _check_phone(text: str, match: regex.Match[str]) -> Check | None:
    value, start = _value(match)
    shaped = V.phone_shape(value)
    if shaped is None or not V.not_placeholder_number(value):
        return None
    if _negative(text, start) or _VERSION.search(_before(text, start)):
        return None
    if (len(V.digits(value)) == 13 and V.isbn(value)) or _QUANTITY_AFTER.match(text, match.end()):
        return None
    score, note = shaped
    return Check(score, f"{note}; {_describe(value, 'phone number')}")


def _check_card(text: str, match: regex.Match[str]) -> Check | None:
    value, start = _value(match)
    if not V.luhn(value):
        return None
    if V.test_card(value):
        return Check(0.15, f"Luhn checksum valid; a published test card number; {_describe(value, 'card number')}")
    network = V.card_network(value)
    score = 0.9 if network else 0.4
    if _negative(text, start):
        score -= 0.5
    brand = f"{network} prefix and length" if network else "no known card prefix"
    return Check(score, f"Luhn checksum valid; {brand}; {_describe(value, 'card number')}")


def _check_iban(text: str, match: regex.Match[str]) -> Check | None:
    value, _ = _value(match)
    if not V.iban(value):
        return None
    return Check(0.95, f"IBAN mod-97 checksum valid; country {value[:2]}, length matches")


def _ssn_check(base: float) -> Validator:
    def check(text: str, match: regex.Match[str]) -> Check | None:
        value, start = _value(match)
        if not V.ssn(value) or _negative(text, start, hash_mark=False):
            return None
        return Check(base, f"SSN area/group/serial ranges valid; {_describe(value, 'SSN')}")

    return check


def _check_ipv4(text: str, match: regex.Match[str]) -> Check | None:
    value, start = _value(match)
    if _VERSION.search(_before(text, start)) or _negative(text, start):
        return None
    graded = V.ip_class(value)
    if graded is None:
        return None
    score, note = graded
    if all(len(part) == 1 for part in value.split(".")):
        score = min(score, 0.3)  # "1.2.3.4" is more often a version or an example than a host
        note += ", single-digit octets (version-like)"
    return Check(score, f"IPv4 address valid; {note}")


def _check_ipv6(text: str, match: regex.Match[str]) -> Check | None:
    value, _ = _value(match)
    graded = V.ip_class(value)
    if graded is None:
        return None
    score, note = graded
    return Check(score, f"IPv6 address valid; {note}")


def _shape_check(kind: str, score: float, accept: Callable[[str], bool]) -> Validator:
    def check(text: str, match: regex.Match[str]) -> Check | None:
        value, _ = _value(match)
        if not accept(value):
            return None
        return Check(score, f"context word matched, shape check passed; {_describe(value, kind)}")

    return check


def _check_date(text: str, match: regex.Match[str]) -> Check | None:
    value, _ = _value(match)
    if not V.plausible_birth_date(value):
        return None
    return Check(0.8, f"birth-date context, calendar date plausible ({len(value)} chars)")


def _address_check(base: float) -> Validator:
    def check(text: str, match: regex.Match[str]) -> Check | None:
        value, start = _value(match)
        house = _HOUSE_NUMBER.match(value)
        if house and _YEAR_LEAD.search(_before(text, start, 16) + house.group()) and not match.group("tail"):
            return None  # "in 2008 Wall Street ..." is a year, not a house number
        score, notes = base, ["street pattern"]
        if match.group("unit"):
            score, notes = score + 0.1, [*notes, "unit"]
        if match.group("tail"):
            score, notes = score + 0.2, [*notes, "locality or postcode"]
        return Check(min(score, 0.9), f"{' + '.join(notes)} matched, no checksum ({len(value)} chars)")

    return check


# --- the rule table -----------------------------------------------------------------------------------


def _rule(kind: str, n: int, pattern: str, trigger: str, score: float, what: str, validator: Validator,
          context: tuple[str, ...] = (), boost: float = 0.2, name: str | None = None) -> Rule:
    rule_id = f"PII-{kind}-{n}"
    return Rule(
        id=rule_id, kind=f"pii.{name or kind}", pattern=pattern, score=score, description=f"{rule_id}: {what}",
        trigger=trigger, view=ViewName.CLEAN, ignore_case=False, validator=validator,
        context=context, context_boost=boost,
    )


# context_hit matches substrings, so words are chosen not to hide inside others ("tel" in "hotel").
_PHONE_CONTEXT = (
    "phone", "call", "tel:", "tel.", "tel ", "mobile", "cell phone", "cellphone", "cell:", "reach me",
    "reach us", "reach him", "reach her", "reached at", "contact", "whatsapp", "sms", "messag", "fax",
    "number", "nummer", "numero", "número", "handy", "telefon", "téléphone", "portable", "móvil", "celular",
    "cellulare", "llam", "llám", "chiam", "anruf", "appel",
)
_CARD_CONTEXT = ("card", "credit", "debit", "visa", "mastercard", "amex", "karte", "tarjeta", "carta", "carte")
_SSN_CONTEXT = ("ssn", "social security", "taxpayer", "tax id", "security number")
_IP_CONTEXT = ("ip address", "ip:", "ip=", " ip ", "ipv", "host", "server", "login", "logged", "connect",
               "firewall", "allowlist", "whitelist", "blocklist", "subnet", "gateway", "dns", "nginx")
_ADDRESS_CONTEXT = (
    "address", "live at", "lives at", "living at", "reside", "ship to", "shipping", "deliver", "send it to", "visit",
    "located", "mailing", "billing", "postal", "adresse", "anschrift", "wohne", "dirección", "domicilio",
    "vivo en", "indirizzo", "abito", "residente", "habite", "moved to", "move to",
)

_RULES: tuple[Rule, ...] = (
    _rule("EMAIL_ADDRESS", 1, P.EMAIL, P.EMAIL_TRIGGER, 0.9, "email address", _check_email),
    _rule("PHONE_NUMBER", 1, P.PHONE, P.PHONE_TRIGGER, 0.5, "phone number shape", _check_phone,
          _PHONE_CONTEXT, 0.3),
    _rule("PHONE_NUMBER", 2, P.PHONE_AREA, P.PHONE_AREA_TRIGGER, 0.55, "phone number with area code in parentheses",
          _check_phone, _PHONE_CONTEXT, 0.3),
    _rule("CREDIT_CARD", 1, P.CARD, P.CARD_TRIGGER, 0.9, "payment card number", _check_card,
          _CARD_CONTEXT, 0.3),
    _rule("IBAN_CODE", 1, P.IBAN, P.IBAN_TRIGGER, 0.95, "IBAN", _check_iban),
    _rule("US_SSN", 1, P.SSN_DASHED, r"\d{3}-\d{2}-\d{4}", 0.6, "SSN, dashed", _ssn_check(0.6), _SSN_CONTEXT, 0.3),
    _rule("US_SSN", 2, P.SSN_SPACED, r"\d{3} \d{2} \d{4}", 0.4, "SSN, spaced", _ssn_check(0.4), _SSN_CONTEXT, 0.35),
    _rule("US_SSN", 3, P.SSN_BARE, P.SSN_BARE_TRIGGER, 0.8, "SSN after an SSN label", _ssn_check(0.8)),
    _rule("IP_ADDRESS", 1, P.IPV4, P.IPV4_TRIGGER, 0.75, "IPv4 address", _check_ipv4, _IP_CONTEXT, 0.15),
    _rule("IP_ADDRESS", 2, P.IPV6, P.IPV6_TRIGGER, 0.75, "IPv6 address", _check_ipv6, _IP_CONTEXT, 0.15),
    _rule("US_PASSPORT", 1, P.PASSPORT, P.PASSPORT_TRIGGER, 0.8, "passport number after a passport label",
          _shape_check("passport number", 0.8, V.not_placeholder_number)),
    _rule("US_DRIVER_LICENSE", 1, P.DRIVER_LICENSE, P.DRIVER_LICENSE_TRIGGER, 0.75,
          "driver licence number after a licence label",
          _shape_check("licence number", 0.75, V.not_placeholder_number)),
    _rule("MEDICAL_RECORD_NUMBER", 1, P.MRN, P.MRN_TRIGGER, 0.8, "medical record number after an MRN label",
          _shape_check("record number", 0.8, V.not_placeholder_number)),
    _rule("DATE_OF_BIRTH", 1, P.DOB, P.DOB_TRIGGER, 0.8, "date after a birth-date label", _check_date),
    _rule("STREET_ADDRESS", 1, P.ADDRESS_EN_STRONG, P.ADDRESS_EN_STRONG_TRIGGER, 0.6,
          "house number, street name, common street type", _address_check(0.6), _ADDRESS_CONTEXT),
    _rule("STREET_ADDRESS", 2, P.ADDRESS_EN_WEAK, P.ADDRESS_EN_WEAK_TRIGGER, 0.35,
          "house number, street name, rarer street type", _address_check(0.35), _ADDRESS_CONTEXT),
    _rule("STREET_ADDRESS", 3, P.ADDRESS_COMPOUND, P.ADDRESS_COMPOUND_TRIGGER, 0.6,
          "compound street name (-straße, -weg, -gasse ...) and number", _address_check(0.6), _ADDRESS_CONTEXT),
    _rule("STREET_ADDRESS", 4, P.ADDRESS_COMPOUND_WEAK, P.ADDRESS_COMPOUND_WEAK_TRIGGER, 0.35,
          "compound street name (-ring, -markt ...) and number", _address_check(0.35), _ADDRESS_CONTEXT),
    _rule("STREET_ADDRESS", 5, P.ADDRESS_ROMANCE, P.ADDRESS_ROMANCE_TRIGGER, 0.55,
          "street type (Via, Calle, Piazza ...), name and number", _address_check(0.55), _ADDRESS_CONTEXT),
    _rule("STREET_ADDRESS", 6, P.ADDRESS_FR, P.ADDRESS_FR_TRIGGER, 0.6,
          "number, French street type (rue, avenue ...) and name", _address_check(0.6), _ADDRESS_CONTEXT),
    _rule("STREET_ADDRESS", 7, P.ADDRESS_MILITARY, P.ADDRESS_MILITARY_TRIGGER, 0.5,
          "US military mail address (APO/FPO/DPO)", _address_check(0.5), _ADDRESS_CONTEXT),
    _rule("STREET_ADDRESS", 8, P.ADDRESS_WITH_UNIT, P.ADDRESS_WITH_UNIT_TRIGGER, 0.45,
          "street name and number followed by a unit (Apt, Suite ...)", _address_check(0.45), _ADDRESS_CONTEXT),
)

BUILTIN_TYPES = frozenset(rule.kind.removeprefix("pii.") for rule in _RULES)
_CUSTOM_NAME = regex.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")


def _custom_check(custom: CustomPiiType, validate: Callable[[str], bool] | None) -> Validator:
    def check(text: str, match: regex.Match[str]) -> Check | None:
        value, _ = _value(match)
        if validate is None:
            return Check(custom.score, f"pattern match only, no validator configured ({len(value)} chars)")
        if not validate(value):
            return None
        return Check(custom.score, f"validator {custom.validator!r} passed ({len(value)} chars)")

    return check


def _custom_rules(customs: tuple[CustomPiiType, ...]) -> tuple[Rule, ...]:
    problems: list[ConfigProblem] = []
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, custom in enumerate(customs):
        path = f"custom_pii[{index}]"
        found = len(problems)
        if not _CUSTOM_NAME.fullmatch(custom.name):
            problems.append(ConfigProblem(f"{path}.name", "must be a letter then letters, digits or _"))
        elif custom.name.upper() in BUILTIN_TYPES or custom.name.upper() in seen:
            problems.append(ConfigProblem(f"{path}.name", f"{custom.name!r} is already a PII type"))
        seen.add(custom.name.upper())
        if custom.validator is not None and custom.validator not in V.VALIDATORS:
            known = ", ".join(sorted(V.VALIDATORS))
            problems.append(ConfigProblem(f"{path}.validator", f"unknown validator {custom.validator!r}; "
                                                                f"known: {known}"))
        if not 0.0 <= custom.score <= 1.0:
            problems.append(ConfigProblem(f"{path}.score", "must be between 0 and 1"))
        try:
            regex.compile(custom.pattern, regex.VERSION1)
            re2.compile(custom.pattern)
        except Exception as exc:  # both libraries raise their own error types
            problems.append(ConfigProblem(f"{path}.pattern", f"not a valid RE2 pattern: {exc}"))
        if len(problems) > found:
            continue
        validate = V.VALIDATORS[custom.validator] if custom.validator is not None else None
        rules.append(_rule(custom.name.upper(), 1, custom.pattern, custom.pattern, custom.score,
                           f"custom PII type {custom.name}", _custom_check(custom, validate),
                           tuple(word.casefold() for word in custom.context), name=custom.name))
    if problems:
        raise ConfigError(problems)
    return tuple(rules)


class PiiScanner(RuleScanner):
    """Finds personal data: contact details, payment and bank numbers, national IDs, addresses.

    ``custom`` adds operator-defined types (``pii.<name>``); an invalid one raises :class:`ConfigError`.
    Where findings overlap, the higher-scoring one wins (a card number is not also a phone number).
    """

    name = "pii"

    def __init__(self, custom: tuple[CustomPiiType, ...] = ()) -> None:
        self._custom = custom
        self._rules = _RULES + _custom_rules(custom)

    def rules(self) -> tuple[Rule, ...]:
        return self._rules

    def postprocess(self, findings: list[Finding], text: NormalizedText) -> list[Finding]:
        kept: list[Finding] = []
        ranked = sorted(super().postprocess(findings, text), key=lambda f: (-f.score, -len(f.span), f.rule))
        for finding in ranked:
            if any(finding.span.overlaps(other.span) for other in kept):
                continue
            extended = _with_unit_prefix(finding, text.original)
            kept.append(finding if any(extended.span.overlaps(o.span) for o in kept) else extended)
        return sorted(kept, key=lambda f: (f.span.start, f.kind, f.rule))


def _with_unit_prefix(finding: Finding, original: str) -> Finding:
    """Extend a street address back over a leading "Flat 6, " / "Suite 12 " the pattern does not include."""
    if finding.kind != "pii.STREET_ADDRESS":
        return finding
    start = finding.span.start
    before = _UNIT_BEFORE.search(original, max(0, start - 24), start)
    if before is None:
        return finding
    return replace(finding, span=Span(before.start(), finding.span.end))
