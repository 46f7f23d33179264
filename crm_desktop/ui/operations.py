"""The one path for a write made from the window (after Anki's ``CollectionOp``).

:func:`perform` runs the use case on a worker thread, so the window never freezes while the database
works; the values it needs are read from the widgets first, on the GUI thread. Meanwhile the form is
disabled (nothing is saved twice), the cursor shows work under way, and work slower than 0.4 s says
"Saving…" in the status bar. Then, back on the GUI thread:

* on success, one :class:`~crm_desktop.domain.changes.Changes` is published on the context's change
  feed — every page that shows those records refreshes itself — and ``done`` gets the service's result;
* a user-facing error (bad input, a full or read-only disk, a locked database) goes to ``failed``, which
  shows it where the user is looking (a dialog's error line), or else in a message box;
* anything else is a bug, reported by the application's error hook.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStatusBar, QWidget

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.errors import UserFacingError
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.tasks import run_in_background

T = TypeVar("T")


SLOW_MS = 400


def _status_bar() -> QStatusBar | None:
    """The main window's status bar, when the main window is open."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget.statusBar()
    return None


def perform(
    parent: QWidget,
    context: AppContext,
    work: Callable[[], T],
    changes: Changes | Callable[[T], Changes],
    *,
    done: Callable[[T], object] | None = None,
    failed: Callable[[UserFacingError], object] | None = None,
) -> None:
    """Run ``work`` (a service call on plain values) off the GUI thread; publish ``changes`` (or
    ``changes(result)``) when it succeeds. ``parent`` is disabled meanwhile, so nothing is saved twice."""
    parent.setEnabled(False)
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    # Work that takes longer than a blink says so in the main window's status bar.
    status = _status_bar()
    slow = QTimer(parent)
    slow.setSingleShot(True)
    saving = tr("Saving…")
    if status is not None:
        slow.timeout.connect(lambda: status.showMessage(saving))
    slow.start(SLOW_MS)

    def finish() -> None:
        QGuiApplication.restoreOverrideCursor()
        slow.stop()
        if status is not None and status.currentMessage().startswith(saving):
            status.clearMessage()
        parent.setEnabled(True)

    def succeeded(result: Any) -> None:
        finish()
        context.changes.publish(changes(result) if callable(changes) else changes)
        if done is not None:
            done(result)

    def went_wrong(error: BaseException) -> None:
        finish()
        if isinstance(error, UserFacingError):
            if failed is not None:
                failed(error)
            else:
                QMessageBox.warning(parent, "crm_desktop", str(error))
            return
        sys.excepthook(type(error), error, error.__traceback__)

    run_in_background(work, succeeded, went_wrong)


def perform_as_person(
    parent: QWidget,
    context: AppContext,
    action: Callable[[int], T],
    changes: Changes,
    *,
    done: Callable[[T], object],
    failed: Callable[[UserFacingError], object],
) -> bool:
    """:func:`perform` ``action(person)`` in the name of the person at the keyboard (asked once when
    nobody is chosen). False when nothing was started (nobody chosen: ``failed`` says so)."""
    from crm_desktop.ui.people import ensure_person

    try:
        me = ensure_person(parent, context)
    except UserFacingError as exc:
        failed(exc)
        return False
    perform(parent, context, lambda: action(me), changes, done=done, failed=failed)
    return True


class Watch(QObject):
    """Keeps one page current: when published changes touch ``kinds`` (and, with ``customer``, that
    customer), the page refreshes at once if it is visible, else the next time it is shown."""

    def __init__(
        self,
        page: QWidget,
        context: AppContext,
        kinds: tuple[Change, ...],
        refresh: Callable[[], object],
        *,
        customer: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(page)
        self._page, self._kinds, self._refresh, self._customer = page, kinds, refresh, customer
        self.stale = False
        page.installEventFilter(self)
        context.changes.subscribe(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*self._kinds):
            return
        if self._customer is not None and not changes.concerns(self._customer()):
            return
        try:
            visible = self._page.isVisible()
        except RuntimeError:  # the page was closed and deleted meanwhile
            return
        if visible:
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False


__all__ = ["Watch", "perform"]
