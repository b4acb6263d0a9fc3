"""Saving and loading a :class:`LinearModel` as a NumPy ``.npz`` (no pickle, ever).

Weights are stored as float16 (half the size; the scores move by less than 1e-3), with the feature spec,
windows, calibration and version as small arrays and one JSON string.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import IO

import numpy as np

from infershield.core.learned.features import FeatureSpec
from infershield.core.learned.model import LinearModel
from infershield.errors import ConfigError, ConfigProblem

SHIPPED = "ngram-v1.npz"
FORMAT = 1


def save(model: LinearModel, path: Path) -> None:
    meta = {"format": FORMAT, "classes": list(model.classes), "char_ngrams": list(model.spec.char_ngrams),
            "word_ngrams": list(model.spec.word_ngrams), "hash_bits": model.spec.hash_bits,
            "calibration": list(model.calibration), "window": model.window, "stride": model.stride,
            "version": model.version}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        np.savez_compressed(handle, weights=model.weights.astype(np.float16), bias=model.bias.astype(np.float32),
                            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8))


def _read(handle: IO[bytes] | Path, where: str) -> LinearModel:
    try:
        with np.load(handle, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            if meta.get("format") != FORMAT:
                raise ValueError(f"unsupported model format {meta.get('format')!r}")
            spec = FeatureSpec(tuple(meta["char_ngrams"]), tuple(meta["word_ngrams"]), int(meta["hash_bits"]))
            a, b = meta["calibration"]
            return LinearModel(data["weights"].astype(np.float32), data["bias"].astype(np.float32),
                               tuple(meta["classes"]), spec, (float(a), float(b)), int(meta["window"]),
                               int(meta["stride"]), str(meta["version"]))
    except (OSError, EOFError, KeyError, ValueError, TypeError) as exc:
        raise ConfigError([ConfigProblem("learned.model", f"cannot load {where}: {exc}")]) from exc


def load(path: Path) -> LinearModel:
    """A model saved with :func:`save`; a damaged or foreign file is a :class:`ConfigError`."""
    return _read(path, str(path))


def load_shipped() -> LinearModel:
    """The model that ships inside the package (``infershield/ml/weights/ngram-v1.npz``)."""
    resource = resources.files("infershield.ml") / "weights" / SHIPPED
    with resource.open("rb") as handle:
        return _read(handle, f"the shipped model {SHIPPED}")
