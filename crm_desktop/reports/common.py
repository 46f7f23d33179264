"""What every printed document shares: the embedded fonts, paragraphs made from user text, the
shop's header and the page footer.

User text never reaches ReportLab's mini-markup as markup: :func:`para` escapes ``&``, ``<`` and ``>``
first, so "Smith & Sons <VIP>" prints as written and ``<font size=40>`` is text, not an instruction.
The fonts come from ``resources/fonts`` (in the repository or the installed wheel) and are embedded in
each PDF, one chain of them for every script (:mod:`crm_desktop.reports.typeset`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from crm_desktop.domain.enums import VisitStatus
from crm_desktop.domain.timeline import written_date
from crm_desktop.i18n import N_, _
from crm_desktop.reports.typeset import (
    FONT,
    FONT_BOLD,
    ScriptParagraph,
    draw_text,
    fit_line,
    font_runs,
    needs_layout,
    register_fonts,
    text_width,
)

MARGIN: Final = 18 * mm
GREY: Final = colors.HexColor("#555555")
RULE: Final = colors.HexColor("#999999")
CODE128: Final = "Code128"  # untranslated: ReportLab's name of the barcode

# A visit's state as stored (``done``), in words: see :func:`in_words`.
VISIT_STATUS: Final[dict[str, str]] = {
    VisitStatus.SCHEDULED: N_("scheduled"),
    VisitStatus.DONE: N_("done"),
    VisitStatus.CANCELLED: N_("cancelled"),
}


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    title: ParagraphStyle
    shop_name: ParagraphStyle
    heading: ParagraphStyle


def styles() -> Styles:
    """The paragraph styles of the documents, all in the embedded fonts."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=GREY),
        label=ParagraphStyle("label", parent=body, fontSize=9, leading=12, textColor=GREY),
        value=ParagraphStyle("value", parent=body, fontSize=10.5, leading=14),
        title=ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=20, leading=26, spaceBefore=6, spaceAfter=10
        ),
        shop_name=ParagraphStyle("shop_name", parent=body, fontName=FONT_BOLD, fontSize=14, leading=18),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=10, spaceAfter=4
        ),
    )


def markup(text: str) -> str:
    """User text as ReportLab paragraph markup that prints exactly that text: ``&``, ``<`` and ``>``
    are escaped, line breaks stay line breaks, tabs and runs of spaces keep their width, and each run of
    characters the main font lacks (Chinese, Korean, emoji...) names the font of the chain that has it.
    Text that must be shaped or read from the right goes through :func:`para` instead."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = []
    for name, run in font_runs(text):
        escaped = escape(run)
        if name == FONT:
            parts.append(escaped)
        else:
            parts.append(f'<font name="{name}">{escaped}</font>')  # untranslated: ReportLab markup
    lines = "".join(parts).split("\n")
    # Paragraphs collapse whitespace; no-break spaces keep the gaps a user typed (an address's layout).
    kept = [line.replace("\t", "    ").replace("  ", " \u00a0") for line in lines]
    return "<br/>".join(kept)


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of user text, printed as written in every script: an ordinary paragraph (see
    :func:`markup`), or, for text to shape or to read from the right, a
    :class:`~crm_desktop.reports.typeset.ScriptParagraph`."""
    if needs_layout(text):
        return ScriptParagraph(text, style)
    return Paragraph(markup(text), style)


def in_words(words: Mapping[str, str], value: str) -> str:
    """A value as stored (``done``) in the words of ``words`` (marked with ``N_``), in the current
    language; a value it does not know is printed as given."""
    word = words.get(value)
    return value if word is None else _(word)


def long_date(day: date) -> str:
    """``14 March 2028``: a date in words, as a certificate writes it."""
    return written_date(day)


def shop_header(
    name: str, address: str | None, phone: str | None, email: str | None, st: Styles
) -> list[Paragraph]:
    """The shop's name in bold, its address as typed, then phone and e-mail on one line."""
    block = [para(name, st.shop_name)]
    if address:
        block.append(para(address, st.body))
    contact = [part for part in (phone, email) if part]
    if contact:
        block.append(para("  ·  ".join(contact), st.body))
    return block


def code128_drawing(
    value: str, *, bar_height: float, bar_width: float, max_width: float | None = None
) -> Any:
    """A Code128 barcode of ``value`` (no human-readable line, no built-in quiet zone: leave white space
    beside it), as the job sheet draws it: ``bar_width`` is the narrowest bar. With ``max_width`` a long
    value gets narrower bars, so that the code, plus a quiet zone of ten bars on each side, fits."""
    from reportlab.graphics.barcode import createBarcodeDrawing

    if max_width is not None:
        modules = createBarcodeDrawing(
            CODE128, value=value, barWidth=1, barHeight=1, humanReadable=False, quiet=False
        ).width
        bar_width = min(bar_width, max_width / (modules + 20))
    return createBarcodeDrawing(
        CODE128, value=value, barHeight=bar_height, barWidth=bar_width, humanReadable=False, quiet=False
    )


def qr_drawing(value: str, size: float) -> Any:
    """A QR code of ``value``, ``size`` points square (quiet zone included)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def page_footer(printed_on: date, left: str = "") -> Callable[[Any, Any], None]:
    """An ``onPage`` callback: ``left`` (user text, drawn as plain text), the date printed and the page
    number along the bottom edge, in small grey type."""

    def draw(canvas: Any, doc: Any) -> None:
        register_fonts()
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        width = doc.pagesize[0]
        y = 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
        right = _("Printed {date}  ·  page {page}").format(
            date=long_date(printed_on), page=canvas.getPageNumber()
        )
        canvas.drawRightString(width - MARGIN, y, right)
        if left:
            # Drawn as text, not markup: nothing here needs escaping; each script in its font.
            room = width - 2 * MARGIN - canvas.stringWidth(right, FONT, 8) - 6 * mm
            draw_text(canvas, fit_width(left, FONT, 8, room), MARGIN, y, 8)
        canvas.restoreState()

    return draw


def data_table(header: Sequence[str], rows: list[list[Any]], widths: list[float] | None, st: Styles) -> Table:
    """A table of records: grey header row repeated on every page, rows that may split across pages,
    a thin rule under each row. ``rows`` hold flowables (use :func:`para` for user text)."""
    table = Table(
        [[Paragraph(h, st.label) for h in header], *rows],
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def fit_width(text: str, font: str, size: float, room: float) -> str:
    """``text`` on one line, cut with "…" where it would run past ``room`` points in ``font`` (the main
    font or its bold; other scripts are measured in their fonts of the chain)."""
    return fit_line(text, size, room, bold=font == FONT_BOLD)


__all__ = [
    "FONT",
    "FONT_BOLD",
    "GREY",
    "MARGIN",
    "RULE",
    "VISIT_STATUS",
    "Styles",
    "code128_drawing",
    "data_table",
    "draw_text",
    "fit_width",
    "in_words",
    "long_date",
    "markup",
    "page_footer",
    "para",
    "qr_drawing",
    "register_fonts",
    "shop_header",
    "styles",
    "text_width",
]
