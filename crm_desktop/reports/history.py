"""The printed customer history: shop header, the customer's details, a summary box, then items owned,
sales, service jobs (with visits, parts and labour), requests (who owns them, where they stand, their
promises with every date change, how they ended), promises (with every date change and whether they
were kept), follow-ups (outcomes, satisfaction and comments) and the contact log, oldest first.

Every section is a table whose header repeats on each page and whose rows may split across pages, so a
customer with a thousand events prints; all user text goes through :func:`para` (escaped, wrapped,
fallback font for CJK). The footer of every page carries the date printed and the page number.
"""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from typing import TYPE_CHECKING, Any, Final

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from crm_desktop import i18n
from crm_desktop.domain.enums import FollowUpStatus, JobLineKind
from crm_desktop.domain.money import ShopMoney
from crm_desktop.i18n import N_, _, ngettext, pgettext
from crm_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    GREY,
    MARGIN,
    RULE,
    VISIT_STATUS,
    Styles,
    data_table,
    in_words,
    long_date,
    page_footer,
    para,
    shop_header,
    styles,
)

# Types only: a report reads these values but never loads the service (nor SQLAlchemy) that makes them.
if TYPE_CHECKING:
    from crm_desktop.services.history_report import HistoryReport, JobRow, PromiseRow, RequestRow

TITLE: Final = N_("Customer history")  # translated where printed
KEEP_JOB: Final = 45 * mm  # most blank space a job moved whole to the next page may leave
# A follow-up's state as the service hands it over (``done``), in words (see :func:`in_words`).
_FOLLOW_UP_STATUS: Final[dict[str, str]] = {
    FollowUpStatus.OPEN: N_("open"),
    FollowUpStatus.DONE: N_("done"),
    FollowUpStatus.SKIPPED: N_("skipped"),
    FollowUpStatus.CANCELLED: N_("cancelled"),
}


def history_pdf(report: HistoryReport) -> bytes:
    """The printed history, in the customer's language when the report names one."""
    with i18n.language(report.language):
        return _history_pdf(report)


def _history_pdf(report: HistoryReport) -> bytes:
    st = _dense(styles())
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER if report.shop.paper == "letter" else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN - 4 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=_("Customer history: {name}").format(name=report.header.name),
        author=report.shop.name,
        creator="crm_desktop",
        initialFontName=FONT,
    )
    width = doc.width
    shop = report.shop
    story: list[Any] = [
        _masthead(report, st, width),
        Spacer(1, 1.5 * mm),
        _customer(report, st, width),
        Spacer(1, 1.5 * mm),
        _summary(report, st, width),
    ]
    money = shop.money
    story += _table_section(_("Items owned"), *_items(report, st, width), st, width)
    story += _table_section(_("Sales"), *_sales(report, st, width, money), st, width)
    story += _jobs(report, st, width, money)
    story += _table_section(_("Requests"), *_requests(report, st, width), st, width)
    story += _table_section(_("Promises"), *_promises(report, st, width), st, width)
    if report.include_internal:  # the shop's calls and their notes: the shop's copy only
        story += _table_section(_("Follow-ups"), *_follow_ups(report, st, width), st, width)
    story += _table_section(_("Contacts"), *_contacts(report, st, width), st, width)
    copy = _("shop's copy (internal)") if report.include_internal else _("customer's copy")
    title = _(TITLE)
    footer = page_footer(report.printed_on, f"{shop.name} · {title} · {report.header.name} · {copy}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _dense(base: Styles) -> Styles:
    """The shared styles made smaller: a history is a record to scan, so it packs its tables tight."""
    body = ParagraphStyle("history_body", parent=base.body, fontSize=8.5, leading=10.5)
    return replace(
        base,
        body=body,
        small=ParagraphStyle("history_small", parent=base.small, fontSize=7.5, leading=9),
        label=ParagraphStyle("history_label", parent=base.label, fontSize=7.5, leading=9),
        value=ParagraphStyle("history_value", parent=base.value, fontSize=9, leading=11.5),
        title=ParagraphStyle(
            "history_title", parent=base.title, fontSize=15, leading=18, spaceBefore=0, spaceAfter=1
        ),
        shop_name=ParagraphStyle("history_shop", parent=base.shop_name, fontSize=11.5, leading=14),
        heading=ParagraphStyle(
            "history_heading", parent=base.heading, fontSize=10, leading=13, spaceBefore=6, spaceAfter=2
        ),
    )


def _masthead(report: HistoryReport, st: Styles, width: float) -> Table:
    """The shop on the left; on the right the title, which copy this is, the period and the date."""
    shop = report.shop
    left = shop_header(shop.name, shop.address, shop.phone, shop.email, replace(st, body=st.small))
    copy = (
        _("<b>Shop's copy — internal notes included, not for the customer</b>")
        if report.include_internal
        else _("Customer's copy")
    )
    right = [Paragraph(_(TITLE), st.title), Paragraph(copy, st.body), para(_period(report), st.small)]
    half = width * 0.5
    table = Table([[left, right]], colWidths=[half, width - half], hAlign="LEFT")
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ("LINEBELOW", (0, 0), (-1, -1), 0.75, RULE),
            ]
        )
    )
    return table


def _period(report: HistoryReport) -> str:
    if report.start is None and report.end is None:
        span = _("The whole history")
    elif report.start is None:
        span = _("Everything up to {date}").format(date=long_date(report.end))  # type: ignore[arg-type]
    elif report.end is None:
        span = _("From {date}").format(date=long_date(report.start))
    else:
        span = _("From {start} to {end}").format(start=long_date(report.start), end=long_date(report.end))
    notes = (
        _("including the shop's internal notes") if report.include_internal else _("without internal notes")
    )
    # "The whole history, without internal notes. Printed 3 March 2026."
    return _("{period}, {notes}. Printed {date}.").format(
        period=span, notes=notes, date=long_date(report.printed_on)
    )


def _customer(report: HistoryReport, st: Styles, width: float) -> Table:
    """The customer's details, two to a row."""
    h = report.header
    pairs: list[tuple[str, str]] = [(_("Customer"), h.name + (f"\n{h.company}" if h.company else ""))]
    if h.phones:
        pairs.append((_("Phone"), "\n".join(h.phones)))
    if h.email:
        pairs.append((_("E-mail"), h.email))
    if h.address:
        pairs.append((_("Address"), h.address))
    if h.tags:
        pairs.append((_("Tags (internal)"), ", ".join(h.tags)))
    notes = (_("Internal notes"), h.notes) if h.notes else None
    rows: list[list[Any]] = []
    for n in range(0, len(pairs), 2):
        row: list[Any] = []
        for key, value in pairs[n : n + 2]:
            row += [Paragraph(key, st.label), para(value, st.value)]
        rows.append(row + ["", ""] * (2 - len(pairs[n : n + 2])))
    spans = []
    if notes is not None:  # long notes get the whole width
        rows.append([Paragraph(notes[0], st.label), para(notes[1], st.value), "", ""])
        spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
    label = 20 * mm
    half = width / 2
    table = Table(
        rows,
        colWidths=[label, half - label, label, half - label],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(_TableStyle([*_plain_commands(), *spans]))
    return table


def _summary(report: HistoryReport, st: Styles, width: float) -> Table:
    h = report.header
    cells = [
        (_("Customer since"), long_date(h.customer_since)),
        (_("Total spent"), report.shop.money.format(h.total_spent_minor)),
        (_("Open service jobs"), str(h.open_jobs)),
        (_("Open requests"), str(h.open_requests)),
        (_("Open promises"), str(h.open_promises)),
    ]
    if report.include_internal:  # the shop's score of the customer's answers
        scores = ngettext("{count} score", "{count} scores", h.satisfaction_count).format(
            count=h.satisfaction_count
        )
        satisfaction = (
            _("{average} / 5 ({scores})").format(average=f"{h.average_satisfaction:.1f}", scores=scores)
            if h.average_satisfaction is not None
            else _("not asked yet")
        )
        cells.append((_("Average satisfaction"), satisfaction))
    table = Table(
        [[Paragraph(k, st.label) for k, _ in cells], [para(v, st.value) for _, v in cells]],
        colWidths=[width / len(cells)] * len(cells),
    )
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.75, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), "#F3F3F3"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _table_section(
    title: str, header: list[str], rows: list[list[Any]], widths: list[float], st: Styles, width: float
) -> list[Any]:
    """A section as one dense table: the title is its first row and the column header its second, so
    the title can never end a page alone (a table does not split before its third row) and a long
    table starts right under whatever precedes it instead of leaving the rest of a page blank. Both
    repeat on each page the table runs onto. (Repeating the header alone, ``repeatRows=(1,)``, puts a
    stray header on the first page when a row is split across pages, in ReportLab 4.)"""
    heading = Paragraph(title, st.heading)
    if not rows:
        return [heading, Paragraph(_("None."), st.small)]
    table = Table(
        [[heading, *[""] * (len(header) - 1)], [Paragraph(h, st.label) for h in header], *rows],
        colWidths=widths,
        repeatRows=2,  # the title and the column header, on each page the table runs onto
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (0, 0), (-1, 0)),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("BACKGROUND", (0, 1), (-1, 1), "#EEEEEE"),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("LEFTPADDING", (0, 1), (-1, -1), 3),
                ("RIGHTPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
            ]
        )
    )
    return [table]


def _grid_table(header: list[str], rows: list[list[Any]], widths: list[float], st: Styles) -> list[Any]:
    return [data_table(header, rows, widths, st)] if rows else []


def _plain_commands() -> list[tuple[Any, ...]]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]


Section = tuple[list[str], list[list[Any]], list[float]]  # column header, rows, column widths


def _items(report: HistoryReport, st: Styles, width: float) -> Section:
    rows = [
        [
            para(i.description, st.body),
            para(i.serial or "—", st.body),
            para(i.sale_number_text, st.body),
            para(long_date(i.sale_date), st.body),
            para(i.warranty_text, st.body),
        ]
        for i in report.items
    ]
    header = [_("Item"), _("Serial / IMEI"), _("Sale"), _("Bought"), _("Warranty")]
    return header, rows, _cols(width, 0.25, 0.2, 0.09, 0.2)


def _sales(report: HistoryReport, st: Styles, width: float, money: ShopMoney) -> Section:
    rows = []
    for sale in report.sales:
        items = "\n".join(
            f"{line.description}"
            + (f" ({line.serial})" if line.serial else "")
            + (f" × {line.quantity}" if line.quantity != 1 else "")
            + f" — {money.format(line.amount_minor)}"
            for line in sale.lines
        )
        if sale.void:
            void = _("VOID: {reason}").format(reason=sale.void_reason) if sale.void_reason else _("VOID")
            items = f"{void}\n{items}"
        rows.append(
            [
                para(long_date(sale.sale_date), st.body),
                para(sale.number_text, st.body),
                para(items or _("no items"), st.body),
                para(money.format(sale.total_minor) if not sale.void else _("void"), st.body),
            ]
        )
    return [_("Date"), _("Sale"), _("Items"), _("Total")], rows, _cols(width, 0.2, 0.09, 0.56)


def _jobs(report: HistoryReport, st: Styles, width: float, money: ShopMoney) -> list[Any]:
    heading = Paragraph(_("Service jobs"), st.heading)
    if not report.jobs:
        return [heading, Paragraph(_("None."), st.small)]
    blocks = [_job(job, st, width, money) for job in report.jobs]
    # A job stays on one page when it fits there; with more than KEEP_JOB left on the page it flows on
    # instead (its tables repeat their header), so a long job never leaves most of a page blank. The
    # heading keeps company with the first job's opening lines.
    first = blocks[0]
    return [
        KeepTogether([heading, *first[:3]]),
        KeepTogether(first[3:], maxHeight=KEEP_JOB),
        *(KeepTogether(block, maxHeight=KEEP_JOB) for block in blocks[1:]),
    ]


def _job(job: JobRow, st: Styles, width: float, money: ShopMoney) -> list[Any]:
    if job.closed:
        dates = _("Received {received}, closed {closed}").format(
            received=long_date(job.received), closed=long_date(job.closed)
        )
    else:
        dates = _("Received {received}").format(received=long_date(job.received))
    serial = job.serial or ""
    if job.replacement_serial:
        serial = _("{serial} → replaced by {replacement}").format(
            serial=job.serial, replacement=job.replacement_serial
        )
    title = f"{job.number_text} · {job.unit} ({serial})" if job.serial else f"{job.number_text} · {job.unit}"
    facts = [
        f"{dates} · {job.status_text} · {job.who_pays}",
        _("Problem: {problem}").format(problem=job.problem),
    ]
    if job.override_reason:
        facts.append(_("Warranty override (internal): {reason}").format(reason=job.override_reason))
    if job.diagnosis:
        facts.append(_("Diagnosis (internal): {diagnosis}").format(diagnosis=job.diagnosis))
    if job.work_done:
        facts.append(_("Work done: {work}").format(work=job.work_done))
    head = para(title, _bold(st.body))
    flow: list[Any] = [Spacer(1, 1.5 * mm), head, para("\n".join(facts), st.body)]
    rows = [
        [
            para(_("Part") if line.kind is JobLineKind.PART else _("Labour"), st.small),
            para(line.description, st.body),
            para(f"{line.quantity.normalize():f}", st.body),
            para(money.format(line.price_minor), st.body),
            para(
                pgettext("paid by", "warranty") if line.covered else pgettext("paid by", "customer"), st.small
            ),
        ]
        for line in job.lines
    ]
    if job.lines:
        rows.append(
            [
                "",
                para(_("Charged to the customer"), st.small),
                "",
                para(money.format(job.billable_minor), st.body),
                "",
            ]
        )
    flow += _grid_table(
        ["", _("Part or labour"), _("Qty / h"), _("Price"), _("Paid by")],
        rows,
        _cols(width, 0.1, 0.52, 0.1, 0.14),
        st,
    )
    # The technician's name is on the shop's copy only (the service leaves it out of the other).
    named = any(v.technician for v in job.visits)
    visits = [
        [
            para(long_date(v.day), st.body),
            para(v.window, st.body),
            para(v.place, st.body),
            *([para(v.technician or "—", st.body)] if named else []),
            para(in_words(VISIT_STATUS, v.status) + (f": {v.outcome}" if v.outcome else ""), st.body),
        ]
        for v in job.visits
    ]
    if named:
        header, widths = (
            [_("Visit"), _("Time"), _("Where"), _("Technician"), _("Outcome")],
            _cols(width, 0.2, 0.14, 0.27, 0.16),
        )
    else:
        header, widths = [_("Visit"), _("Time"), _("Where"), _("Outcome")], _cols(width, 0.2, 0.14, 0.43)
    flow += _grid_table(header, visits, widths, st)
    return flow


def _requests(report: HistoryReport, st: Styles, width: float) -> Section:
    rows = []
    for r in report.requests:
        # Number and kind in bold, the customer's words, then when (and whose, on the shop's copy) in
        # small grey type: three paragraphs of user text, each printed as written in any script.
        facts = _("opened {date}").format(date=long_date(r.opened))
        if r.owner:
            facts += " · " + _("owner {name}").format(name=r.owner)
        what = [
            para(f"{r.number_text} · {r.kind}", _bold(st.body)),
            para(r.summary, st.body),
            para(facts, _facts_style(st)),
        ]
        rows.append(
            [what, para(r.status_text, st.body), para("\n".join(_request_outcome(r)) or "—", st.body)]
        )
    return [_("Request"), _("Status"), _("Promises and outcome")], rows, _cols(width, 0.38, 0.15)


def _request_outcome(r: RequestRow) -> list[str]:
    lines = []
    for p in r.promises:
        lines.append(f"{p.chain} ({p.outcome})")
        lines += [f"{long_date(m.old_date)} → {long_date(m.new_date)}: {m.reason}" for m in p.moves]
    if r.closed is not None:
        # "Resolved 3 March 2026"
        ended = pgettext("a request's end: its state and the day", "{status} {date}").format(
            status=r.status_text.capitalize(), date=long_date(r.closed)
        )
        lines.append(f"{ended}: {r.resolution}" if r.resolution else ended)
    if r.job_number_text and r.job_number_text not in (r.resolution or ""):
        lines.append(_("Became service job {job}").format(job=r.job_number_text))
    if r.notes:
        lines.append(_("Notes (internal): {notes}").format(notes=r.notes))
    return lines


def _promises(report: HistoryReport, st: Styles, width: float) -> Section:
    rows = []
    for p in report.promises:
        moves = "\n".join(f"{long_date(m.old_date)} → {long_date(m.new_date)}: {m.reason}" for m in p.moves)
        when = p.chain + (f"\n{moves}" if moves else "")
        outcome = p.outcome + (f" ({long_date(p.resolved_on)})" if p.resolved_on else "")
        rows.append(
            [
                para(long_date(p.promised_on), st.body),
                para(_promise_what(p), st.body),
                para(when, st.body),
                para(outcome, st.body),
            ]
        )
    return [_("Promised on"), _("What"), _("Dates"), _("Outcome")], rows, _cols(width, 0.2, 0.27, 0.33)


def _bold(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_bold", parent=style, fontName=FONT_BOLD)


def _facts_style(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("facts", parent=st.body, fontSize=7.5, leading=10, textColor=GREY)


def _promise_what(p: PromiseRow) -> str:
    if not p.request_number_text:
        return p.description
    return _("{description} (for {request})").format(description=p.description, request=p.request_number_text)


def _follow_ups(report: HistoryReport, st: Styles, width: float) -> Section:
    rows = []
    for f in report.follow_ups:
        result = []
        if f.outcome:
            result.append(f.outcome)
        if f.satisfaction is not None and f.comment:
            result.append(
                _("Satisfaction {score}/5: “{comment}”").format(score=f.satisfaction, comment=f.comment)
            )
        elif f.satisfaction is not None:
            result.append(_("Satisfaction {score}/5").format(score=f.satisfaction))
        elif f.comment:
            result.append(_("“{comment}”").format(comment=f.comment))
        status = in_words(_FOLLOW_UP_STATUS, f.status)
        if f.completed_on:
            status = f"{status} {long_date(f.completed_on)}"
        rows.append(
            [
                para(long_date(f.due), st.body),
                para(f.title, st.body),
                para(status, st.body),
                para("\n".join(result), st.body),
            ]
        )
    return [_("Due"), _("What"), _("Status"), _("Outcome")], rows, _cols(width, 0.2, 0.28, 0.16)


def _contacts(report: HistoryReport, st: Styles, width: float) -> Section:
    if not report.include_internal:  # what was said is the staff's note: the shop's copy only
        rows = [[para(long_date(c.day), st.body), para(c.title, st.body)] for c in report.interactions]
        return [_("Date"), _("Contact")], rows, _cols(width, 0.2)
    rows = [
        [para(long_date(c.day), st.body), para(c.title, st.body), para(c.summary or "", st.body)]
        for c in report.interactions
    ]
    return [_("Date"), _("Contact"), _("What was said")], rows, _cols(width, 0.2, 0.25)


def _cols(width: float, *fractions: float) -> list[float]:
    """Column widths: the given fractions of ``width``, the last column takes what is left."""
    widths = [width * f for f in fractions]
    return [*widths, width - sum(widths)]


__all__ = ["TITLE", "history_pdf"]
