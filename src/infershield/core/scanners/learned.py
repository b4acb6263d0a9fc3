"""The learned detector as a scanner: one finding when the model's calibrated probability is high enough.

The finding's kind is the model's class (``prompt_injection`` or ``jailbreak``; the engine relabels
injections in untrusted messages as ``indirect_injection``), its score is the calibrated probability, so it
combines with rule findings by the same noisy-OR, and its span is the most suspicious window. When a
second opinion is configured and the fast probability is in the grey zone, the second stage's probability for
that window replaces it (see :mod:`infershield.core.learned.second_opinion`).
"""

from __future__ import annotations

from infershield.core.learned.model import LinearModel, predict
from infershield.core.learned.second_opinion import SecondOpinion
from infershield.core.normalize import NormalizedText
from infershield.core.scanners.base import Scanner
from infershield.core.types import Finding


class LearnedScanner(Scanner):
    """Runs a :class:`LinearModel` on the folded view (obfuscation already undone by normalization)."""

    name = "learned"
    inputs_only = True  # trained on prompts, documents and tool results, not on replies

    def __init__(self, model: LinearModel, min_score: float = 0.5, second: SecondOpinion | None = None,
                 grey_zone: tuple[float, float] = (0.3, 0.9)) -> None:
        self.model = model
        self.min_score = min_score
        self.second = second
        self.grey_zone = grey_zone

    def scan(self, text: NormalizedText) -> list[Finding]:
        view = text.folded
        if len(view.text.strip()) < 2:
            return []
        # A text that fits one window is first scored from its buckets alone; positions and the explanation
        # are worked out only for the few texts that may become findings (or go to the second stage).
        short = len(view.text) <= self.model.window
        prediction = predict(self.model, view.text, explain_above=2.0 if short else self.min_score)
        detail_from = self.min_score if self.second is None else min(self.min_score, self.grey_zone[0])
        if short and prediction.probability >= detail_from:
            prediction = predict(self.model, view.text, explain_above=self.min_score)
        probability, stage = prediction.probability, ""
        low, high = self.grey_zone
        if self.second is not None and low <= probability < high:
            probability = round(self.second.probability(view.text[prediction.start : prediction.end]), 4)
            stage = f"; grey zone: fast p={prediction.probability:.2f}, {self.second.name} p={probability:.2f}"
        if probability < self.min_score:
            return []
        phrases = ", ".join(repr(p) for p in prediction.evidence) or "no single phrase stands out"
        why = (f"learned model {self.model.version}: p={probability:.2f} {prediction.label}; "
               f"driven by {phrases}{stage}")
        return [Finding(self.name, prediction.label, f"learned.{self.model.version}",
                        view.span(prediction.start, prediction.end), probability, why)]
