"""Measuring detection: corpora and scenarios, the harness, metrics and reports."""
