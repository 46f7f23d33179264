"""Sticky labels for a label printer: one label per PDF page, the page exactly the label's size.

* the **job label** goes on the unit taken in: the job number in large type and as a Code128 barcode
  (scanned into the search box it opens the job), the customer's name and the ready-by date;
* the **serial label**: the serial in type and as Code128, and the product it belongs to.

The size is the shop's ``print.label_size`` setting (62 x 29 mm by default). Type sizes follow the label's
height. A label cannot grow, so a name or product too long for its lines is cut with "…"; the number and
the serial are never cut (a long serial gets smaller type and narrower bars instead).
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING, Any, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from crm_desktop import i18n
from crm_desktop.i18n import _
from crm_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    code128_drawing,
    long_date,
    para,
    register_fonts,
    styles,
    text_width,
)
from crm_desktop.reports.typeset import clusters

# Types only: a report reads these values but never loads the service (nor SQLAlchemy) that makes them.
if TYPE_CHECKING:
    from crm_desktop.services.receipts import JobLabelData, SerialLabelData

EDGE: Final = 2 * mm  # unprinted border: label printers do not reach the very edge
BASE_HEIGHT: Final = 29 * mm  # the label the type sizes are drawn for; taller labels scale them up


def job_label_pdf(data: JobLabelData) -> bytes:
    """The job label as a one-page PDF the label's size, in the customer's language."""
    with i18n.language(data.language):
        return _job_label_pdf(data)


def _job_label_pdf(data: JobLabelData) -> bytes:
    ready = (
        _("Ready by {date}").format(date=long_date(data.ready_by)) if data.ready_by else _("No ready-by date")
    )

    def draw(canvas: Canvas, width: float, height: float, scale: float) -> float:
        y = height - EDGE
        y = _big_line(canvas, data.number_text, width, y, 13 * scale)
        y = _code(canvas, data.number_text, width, y, scale, 8.5 * mm * scale)
        y = _lines(canvas, data.customer_name, FONT_BOLD, 7.5 * scale, width, y, max_lines=1)
        y = _lines(canvas, data.unit, FONT, 6.5 * scale, width, y, max_lines=1)
        return _lines(canvas, ready, FONT, 6.5 * scale, width, y, max_lines=1)

    return _pdf(data.size_mm, _("Job label {number}").format(number=data.number_text), draw)


def serial_label_pdf(data: SerialLabelData) -> bytes:
    """The serial label as a one-page PDF the label's size."""

    def draw(canvas: Canvas, width: float, height: float, scale: float) -> float:
        y = height - EDGE
        y = _big_line(canvas, data.serial, width, y, 11 * scale)
        y = _code(canvas, data.serial, width, y, scale, 9 * mm * scale)
        return _lines(canvas, data.product, FONT, 7 * scale, width, y, max_lines=2)

    return _pdf(data.size_mm, _("Serial label {serial}").format(serial=data.serial), draw)


# ---------------------------------------------------------------------------------------- drawing


def _pdf(
    size_mm: tuple[float, float], title: str, draw: Callable[[Canvas, float, float, float], float]
) -> bytes:
    register_fonts()
    width, height = size_mm[0] * mm, size_mm[1] * mm
    # Wide, low labels keep the base sizes; taller ones scale up (to at most twice the size).
    scale = max(0.8, min(2.0, height / BASE_HEIGHT, width / (62 * mm)))
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1, initialFontName=FONT)
    canvas.setTitle(title)
    canvas.setCreator("crm_desktop")
    canvas.setFont(FONT, 8)
    # Laid out once on scrap paper to learn how tall it is, then drawn centred on the label.
    bottom = draw(Canvas(BytesIO(), pagesize=(width, height)), width, height, scale)
    canvas.translate(0, -max(0.0, bottom - EDGE) / 2)
    draw(canvas, width, height, scale)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _big_line(canvas: Canvas, text: str, width: float, top: float, size: float) -> float:
    """``text`` in bold, centred, its size lowered until it fits on one line; returns the y below it."""
    room = width - 2 * EDGE
    one_line = " ".join(text.split())
    while size > 5 and text_width(one_line, size, bold=True) > room:
        size -= 0.5
    style = ParagraphStyle("label_big", fontName=FONT_BOLD, fontSize=size, leading=size * 1.15, alignment=1)
    paragraph = para(one_line, style)
    h = paragraph.wrap(room, 10 * size)[1]
    paragraph.drawOn(canvas, EDGE, top - h)
    return float(top - h - 0.5 * mm)


def _code(canvas: Canvas, value: str, width: float, top: float, scale: float, bar_height: float) -> float:
    """The Code128 of ``value``, centred, with bars narrowed if needed so a quiet zone stays beside it."""
    bar_width = min(0.5 * mm, 0.33 * mm * scale)
    drawing: Any = code128_drawing(
        value, bar_height=bar_height, bar_width=bar_width, max_width=width - 2 * EDGE
    )
    drawing.drawOn(canvas, (width - drawing.width) / 2, top - drawing.height)
    return float(top - drawing.height - 0.8 * mm)


def _lines(
    canvas: Canvas, text: str, font: str, size: float, width: float, top: float, *, max_lines: int
) -> float:
    """``text`` centred in at most ``max_lines`` lines, cut with "…" when longer; returns the y below."""
    style = ParagraphStyle(
        "label_text", parent=styles().body, fontName=font, fontSize=size, leading=size * 1.2, alignment=1
    )
    room = width - 2 * EDGE
    paragraph = _fitted(" ".join(text.split()), style, room, max_lines * style.leading + 0.1)
    h = paragraph.wrap(room, max_lines * style.leading * 4)[1]
    paragraph.drawOn(canvas, EDGE, top - h)
    return float(top - h)


def _fitted(text: str, style: ParagraphStyle, width: float, limit: float) -> Flowable:
    """A paragraph of ``text`` no taller than ``limit``: the longest start of it, with "…", that fits
    (cut between letters with their marks, never inside one)."""
    whole = para(text, style)
    if whole.wrap(width, limit * 10)[1] <= limit:
        return whole
    parts = list(clusters(text))
    low, high = 0, len(parts)
    while low < high:  # the longest prefix that fits
        middle = (low + high + 1) // 2
        if para("".join(parts[:middle]).rstrip() + "…", style).wrap(width, limit * 10)[1] <= limit:
            low = middle
        else:
            high = middle - 1
    return para("".join(parts[:low]).rstrip() + "…", style)


def label_size_text(size_mm: tuple[float, float]) -> str:
    return _("{width} × {height} mm").format(width=f"{size_mm[0]:g}", height=f"{size_mm[1]:g}")


__all__ = ["job_label_pdf", "label_size_text", "serial_label_pdf"]
