"""The print preview: the pages of a document already built as a PDF, shown as they will come out, then
printed (the system's print dialog: printer, copies, pages) or saved as that same PDF.

One layout for paper and PDF: PDFium (through pypdfium2) renders each PDF page to an image at the
device's resolution, and the image is drawn on the printer's page, shrunk to fit if it must. Nothing is
drawn a second time in Qt.

The printer, paper and orientation are remembered per kind of document (UI state of this workstation,
so QSettings) under ``printing/<kind>/printer``, ``printing/<kind>/paper`` and
``printing/<kind>/orientation``: sheets go to the office printer, receipts to the thermal one.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QByteArray, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import (
    QPageSetupDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import UserFacingError
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.printing import DocumentKind, ask_pdf_target, save_pdf

# Pages are rendered at the device's resolution up to these. Receipt and label printers print at 203 or
# 300 dpi and text is crisp at 300 dpi on an office laser, while an A4 page at 600 dpi is 100 MB of
# pixels (26 MB at 300). The preview keeps every page, and a screen needs far fewer dots.
PRINT_DPI = 300
PREVIEW_DPI = 150


class PdfPages:
    """The pages of one PDF, drawn onto a printer (or the preview) as images. PDFium is not
    thread-safe: one of these is used on the GUI thread only."""

    def __init__(self, data: bytes) -> None:
        self._pdf = pdfium.PdfDocument(data)
        self.sizes: list[tuple[float, float]] = [self._size(i) for i in range(len(self._pdf))]

    def __len__(self) -> int:
        return len(self.sizes)

    def close(self) -> None:
        self._pdf.close()

    def _size(self, index: int) -> tuple[float, float]:
        """Width and height in points, as the page is seen (after its own rotation)."""
        page = self._pdf[index]
        try:
            width, height = page.get_size()
            if page.get_rotation() in (90, 270):
                width, height = height, width
        finally:
            page.close()
        return float(width), float(height)

    def image(self, index: int, dpi: float, *, turn: bool = False) -> QImage:
        page = self._pdf[index]
        try:
            bitmap = page.render(scale=dpi / 72, rotation=90 if turn else 0, rev_byteorder=True)
            try:
                pixels = bytes(bitmap.buffer)
                image = QImage(
                    pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
                )
                return image.copy()  # the QImage above only borrows ``pixels``
            finally:
                bitmap.close()
        finally:
            page.close()

    def paint(self, printer: QPrinter) -> None:
        """Draw the pages of the chosen range, one per sheet of paper: each is centred across the printable
        area, from its top, and shrunk to fit if it must (never enlarged: a receipt on A4 stays
        receipt-sized), turned a quarter when its orientation is not the paper's."""
        first, last = 1, len(self)
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        engine = printer.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        # Qt leaves copies to the application when the printer (a PDF file, say) cannot make them.
        copies = 1 if previewing or printer.supportsMultipleCopies() else max(1, printer.copyCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise UserFacingError(
                tr("The printer did not start. Check that it is switched on and ready, then print again.")
            )
        try:
            if previewing:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            started = False
            for _ in range(copies):
                for number in range(first, last + 1):
                    if started:
                        printer.newPage()
                    started = True
                    self._draw(painter, printer, number - 1, PREVIEW_DPI if previewing else PRINT_DPI)
        finally:
            painter.end()

    def _draw(self, painter: QPainter, printer: QPrinter, index: int, most_dpi: int) -> None:
        # The painter's origin is the top left of the printable area (QPrinter.fullPage() is False).
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        width, height = self.sizes[index]
        turn = width != height and (width > height) != (area.width() > area.height())
        if turn:
            width, height = height, width
        dpi = printer.resolution()
        natural = QSizeF(width / 72 * dpi, height / 72 * dpi)
        scale = min(1.0, area.width() / natural.width(), area.height() / natural.height())
        target = QRectF(0, 0, natural.width() * scale, natural.height() * scale)
        target.moveLeft((area.width() - target.width()) / 2)
        painter.drawImage(target, self.image(index, min(dpi, most_dpi) * scale, turn=turn))


@dataclass(frozen=True)
class PrinterChoice:
    """What was last used for one kind of document; empty when nothing is remembered."""

    printer: str = ""
    paper: str = ""  # a QPageSize.PageSizeId name ("A4", "Letter"), or "80x200mm" for a custom size
    landscape: bool | None = None


def _key(kind: DocumentKind, what: str) -> str:
    return f"printing/{kind.value}/{what}"


def remembered_choice(kind: DocumentKind) -> PrinterChoice:
    settings = QSettings()
    orientation = settings.value(_key(kind, "orientation"))
    return PrinterChoice(
        printer=str(settings.value(_key(kind, "printer")) or ""),
        paper=str(settings.value(_key(kind, "paper")) or ""),
        landscape=orientation == "landscape" if orientation in ("landscape", "portrait") else None,
    )


def remember_choice(kind: DocumentKind, printer: QPrinter) -> PrinterChoice:
    """Keep what ``printer`` was set to for the next document of this kind. Printing to a file keeps the
    printer remembered before (there was no printer to remember), but its paper is the user's choice."""
    layout = printer.pageLayout()
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    choice = PrinterChoice(
        printer=printer.printerName() if native else "",
        paper=paper_name(layout.pageSize()),
        landscape=landscape,
    )
    settings = QSettings()
    if choice.printer:
        settings.setValue(_key(kind, "printer"), choice.printer)
    settings.setValue(_key(kind, "paper"), choice.paper)
    settings.setValue(_key(kind, "orientation"), "landscape" if landscape else "portrait")
    return choice


def paper_name(size: QPageSize) -> str:
    if size.id() != QPageSize.PageSizeId.Custom:
        return size.id().name
    mm = size.size(QPageSize.Unit.Millimeter)
    return f"{mm.width():g}x{mm.height():g}mm"


def paper_size(name: str) -> QPageSize | None:
    """The paper ``paper_name`` named; None for an empty or unknown name."""
    if name.endswith("mm"):
        try:
            width, height = (float(part) for part in name.removesuffix("mm").split("x"))
        except ValueError:
            return None
        return (
            QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter) if width > 0 and height > 0 else None
        )
    if name in QPageSize.PageSizeId.__members__ and name != "Custom":
        return QPageSize(QPageSize.PageSizeId[name])
    return None


def prepare_printer(
    printer: QPrinter,
    kind: DocumentKind,
    page_points: tuple[float, float],
    *,
    available: Collection[str] | None,
) -> None:
    """Set ``printer`` up for a document whose first page measures ``page_points``.

    The printer is the one last used for this kind if it still exists among ``available`` (None: keep
    the printer as given). The paper is the document's own when it is no standard size (a receipt on a
    roll, a label) and the printer takes custom sizes; otherwise the paper last used for this kind, or
    else the document's."""
    choice = remembered_choice(kind)
    if available is not None and choice.printer and choice.printer in available:
        printer.setPrinterName(choice.printer)
    width, height = page_points
    standard = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
    if standard.id() != QPageSize.PageSizeId.Custom:
        own, own_landscape, custom = standard, width > height, False
    else:
        own, own_landscape, custom = QPageSize(QSizeF(width, height), QPageSize.Unit.Point), False, True
    takes_custom = (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        or QPrinterInfo(printer).supportsCustomPageSizes()
    )
    remembered = paper_size(choice.paper)
    paper: QPageSize | None
    if custom and takes_custom:
        paper, landscape = own, own_landscape
    elif remembered is not None:
        paper = remembered
        landscape = own_landscape if choice.landscape is None else choice.landscape
    else:
        paper, landscape = (own if takes_custom or not custom else None), own_landscape
    if paper is not None:
        printer.setPageSize(paper)  # refused when the printer has no such paper: its own stays
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    # The PDF has its margins already: the printer's are made as narrow as it can print.
    layout = printer.pageLayout()
    printer.setPageMargins(layout.minimumMargins(), layout.units())


def where_to(printer: QPrinter) -> str:
    """The printer's name, or the file it writes; empty when neither is set (no printer set up)."""
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        return str(printer.printerName())
    if printer.outputFileName():
        return tr("the file {path}").format(path=printer.outputFileName())
    return ""


def paper_words(printer: QPrinter) -> str:
    layout = printer.pageLayout()
    paper = layout.pageSize().name()
    if layout.orientation() == QPageLayout.Orientation.Landscape:
        return tr("{paper}, landscape").format(paper=paper)
    return tr("{paper}, portrait").format(paper=paper)


class PrintPreviewDialog(QDialog):
    """Shown by ``crm_desktop.ui.printing.print_document``; Ctrl+P in it prints, Ctrl+S saves the PDF."""

    def __init__(
        self,
        pages: PdfPages,
        data: bytes,
        printer: QPrinter,
        *,
        kind: DocumentKind,
        title: str,
        suggested_name: str,
        status: QLabel | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pages, self.data, self.printer, self.kind = pages, data, printer, kind
        self.suggested_name, self.status, self.owner = suggested_name, status, parent
        self.preview = QPrintPreviewWidget(printer, self)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        self.preview.paintRequested.connect(self.pages.paint)

        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.paper_action = self._action(bar, tr("Paper…"), self.page_setup)
        bar.addSeparator()
        self._action(bar, tr("Whole page"), self.preview.fitInView)
        self._action(bar, tr("Page width"), self.preview.fitToWidth)
        self._action(bar, tr("Zoom in"), lambda: self.preview.zoomIn(), QKeySequence.StandardKey.ZoomIn)
        self._action(bar, tr("Zoom out"), lambda: self.preview.zoomOut(), QKeySequence.StandardKey.ZoomOut)

        # Ctrl+P again prints (the first one opened this preview); Ctrl+S saves the PDF.
        self.print_action = self._action(
            self, tr("&Print…"), self.print_pages, QKeySequence.StandardKey.Print
        )
        self.save_action = self._action(
            self, tr("&Save as PDF…"), self.save_as_pdf, QKeySequence.StandardKey.Save
        )
        self.where = QLabel(self)
        buttons = QDialogButtonBox(self)
        save_button = buttons.addButton(tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        save_button.clicked.connect(self.save_action.trigger)
        self.print_button = buttons.addButton(tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.clicked.connect(self.print_action.trigger)
        self.print_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.where, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self._describe()
        geometry = QSettings().value("printing/preview/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(820, 900)
        self.finished.connect(self._closed)

    def _action(
        self,
        holder: QWidget,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        holder.addAction(action)  # a toolbar shows it as a button; the dialog only takes its shortcut
        return action

    def _describe(self) -> None:
        count = len(self.pages)
        where = where_to(self.printer) or tr("no printer set up yet (Print… can write a PDF file)")
        self.where.setText(
            tr("%n page(s) on {paper} · {where}", None, count).format(
                paper=paper_words(self.printer), where=where
            )
        )

    def _closed(self) -> None:
        QSettings().setValue("printing/preview/geometry", self.saveGeometry())
        self.pages.close()

    def choose_printer(self) -> bool:
        """The system's print dialog (printer, copies, which pages); True when the user prints."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.windowTitle())
        dialog.setMinMax(1, len(self.pages))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_pages(self) -> None:
        if not self.choose_printer():
            return
        # Here on the GUI thread, where this document's PDFium pages live (PDFium is not thread-safe): a
        # moment for a long document, so the cursor says so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pages.paint(self.printer)
        except UserFacingError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        QApplication.restoreOverrideCursor()
        remember_choice(self.kind, self.printer)
        if self.status is not None:
            where = where_to(self.printer) or tr("the printer")
            self.status.setText(
                tr("Sent {document} to {where} ({paper})").format(
                    document=self.suggested_name, where=where, paper=paper_words(self.printer)
                )
            )
        self.accept()

    def save_as_pdf(self) -> None:
        """The PDF itself (text that can be searched and copied), not the printer's images of it."""
        target = ask_pdf_target(self, tr("Save as PDF"), self.suggested_name)
        if target is None:
            return
        data = self.data
        save_pdf(
            self.owner,
            title=self.windowTitle(),
            suggested_name=self.suggested_name,
            build=lambda: data,
            button=None,
            status=self.status,
            target=target,
        )
        self.accept()

    def page_setup(self) -> None:
        if QPageSetupDialog(self.printer, self).exec() == QDialog.DialogCode.Accepted:
            self.preview.updatePreview()
            self._describe()

    @classmethod
    def show_document(
        cls,
        parent: QWidget,
        data: bytes,
        *,
        kind: DocumentKind,
        title: str,
        suggested_name: str,
        status: QLabel | None,
        printer: QPrinter | None = None,
    ) -> PrintPreviewDialog | None:
        """Open the preview window-modally (it does not block); None when the PDF has no pages. Without
        ``printer``, the printer and paper last used for ``kind`` are chosen if that printer still exists."""
        pages = PdfPages(data)
        if not len(pages):
            pages.close()
            QMessageBox.warning(parent, title, tr("The document has no pages to print."))
            return None
        available: list[str] | None = None
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            available = QPrinterInfo.availablePrinterNames()
        prepare_printer(printer, kind, pages.sizes[0], available=available)
        dialog = cls(
            pages,
            data,
            printer,
            kind=kind,
            title=title,
            suggested_name=suggested_name,
            status=status,
            parent=parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
