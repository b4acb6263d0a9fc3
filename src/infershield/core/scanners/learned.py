"""The learned detector as a scanner: one finding when the model's calibrated probability is high enough.

The finding's kind is the model's class (``prompt_injection`` or ``jailbreak``; the engine relabels
injections in untrusted messages as ``indirect_injection``), its score is the calibrated probability, so it
combines with rule findings by the same noisy-OR, and its span is the most suspicious window.
"""

from __future__ import annotations

from infershield.core.learned.model import LinearModel, predict
from infershield.core.normalize import NormalizedText
from infershield.core.scanners.base import Scanner
from infershield.core.types import Finding


class LearnedScanner(Scanner):
    """Runs a :class:`LinearModel` on the folded view (obfuscation already undone by normalization)."""

    name = "learned"
    inputs_only = True  # trained on prompts, documents and tool results, not on replies

    def __init__(self, model: LinearModel, min_score: float = 0.5) -> None:
        self.model = model
        self.min_score = min_score

    def scan(self, text: NormalizedText) -> list[Finding]:
        view = text.folded
        if len(view.text.strip()) < 2:
            return []
        prediction = predict(self.model, view.text, explain_above=self.min_score)
        if prediction.probability < self.min_score:
            return []
        phrases = ", ".join(repr(p) for p in prediction.evidence) or "no single phrase stands out"
        why = f"learned model {self.model.version}: p={prediction.probability:.2f} {prediction.label}; driven by {phrases}"
        return [Finding(self.name, prediction.label, f"learned.{self.model.version}",
                        view.span(prediction.start, prediction.end), prediction.probability, why)]
