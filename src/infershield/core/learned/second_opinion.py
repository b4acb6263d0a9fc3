"""The grey-zone second stage, as the core sees it: something that scores one text window.

The fast model decides alone when it is sure. When its probability falls inside the policy's grey zone
(``learned_grey_zone``, default [0.3, 0.9)), the scanner asks a :class:`SecondOpinion` about the same window
and uses that probability instead. Implementations (e.g. an ONNX model in ``infershield.ml.onnx_stage``) are
loaded outside the core and passed in as an artifact; they must be deterministic and do no I/O per call.
"""

from __future__ import annotations

from typing import Protocol


class SecondOpinion(Protocol):
    """A slower, stronger model consulted only in the grey zone."""

    name: str

    def probability(self, text: str) -> float:
        """Calibrated probability that ``text`` (one window of normalized text) is an attack."""
        ...
