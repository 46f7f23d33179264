"""Printing: the print preview draws the document's own PDF pages on the printer (here a QPrinter that
writes a PDF file), remembers the printer and paper per kind of document, saves the PDF itself on
request, and shows a document that could not be built instead of printing anything."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from crm_desktop.errors import UserFacingError
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.print_preview import (
    PrinterChoice,
    PrintPreviewDialog,
    paper_name,
    paper_size,
    prepare_printer,
    remember_choice,
    remembered_choice,
)
from crm_desktop.ui.printing import DocumentKind, print_document
from tests.gui.test_counter import shop, window  # noqa: F401  (fixtures)
from tests.gui.waiting import settle
from tests.support import context_of

RECEIPT = (80 * mm, 150 * mm)


def _pdf(pages: int, size: tuple[float, float] = A4) -> bytes:
    """Pages with a black block near the top left (and nothing in the lower half)."""
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=size)
    width, height = size
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica-Bold", 14)
        drawing.drawString(12, height - 30, f"Page {number}")
        drawing.rect(12, height - 40 - height / 4, width / 2, height / 4, fill=1)
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _darkness(path: Path, index: int, left: float, top: float, right: float, bottom: float) -> int:
    """How many dark pixels the printed page has in a box given in fractions of the page."""
    document = pdfium.PdfDocument(path)
    try:
        bitmap = document[index].render(scale=1, grayscale=True)
        pixels = bytes(bitmap.buffer)
        rows = range(int(top * bitmap.height), int(bottom * bitmap.height))
        columns = range(int(left * bitmap.width), int(right * bitmap.width))
        return sum(1 for y in rows for x in columns if pixels[y * bitmap.stride + x] < 96)
    finally:
        document.close()


def _page_sizes(path: Path) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(path)
    try:
        return [document.get_page_size(i) for i in range(len(document))]
    finally:
        document.close()


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


@pytest.fixture(autouse=True)
def forget_printers() -> Iterator[None]:
    QSettings().remove("printing")
    yield
    QSettings().remove("printing")


def _preview(qtbot: QtBot, owner: QWidget) -> PrintPreviewDialog:
    qtbot.waitUntil(lambda: owner.findChild(PrintPreviewDialog) is not None, timeout=20_000)
    preview = owner.findChild(PrintPreviewDialog)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(preview.isVisible)
    return preview


def test_the_print_dialog_prints_every_page_of_the_pdf_on_the_printer(
    qtbot: QtBot, owner: QWidget, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    status = QLabel(owner)
    button = QPushButton(owner)
    print_document(
        owner,
        kind=DocumentKind.SHEET,
        title="Job sheets",
        suggested_name="job-sheets.pdf",
        build=lambda: _pdf(3),
        button=button,
        status=status,
        printer=_file_printer(out),
    )
    assert not button.isEnabled() and "Preparing job-sheets.pdf" in status.text()
    preview = _preview(qtbot, owner)
    assert button.isEnabled()
    assert preview.preview.pageCount() == 3 and "3 pages" in preview.where.text()
    assert "3 pages on A4, portrait · the file" in preview.where.text()
    assert preview.print_button.isDefault()

    seen: list[str] = []

    def accept_the_print_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, QPrintDialog)
        dialog.grab().save(str(tmp_path / "print-dialog.png"))  # to look at by hand
        dialog.accept()

    QTimer.singleShot(0, accept_the_print_dialog)  # runs inside the print dialog's own event loop
    preview.print_action.trigger()
    assert seen == ["QPrintDialog"]
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert "Sent job-sheets.pdf to the file" in status.text()

    sizes = _page_sizes(out)
    assert len(sizes) == 3  # as many pages as the document
    assert all(abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1 for w, h in sizes)  # on A4, as the PDF is
    for index in range(3):
        assert _darkness(out, index, 0.05, 0.12, 0.45, 0.25) > 1000  # the black block, where it was
        assert _darkness(out, index, 0.05, 0.55, 0.95, 0.95) == 0  # the empty lower half stays empty
    assert remembered_choice(DocumentKind.SHEET) == PrinterChoice(printer="", paper="A4", landscape=False)


def test_a_receipt_keeps_its_own_paper_size_and_a_page_range_is_honoured(
    qtbot: QtBot, owner: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "receipt.pdf"
    printer = _file_printer(out)
    print_document(
        owner,
        kind=DocumentKind.RECEIPT,
        title="Receipt S-0042",
        suggested_name="receipt-S-0042.pdf",
        build=lambda: _pdf(3, RECEIPT),
        printer=printer,
    )
    preview = _preview(qtbot, owner)

    def only_the_second_page(_dialog: PrintPreviewDialog) -> bool:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return True

    monkeypatch.setattr(PrintPreviewDialog, "choose_printer", only_the_second_page)
    preview.print_action.trigger()
    (width, height), *others = _page_sizes(out)
    assert others == []
    assert abs(width - RECEIPT[0]) < 1 and abs(height - RECEIPT[1]) < 1  # a roll, not A4
    assert _darkness(out, 0, 0.1, 0.15, 0.45, 0.25) > 100
    assert remembered_choice(DocumentKind.RECEIPT).paper == "80x150mm"


def test_the_printer_and_paper_are_remembered_per_kind_of_document(tmp_path: Path) -> None:
    used = _file_printer(tmp_path / "metrics.pdf")
    used.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    used.setPageOrientation(QPageLayout.Orientation.Landscape)
    assert remember_choice(DocumentKind.METRICS, used) == PrinterChoice("", "Letter", True)
    settings = QSettings()
    assert settings.value("printing/metrics/paper") == "Letter"
    assert settings.value("printing/metrics/orientation") == "landscape"
    assert settings.value("printing/metrics/printer") is None  # a file is no printer to remember

    next_time = _file_printer(tmp_path / "again.pdf")
    prepare_printer(next_time, DocumentKind.METRICS, A4, available=None)
    layout = next_time.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    sheet = _file_printer(tmp_path / "sheet.pdf")
    prepare_printer(sheet, DocumentKind.SHEET, A4, available=None)  # another kind: the PDF's own paper
    assert sheet.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert sheet.pageLayout().orientation() == QPageLayout.Orientation.Portrait

    # The printer last used for labels is chosen again, but only while it still exists.
    settings.setValue("printing/label/printer", "Zebra_GK420d")
    assert remembered_choice(DocumentKind.LABEL).printer == "Zebra_GK420d"
    for available, expected in ((["Office", "Zebra_GK420d"], ["Zebra_GK420d"]), (["Office"], [])):
        chosen: list[str] = []
        label_printer = _file_printer(tmp_path / "label.pdf")
        label_printer.setPrinterName = chosen.append  # type: ignore[method-assign]
        prepare_printer(label_printer, DocumentKind.LABEL, (62 * mm, 29 * mm), available=available)
        assert chosen == expected

    assert paper_name(QPageSize(QPageSize.PageSizeId.A5)) == "A5"
    assert paper_size("62x29mm") is not None and paper_name(paper_size("62x29mm")) == "62x29mm"  # type: ignore[arg-type]
    assert paper_size("") is None and paper_size("Custom") is None and paper_size("axbmm") is None


def test_a_document_that_cannot_be_built_is_shown_and_nothing_is_printed(
    qtbot: QtBot, owner: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    out = tmp_path / "never.pdf"
    button, status = QPushButton(owner), QLabel(owner)

    def build() -> bytes:
        raise UserFacingError("The job J-0042 was deleted meanwhile.")

    print_document(
        owner,
        kind=DocumentKind.SHEET,
        title="Job sheet J-0042",
        suggested_name="job-sheet-J-0042.pdf",
        build=build,
        button=button,
        status=status,
        printer=_file_printer(out),
    )
    settle()
    assert problems == ["The job J-0042 was deleted meanwhile."]
    assert owner.findChild(PrintPreviewDialog) is None and not out.exists()
    assert button.isEnabled() and status.text() == ""


def test_save_as_pdf_writes_the_document_itself(
    qtbot: QtBot, owner: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _pdf(2)
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), "PDF (*.pdf)"))
    status = QLabel(owner)
    print_document(
        owner,
        kind=DocumentKind.CERTIFICATE,
        title="Warranty certificate",
        suggested_name="warranty.pdf",
        build=lambda: data,
        status=status,
        printer=_file_printer(tmp_path / "not-printed.pdf"),
    )
    preview = _preview(qtbot, owner)
    preview.save_action.trigger()
    settle()
    assert target.read_bytes() == data  # the PDF with its text, not images of its pages
    assert f"Saved to {target}" in status.text()
    assert not (tmp_path / "not-printed.pdf").exists()
    assert remembered_choice(DocumentKind.CERTIFICATE) == PrinterChoice()  # nothing was printed


def test_the_job_window_and_ctrl_p_open_the_print_preview(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    tmp_path: Path,
) -> None:
    from sqlalchemy import select

    from crm_desktop.storage.models import ServiceJob
    from crm_desktop.ui.job_dialogs import JobWindow

    with shop.database.reading() as uow:
        job_id = uow.session.scalars(select(ServiceJob.id).order_by(ServiceJob.id)).first()
    assert job_id is not None
    job_window = JobWindow(context_of(shop), job_id, window)
    qtbot.addWidget(job_window)
    job_window.show()
    job_window.print_button.click()
    preview = _preview(qtbot, job_window)
    assert preview.windowTitle() == f"Job sheet {job_window.job.number_text}"
    assert preview.preview.pageCount() >= 1
    qtbot.wait(200)  # the preview paints its pages
    shot = preview.grab()
    shot.save(str(tmp_path / "print-preview-job-sheet.png"))
    assert not shot.isNull() and shot.width() > 400
    preview.reject()

    window.show_page("reports")
    settle()  # the figures are worked out off the GUI thread
    window.print_action.trigger()  # Ctrl+P on Reports: the metrics
    metrics = _preview(qtbot, window.pages["reports"])
    assert metrics.windowTitle().startswith("Metrics")
    metrics.reject()


def test_a_landscape_page_is_turned_onto_the_portrait_paper_last_used_and_a_cancel_prints_nothing(
    qtbot: QtBot, owner: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings().setValue("printing/metrics/paper", "A4")
    QSettings().setValue("printing/metrics/orientation", "portrait")
    out = tmp_path / "metrics.pdf"
    print_document(
        owner,
        kind=DocumentKind.METRICS,
        title="Metrics",
        suggested_name="metrics.pdf",
        build=lambda: _pdf(2, (A4[1], A4[0])),
        printer=_file_printer(out),
    )
    preview = _preview(qtbot, owner)
    monkeypatch.setattr(PrintPreviewDialog, "choose_printer", lambda _dialog: False)
    preview.print_action.trigger()
    assert preview.isVisible() and not out.exists()  # the print dialog was cancelled: still previewing

    monkeypatch.setattr(PrintPreviewDialog, "choose_printer", lambda _dialog: True)
    preview.print_action.trigger()
    sizes = _page_sizes(out)
    assert len(sizes) == 2 and all(abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1 for w, h in sizes)
    # Turned a quarter clockwise: the block at the landscape page's top left is now at the top right.
    assert _darkness(out, 0, 0.72, 0.1, 0.9, 0.45) > 1000
    assert _darkness(out, 0, 0.05, 0.55, 0.5, 0.95) == 0
