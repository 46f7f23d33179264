"""Every document the app prints goes through here: ``print_document`` builds the PDF off the GUI thread
and opens the print preview (crm_desktop/ui/print_preview.py), which prints those same pages or saves
them as a PDF; ``save_pdf`` writes a PDF to a file (asked for, unless told) and says where it went.

One layout for paper and PDF: a document is built once, as PDF bytes (ReportLab, crm_desktop/reports),
and the printer gets images of those pages rather than a second drawing of the document in Qt."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from crm_desktop.errors import UserFacingError
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class DocumentKind(enum.Enum):
    """What is printed decides where: the printer and paper are remembered per kind (sheets on the office
    printer, receipts on the thermal one, labels on the label printer). The value names the settings."""

    SHEET = "sheet"
    HISTORY = "history"
    CERTIFICATE = "certificate"
    METRICS = "metrics"
    RECEIPT = "receipt"
    LABEL = "label"


def print_document(
    parent: QWidget,
    *,
    kind: DocumentKind,
    title: str,
    suggested_name: str,
    build: Callable[[], bytes],
    button: QPushButton | None = None,
    status: QLabel | None = None,
    printer: QPrinter | None = None,
    save_to: str | None = None,
    open_after: bool = False,
) -> None:
    """Print a document: ``build`` runs on a worker thread and returns the PDF bytes; then the print
    preview opens (window-modal, not blocking) on the printer and paper last used for this ``kind``.

    ``printer`` replaces that choice (tests print to a PDF file through it); ``save_to`` skips printing
    and writes the PDF there instead (``open_after`` then opens it in the system's viewer)."""
    if save_to:
        save_pdf(
            parent,
            title=title,
            suggested_name=suggested_name,
            build=build,
            button=button,
            status=status,
            target=save_to,
            open_after=open_after,
        )
        return
    if button is not None:
        button.setEnabled(False)
    if status is not None:
        status.setText(tr("Preparing {document} for printing…").format(document=suggested_name))

    def settle() -> None:
        if button is not None:
            button.setEnabled(True)
        if status is not None:
            status.setText("")

    def done(data: bytes) -> None:
        from crm_desktop.ui.print_preview import PrintPreviewDialog  # pypdfium2 loads on first print

        settle()
        PrintPreviewDialog.show_document(
            parent,
            data,
            kind=kind,
            title=title,
            suggested_name=suggested_name,
            status=status,
            printer=printer,
        )

    def failed(error: BaseException) -> None:
        settle()
        if isinstance(error, UserFacingError | OSError):
            QMessageBox.warning(parent, title, str(error))
        else:
            raise error

    run_in_background(build, done, failed)


def ask_pdf_target(parent: QWidget, title: str, suggested_name: str) -> str | None:
    target, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested_name,
        "PDF (*.pdf)",  # untranslated: a file filter, "PDF" in every language
    )
    return target or None


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
    """Write a PDF: ask where (unless told), build it in the background (``build`` runs on a worker
    thread and returns the bytes), replace the file whole (never half a PDF) and say where it went."""
    if not target:
        target = ask_pdf_target(parent, title, suggested_name)
    if not target:
        return
    destination = Path(target)
    if destination.suffix.lower() != ".pdf":
        destination = destination.with_name(destination.name + ".pdf")
    if button is not None:
        button.setEnabled(False)
    if status is not None:
        status.setText(tr("Writing {file}…").format(file=destination.name))

    def work() -> Path:
        data = build()
        partial = destination.with_name(f".{destination.name}.partial")
        try:
            partial.write_bytes(data)
            partial.replace(destination)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserFacingError(
                tr("Could not write {path}: {reason}.").format(path=destination, reason=exc.strerror or exc)
            ) from None
        return destination

    def done(path: Path) -> None:
        if button is not None:
            button.setEnabled(True)
        if status is not None:
            status.setText(tr("Saved to {path}").format(path=path))
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
