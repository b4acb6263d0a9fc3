"""Checksums and shape checks for personal data, by name.

Every validator takes the matched text (separators allowed) and answers whether it is a plausible value.
``VALIDATORS`` is the table a policy's custom PII types refer to by name; the pii scanner uses the same
functions. Pure functions, no I/O.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from types import MappingProxyType

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
    ("Diners", ("300", "301", "302", "303", "304", "305", "36", "38", "39"), frozenset({14, 16})),
    ("UnionPay", ("62",), frozenset({16, 17, 18, 19})),
    ("Maestro", ("50", "56", "57", "58", "6"), frozenset(range(12, 20))),
)

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
    }
)
"""Validator name -> check. Policy custom PII types name one of these."""
