"""Table-driven tests of the pii scanner: what gets redacted (score >= 0.5), where, and why."""

from __future__ import annotations

import re

import pytest

from infershield.core.matcher import MultiMatcher, RuleHit
from infershield.core.normalize import normalize
from infershield.core.policy import CustomPiiType
from infershield.core.rules import ViewName
from infershield.core.scanners.pii import PiiScanner
from infershield.core.types import Finding
from infershield.errors import ConfigError, ConfigProblem

REDACT = 0.5  # the default policy's redact_min_score


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner()


def redacted(scanner: PiiScanner, text: str) -> list[Finding]:
    return [f for f in scanner.scan(normalize(text)) if f.score >= REDACT]


def located(text: str, expected: list[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each expected (TYPE, substring); the substring must occur once."""
    out = []
    for kind, value in expected:
        assert text.count(value) == 1, f"ambiguous expectation {value!r}"
        start = text.index(value)
        out.append((f"pii.{kind}", start, start + len(value)))
    return out


POSITIVES: list[tuple[str, list[tuple[str, str]]]] = [
    # email
    ("Write to maria.garcia@correo.es today.", [("EMAIL_ADDRESS", "maria.garcia@correo.es")]),
    ("cc: j.schmidt+news@web.de, please", [("EMAIL_ADDRESS", "j.schmidt+news@web.de")]),
    ("reply to fergal.o@example.org", [("EMAIL_ADDRESS", "fergal.o@example.org")]),  # personal mailbox
    # phone numbers: +CC and national forms
    ("Call me on +1 (415) 555-0132 tonight", [("PHONE_NUMBER", "+1 (415) 555-0132")]),
    ("Phone: 1-800-555-0199", [("PHONE_NUMBER", "1-800-555-0199")]),
    ("text 415.555.0173 later", [("PHONE_NUMBER", "415.555.0173")]),
    ("Reach our tenant on 020 7946 0958.", [("PHONE_NUMBER", "020 7946 0958")]),
    ("UK desk +44 (0)20 7946 0958", [("PHONE_NUMBER", "+44 (0)20 7946 0958")]),
    ("Tel. +49 30 901820", [("PHONE_NUMBER", "+49 30 901820")]),
    ("Handynummer 0151 23456789", [("PHONE_NUMBER", "0151 23456789")]),
    ("Wien: +43 1 5134567", [("PHONE_NUMBER", "+43 1 5134567")]),
    ("Swiss line 044 668 18 00", [("PHONE_NUMBER", "044 668 18 00")]),
    ("Appelez-moi au +33 6 12 34 56 78", [("PHONE_NUMBER", "+33 6 12 34 56 78")]),
    ("Numéro : 01 42 68 53 00", [("PHONE_NUMBER", "01 42 68 53 00")]),
    ("Llámame al 612 345 987", [("PHONE_NUMBER", "612 345 987")]),
    ("Chiamami al 347 123 4587", [("PHONE_NUMBER", "347 123 4587")]),
    ("Ireland office (01) 284 5679", [("PHONE_NUMBER", "(01) 284 5679")]),
    ("Ring me: (02) 9876 5432 or 0412 945 678", [("PHONE_NUMBER", "(02) 9876 5432"), ("PHONE_NUMBER", "0412 945 678")]),
    ("My cell is +91 98765 43210", [("PHONE_NUMBER", "+91 98765 43210")]),
    ("WhatsApp +52 55 1234 5678", [("PHONE_NUMBER", "+52 55 1234 5678")]),
    ("phone number 4155550173", [("PHONE_NUMBER", "4155550173")]),  # bare digits need the context word
    ("Name,Phone\nJohn,+1-202-555-0143", [("PHONE_NUMBER", "+1-202-555-0143")]),
    ("Kontakt: Tel. 030 / 4439871", [("PHONE_NUMBER", "030 / 4439871")]),
    ("stop messages to 0489 25 37 29", [("PHONE_NUMBER", "0489 25 37 29")]),
    # credit cards: Luhn + network, plain / spaces / dashes
    ("card 4666 1760 3137 2159 exp 09/27", [("CREDIT_CARD", "4666 1760 3137 2159")]),
    ("Pay with 5384-8372-6167-5136", [("CREDIT_CARD", "5384-8372-6167-5136")]),
    ("Amex 3704 352056 17483 please", [("CREDIT_CARD", "3704 352056 17483")]),
    ("Discover 6011443198296572", [("CREDIT_CARD", "6011443198296572")]),
    ("JCB 3589 9207 0741 3748", [("CREDIT_CARD", "3589 9207 0741 3748")]),
    ("Diners 3671 874633 1912", [("CREDIT_CARD", "3671 874633 1912")]),
    # IBAN: mod-97, compact or grouped, with trailing text that is not part of it
    ("IBAN DE47 3704 0044 0532 0130 77 BIC COBADEFFXXX", [("IBAN_CODE", "DE47 3704 0044 0532 0130 77")]),
    ("Konto NL91ABNA0417164300.", [("IBAN_CODE", "NL91ABNA0417164300")]),
    ("IT60X0542811101000000123456 intestato a me", [("IBAN_CODE", "IT60X0542811101000000123456")]),
    ("FR14 2004 1010 0505 0001 3M02 606", [("IBAN_CODE", "FR14 2004 1010 0505 0001 3M02 606")]),
    ("Cuenta ES40 2100 0418 4502 0005 1377", [("IBAN_CODE", "ES40 2100 0418 4502 0005 1377")]),
    # US SSN
    ("Social Security No. 536-22-8726", [("US_SSN", "536-22-8726")]),
    ("my ssn: 536228726", [("US_SSN", "536228726")]),
    ("SSN 536 22 8726", [("US_SSN", "536 22 8726")]),
    ("record 536-22-8726 on file", [("US_SSN", "536-22-8726")]),  # dashed shape is enough
    ("Employee SSN # 536-22-8726", [("US_SSN", "536-22-8726")]),
    # IP addresses
    ("Login from 203.45.67.89 at midnight", [("IP_ADDRESS", "203.45.67.89")]),
    ("server at 10.0.12.7 went down", [("IP_ADDRESS", "10.0.12.7")]),
    ("connected from 2a00:1450:4001:82a::200e", [("IP_ADDRESS", "2a00:1450:4001:82a::200e")]),
    ("peer 7c8e:687d:5fb7:9f0a:a43a:f9bd:2e88:5355 up", [("IP_ADDRESS", "7c8e:687d:5fb7:9f0a:a43a:f9bd:2e88:5355")]),
    # identifiers that need their label
    ("My passport number is 531894267", [("US_PASSPORT", "531894267")]),
    ("Passport No: C03005988", [("US_PASSPORT", "C03005988")]),
    ("driver's license number: D5439871", [("US_DRIVER_LICENSE", "D5439871")]),
    ("DL# 9917 3385 2210", [("US_DRIVER_LICENSE", "9917 3385 2210")]),
    ("Driver License: S530-4608-1234", [("US_DRIVER_LICENSE", "S530-4608-1234")]),
    ("Patient MRN: 00482913", [("MEDICAL_RECORD_NUMBER", "00482913")]),
    ("medical record number 7734-221", [("MEDICAL_RECORD_NUMBER", "7734-221")]),
    # date of birth, only after a birth label
    ("Date of birth: 14.07.1982", [("DATE_OF_BIRTH", "14.07.1982")]),
    ("DOB 1990-02-28", [("DATE_OF_BIRTH", "1990-02-28")]),
    ("born on July 4, 1976 in Ohio", [("DATE_OF_BIRTH", "July 4, 1976")]),
    ("Geboren am 3. März 1990 in Köln", [("DATE_OF_BIRTH", "3. März 1990")]),
    ("née le 12 février 1975 à Lyon", [("DATE_OF_BIRTH", "12 février 1975")]),
    ("Fecha de nacimiento: 05/11/1988", [("DATE_OF_BIRTH", "05/11/1988")]),
    ("nato il 21/06/1979 a Roma", [("DATE_OF_BIRTH", "21/06/1979")]),
    # street addresses, en / de / es / it / fr
    ("Ship to 742 Evergreen Terrace, Springfield, OR 97403", [("STREET_ADDRESS", "742 Evergreen Terrace, Springfield, OR 97403")]),
    ("I live at 221B Baker Street, London NW1 6XE", [("STREET_ADDRESS", "221B Baker Street, London NW1 6XE")]),
    ("office: 123 Main Street", [("STREET_ADDRESS", "123 Main Street")]),
    ("visit 52 Tracy Circles Suite 872, Taylorfurt, MI 05964", [("STREET_ADDRESS", "52 Tracy Circles Suite 872, Taylorfurt, MI 05964")]),
    ("Flat 6, Eric Village, Naomimouth, W5A 3SZ", [("STREET_ADDRESS", "Flat 6, Eric Village, Naomimouth, W5A 3SZ")]),
    ("Adresse: Hauptstraße 5, 10115 Berlin", [("STREET_ADDRESS", "Hauptstraße 5, 10115 Berlin")]),
    ("Wir wohnen in der Lindenallee 4a, 50968 Köln", [("STREET_ADDRESS", "Lindenallee 4a, 50968 Köln")]),
    ("Berliner Straße 12", [("STREET_ADDRESS", "Berliner Straße 12")]),
    ("Calle Mayor 12", [("STREET_ADDRESS", "Calle Mayor 12")]),
    ("Vivo en Calle de Alcalá 45, 28014 Madrid", [("STREET_ADDRESS", "Calle de Alcalá 45, 28014 Madrid")]),
    ("Via Roma 10", [("STREET_ADDRESS", "Via Roma 10")]),
    ("Abito in Piazza Romolo, 87, 19018, Corniglia (SP).", [("STREET_ADDRESS", "Piazza Romolo, 87, 19018, Corniglia (SP)")]),
    ("Envoyez à 12 rue de la Paix, 75002 Paris", [("STREET_ADDRESS", "12 rue de la Paix, 75002 Paris")]),
    ("PSC 9818, Box 2544, APO AA 97394", [("STREET_ADDRESS", "PSC 9818, Box 2544, APO AA 97394")]),
    ("> Lina\n> 2224 Trenerys gate 232\n> Apt. 342\n> TRONDHEIM\n> Norway 64389",
     [("STREET_ADDRESS", "2224 Trenerys gate 232\n> Apt. 342\n> TRONDHEIM\n> Norway 64389")]),
    # several kinds in one text, in order
    (
        "Contact: ana.lopez@mail.es, +34 612 345 987, IBAN ES40 2100 0418 4502 0005 1377",
        [("EMAIL_ADDRESS", "ana.lopez@mail.es"), ("PHONE_NUMBER", "+34 612 345 987"),
         ("IBAN_CODE", "ES40 2100 0418 4502 0005 1377")],
    ),
]  # fmt: skip

NEGATIVES: list[str] = [
    "This 16-digit number 4378 0874 0125 0376 fails our Luhn check.",
    "4111 1111 1111 1112 is not valid",
    "Use the test card 4242 4242 4242 4242 in the sandbox",
    "Our sample IBAN IT77P5621102308551856839262 has a bad checksum.",
    "IBAN DE44500105175407324932 has a typo",
    "trace id 16b1aca1-09bf-4300-9bf2-a7e8169b4de5",
    "git log shows 712e54c as HEAD",
    "container bc9b652e6e64988cdd259e5848452aeb0b284624",
    "Order #2023-386306 arrived damaged.",
    "Ticket # 4155550173 closed",
    "Order ORD-2025-382439 arrived damaged.",
    "Invoice 2024-000123 is overdue",
    "Part number 1234-5678-90 is out of stock",
    "error code PN-60-5506 on the dishwasher",
    "Print the ISBN 978-1-879534-85-8 as ISBN-10.",
    "ISBN 978-3-16-148410-0",
    "Use noreply@example.com as the sender.",
    "Write to user@example.com for the demo",
    "test@test.com is fine",
    "admin@app.test and x@host.localhost",
    "icon@2x.png",
    "git@github.com:org/repo.git",
    "Use version 1.2.3.4 of the firmware",
    "pip install requests==2.31.0.1",
    "loopback 127.0.0.1 and 0.0.0.0",
    "docs use 192.0.2.10 and 2001:db8::1:2:3",
    "std::vector<int> v; a[::2]; time 12:30:45; MAC 00:1A:2B:3C:4D:5E",
    "The meeting is on 2024-07-30 at 14:30:00",
    "The year 2023 had 365 days and 8760 hours.",
    "Range 1990-2000 saw growth; call 911 in an emergency.",
    "Pay $1,250,000 by Friday; the value 3.14159265 is pi.",
    "scored 74-71-69-65=279",
    "Timestamp 1700000000 in seconds",
    "ssn format is XXX-XX-XXXX, like 000-12-3456 or 666-12-3456 or 912-34-5678",
    "born in 1990, DOB unknown",
    "In 2008 Wall Street crashed",
    "During 2020 many things changed",
    "Route 66 is long; Apollo 11 landed; Room 101",
    "100 square feet of space",
    "passport number 123456789 is a placeholder",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[t for t, _ in POSITIVES])
def test_redacts_exactly(scanner: PiiScanner, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.kind, f.span.start, f.span.end) for f in redacted(scanner, text)]
    assert found == located(text, expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_pii(scanner: PiiScanner, text: str) -> None:
    assert [(f.rule, text[f.span.start : f.span.end]) for f in redacted(scanner, text)] == []


# Pattern-only matches without context stay below the redaction threshold (reported, not redacted).
WEAK: list[tuple[str, str, str]] = [
    ("Spreadsheet row: Om | 4497078227 |", "PHONE_NUMBER", "4497078227"),
    ("8 Adventure Park", "STREET_ADDRESS", "8 Adventure Park"),
    ("a 1234 5678 9012 3452 b", "CREDIT_CARD", "1234 5678 9012 3452"),
    ("values 536 22 8726 in a list", "US_SSN", "536 22 8726"),
    ("see 1.2.3.4", "IP_ADDRESS", "1.2.3.4"),
]


@pytest.mark.parametrize(("text", "kind", "value"), WEAK)
def test_weak_matches_stay_below_threshold(scanner: PiiScanner, text: str, kind: str, value: str) -> None:
    found = [(f.kind, f.span.start, f.span.end) for f in scanner.scan(normalize(text))]
    assert found == located(text, [(kind, value)])
    assert all(f.score < REDACT for f in scanner.scan(normalize(text)))


CHECKSUMS: list[tuple[str, str]] = [
    ("card 4666 1760 3137 2159", "Luhn checksum valid"),
    ("IBAN DE47 3704 0044 0532 0130 77", "IBAN mod-97 checksum valid"),
    ("SSN 536-22-8726", "SSN area/group/serial ranges valid"),
    ("host 203.45.67.89", "IPv4 address valid"),
]


@pytest.mark.parametrize(("text", "note"), CHECKSUMS)
def test_why_names_rule_and_validator_but_not_value(scanner: PiiScanner, text: str, note: str) -> None:
    (finding,) = redacted(scanner, text)
    value = text[finding.span.start : finding.span.end]
    assert finding.why.startswith(f"{finding.rule}: ")
    assert note in finding.why
    assert value not in finding.why
    assert value.replace(" ", "").replace("-", "") not in finding.why
    assert 0.9 <= finding.score <= 1.0


def test_every_why_hides_the_value(scanner: PiiScanner) -> None:
    for text, _ in POSITIVES:
        for f in redacted(scanner, text):
            value = text[f.span.start : f.span.end]
            assert value not in f.why, f.rule
            assert re.match(r"PII-[A-Z_]+-\d+: ", f.why), f.why


def test_context_raises_score(scanner: PiiScanner) -> None:
    (bare,) = scanner.scan(normalize("x 4155550173 y"))
    (called,) = scanner.scan(normalize("call 4155550173 y"))
    assert bare.score < REDACT <= called.score
    assert "context word 'call' nearby" in called.why


def test_overlaps_keep_the_stronger_finding(scanner: PiiScanner) -> None:
    text = "NL13 GVYI 1951 8262 29 and 4666 1760 3137 2159"
    kinds = [f.kind for f in scanner.scan(normalize(text))]
    assert kinds == ["pii.IBAN_CODE", "pii.CREDIT_CARD"]


def test_rule_table_contract(scanner: PiiScanner) -> None:
    rules = scanner.rules()
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        match = re.fullmatch(r"PII-([A-Z_]+)-\d+", rule.id)
        assert match is not None
        assert rule.kind == f"pii.{match.group(1)}"
        assert rule.view is ViewName.CLEAN
        assert rule.validator is not None
    MultiMatcher(rules)  # every trigger compiles in RE2


def test_confirm_matches_scan_when_the_engine_prefilters(scanner: PiiScanner) -> None:
    text = "Mail ana.lopez@mail.es or call +34 612 345 987; card 4666 1760 3137 2159"
    normalized = normalize(text)
    hits = MultiMatcher(scanner.rules()).hits(normalized.clean.text, normalized.folded.text)
    assert scanner.confirm(hits, normalized) == scanner.scan(normalized)


def test_prefilter_hides_no_redactable_finding(scanner: PiiScanner) -> None:
    """The phone and IPv6 triggers are narrower than their patterns; they may only skip what checks drop."""
    compiled = [(rule, rule.compile()) for rule in scanner.rules()]
    for text in [t for t, _ in POSITIVES] + NEGATIVES:
        normalized = normalize(text)
        every = [RuleHit(r, m) for r, p in compiled for m in p.finditer(normalized.clean.text, overlapped=False)]
        unfiltered = [f for f in scanner.confirm(every, normalized) if f.score >= REDACT]
        assert unfiltered == redacted(scanner, text), text


def test_spans_point_into_the_original_text(scanner: PiiScanner) -> None:
    text = "zero\u200bwidth first: mail ana.lopez@mail.es"
    (finding,) = redacted(scanner, text)
    assert text[finding.span.start : finding.span.end] == "ana.lopez@mail.es"


# --- custom PII types ------------------------------------------------------------------------------------

CUSTOMS: list[tuple[CustomPiiType, str, list[tuple[str, str]]]] = [
    (CustomPiiType("EMPLOYEE_ID", r"\bEMP-\d{6}\b", score=0.8), "badge EMP-004211 ok", [("EMPLOYEE_ID", "EMP-004211")]),
    (CustomPiiType("EMPLOYEE_ID", r"\bEMP-\d{6}\b", score=0.8), "no badge here", []),
    (CustomPiiType("loyalty", r"\bLC(?P<span>\d{10})\b", validator="luhn"), "LC1234567897", [("loyalty", "1234567897")]),
    (CustomPiiType("loyalty", r"\bLC(?P<span>\d{10})\b", validator="luhn"), "LC1234567890", []),
    (CustomPiiType("TICKET", r"\bT\d{5}\b", score=0.4, context=("Ticket",)), "T12345", []),
    (CustomPiiType("TICKET", r"\bT\d{5}\b", score=0.4, context=("Ticket",)), "ticket T12345", [("TICKET", "T12345")]),
]  # fmt: skip


@pytest.mark.parametrize(("custom", "text", "expected"), CUSTOMS)
def test_custom_types(custom: CustomPiiType, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.kind, f.span.start, f.span.end) for f in redacted(PiiScanner((custom,)), text)]
    assert found == located(text, expected)


def test_custom_validator_result_is_in_why() -> None:
    scanner = PiiScanner((CustomPiiType("loyalty", r"\bLC\d{10}\b", validator="luhn"),))
    (finding,) = scanner.scan(normalize("LC1234567897"))
    assert finding.rule == "PII-LOYALTY-1"
    assert "validator 'luhn' passed" in finding.why
    assert "1234567897" not in finding.why


BAD_CUSTOMS: list[tuple[tuple[CustomPiiType, ...], list[str]]] = [
    ((CustomPiiType("X", r"\d+", validator="crc99"),), ["custom_pii[0].validator"]),
    ((CustomPiiType("X", r"(?<=a)\d+"),), ["custom_pii[0].pattern"]),
    ((CustomPiiType("X", r"(\d+"),), ["custom_pii[0].pattern"]),
    ((CustomPiiType("EMAIL_ADDRESS", r"\d+"),), ["custom_pii[0].name"]),
    ((CustomPiiType("bad name", r"\d+"),), ["custom_pii[0].name"]),
    ((CustomPiiType("X", r"\d+", score=1.5),), ["custom_pii[0].score"]),
    ((CustomPiiType("A", r"\d+"), CustomPiiType("a", r"\d+", validator="nope")),
     ["custom_pii[1].name", "custom_pii[1].validator"]),
]  # fmt: skip


@pytest.mark.parametrize(("customs", "paths"), BAD_CUSTOMS)
def test_invalid_custom_types_raise_config_error(customs: tuple[CustomPiiType, ...], paths: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        PiiScanner(customs)
    assert [p.path for p in info.value.problems] == paths
    assert all(isinstance(p, ConfigProblem) for p in info.value.problems)


def test_unknown_validator_message_lists_known_names() -> None:
    with pytest.raises(ConfigError, match=r"unknown validator 'crc99'; known: .*luhn.*mod97.*ssn"):
        PiiScanner((CustomPiiType("X", r"\d+", validator="crc99"),))
