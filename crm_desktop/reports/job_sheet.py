"""The technician's job sheet: one A4 or Letter page per job where possible.

Top: the shop's header (and logo when the settings name one), the job number as text, as a QR code and
as a Code128 barcode (a scanner typing "J-0042⏎" into the search box opens the job). Then the customer
and how to reach them, the unit with its serial and warranty status, the promised "ready by" date with
its chain of moves, the reported problem, accessories and condition, the visits, the checklist with
tick boxes, the diagnosis and work done (with ruled lines to write on), and the parts and labour table
(blank ruled rows to fill by hand). The technician's and the customer's signature boxes are drawn at
the foot of each job's first page, whatever follows: long notes flow onto further pages, which carry
the job number in their footer.

Several jobs (a technician's day) make one PDF, each job starting on a new page.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus import TableStyle as _TableStyle

from crm_desktop import i18n
from crm_desktop.domain.enums import (
    Channel,
    JobLineKind,
    JobPriority,
    PromiseStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.i18n import N_, _, pgettext
from crm_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    GREY,
    RULE,
    VISIT_STATUS,
    Styles,
    code128_drawing,
    draw_text,
    fit_width,
    in_words,
    long_date,
    para,
    register_fonts,
    shop_header,
    styles,
)
from crm_desktop.reports.typeset import text_width

# Types only: a report reads these values but never loads the service (nor SQLAlchemy) that makes them.
if TYPE_CHECKING:
    from crm_desktop.services.job_sheets import JobSheetData

TITLE: Final = N_("Job sheet")  # translated where printed
SIDE: Final = 14 * mm
FOOTER: Final = 8 * mm  # room kept for the footer line under the body
SIGNATURES: Final = 21 * mm  # height of the signature boxes on each job's first page
QR_SIZE: Final = 20 * mm
BLANK_PARTS_ROWS: Final = 6  # ruled rows under the parts and labour already entered, to fill by hand
WRITING_LINES_EMPTY: Final = 4  # ruled lines for a diagnosis or work done not written yet
WRITING_LINES_MORE: Final = 2  # ruled lines under one already written, to add to it
SIDE_BY_SIDE_MAX: Final = 400  # notes this short sit side by side (accessories and condition...)

# Stored values in words, marked here and translated where printed (see in_words).
_WARRANTY_TEXT: Final[dict[str, str]] = {
    WarrantyStatus.COVERED: N_("under warranty"),
    WarrantyStatus.EXPIRED: N_("warranty expired"),
    WarrantyStatus.NOT_SOLD_HERE: N_("not sold here"),
    WarrantyStatus.UNKNOWN: N_("unknown (no serial given)"),
}
_PRIORITY_TEXT: Final[dict[str, str]] = {
    JobPriority.LOW: N_("low"),
    JobPriority.NORMAL: N_("normal"),
    JobPriority.HIGH: N_("high"),
    JobPriority.URGENT: N_("urgent"),
}
_PROMISE_STATUS: Final[dict[str, str]] = {
    PromiseStatus.OPEN: N_("open"),
    PromiseStatus.KEPT: N_("kept"),
    PromiseStatus.BROKEN: N_("broken"),
    PromiseStatus.CANCELLED: N_("cancelled"),
}


def _channel(channel: str) -> str:
    """How the customer wants to be reached, in words ("in store")."""
    words: dict[str, str] = {
        Channel.CALL: pgettext("contact by", "call"),
        Channel.VISIT: pgettext("contact by", "visit"),
        Channel.EMAIL: pgettext("contact by", "email"),
        Channel.IN_STORE: pgettext("contact by", "in store"),
        Channel.MESSAGE: pgettext("contact by", "message"),
    }
    return words.get(channel, str(channel).replace("_", " "))


def job_sheet_pdf(
    sheets: Sequence[JobSheetData], *, printed_on: date | None = None, title: str = ""
) -> bytes:
    """The job sheets as PDF bytes, each job starting on a new page; one job's sheet in its customer's
    language (see :func:`crm_desktop.services.job_sheets.job_sheets`)."""
    if not sheets:
        raise ValueError("no job sheets to print")
    with i18n.language(sheets[0].language if len(sheets) == 1 else None):
        return _job_sheet_pdf(sheets, printed_on=printed_on, title=title)


def _job_sheet_pdf(sheets: Sequence[JobSheetData], *, printed_on: date | None, title: str) -> bytes:
    st = styles()
    printed = printed_on or date.today()
    page = LETTER if sheets[0].shop.paper == "letter" else A4
    width, height = page
    out = BytesIO()
    state: dict[str, Any] = {"sheet": sheets[0], "start": 1}
    body_bottom = SIDE + FOOTER
    first = Frame(
        SIDE,
        body_bottom + SIGNATURES + 3 * mm,
        width - 2 * SIDE,
        height - 2 * SIDE - FOOTER - SIGNATURES - 3 * mm,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        SIDE,
        body_bottom,
        width - 2 * SIDE,
        height - 2 * SIDE - FOOTER,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def end_first(canvas: Any, doc: Any) -> None:
        _signatures(canvas, state["sheet"], st, width)
        _footer(canvas, state, printed, width)

    def end_later(canvas: Any, doc: Any) -> None:
        _footer(canvas, state, printed, width)

    shop = sheets[0].shop
    doc = BaseDocTemplate(
        out,
        pagesize=page,
        leftMargin=SIDE,
        rightMargin=SIDE,
        topMargin=SIDE,
        bottomMargin=SIDE,
        title=title or _("Job sheet {number}").format(number=sheets[0].job.number_text),
        author=shop.name,
        creator="crm_desktop",
        initialFontName=FONT,
        pageTemplates=[
            PageTemplate(id="first", frames=[first], onPageEnd=end_first, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPageEnd=end_later),
        ],
    )
    story: list[Any] = []
    for n, sheet in enumerate(sheets):
        if n:
            story += [NextPageTemplate("first"), PageBreak()]
        story.append(_Marker(state, sheet))
        story += _sheet(sheet, st, width - 2 * SIDE)
    doc.build(story)
    return out.getvalue()


# ------------------------------------------------------------------------------------------ the sheet


class _Marker(Flowable):  # type: ignore[misc]
    """Takes no room; tells the page callbacks which job the page belongs to."""

    def __init__(self, state: dict[str, Any], sheet: JobSheetData) -> None:
        super().__init__()
        self._state = state
        self._sheet = sheet

    def wrap(self, *_: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._state["sheet"] = self._sheet
        self._state["start"] = self.canv.getPageNumber()


def _sheet(sheet: JobSheetData, base: Styles, width: float) -> list[Any]:
    job = sheet.job
    # Tighter type than the certificate's: the whole job, visits and blank rows included, should fit on
    # the first page above the signature boxes.
    body = ParagraphStyle("sheet_body", parent=base.body, fontSize=9.5, leading=12)
    st = replace(
        base,
        body=body,
        value=ParagraphStyle("sheet_value", parent=base.value, fontSize=9.5, leading=12),
        heading=ParagraphStyle(
            "sheet_heading", parent=base.heading, fontSize=10, leading=12.5, spaceBefore=3.5, spaceAfter=1
        ),
    )
    facts = [
        _("Status: {status}").format(status=job.status_text),
        _("received {date}").format(date=long_date(job.received_at.astimezone().date())),
    ]
    if job.priority != "normal":
        facts.append(_("priority: {priority}").format(priority=in_words(_PRIORITY_TEXT, job.priority)))
    facts.append(_("technician: {name}").format(name=job.technician_name or "—"))
    story: list[Any] = [_header(sheet, st, width, "  ·  ".join(facts)), Spacer(1, 1.5 * mm)]
    story.append(_facts_table(sheet, st, width))
    story += _text_section(_("Reported problem"), job.reported_problem, st)
    if sheet.visits:
        story += [Paragraph(_("Visits"), st.heading), _visits(sheet, st, width)]
    story += [Paragraph(_("Checklist"), st.heading), _checklist(sheet, st, width)]
    story += _pair(
        (_("Diagnosis"), job.diagnosis),
        (_("Work done"), job.work_done),
        st,
        width,
        blank_lines=WRITING_LINES_EMPTY,
        lines_after=WRITING_LINES_MORE,
    )
    parts = [Paragraph(_("Parts and labour"), st.heading), _lines(sheet, st, width), Spacer(1, 1 * mm)]
    parts.append(para(_totals(sheet), st.body))
    story.append(KeepTogether(parts))  # the heading never sits alone at the foot of a page
    return story


def _header(sheet: JobSheetData, st: Styles, width: float, status: str) -> Table:
    """The shop (and the job's status line under it) on the left; the job number, barcode and QR code on
    the right."""
    shop = sheet.shop
    left: list[Any] = []
    logo = _logo(shop.logo_path)
    if logo is not None:
        left.append(logo)
    left += shop_header(shop.name, shop.address, shop.phone, shop.email, st)
    left += [Spacer(1, 1.5 * mm), para(status, st.body)]
    number = sheet.job.number_text
    code = code128_drawing(number, bar_height=8 * mm, bar_width=0.3 * mm)
    big = ParagraphStyle("job_number", parent=st.title, fontSize=18, leading=22, spaceBefore=0, spaceAfter=1)
    right = Table(
        [[[Paragraph(_(TITLE), st.label), para(number, big), code], QrCode(number, QR_SIZE)]],
        colWidths=[36 * mm, QR_SIZE + 3 * mm],
        style=_TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    right_width = QR_SIZE + 3 * mm + 36 * mm
    return Table(
        [[left, right]],
        colWidths=[width - right_width, right_width],
        style=_TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                # the status line stops short of the barcode:
                ("RIGHTPADDING", (0, 0), (0, 0), 3 * mm),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code of ``value``, ``size`` points square (quiet zone included), drawn straight on the canvas
    as one filled rectangle per run of dark modules. ReportLab's ``QrCodeWidget`` makes a validated
    shape per run, twice (once for its bounds, once to draw): that was half the time of a day's sheets."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        widget = QrCodeWidget(value, barLevel="M")
        widget.qr.make()
        self._modules: list[list[bool | None]] = widget.qr.modules
        self._border = int(widget.barBorder)
        self.width = self.height = size

    def wrap(self, *_: Any) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self._modules)
        box = self.width / (count + 2 * self._border)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self._modules):
            top = self.height - (r + self._border + 1) * box
            column = 0
            for dark, run in itertools.groupby(bool(module) for module in row):
                length = sum(1 for _ in run)
                if dark:
                    canvas.rect((column + self._border) * box, top, length * box, box, stroke=0, fill=1)
                column += length
        canvas.restoreState()


def _logo(path: str | None) -> Image | None:
    """The shop's logo scaled to at most 18 mm high and 60 mm wide; None when missing or unreadable
    (a moved logo file must not stop the technician's printing)."""
    if not path:
        return None
    file = Path(path).expanduser()
    try:
        if not file.is_file() or file.stat().st_size > 5_000_000:
            return None
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(str(file))
        w, h = reader.getSize()
    except Exception:
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(18 * mm / h, 60 * mm / w)
    image = Image(str(file), width=w * scale, height=h * scale)
    image.hAlign = "LEFT"
    return image


def _facts_table(sheet: JobSheetData, st: Styles, width: float) -> Table:
    job = sheet.job
    customer = job.customer_name + (f"\n{sheet.customer_company}" if sheet.customer_company else "")
    left: list[tuple[str, str]] = [(_("Customer"), customer)]
    left.append((_("Phone"), "\n".join(sheet.customer_phones) or "—"))
    if sheet.customer_email:
        left.append((_("E-mail"), sheet.customer_email))
    if sheet.customer_address:
        left.append((_("Address"), sheet.customer_address))
    if job.contact_preference:
        left.append((_("Contact by"), _channel(job.contact_preference)))
    warranty = in_words(_WARRANTY_TEXT, job.warranty_status)
    if job.warranty_end is not None:
        warranty = _("{warranty} (ends {date})").format(warranty=warranty, date=long_date(job.warranty_end))
    if job.warranty_decision is WarrantyDecision.COVERED:
        decision = _("covered: the shop pays")
    else:
        decision = _("billable")
    if job.warranty_reason:
        decision = _("{decision} (override: {reason})").format(decision=decision, reason=job.warranty_reason)
    right: list[tuple[str, str]] = [(_("Unit"), job.unit_description), (_("Serial"), job.unit_serial or "—")]
    if job.replacement_serial:
        right.append((_("Replaced by"), job.replacement_serial))
    if job.sale_number_text:
        right.append((_("Sold on"), job.sale_number_text))
    right += [(_("Warranty"), warranty), (_("Decision"), decision)]
    promise = job.ready_promise
    if promise is not None:
        ready = long_date(promise.due_date)
        if promise.changes:
            ready += f" ({promise.text})"
        if promise.status != "open":
            ready += f" — {in_words(_PROMISE_STATUS, promise.status)}"
        right.append((_("Ready by"), ready))
    rows = []
    for n in range(max(len(left), len(right))):
        row: list[Any] = []
        for pairs in (left, right):
            if n < len(pairs):
                row += [Paragraph(pairs[n][0], st.label), para(pairs[n][1], st.value)]
            else:
                row += ["", ""]
        rows.append(row)
    # What came in with the unit, side by side under the facts: intake facts, not sections of their own.
    intake = [(_("Accessories"), job.accessories), (_("Condition"), job.condition)]
    if any(text for _, text in intake):
        rows.append(
            [cell for key, text in intake for cell in (Paragraph(key, st.label), para(text or "—", st.value))]
        )
    # As wide as the longest label (German "Seriennummer", "Entscheidung"), within 22 to 32 mm.
    names = [name for name, _value in (*left, *right, *intake)]
    longest = max(text_width(name, st.label.fontSize) for name in names)
    label = min(32 * mm, max(22 * mm, longest + 6 * mm))  # with the cell padding
    half = width / 2
    table = Table(
        rows,
        colWidths=[label, half - label, label, half - label],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


def _text_section(title: str, text: str, st: Styles) -> list[Any]:
    return [Paragraph(title, st.heading), para(text, st.body)]


def _pair(
    left: tuple[str, str | None],
    right: tuple[str, str | None],
    st: Styles,
    width: float,
    *,
    blank_lines: int,
    lines_after: int = 0,
) -> list[Any]:
    """Two short notes side by side under their headings; long ones one after the other, so that they
    can flow onto the next page. A blank note shows ``blank_lines`` ruled lines to write on by hand
    (none: the note is left out); a written one ``lines_after`` ruled lines under it, to add to it."""
    notes = [(title, text) for title, text in (left, right) if text or blank_lines]
    if not notes:
        return []

    def block(title: str, text: str | None, column: float) -> list[Any]:
        if not text:
            return [Paragraph(title, st.heading), _ruled(blank_lines, column)]
        flow: list[Any] = [Paragraph(title, st.heading), para(text, st.body)]
        return [*flow, _ruled(lines_after, column)] if lines_after else flow

    if len(notes) == 1 or any(text and len(text) > SIDE_BY_SIDE_MAX for _, text in notes):
        return [flowable for title, text in notes for flowable in block(title, text, width)]
    gap = 4 * mm
    column = (width - gap) / 2
    table = Table(
        [[block(notes[0][0], notes[0][1], column), "", block(notes[1][0], notes[1][1], column)]],
        colWidths=[column, gap, column],
    )
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _ruled(rows: int, width: float, height: float = 6.5 * mm) -> Table:
    table = Table([[""] for _ in range(rows)], colWidths=[width], rowHeights=[height] * rows)
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return table


def _visits(sheet: JobSheetData, st: Styles, width: float) -> Table:
    rows: list[list[Any]] = [
        [Paragraph(h, st.label) for h in (_("Day"), _("Time"), _("Where"), _("Technician"), _("Status"))]
    ]
    for v in sheet.visits:
        rows.append(
            [
                para(long_date(v.day), st.body),
                para(v.window_text, st.body),
                para(v.place_text, st.body),
                para(v.technician_name or "—", st.body),
                para(in_words(VISIT_STATUS, v.status), st.body),
            ]
        )
    table = Table(rows, colWidths=[32 * mm, 30 * mm, width - 126 * mm, 38 * mm, 26 * mm], splitInRow=1)
    table.setStyle(_grid())
    return table


def _checklist(sheet: JobSheetData, st: Styles, width: float) -> Table:
    box = 7 * mm
    items = sheet.job.checklist
    if items:
        rows = [
            [
                Paragraph("☑" if item.done else "☐", st.value),
                para(item.text, st.body),
                para(
                    _("done {date}").format(date=long_date(item.done_at.astimezone().date()))
                    if item.done_at
                    else "",
                    st.small,
                ),
            ]
            for item in items
        ]
    else:
        rows = [[Paragraph("☐", st.value), "", ""] for _ in range(3)]
    table = Table(rows, colWidths=[box, width - box - 38 * mm, 38 * mm], splitInRow=1)
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _lines(sheet: JobSheetData, st: Styles, width: float) -> Table:
    money = sheet.shop.money.format
    header = ["", _("Description"), _("Qty / h"), _("Unit price"), _("Total"), _("Paid by")]
    number = ParagraphStyle("number", parent=st.body, alignment=TA_RIGHT)
    rows: list[list[Any]] = [[Paragraph(h, st.label) for h in header]]
    for line in sheet.job.lines:
        rows.append(
            [
                Paragraph(_("Part") if line.kind is JobLineKind.PART else _("Labour"), st.small),
                para(line.description, st.body),
                Paragraph(_quantity(line.quantity), number),
                Paragraph(money(line.unit_price_minor), number),
                Paragraph(money(line.price_minor), number),
                Paragraph(
                    pgettext("paid by", "warranty")
                    if line.covered_by_warranty
                    else pgettext("paid by", "customer"),
                    st.small,
                ),
            ]
        )
    blanks = BLANK_PARTS_ROWS  # parts used and hours spent are written here first, typed in later
    rows += [[""] * 6 for _ in range(blanks)]
    fixed = [15 * mm, 16 * mm, 25 * mm, 25 * mm, 19 * mm]
    table = Table(
        rows,
        colWidths=[fixed[0], width - sum(fixed), *fixed[1:]],
        rowHeights=[None] * (len(rows) - blanks) + [6 * mm] * blanks,
        splitInRow=1,
        repeatRows=1,
    )
    table.setStyle(_grid())
    return table


def _grid() -> _TableStyle:
    return _TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
    )


def _totals(sheet: JobSheetData) -> str:
    job, money = sheet.job, sheet.shop.money.format
    if not job.lines:
        return _("Write parts and hours above; the shop enters them in crm_desktop when the job is done.")
    text = _("Parts {parts}  ·  labour {labour}  ·  customer pays {billable}").format(
        parts=money(job.parts_minor), labour=money(job.labour_minor), billable=money(job.billable_minor)
    )
    if job.covered_cost_minor:
        covered = _("covered by the warranty (cost to the shop) {cost}").format(
            cost=money(job.covered_cost_minor)
        )
        text += f"  ·  {covered}"
    return text


def _signatures(canvas: Any, sheet: JobSheetData, st: Styles, page_width: float) -> None:
    register_fonts()
    width = page_width - 2 * SIDE
    gap = 6 * mm
    box_width = (width - gap) / 2
    y = SIDE + FOOTER
    boxes = (
        (
            _("Technician: {name}").format(name=sheet.job.technician_name or ""),
            _("Work done as described above. Signature and date:"),
        ),
        (
            _("Customer: {name}").format(name=sheet.job.customer_name),
            _("I collected the unit and the accessories listed. Signature and date:"),
        ),
    )
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    for n, (who, what) in enumerate(boxes):
        x = SIDE + n * (box_width + gap)
        canvas.rect(x, y, box_width, SIGNATURES, stroke=1, fill=0)
        top = y + SIGNATURES - 2 * mm
        for text, style in ((who, st.label), (what, st.small)):
            paragraph = para(text, style)
            h = paragraph.wrapOn(canvas, box_width - 4 * mm, SIGNATURES)[1]
            h = min(h, 12 * mm)
            paragraph.drawOn(canvas, x + 2 * mm, top - h)
            top -= h + 1 * mm
    canvas.restoreState()


def _footer(canvas: Any, state: dict[str, Any], printed: date, page_width: float) -> None:
    register_fonts()
    sheet: JobSheetData = state["sheet"]
    page = canvas.getPageNumber() - state["start"] + 1
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(GREY)
    y = SIDE
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(SIDE, y + 4 * mm, page_width - SIDE, y + 4 * mm)
    title = _("Job sheet {number}").format(number=sheet.job.number_text)
    left = f"{title} · {sheet.job.customer_name}"
    right = _("Printed {date}  ·  {number} page {page}").format(
        date=long_date(printed), number=sheet.job.number_text, page=page
    )
    room = page_width - 2 * SIDE - canvas.stringWidth(right, FONT_BOLD, 8) - 6 * mm
    draw_text(canvas, fit_width(left, FONT, 8, room), SIDE, y, 8)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawRightString(page_width - SIDE, y, right)
    canvas.restoreState()


def _quantity(value: Decimal) -> str:
    return f"{value.normalize():f}" if value == value.to_integral() else f"{value:.2f}".rstrip("0")


__all__ = ["TITLE", "QrCode", "job_sheet_pdf"]
