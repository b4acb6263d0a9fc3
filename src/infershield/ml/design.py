"""Turning examples into the sparse design matrix the trainer reads.

Each example is normalized exactly as the engine does before the model sees it (the folded view, plus any
decoded layer as its own row), then cut into the same windows the model scores at run time. A benign text
gives all its windows (at most ``max_windows``); an attack with a known ``focus`` gives the windows that
overlap the focus, otherwise all its windows, since a long jailbreak is an attack throughout.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from infershield.core.learned.features import FeatureSpec, occurrences
from infershield.core.learned.model import window_bounds
from infershield.core.normalize import NormalizedText, normalize
from infershield.ml.examples import CLASSES, Example

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
F32 = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Batch:
    """Some rows' buckets flattened in row order: ``counts[i]`` of ``index`` belong to the i-th row."""

    rows: I64
    index: I32
    counts: I64

    @property
    def owner(self) -> I64:
        """For each entry of ``index``, the position of its row in the batch."""
        result: I64 = np.repeat(np.arange(self.rows.shape[0], dtype=np.int64), self.counts)
        return result

    @property
    def starts(self) -> I64:
        """Where each row's entries start in ``index``."""
        result: I64 = np.cumsum(self.counts) - self.counts
        return result


@dataclass(frozen=True, slots=True)
class Design:
    """Rows of hashed buckets (CSR: ``indices[indptr[i]:indptr[i+1]]``) with labels, weights, groups."""

    indices: I32
    indptr: I64
    norm: F32
    label: I64
    weight: F32
    group: tuple[str, ...]
    example: I64  # which example each row came from

    @property
    def rows(self) -> int:
        return int(self.label.shape[0])

    def batch(self, rows: I64) -> Batch:
        """The buckets of ``rows``, gathered once for a forward and a backward pass."""
        lo, hi = self.indptr[rows], self.indptr[rows + 1]
        pieces = [self.indices[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True)]
        index = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int32)
        return Batch(rows, index, (hi - lo).astype(np.int64))

    def take(self, rows: I64) -> Design:
        """A new design holding only ``rows`` (in that order)."""
        counts = self.indptr[rows + 1] - self.indptr[rows]
        indptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        pieces = [self.indices[self.indptr[r] : self.indptr[r + 1]] for r in rows.tolist()]
        indices = np.concatenate(pieces).astype(np.int32) if pieces else np.zeros(0, dtype=np.int32)
        return Design(indices, indptr, self.norm[rows], self.label[rows], self.weight[rows],
                      tuple(self.group[r] for r in rows.tolist()), self.example[rows])


def split_key(text: str) -> int:
    """A stable number per text, so duplicates always land on the same side of a split."""
    return int.from_bytes(hashlib.blake2b(" ".join(text.split()).lower().encode("utf-8"), digest_size=8).digest(),
                          "big")


def _views(example: Example) -> list[tuple[NormalizedText, bool]]:
    """(view, is the outer text) for the text and each decoded layer."""
    normalized = normalize(example.text)
    return [(normalized, True), *((layer.text, False) for layer in normalized.layers)]


def _row_windows(view: NormalizedText, example: Example, outer: bool, window: int, stride: int,
                 max_windows: int) -> list[tuple[int, int]]:
    bounds = window_bounds(len(view.folded.text), window, stride)
    if example.focus is not None and outer and example.label != "benign":
        f0, f1 = example.focus
        hit = [b for b in bounds if (s := view.folded.span(*b)).start < f1 and f0 < s.end]
        bounds = hit or bounds
    if len(bounds) > max_windows:
        step = len(bounds) / max_windows
        bounds = [bounds[int(i * step)] for i in range(max_windows)]
    return bounds


def build_design(examples: list[Example], spec: FeatureSpec, *, window: int, stride: int,
                 max_windows: int = 4) -> Design:
    """The design matrix of ``examples``; rows follow example order."""
    pieces: list[I32] = []
    counts: list[int] = []
    labels: list[int] = []
    weights: list[float] = []
    groups: list[str] = []
    owners: list[int] = []
    for number, example in enumerate(examples):
        for view, outer in _views(example):
            text = view.folded.text
            if len(text.strip()) < 2:
                continue
            found = occurrences(text, spec)
            for start, end in _row_windows(view, example, outer, window, stride, max_windows):
                inside = found.bucket[(found.start >= start) & (found.start < end)].astype(np.int32)
                if inside.shape[0] == 0:
                    continue
                pieces.append(inside)
                counts.append(int(inside.shape[0]))
                labels.append(CLASSES.index(example.label))
                weights.append(example.weight)
                groups.append(example.group)
                owners.append(number)
    indptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
    indices = np.concatenate(pieces).astype(np.int32) if pieces else np.zeros(0, dtype=np.int32)
    norm = (1.0 / np.sqrt(np.maximum(np.asarray(counts, dtype=np.float32), 1.0))).astype(np.float32)
    return Design(indices, indptr, norm, np.asarray(labels, dtype=np.int64),
                  np.asarray(weights, dtype=np.float32), tuple(groups), np.asarray(owners, dtype=np.int64))
