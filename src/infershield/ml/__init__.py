"""The learned detection layer: feature extraction and shipped weights, I/O-free at call time."""
