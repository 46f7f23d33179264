"""The intake receipt: what the customer takes home when a unit is taken in (or a request is opened).

The job or request number as text, as a Code128 barcode and as a QR code (scanned into the search box
it opens the job); the customer and their phone; the unit, its serial and warranty; when it came in and
the ready-by date promised; the accessories left and the condition; the problem in the customer's
words; the shop's terms and how to reach the shop. Two formats:

* ``"a4"``: half a page of the shop's paper (A4 or Letter, as the job sheet chooses). The customer's
  copy is the top half; the bottom half, past a cut line, is the shop's copy with a line for the
  customer's signature. When long text does not fit in half a page, each copy starts on its own page
  and flows on.
* ``"thermal"``: an 80 mm receipt roll (72 mm printed), the page exactly as tall as its content, so a
  long problem text makes a longer slip instead of a second page.

Every value is user text and goes through :func:`crm_desktop.reports.common.para`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING, Any, Final

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    HRFlowable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus import TableStyle as _TableStyle

from crm_desktop import i18n
from crm_desktop.domain.dates import clock_time
from crm_desktop.i18n import _
from crm_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    GREY,
    RULE,
    Styles,
    code128_drawing,
    long_date,
    para,
    qr_drawing,
    register_fonts,
    shop_header,
    styles,
)

# Types only: a report reads these values but never loads the service (nor SQLAlchemy) that makes them.
if TYPE_CHECKING:
    from crm_desktop.services.receipts import ReceiptData

FORMATS: Final = ("a4", "thermal")
SIDE: Final = 12 * mm  # the half page's margins
THERMAL_WIDTH: Final = 80 * mm
THERMAL_PRINTED: Final = 72 * mm  # what an 80 mm printer head reaches
THERMAL_END: Final = 6 * mm  # blank paper before the tear bar
MAX_PAGE: Final = 5000 * mm  # PDF readers refuse pages past 200 inches: longer slips get more pages


@dataclass(frozen=True)
class _Look:
    """The type sizes of one format."""

    st: Styles
    number: ParagraphStyle
    heading: ParagraphStyle
    terms: ParagraphStyle
    center: ParagraphStyle


def title_of(data: ReceiptData) -> str:
    return _("Intake receipt") if data.kind == "job" else _("Request receipt")


def receipt_pdf(data: ReceiptData, *, fmt: str = "a4", printed_on: date | None = None) -> bytes:
    """The receipt as PDF bytes, in ``fmt`` (see :data:`FORMATS`), in the customer's language."""
    with i18n.language(data.language):
        return _receipt_pdf(data, fmt=fmt, printed_on=printed_on)


def _receipt_pdf(data: ReceiptData, *, fmt: str, printed_on: date | None) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown receipt format {fmt!r}")
    printed = printed_on or date.today()
    if fmt == "thermal":
        return _thermal(data, printed)
    return _half_page(data, printed)


# ------------------------------------------------------------------------------------ half a page


def _half_page(data: ReceiptData, printed: date) -> bytes:
    look = _look(styles(), base=9, small=7.5)
    page = LETTER if data.shop.paper == "letter" else A4
    width, height = page
    inner = width - 2 * SIDE
    half = height / 2
    copies = [
        _copy(data, look, inner, copy=_("Customer's copy"), shop_copy=False),
        _copy(data, look, inner, copy=_("Shop's copy"), shop_copy=True),
    ]
    room = half - 2 * SIDE
    fits = all(_height(copy, inner) <= room for copy in copies)

    def frame(y: float, h: float, name: str) -> Frame:
        return Frame(SIDE, y, inner, h, id=name, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def cut_line(canvas: Any, doc: Any) -> None:
        register_fonts()
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        canvas.line(SIDE / 2, half, width - SIDE / 2, half)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(SIDE / 2, half + 1.5 * mm, "✂")
        canvas.restoreState()

    if fits:
        templates = [
            PageTemplate(
                id="halves",
                frames=[frame(half + SIDE, room, "top"), frame(SIDE, room, "bottom")],
                onPage=cut_line,
            )
        ]
        story: list[Any] = [*copies[0], FrameBreak(), *copies[1]]
    else:  # too long for half a page: each copy on its own pages
        templates = [PageTemplate(id="whole", frames=[frame(SIDE, height - 2 * SIDE, "whole")])]
        story = [*copies[0], PageBreak(), *copies[1]]
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=page,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=SIDE,
        bottomMargin=SIDE,
        title=f"{title_of(data)} {data.number_text}",
        author=data.shop.name,
        creator="crm_desktop",
        initialFontName=FONT,
        pageTemplates=templates,
    )
    doc.build(story)
    return out.getvalue()


def _copy(data: ReceiptData, look: _Look, width: float, *, copy: str, shop_copy: bool) -> list[Any]:
    st = look.st
    shop = data.shop
    left: list[Any] = shop_header(shop.name, shop.address, shop.phone, shop.email, st)
    qr = 22 * mm
    code_width = 52 * mm  # "Intake receipt · Customer's copy" on one line
    right = Table(
        [
            [
                [
                    Paragraph(f"{title_of(data)} · {copy}", st.label),
                    para(data.number_text, look.number),
                    code128_drawing(
                        data.number_text, bar_height=7 * mm, bar_width=0.3 * mm, max_width=code_width
                    ),
                ],
                qr_drawing(data.number_text, qr),
            ]
        ],
        colWidths=[code_width, qr + 2 * mm],
        style=_tight(),
    )
    right_width = code_width + qr + 2 * mm
    header = Table(
        [[left, right]],
        colWidths=[width - right_width, right_width],
        style=_tight(
            extra=[
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
            ]
        ),
    )
    story: list[Any] = [header, Spacer(1, 1.5 * mm), _facts_grid(data, look, width)]
    story += [Paragraph(_problem_title(data), look.heading), para(data.problem, st.body)]
    story += [Paragraph(_("Terms"), look.heading), para(data.terms, look.terms)]
    if shop_copy:
        agreed = (
            _("I leave the unit and the accessories listed above and accept the terms.")
            if data.kind == "job"
            else _("I ask the shop to do what is written above and accept the terms.")
        )
        signature = _("Customer's signature: ______________________   Date: ____________")
        story += [Spacer(1, 3 * mm), para(f"{agreed}   {signature}", st.label)]
    return story


def _facts_grid(data: ReceiptData, look: _Look, width: float) -> Table:
    """The facts in two columns of label / value pairs."""
    st = look.st
    pairs = _facts(data)
    middle = (len(pairs) + 1) // 2
    columns = (pairs[:middle], pairs[middle:])
    rows: list[list[Any]] = []
    for n in range(middle):
        row: list[Any] = []
        for column in columns:
            if n < len(column):
                label, value, bold = column[n]
                row += [Paragraph(label, st.label), para(value, look.heading if bold else st.value)]
            else:
                row += ["", ""]
        rows.append(row)
    label = 25 * mm  # "Accessories left" on one line
    half = width / 2
    table = Table(
        rows,
        colWidths=[label, half - label, label, half - label],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        _tight(
            extra=[
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("LEFTPADDING", (2, 0), (2, -1), 3 * mm),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


# --------------------------------------------------------------------------------------- thermal


def _thermal(data: ReceiptData, printed: date) -> bytes:
    look = _look(styles(), base=8.5, small=7)
    st = look.st
    width = THERMAL_PRINTED
    side = (THERMAL_WIDTH - THERMAL_PRINTED) / 2
    shop = data.shop
    center = look.center
    small_center = ParagraphStyle("small_center", parent=look.terms, alignment=TA_CENTER)
    name = ParagraphStyle("shop_center", parent=st.shop_name, alignment=TA_CENTER, fontSize=12, leading=15)
    story: list[Any] = [para(shop.name, name)]
    if shop.address:
        story.append(para(shop.address, center))
    story += [para(part, center) for part in (shop.phone, shop.email) if part]
    story.append(HRFlowable(width="100%", thickness=0.75, color=RULE, spaceBefore=2 * mm, spaceAfter=2 * mm))
    big = ParagraphStyle("number_center", parent=look.number, alignment=TA_CENTER)
    story += [Paragraph(title_of(data), small_center), para(data.number_text, big)]
    code = code128_drawing(data.number_text, bar_height=9 * mm, bar_width=0.33 * mm, max_width=width)
    qr = qr_drawing(data.number_text, 24 * mm)
    for drawing in (code, qr):
        drawing.hAlign = "CENTER"
    story += [code, Spacer(1, 1 * mm), qr]
    label = 21 * mm
    rows = [
        [Paragraph(label_text, st.label), para(value, look.heading if bold else st.value)]
        for label_text, value, bold in _facts(data)
    ]
    facts = Table(
        rows,
        colWidths=[label, width - label],
        hAlign="LEFT",
        splitInRow=1,
    )
    facts.setStyle(
        _tight(
            extra=[
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    story += [Spacer(1, 1 * mm), facts]
    story += [Paragraph(_problem_title(data), look.heading), para(data.problem, st.body)]
    story += [Paragraph(_("Terms"), look.heading), para(data.terms, look.terms)]
    story += [Spacer(1, 2 * mm), Paragraph(_("Printed {date}").format(date=long_date(printed)), small_center)]
    top = 4 * mm
    height = min(MAX_PAGE, _height(story, width) + top + THERMAL_END)
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(THERMAL_WIDTH, height),
        leftMargin=side,
        rightMargin=side,
        topMargin=top,
        bottomMargin=THERMAL_END,
        title=f"{title_of(data)} {data.number_text}",
        author=shop.name,
        creator="crm_desktop",
        initialFontName=FONT,
        pageTemplates=[
            PageTemplate(
                id="roll",
                frames=[
                    Frame(
                        side,
                        THERMAL_END,
                        width,
                        height - top - THERMAL_END,
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
            )
        ],
    )
    doc.build(story)
    return out.getvalue()


# ---------------------------------------------------------------------------------------- shared


def _look(st: Styles, *, base: float, small: float) -> _Look:
    body = ParagraphStyle("receipt_body", parent=st.body, fontSize=base, leading=base * 1.3)
    value = ParagraphStyle("receipt_value", parent=body)
    label = ParagraphStyle("receipt_label", parent=st.label, fontSize=small, leading=small * 1.3)
    shaped = Styles(
        body=body,
        small=ParagraphStyle("receipt_small", parent=st.small, fontSize=small, leading=small * 1.3),
        label=label,
        value=value,
        title=st.title,
        shop_name=ParagraphStyle(
            "receipt_shop", parent=st.shop_name, fontSize=base + 3, leading=(base + 3) * 1.3
        ),
        heading=st.heading,
    )
    return _Look(
        st=shaped,
        number=ParagraphStyle("receipt_number", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22),
        heading=ParagraphStyle(
            "receipt_heading",
            parent=body,
            fontName=FONT_BOLD,
            spaceBefore=1.5 * mm,
            spaceAfter=0.5 * mm,
        ),
        terms=ParagraphStyle(
            "receipt_terms", parent=body, fontSize=small, leading=small * 1.25, textColor=GREY
        ),
        center=ParagraphStyle("receipt_center", parent=body, alignment=TA_CENTER),
    )


def _facts(data: ReceiptData) -> list[tuple[str, str, bool]]:
    """(label, value, bold) in the order the customer reads them."""
    facts: list[tuple[str, str, bool]] = [(_("Customer"), data.customer_name, False)]
    if data.customer_phones:
        facts.append((_("Phone"), "\n".join(data.customer_phones), False))
    if data.request_kind:
        facts.append((_("Request"), data.request_kind, False))
    if data.unit:
        facts.append((_("Unit"), data.unit, False))
        facts.append((_("Serial"), data.serial or "—", False))
    if data.warranty:
        warranty = data.warranty
        if data.warranty_end:
            warranty = _("{warranty} (until {date})").format(
                warranty=warranty, date=long_date(data.warranty_end)
            )
        facts.append((_("Warranty"), warranty, False))
    received = data.received_at.astimezone()
    facts.append((_("Received"), f"{long_date(received.date())}, {clock_time(received)}", False))
    ready = long_date(data.ready_by) if data.ready_by else _("we will call you")
    facts.append((_("Ready by") if data.kind == "job" else _("Promised for"), ready, True))
    if data.kind == "job":
        facts.append((_("Accessories left"), data.accessories or _("none"), False))
        facts.append((_("Condition"), data.condition or _("not noted"), False))
    return facts


def _problem_title(data: ReceiptData) -> str:
    return _("The problem, in your words") if data.kind == "job" else _("Your request, in your words")


def _height(story: Sequence[Flowable], width: float) -> float:
    """How tall ``story`` is when laid out ``width`` wide in one frame (space between flowables too)."""
    total = 0.0
    for n, flowable in enumerate(story):
        h = flowable.wrap(width, MAX_PAGE)[1]
        # A frame adds both spaces (they do not collapse), except the space before its first flowable.
        total += h + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if n else 0.0)
    return total + 2  # points of rounding slack


def _tight(extra: list[tuple[Any, ...]] | None = None) -> _TableStyle:
    return _TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            *(extra or []),
        ]
    )


__all__ = ["FORMATS", "receipt_pdf", "title_of"]
