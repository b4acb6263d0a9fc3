"""Tiny hand-made models for the learned layer's tests (weights set on purpose, no training)."""

from __future__ import annotations

import numpy as np

from infershield.core.learned.features import FeatureSpec, occurrences
from infershield.core.learned.model import LinearModel

SPEC = FeatureSpec(char_ngrams=(3,), word_ngrams=(1,), hash_bits=12)


def word_model(attack_words: dict[str, tuple[str, float]], *, window: int = 64, stride: int = 32,
               bias: float = -4.0) -> LinearModel:
    """A model where each given word pushes toward its class by the given weight; everything else is 0."""
    classes = ("benign", "prompt_injection", "jailbreak")
    weights = np.zeros((SPEC.buckets, len(classes)), dtype=np.float32)
    for word, (label, weight) in attack_words.items():
        found = occurrences(word, SPEC)
        word_buckets = found.bucket[found.length == len(word)]
        weights[word_buckets, classes.index(label)] = weight
    return LinearModel(weights, np.array([0.0, bias, bias], dtype=np.float32), classes, SPEC, (1.0, 0.0),
                       window, stride, "test")
