"""Checksums and shape checks for personal data, by name.

Every validator takes the matched text (separators allowed) and answers whether it is a plausible value.
``VALIDATORS`` is the table a policy's custom PII types refer to by name; the pii scanner uses the same
functions. Pure functions, no I/O.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from types import MappingProxyType

import regex

# IBAN length per country (ISO 13616 registry).
IBAN_LENGTHS: Mapping[str, int] = MappingProxyType(
    {
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    }
)  # fmt: skip

# Card networks: (issuer prefixes, allowed lengths).
_CARD_NETWORKS: tuple[tuple[str, tuple[str, ...], frozenset[int]], ...] = (
    ("Visa", ("4",), frozenset({13, 16, 19})),
    ("Mastercard", ("51", "52", "53", "54", "55", "22", "23", "24", "25", "26", "27"), frozenset({16})),
    ("Amex", ("34", "37"), frozenset({15})),
    ("Discover", ("6011", "644", "645", "646", "647", "648", "649", "65"), frozenset({16, 19})),
    ("JCB", ("35",), frozenset({15, 16, 19})),
    ("JCB", ("2131", "1800"), frozenset({15})),
    ("Diners", ("300", "301", "302", "303", "304", "305", "36", "38", "39"), frozenset({14, 16})),
    ("UnionPay", ("62",), frozenset({16, 17, 18, 19})),
    ("Maestro", ("50", "56", "57", "58", "6", "0604"), frozenset(range(12, 20))),
)

# Card numbers published by payment providers for testing integrations; never a real account.
_TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4000000000000002",
    "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005",
    "371449635398431", "378734493671000", "6011111111111117", "6011000990139424", "3530111333300000",
    "3566002020360505", "30569309025904", "38520000023237", "6200000000000005",
})  # fmt: skip

# Well-known sample SSNs printed in ads and documentation.
_SAMPLE_SSNS = frozenset({"078051120", "219099999", "123456789", "987654320"})


def digits(text: str) -> str:
    """Only the ASCII digits of ``text``."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


def luhn(text: str) -> bool:
    """Luhn (mod 10) checksum over the digits of ``text``; at least 2 digits."""
    number = digits(text)
    if len(number) < 2:
        return False
    total = 0
    for index, ch in enumerate(reversed(number)):
        value = ord(ch) - 48
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def card_network(text: str) -> str | None:
    """The card network whose prefix and length fit the digits of ``text``, if any (no checksum)."""
    number = digits(text)
    for network, prefixes, lengths in _CARD_NETWORKS:
        if len(number) in lengths and number.startswith(prefixes):
            return network
    return None


def test_card(text: str) -> bool:
    """A card number published for integration testing (Stripe, PayPal, Adyen samples)."""
    return digits(text) in _TEST_CARDS


def credit_card(text: str) -> bool:
    """A known card network's prefix and length, and a valid Luhn checksum."""
    return card_network(text) is not None and luhn(text)


def iban(text: str) -> bool:
    """ISO 13616 IBAN: known country, its length, and the ISO 7064 mod-97 checksum."""
    compact = "".join(text.split()).replace("-", "").upper()
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is None or len(compact) != expected or not compact.isascii() or not compact.isalnum():
        return False
    if not compact[2:4].isdigit():
        return False
    return _mod97(compact)


def _mod97(compact: str) -> bool:
    rearranged = compact[4:] + compact[:4]
    remainder = 0
    for ch in rearranged:
        value = int(ch, 36)  # 0-9 -> 0-9, A-Z -> 10-35
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder == 1


def ssn(text: str) -> bool:
    """US SSN: area not 000/666/9xx, group not 00, serial not 0000, not a published sample."""
    number = digits(text)
    if len(number) != 9 or number in _SAMPLE_SSNS or len(set(number)) == 1:
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ipv4(text: str) -> bool:
    """Dotted-quad IPv4 without leading zeros."""
    try:
        ipaddress.IPv4Address(text.strip())
    except ValueError:
        return False
    return True


def ipv6(text: str) -> bool:
    """Any IPv6 textual form (full, compressed, IPv4-embedded)."""
    try:
        ipaddress.IPv6Address(text.strip())
    except ValueError:
        return False
    return True


def isbn(text: str) -> bool:
    """ISBN-10 (mod 11, X allowed as the check digit) or ISBN-13 (EAN, 978/979 prefix)."""
    compact = text.replace("-", "").replace(" ", "").upper()
    if len(compact) == 10 and compact[:9].isdigit() and (compact[9].isdigit() or compact[9] == "X"):
        values = [int(ch) for ch in compact[:9]] + [10 if compact[9] == "X" else int(compact[9])]
        return sum((10 - i) * v for i, v in enumerate(values)) % 11 == 0
    if len(compact) == 13 and compact.isdigit() and compact.startswith(("978", "979")):
        return sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(compact)) % 10 == 0
    return False


def aba_routing(text: str) -> bool:
    """US ABA routing number: 9 digits, weights 3-7-1 sum to a multiple of 10."""
    number = digits(text)
    if len(number) != 9 or number == "000000000":
        return False
    weights = (3, 7, 1) * 3
    return sum(w * (ord(ch) - 48) for w, ch in zip(weights, number, strict=True)) % 10 == 0


def nhs(text: str) -> bool:
    """UK NHS number: 10 digits, mod-11 check digit."""
    number = digits(text)
    if len(number) != 10:
        return False
    total = sum((10 - i) * (ord(ch) - 48) for i, ch in enumerate(number[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == ord(number[9]) - 48


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def verhoeff(text: str) -> bool:
    """Verhoeff checksum over the digits (used by India's Aadhaar numbers)."""
    number = digits(text)
    if len(number) < 2:
        return False
    check = 0
    for index, ch in enumerate(reversed(number)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[index % 8][ord(ch) - 48]]
    return check == 0


def not_placeholder_number(text: str) -> bool:
    """Not a run of one digit and not a counting sequence such as 123456789."""
    number = digits(text)
    if len(set(number)) <= 1:
        return False
    return number not in "01234567890123456789" and number not in "98765432109876543210"


# --- graded checks used by the pii scanner (score, note) -----------------------------------------------

_RESERVED_DOMAINS = ("example.com", "example.net", "example.org", "test.com", "yourdomain.com",
                     "yourcompany.com", "mydomain.com", "domain.com", "company.com")
_DROPPED_TLDS = frozenset({"test", "example", "invalid", "localhost", "localdomain",
                           "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "css", "js", "ts", "map"})
_PLACEHOLDER_LOCAL = regex.compile(
    r"(?:user|username|name|email|e-?mail|mail|you|your|yourname|your[._-]?(?:name|email|mail)|me|someone"
    r"|somebody|anyone|nobody|person|first[._-]?(?:name)?[._-]?last(?:name)?|name[._-]?surname|john[._-]?doe"
    r"|jane[._-]?doe|j[._-]?doe|test(?:er|ing)?|demo|sample|example|foo|bar|baz|qux|alice|bob|admin|root"
    r"|info|contact|support|sales|hello|noreply|no[._-]?reply|donotreply|do[._-]?not[._-]?reply|sender"
    r"|recipient|abc|xyz|a|b|x)\d{0,3}",
    regex.IGNORECASE,
)


def email_domain_class(local: str, domain: str) -> str:
    """``"ok"``, ``"reserved"`` (documentation domain, personal-looking mailbox) or ``"drop"``."""
    host = domain.casefold()
    if host.rsplit(".", 1)[-1] in _DROPPED_TLDS:
        return "drop"
    if any(host == d or host.endswith("." + d) for d in _RESERVED_DOMAINS):
        return "drop" if _PLACEHOLDER_LOCAL.fullmatch(local) else "reserved"
    return "ok"


_PHONE_SEPARATORS = frozenset({" ", "-", ".", "/", ")", ") ", ")-", ").", " (", "(", " - ", ") - ", " / "})
_PHONE_LEADS = frozenset({"", "+", "(", "+(", "(+"})
_PHONE_DATE = regex.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2}")
_TRUNK = regex.compile(r"\s*\(0\)\s*")
_DIGIT_RUN = regex.compile(r"\d+")
# Country calling code -> (min, max) national significant number length.
_CALLING_CODES: Mapping[str, tuple[int, int]] = MappingProxyType({
    "1": (10, 10), "44": (9, 10), "49": (6, 13), "43": (4, 13), "41": (9, 9), "33": (9, 9), "34": (9, 9),
    "39": (6, 11), "353": (7, 9), "61": (9, 9), "91": (10, 10), "52": (10, 10), "31": (9, 9), "32": (8, 9),
    "45": (8, 8), "46": (7, 10), "47": (8, 8), "48": (9, 9), "351": (9, 9), "30": (10, 10), "7": (10, 10),
    "81": (9, 10), "86": (10, 11), "55": (10, 11), "27": (9, 9), "64": (8, 10), "65": (8, 8), "90": (10, 10),
    "358": (6, 11), "420": (9, 9), "36": (8, 9), "40": (9, 9), "54": (10, 10), "57": (10, 10), "56": (9, 9),
    "62": (8, 12), "63": (10, 10), "82": (8, 10), "92": (10, 10), "20": (9, 10), "380": (9, 9),
    "971": (8, 9), "972": (8, 9),
})  # fmt: skip


def phone_shape(text: str) -> tuple[float, str] | None:
    """Score how much a run of digit groups looks like a phone number; ``None`` if it cannot be one."""
    body = _TRUNK.sub(" ", text.strip()) if "(0)" in text else text.strip()
    groups = _DIGIT_RUN.findall(body)
    parts = _DIGIT_RUN.split(body)
    if parts[0] not in _PHONE_LEADS or parts[-1] not in ("", ")"):
        return None
    if any(sep not in _PHONE_SEPARATORS for sep in parts[1:-1]) or _PHONE_DATE.fullmatch(body):
        return None
    if body.count("(") != body.count(")") or body.find(")") < body.find("("):
        return None
    number = "".join(groups)
    lengths = [len(g) for g in groups]
    if not 7 <= len(number) <= 15 or lengths == [3, 2, 4]:
        return None
    if len(groups) == 2 and all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
        return None  # a year range
    if set(parts[1:-1]) == {"."} and parts[0] != "+" and (len(groups) == 2 or (len(groups) == 4 and max(lengths) <= 3)):
        return None  # a decimal number, an IPv4 address or a version
    if body.startswith(("+", "(+")) or (body.startswith("00") and not body.startswith("000")):
        national = number[2:] if body.startswith("00") else number
        for size in (1, 2, 3):
            bounds = _CALLING_CODES.get(national[:size])
            if bounds and bounds[0] <= len(national) - size <= bounds[1]:
                return 0.8, f"international format, country code +{national[:size]}"
        return (0.55, "international format, unlisted country code") if len(national) >= 8 else None
    if lengths in ([3, 3, 4], [1, 3, 3, 4]) and (lengths[0] == 3 or groups[0] == "1"):
        return 0.6, "North American format"
    if number[0] == "0" and (len(groups) > 1 or body.startswith("(")) and 8 <= len(number) <= 12:
        return 0.55, "national format with trunk prefix 0"
    if body.startswith("("):
        return 0.55, "national format, area code in parentheses"
    if len(groups) > 1 and len(groups[-1]) >= 3 and sum(1 for n in lengths if n <= 2) <= 1:
        return 0.45, "grouped digits"
    if len(groups) > 1:
        return None
    return (0.35, "bare digits of phone length") if len(number) in (10, 11) else (0.25, "bare digits")


_DOC_NETS = tuple(ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                     "2001:db8::/32"))


def ip_class(text: str) -> tuple[float, str] | None:
    """Score an IP address by range: public hosts high, private lower, loopback and the like dropped."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return ip_class(str(address.ipv4_mapped))
        if "::" in text and sum(1 for g in text.split(":") if g) < 3:
            return None  # ::1, fe80::1, a[::2]: too short to identify a host
    if address.is_loopback or address.is_unspecified or address.is_multicast or text == "255.255.255.255":
        return None
    if any(address in net for net in _DOC_NETS):
        return 0.3, "documentation range"
    if address.is_link_local:
        return 0.55, "link-local address"
    if address.is_private or (isinstance(address, ipaddress.IPv4Address) and address.is_reserved):
        if isinstance(address, ipaddress.IPv4Address) and address.is_reserved:
            return None
        return 0.55, "private-range address"
    return 0.75, "routable address"


def plausible_birth_date(text: str) -> bool:
    """A calendar date with day 1-31, month 1-12 (either order) and a year in 1900-2030 (or two digits)."""
    found = _DIGIT_RUN.findall(text)
    if len(found) == 3 and len(found[0]) == 4:
        year, month, day = found
    elif len(found) == 3:
        day, month, year = found
        if int(month) > 12:
            day, month = month, day
    elif len(found) == 2:
        day, year, month = found[0], found[1], "1"
    else:
        return False
    full_year = int(year) + 1900 if len(year) == 2 else int(year)
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and 1900 <= full_year <= 2030


VALIDATORS: Mapping[str, Callable[[str], bool]] = MappingProxyType(
    {
        "luhn": luhn,
        "credit_card": credit_card,
        "mod97": iban,
        "iban": iban,
        "ssn": ssn,
        "ipv4": ipv4,
        "ipv6": ipv6,
        "isbn": isbn,
        "aba_routing": aba_routing,
        "nhs": nhs,
        "verhoeff": verhoeff,
        "not_placeholder": not_placeholder_number,
    }
)
"""Validator name -> check. Policy custom PII types name one of these."""
