"""Hashed character and word n-grams of a text, computed with vectorised NumPy (no Python loop per n-gram).

Every n-gram becomes one *occurrence*: a bucket in ``[0, 2**hash_bits)``, the character position where it
starts and its length. Positions let the model pool over windows of a long text (each window's feature sum
is a difference of two prefix sums) and point at the phrases that moved a score.

Each bucket counts once per text (its first occurrence): a set of n-grams, not a bag, so repeating a
line (logs, tables, a pasted paragraph twice) does not multiply its weight.

The text is lower-cased and digits are folded to ``0``; the caller passes the normalized (folded) view, so
homoglyphs, leetspeak, spacing and invisible characters were already undone. Hashes use 64-bit wrapping
arithmetic on arrays (NumPy wraps array integer overflow silently), then a multiplicative mix that keeps
the top ``hash_bits`` bits.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_PRIME = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_WORD_POSITIONS = 32  # per-position multipliers for word hashes (positions wrap after 32 characters)


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """Which n-grams a model uses and how many hash buckets it has."""

    char_ngrams: tuple[int, ...] = (2, 3, 4, 5)
    word_ngrams: tuple[int, ...] = (1, 2)
    hash_bits: int = 18

    @property
    def buckets(self) -> int:
        return 1 << self.hash_bits


@dataclass(frozen=True, slots=True)
class Occurrences:
    """The n-gram occurrences of one text: parallel arrays of bucket, start position and length."""

    bucket: I64
    start: I64
    length: I64

    def __len__(self) -> int:
        return int(self.bucket.shape[0])


_SCRATCH = threading.local()


def _first_occurrences(bucket: I64, buckets: int) -> npt.NDArray[np.bool_]:
    """Mask of each bucket's first occurrence: scatter indices in reverse so the lowest index wins."""
    table = getattr(_SCRATCH, "table", None)
    if table is None or table.shape[0] < buckets:
        table = np.empty(buckets, dtype=np.int64)  # never cleared: every slot read here was just written
        _SCRATCH.table = table
    order = np.arange(bucket.shape[0], dtype=np.int64)
    table[bucket[::-1]] = order[::-1]
    result: npt.NDArray[np.bool_] = table[bucket] == order
    return result


@cache
def _word_multipliers() -> U64:
    # Fixed odd constants (a seeded generator makes them reproducible; they are part of the model format).
    rng = np.random.default_rng(0x1F5EED)
    values = rng.integers(1, 2**63 - 1, size=_WORD_POSITIONS, dtype=np.int64).astype(np.uint64)
    result: U64 = values | np.uint64(1)
    return result


@cache
def _separator_table() -> npt.NDArray[np.bool_]:
    """For each BMP code point: whitespace or punctuation (ASCII, Latin-1, general, CJK, full-width)."""
    table = np.zeros(0x10000, dtype=np.bool_)
    for lo, hi in ((0x00, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0xBF), (0x2000, 0x206F), (0x3000, 0x303F),
                   (0xFF00, 0xFF0F)):
        table[lo : hi + 1] = True
    return table


@cache
def _word_char_table() -> npt.NDArray[np.bool_]:
    """For each BMP code point: part of a word (not a separator); code points above the BMP count as word."""
    result: npt.NDArray[np.bool_] = ~_separator_table()
    return result


def _mix(salted: U64, bits: int) -> I64:
    """Buckets of salted hashes (a family's salt was added to each of its hashes before)."""
    mixed = salted * _MIX
    mixed ^= mixed >> np.uint64(29)
    mixed *= _PRIME
    result: I64 = (mixed >> np.uint64(64 - bits)).astype(np.int64)
    return result


_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")


def codes_of(text: str) -> U64:
    """Lower-cased code points of ``text`` with digits folded to ``0`` (same length as ``text``)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two; keep positions aligned
        lowered = "".join(ch.lower()[:1] or ch for ch in text)
    folded = lowered.translate(_DIGITS_TO_ZERO)
    result: U64 = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return result


def _char_hashes(codes: U64, spec: FeatureSpec) -> list[U64]:
    """Salted hashes of each character n-gram family, in order of position."""
    found: list[U64] = []
    rolling = codes.copy()
    for n in range(1, max(spec.char_ngrams, default=0) + 1):
        if n > 1:
            rolling = rolling[:-1] * _PRIME + codes[n - 1 :]
        if n in spec.char_ngrams and rolling.shape[0]:
            found.append(rolling + np.uint64(n))
    return found


def _char_ngrams(codes: U64, spec: FeatureSpec) -> list[tuple[U64, I64, I64]]:
    """(salted hash, start, length) per character n-gram family."""
    positions = np.arange(codes.shape[0], dtype=np.int64)
    return [(hashes, positions[: hashes.shape[0]], np.full(hashes.shape[0], codes.shape[0] - hashes.shape[0] + 1,
                                                            dtype=np.int64))
            for hashes in _char_hashes(codes, spec)]


def _words(codes: U64) -> tuple[U64, I64, I64]:
    """(hash, start, length) of every maximal run of non-separator characters."""
    inside = _word_char_table()[np.minimum(codes, 0xFFFF).astype(np.intp)]
    edges = np.flatnonzero(np.diff(np.concatenate(([False], inside, [False])).astype(np.int8)))
    if edges.shape[0] == 0:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0, dtype=np.uint64), empty, empty
    starts, ends = edges[0::2], edges[1::2]  # runs open and close alternately
    lengths = ends - starts
    word_chars = np.flatnonzero(inside)
    offset_in_word = word_chars - np.repeat(starts, lengths)
    weighted = codes[word_chars] * _word_multipliers()[offset_in_word % _WORD_POSITIONS]
    hashes: U64 = np.add.reduceat(weighted, np.cumsum(lengths) - lengths) + lengths.astype(np.uint64)
    return hashes, starts.astype(np.int64), lengths.astype(np.int64)


def _word_hashes(hashes: U64, spec: FeatureSpec) -> list[tuple[int, U64]]:
    """(n, salted hash) per word n-gram family, from the hashes of the words."""
    found: list[tuple[int, U64]] = []
    for n in spec.word_ngrams:
        if hashes.shape[0] < n:
            continue
        combined = hashes[: hashes.shape[0] - n + 1].copy()
        for k in range(1, n):
            combined = combined * _PRIME + hashes[k : hashes.shape[0] - n + 1 + k]
        found.append((n, combined + np.uint64(100 + n)))
    return found


def _word_ngrams(codes: U64, spec: FeatureSpec) -> list[tuple[U64, I64, I64]]:
    """(salted hash, start, length) per word n-gram family."""
    hashes, starts, lengths = _words(codes)
    found: list[tuple[U64, I64, I64]] = []
    for n, salted in _word_hashes(hashes, spec):
        ends = starts[n - 1 :] + lengths[n - 1 :]
        first = starts[: starts.shape[0] - n + 1]
        found.append((salted, first, ends - first))
    return found


def distinct_buckets(text: str, spec: FeatureSpec) -> I64:
    """The same buckets :func:`occurrences` keeps, without positions: enough to score a text as one window."""
    codes = codes_of(text)
    salted = _char_hashes(codes, spec) + [h for _n, h in _word_hashes(_words(codes)[0], spec)]
    if not salted:
        return np.zeros(0, dtype=np.int64)
    all_buckets = _mix(np.concatenate(salted), spec.hash_bits)
    result: I64 = all_buckets[_first_occurrences(all_buckets, spec.buckets)]
    return result


def occurrences(text: str, spec: FeatureSpec) -> Occurrences:
    """Every hashed n-gram occurrence of ``text``; positions index ``text``."""
    codes = codes_of(text)
    families = _char_ngrams(codes, spec) + _word_ngrams(codes, spec)
    if not families:
        empty = np.zeros(0, dtype=np.int64)
        return Occurrences(empty, empty, empty)
    all_buckets = _mix(np.concatenate([f[0] for f in families]), spec.hash_bits)
    starts = [f[1] for f in families]
    lengths = [f[2] for f in families]
    keep = _first_occurrences(all_buckets, spec.buckets)
    return Occurrences(all_buckets[keep], np.concatenate(starts)[keep], np.concatenate(lengths)[keep])
