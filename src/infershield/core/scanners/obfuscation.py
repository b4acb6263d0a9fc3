"""Scanners `invisible_text` and `encoding`: the normalizer's reports turned into findings."""

from __future__ import annotations

from infershield.core.normalize import NormalizedText, Obfuscation
from infershield.core.scanners.base import Scanner
from infershield.core.types import Finding


def _findings(scanner: str, reports: list[Obfuscation], rule: str) -> list[Finding]:
    return [Finding(scanner, r.kind, rule, r.span, r.score, r.detail) for r in reports]


class InvisibleTextScanner(Scanner):
    """Zero-width, bidi-control and Unicode tag characters (removed before other scanners run)."""

    name = "invisible_text"

    def scan(self, text: NormalizedText) -> list[Finding]:
        return _findings(self.name, [r for r in text.reports if r.kind == "invisible_text"], "OBF-INVISIBLE")


class EncodingScanner(Scanner):
    """Encoded payloads (base64, hex, URL, …) that normalization decoded and scanned as layers."""

    name = "encoding"

    def scan(self, text: NormalizedText) -> list[Finding]:
        reports = [r for r in text.reports if r.kind.startswith("encoding.")]
        return _findings(self.name, reports, "OBF-ENCODED")
