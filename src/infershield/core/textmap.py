"""Edited text that remembers where every character came from.

A :class:`MappedText` is a string plus, for each of its characters, the index of the character in the
original text it was derived from. Normalization steps apply :class:`Edit` lists to it, so a finding in a
normalized view can always be reported as a span of the original text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from infershield.core.types import Span


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``; ``sources`` gives each new character's index in text."""

    start: int
    end: int
    replacement: str
    sources: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class MappedText:
    """A derived text and its map back to the original (``None`` means identical positions)."""

    text: str
    origin_length: int
    to_origin: tuple[int, ...] | None = None

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, len(text))

    def origin_index(self, index: int) -> int:
        if self.to_origin is None:
            return index
        return self.to_origin[index]

    def span(self, start: int, end: int) -> Span:
        """The original-text span covering derived characters ``[start, end)``."""
        if self.to_origin is None:
            return Span(start, end)
        if end <= start:
            at = self.to_origin[start] if start < len(self.to_origin) else self.origin_length
            return Span(at, at)
        first = self.to_origin[start]
        last = self.to_origin[end - 1]
        return Span(min(first, last), max(first, last) + 1)

    def apply(self, edits: Sequence[Edit]) -> MappedText:
        """Apply sorted, non-overlapping edits; the result still maps to the original text."""
        if not edits:
            return self
        pieces: list[str] = []
        positions: list[int] = []
        cursor = 0
        for edit in edits:
            pieces.append(self.text[cursor : edit.start])
            positions.extend(range(cursor, edit.start))
            pieces.append(edit.replacement)
            if edit.sources is not None:
                positions.extend(edit.sources)
            else:
                last = max(edit.start, edit.end - 1)
                positions.extend(min(edit.start + k, last) for k in range(len(edit.replacement)))
            cursor = edit.end
        pieces.append(self.text[cursor:])
        positions.extend(range(cursor, len(self.text)))
        if self.to_origin is not None:
            base = self.to_origin
            positions = [base[p] for p in positions]
        return MappedText("".join(pieces), self.origin_length, tuple(positions))
