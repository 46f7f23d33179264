"""Writing a PDF off the GUI thread: ask where (unless told), build it in the background, replace the
file whole (never half a PDF), say where it went, and open it in the system's viewer to print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from crm_desktop.errors import UserFacingError
from crm_desktop.ui.tasks import run_in_background


def save_pdf(
    parent: QWidget,
    *,
    title: str,
    suggested_name: str,
    build: Callable[[], bytes],
    button: QPushButton | None,
    status: QLabel | None,
    target: str | None = None,
    open_after: bool = False,
) -> None:
    """``build`` runs on a worker thread and returns the PDF bytes."""
    if not target:
        target, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, "PDF (*.pdf)")
    if not target:
        return
    destination = Path(target)
    if destination.suffix.lower() != ".pdf":
        destination = destination.with_name(destination.name + ".pdf")
    if button is not None:
        button.setEnabled(False)
    if status is not None:
        status.setText(f"Writing {destination.name}…")

    def work() -> Path:
        data = build()
        partial = destination.with_name(f".{destination.name}.partial")
        try:
            partial.write_bytes(data)
            partial.replace(destination)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserFacingError(f"Could not write {destination}: {exc.strerror or exc}.") from None
        return destination

    def done(path: Path) -> None:
        if button is not None:
            button.setEnabled(True)
        if status is not None:
            status.setText(f"Saved to {path}")
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def failed(error: BaseException) -> None:
        if button is not None:
            button.setEnabled(True)
        if status is not None:
            status.setText("")
        if isinstance(error, UserFacingError | OSError):
            QMessageBox.warning(parent, title, str(error))
        else:
            raise error

    run_in_background(work, done, failed)
