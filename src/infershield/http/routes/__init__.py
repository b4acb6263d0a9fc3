"""Thin route handlers; the work is in guard.py, stream_guard.py and the providers."""
