"""Graceful drain on SIGTERM: ``/ready`` turns 503 at once, before the server stops listening.

uvicorn closes its listener on SIGTERM and runs the app's lifespan shutdown only after every connection
has closed, so a flag set there comes too late for any probe. Instead, while the app runs, its own
handler sits in front of the server's: it marks the gateway as draining immediately, then passes the
signal on, after ``shutdown.unready_seconds`` for a first SIGTERM (the listener stays open and requests
are still served, so load balancers polling ``/ready`` can take the instance out first) or at once for
SIGINT and a repeated signal. The server then stops accepting connections and gives in-flight requests
and streams ``shutdown.drain_seconds`` to finish. Works in every uvicorn worker process; does nothing
outside the main thread (signals can only be handled there), e.g. under a test client.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from infershield.http.state import GatewayState

_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _pass_on(handler: Any, sig: int, frame: FrameType | None) -> None:
    if callable(handler):
        handler(sig, frame)
    elif handler != signal.SIG_IGN:  # the default action (or a handler set from C): restore it and re-raise
        signal.signal(sig, signal.SIG_DFL)
        signal.raise_signal(sig)


def install_drain_handlers(state: GatewayState, unready_seconds: float) -> Callable[[], None]:
    """Put the drain handler in front of the current SIGTERM/SIGINT handlers; returns the undo function."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    loop = asyncio.get_running_loop()
    previous: dict[int, Any] = {sig: signal.getsignal(sig) for sig in _SIGNALS}
    timers: list[asyncio.TimerHandle] = []

    def later(sig: int) -> None:
        timers.append(loop.call_later(unready_seconds, _pass_on, previous[sig], sig, None))

    def on_signal(sig: int, frame: FrameType | None) -> None:
        first = not state.draining
        state.draining = True
        if sig == signal.SIGTERM and first and unready_seconds > 0:
            # a signal handler may interrupt the loop mid-update: only the thread-safe entry point is safe here
            loop.call_soon_threadsafe(later, sig)
            return
        _pass_on(previous[sig], sig, frame)

    for sig in _SIGNALS:
        signal.signal(sig, on_signal)

    def undo() -> None:
        for timer in timers:
            timer.cancel()
        for sig, handler in previous.items():
            if signal.getsignal(sig) is on_signal:
                signal.signal(sig, handler)

    return undo
