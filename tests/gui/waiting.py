"""Writes run off the GUI thread: a test that presses Save waits for the work to come back, as a user
would see the dialog close a moment later."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from crm_desktop.ui.tasks import busy


def settle(timeout: float = 15.0) -> None:
    """Let the background work finish and its result reach the GUI thread."""
    deadline = time.monotonic() + timeout
    while busy() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert not busy(), "the background work did not finish"
    QApplication.processEvents()
