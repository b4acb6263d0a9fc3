"""Table-driven tests of the pii validators: every named check, both ways, and the graded helpers."""

from __future__ import annotations

import pytest

from infershield.core.scanners import pii_validators as V

CHECKS: list[tuple[str, str, bool]] = [
    ("luhn", "4666 1760 3137 2159", True),
    ("luhn", "4666-1760-3137-2158", False),
    ("luhn", "7", False),
    ("credit_card", "3704 352056 17483", True),  # Amex 15
    ("credit_card", "36718746331912", True),  # Diners 14
    ("credit_card", "1234567812345670", False),  # Luhn-valid, no network prefix
    ("credit_card", "4378 0874 0125 0376", False),  # Visa prefix, Luhn fails
    ("mod97", "DE47 3704 0044 0532 0130 77", True),
    ("mod97", "GB82WEST12345698765432", True),
    ("mod97", "IT77P5621102308551856839262", False),  # bad checksum
    ("mod97", "DE47 3704 0044 0532 0130 7", False),  # wrong length for DE
    ("mod97", "ZZ47370400440532013077", False),  # unknown country
    ("iban", "nl91abna0417164300", True),
    ("ssn", "536-22-8726", True),
    ("ssn", "000-22-8726", False),
    ("ssn", "666-22-8726", False),
    ("ssn", "912-22-8726", False),
    ("ssn", "536-00-8726", False),
    ("ssn", "536-22-0000", False),
    ("ssn", "078-05-1120", False),  # the famous wallet sample
    ("ssn", "111-11-1111", False),
    ("ipv4", "203.45.67.89", True),
    ("ipv4", "256.1.1.1", False),
    ("ipv4", "01.2.3.4", False),
    ("ipv6", "2a00:1450:4001:82a::200e", True),
    ("ipv6", "12:30:45", False),
    ("isbn", "978-1-879534-85-8", True),
    ("isbn", "0-306-40615-2", True),
    ("isbn", "0-306-40615-3", False),
    ("aba_routing", "021000021", True),
    ("aba_routing", "021000022", False),
    ("nhs", "943 476 5919", True),
    ("nhs", "943 476 5918", False),
    ("verhoeff", "234123412346", True),
    ("verhoeff", "234123412345", False),
    ("not_placeholder", "531894267", True),
    ("not_placeholder", "123456789", False),
    ("not_placeholder", "0000000", False),
]


@pytest.mark.parametrize(("name", "value", "expected"), CHECKS)
def test_named_validators(name: str, value: str, expected: bool) -> None:
    assert V.VALIDATORS[name](value) is expected


def test_required_names_exist() -> None:
    assert {"luhn", "mod97", "ssn"} <= set(V.VALIDATORS)


NETWORKS: list[tuple[str, str | None]] = [
    ("4666176031372159", "Visa"),
    ("5384837261675136", "Mastercard"),
    ("2223003122003222", "Mastercard"),
    ("370435205617483", "Amex"),
    ("6011443198296572", "Discover"),
    ("3589920707413748", "JCB"),
    ("36718746331912", "Diners"),
    ("9999999999999995", None),
]


@pytest.mark.parametrize(("number", "network"), NETWORKS)
def test_card_network(number: str, network: str | None) -> None:
    assert V.card_network(number) == network


PHONES: list[tuple[str, float | None]] = [
    ("+1 (415) 555-0132", 0.8),
    ("+44 (0)20 7946 0958", 0.8),
    ("+49 30 901820", 0.8),
    ("001-536-834-8447", 0.8),
    ("+999 1234 5678", 0.55),  # unlisted country code
    ("415-555-0173", 0.6),
    ("1 (763) 699-1786", 0.6),
    ("020 7946 0958", 0.55),
    ("(0808) 1570398", 0.55),
    ("612 345 987", 0.45),
    ("4155550173", 0.35),
    ("12345678", 0.25),
    ("12.03.1985", None),  # a date
    ("2024-07-30", None),
    ("1990-2000", None),  # a year range
    ("172.27.183.213", None),  # an IPv4 address
    ("74-71-69-65", None),  # pairs: a score line, not a phone
    ("536-22-8726", None),  # SSN shape
    ("123 456", None),  # too short
    ("0808) 1570398", None),  # unbalanced parenthesis
    ("1234567890123456", None),  # too long
]


@pytest.mark.parametrize(("value", "score"), PHONES)
def test_phone_shape(value: str, score: float | None) -> None:
    shaped = V.phone_shape(value)
    assert (shaped[0] if shaped else None) == score


IPS: list[tuple[str, float | None]] = [
    ("203.45.67.89", 0.75),
    ("10.1.2.3", 0.55),
    ("192.168.1.20", 0.55),
    ("169.254.10.1", 0.55),
    ("192.0.2.10", 0.3),
    ("127.0.0.1", None),
    ("0.0.0.0", None),
    ("255.255.255.255", None),
    ("224.0.0.1", None),
    ("240.1.2.3", None),
    ("2a00:1450:4001:82a::200e", 0.75),
    ("fd12:3456:789a:1::1", 0.55),
    ("2001:db8::1:2:3", 0.3),
    ("::1", None),
    ("fe80::1", None),
    ("::ffff:203.45.67.89", 0.75),
    ("not an ip", None),
]


@pytest.mark.parametrize(("value", "score"), IPS)
def test_ip_class(value: str, score: float | None) -> None:
    graded = V.ip_class(value)
    assert (graded[0] if graded else None) == score


EMAILS: list[tuple[str, str, str]] = [
    ("ana.lopez", "mail.es", "ok"),
    ("fergal", "example.com", "reserved"),
    ("noreply", "example.com", "drop"),
    ("john.doe", "sub.example.org", "drop"),
    ("user1", "example.net", "drop"),
    ("anyone", "app.test", "drop"),
    ("icon", "2x.png", "drop"),
    ("root", "box.localdomain", "drop"),
]


@pytest.mark.parametrize(("local", "domain", "verdict"), EMAILS)
def test_email_domain_class(local: str, domain: str, verdict: str) -> None:
    assert V.email_domain_class(local, domain) == verdict


DATES: list[tuple[str, bool]] = [
    ("14.07.1982", True),
    ("07/14/1982", True),
    ("1990-02-28", True),
    ("05/11/88", True),
    ("July 4, 1976", True),
    ("3. März 1990", True),
    ("32.01.1990", False),
    ("14.13.1982", False),
    ("14.07.1850", False),
    ("14.07.2090", False),
    ("1990", False),
]


@pytest.mark.parametrize(("value", "expected"), DATES)
def test_plausible_birth_date(value: str, expected: bool) -> None:
    assert V.plausible_birth_date(value) is expected


def test_published_test_cards_are_known() -> None:
    assert V.test_card("4242 4242 4242 4242")
    assert not V.test_card("4666 1760 3137 2159")
