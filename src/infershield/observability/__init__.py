"""Logs, metrics and traces: every metric defined once, logs that never carry raw prompts."""
