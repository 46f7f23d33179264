"""The one helper for slow work: run a function on a worker thread, get its result back on the GUI thread.

Modelled on Anki's ``QueryOp``: the function gets plain values and returns plain values (never ORM
objects or widgets); ``on_done`` / ``on_error`` run on the GUI thread, so they may touch widgets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, which decides how to show it
            self._signals.failed.emit(exc)
        else:
            # Wrapped in a tuple: PySide6 mis-counts references to None passed through Signal(object),
            # and enough of them crash the interpreter at exit ("none_dealloc").
            self._signals.done.emit((result,))


_running: set[_Signals] = set()


def _report(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    signals = _Signals()
    _running.add(signals)

    def finished(wrapped: tuple[Any]) -> None:
        _running.discard(signals)
        try:
            on_done(wrapped[0])
        except RuntimeError as exc:
            # The page that asked was closed meanwhile (Qt deleted its widgets): nothing to show.
            if "already deleted" not in str(exc):
                raise

    def failed(error: BaseException) -> None:
        _running.discard(signals)
        try:
            (on_error or _report)(error)
        except RuntimeError as exc:  # as in finished: the page that asked is gone
            if "already deleted" not in str(exc):
                raise

    signals.done.connect(finished)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Job(fn, signals))


def finish_all(timeout_ms: int = 30_000) -> bool:
    """Wait for the work still running (a save under way) before the database is closed; True when
    all of it finished. Its results are not delivered any more: the window is going away."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def busy() -> bool:
    """True while background work is still running (used by tests and before closing)."""
    return bool(_running)
