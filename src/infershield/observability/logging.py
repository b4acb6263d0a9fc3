"""Structured JSON logs: one line per event on stdout (and optionally a size-rotated file).

:func:`build_logger` is called when the app is created (serve time), never at import, and returns a
logger object instead of configuring structlog globally, so two apps (or tests) in one process do not
share sinks. The chain is deliberately short because the access line is written on every request:
level filter (a no-op method below the level), timestamp, exception text, :func:`scrub`, orjson.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO, Any

import orjson
import structlog
from structlog.typing import FilteringBoundLogger

from infershield.observability.scrub import scrub

LEVELS = {"debug": 10, "info": 20, "warning": 30, "error": 40}


class RotatingFile:
    """Appends lines to ``path``; past ``max_bytes`` renames it to ``path.1`` (``.1`` → ``.2`` …).

    One writer per file: with several workers, log to stdout (or give each worker its own file).
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.backups = backups
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("ab")
        self._size = self._file.tell()

    def write(self, line: bytes) -> None:
        if self._size + len(line) > self.max_bytes and self._size > 0:
            self._rotate()
        self._file.write(line)
        self._file.flush()
        self._size += len(line)

    def _rotate(self) -> None:
        self._file.close()
        if self.backups > 0:
            for index in range(self.backups - 1, 0, -1):
                older = self.path.with_name(f"{self.path.name}.{index}")
                if older.exists():
                    os.replace(older, self.path.with_name(f"{self.path.name}.{index + 1}"))
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
            self._file = self.path.open("ab")
        else:
            self._file = self.path.open("wb")
        self._size = 0

    def close(self) -> None:
        self._file.close()


class LineSink:
    """The structlog "logger": writes each rendered line (bytes) to a stream and an optional file."""

    def __init__(self, stream: IO[bytes] | None = None, file: RotatingFile | None = None) -> None:
        self._stream = stream
        self._file = file
        self._lock = threading.Lock()  # policy reloads log from a worker thread

    def msg(self, line: bytes) -> None:
        data = line + b"\n"
        with self._lock:
            stream = self._stream if self._stream is not None else sys.stdout.buffer
            stream.write(data)
            stream.flush()  # containers collect stdout: a line must not sit in a buffer
            if self._file is not None:
                self._file.write(data)

    debug = info = warning = warn = error = critical = exception = fatal = log = msg

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None  # later lines still reach the stream


def _dumps(event: Any, **_kw: Any) -> bytes:
    return orjson.dumps(event, default=str)


def build_logger(level: str = "info", *, stream: IO[bytes] | None = None, file: str | None = None,
                 max_bytes: int = 50 * 1024 * 1024, backups: int = 5) -> FilteringBoundLogger:
    """A JSON logger writing to ``stream`` (default: stdout) and, if given, the rotating ``file``."""
    rotating = RotatingFile(Path(file), max_bytes, backups) if file else None
    logger: FilteringBoundLogger = structlog.wrap_logger(
        LineSink(stream, rotating),
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            scrub,
            structlog.processors.JSONRenderer(serializer=_dumps),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(LEVELS[level]),
        cache_logger_on_first_use=True,
    )
    return logger


def close_logger(logger: Any) -> None:
    """Close the log file behind a logger made by :func:`build_logger` (app shutdown)."""
    sink = getattr(logger, "_logger", None)
    if isinstance(sink, LineSink):
        sink.close()
