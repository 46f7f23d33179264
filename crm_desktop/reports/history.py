"""The printed customer history: shop header, the customer's details, a summary box, then items owned,
sales, service jobs (with visits, parts and labour), requests (who owns them, where they stand, their
promises with every date change, how they ended), promises (with every date change and whether they
were kept), follow-ups (outcomes, satisfaction and comments) and the contact log, oldest first.

Every section is a table whose header repeats on each page and whose rows may split across pages, so a
customer with a thousand events prints; all user text goes through :func:`para` (escaped, wrapped,
fallback font for CJK). The footer of every page carries the date printed and the page number.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, Final

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from crm_desktop.domain.enums import JobLineKind
from crm_desktop.domain.money import ShopMoney
from crm_desktop.reports.common import (
    FONT,
    MARGIN,
    RULE,
    Styles,
    data_table,
    long_date,
    markup,
    page_footer,
    para,
    shop_header,
    styles,
)

# Types only: a report reads these values but never loads the service (nor SQLAlchemy) that makes them.
if TYPE_CHECKING:
    from crm_desktop.services.history_report import HistoryReport, JobRow, PromiseRow, RequestRow

TITLE: Final = "Customer history"


def history_pdf(report: HistoryReport) -> bytes:
    st = styles()
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER if report.shop.paper == "letter" else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=f"{TITLE}: {report.header.name}",
        author=report.shop.name,
        creator="crm_desktop",
        initialFontName=FONT,
    )
    width = doc.width
    shop = report.shop
    story: list[Any] = [*shop_header(shop.name, shop.address, shop.phone, shop.email, st)]
    story += [
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=0.75, color=RULE, spaceAfter=2 * mm),
        Paragraph(TITLE, st.title),
        para(_period(report), st.small),
        Spacer(1, 2 * mm),
        _customer(report, st, width),
        Spacer(1, 3 * mm),
        _summary(report, st, width),
    ]
    money = shop.money
    story += _section("Items owned", _items(report, st, width), st)
    story += _section("Sales", _sales(report, st, width, money), st)
    story += _section("Service jobs", _jobs(report, st, width, money), st)
    story += _section("Requests", _requests(report, st, width), st)
    story += _section("Promises", _promises(report, st, width), st)
    story += _section("Follow-ups", _follow_ups(report, st, width), st)
    story += _section("Contacts", _contacts(report, st, width), st)
    footer = page_footer(report.printed_on, f"{shop.name} · {TITLE} · {report.header.name}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _period(report: HistoryReport) -> str:
    if report.start is None and report.end is None:
        span = "The whole history"
    elif report.start is None:
        span = f"Everything up to {long_date(report.end)}"  # type: ignore[arg-type]
    elif report.end is None:
        span = f"From {long_date(report.start)}"
    else:
        span = f"From {long_date(report.start)} to {long_date(report.end)}"
    notes = "including the shop's internal notes" if report.include_internal else "without internal notes"
    return f"{span}, {notes}. Printed {long_date(report.printed_on)}."


def _customer(report: HistoryReport, st: Styles, width: float) -> Table:
    h = report.header
    rows: list[tuple[str, str]] = [("Customer", h.name + (f"\n{h.company}" if h.company else ""))]
    if h.phones:
        rows.append(("Phone", "\n".join(h.phones)))
    if h.email:
        rows.append(("E-mail", h.email))
    if h.address:
        rows.append(("Address", h.address))
    if h.tags:
        rows.append(("Tags", ", ".join(h.tags)))
    if h.notes:
        rows.append(("Internal notes", h.notes))
    label = 30 * mm
    table = Table(
        [[Paragraph(k, st.label), para(v, st.value)] for k, v in rows],
        colWidths=[label, width - label],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(_plain())
    return table


def _summary(report: HistoryReport, st: Styles, width: float) -> Table:
    h = report.header
    scores = f"{h.satisfaction_count} score{'s' if h.satisfaction_count != 1 else ''}"
    satisfaction = (
        f"{h.average_satisfaction:.1f} / 5 ({scores})"
        if h.average_satisfaction is not None
        else "not asked yet"
    )
    cells = [
        ("Customer since", long_date(h.customer_since)),
        ("Total spent", report.shop.money.format(h.total_spent_minor)),
        ("Open service jobs", str(h.open_jobs)),
        ("Open requests", str(h.open_requests)),
        ("Open promises", str(h.open_promises)),
        ("Average satisfaction", satisfaction),
    ]
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
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _section(title: str, body: list[Any], st: Styles) -> list[Any]:
    body = body or [Paragraph("None.", st.small)]
    # The heading never ends a page alone: it keeps company with the section's first block.
    return [KeepTogether([Paragraph(title, st.heading), body[0]]), *body[1:]]


def _grid_table(header: list[str], rows: list[list[Any]], widths: list[float], st: Styles) -> list[Any]:
    return [data_table(header, rows, widths, st)] if rows else []


def _plain() -> _TableStyle:
    return _TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def _items(report: HistoryReport, st: Styles, width: float) -> list[Any]:
    rows = [
        [
            para(i.description, st.body),
            para(i.serial or "—", st.body),
            para(i.sale_number_text, st.body),
            para(f"bought {long_date(i.sale_date)}; {i.warranty_text}", st.body),
        ]
        for i in report.items
    ]
    return _grid_table(
        ["Item", "Serial / IMEI", "Sale", "Warranty"], rows, _cols(width, 0.34, 0.22, 0.12), st
    )


def _sales(report: HistoryReport, st: Styles, width: float, money: ShopMoney) -> list[Any]:
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
            items = f"VOID: {sale.void_reason or ''}\n{items}"
        rows.append(
            [
                para(long_date(sale.sale_date), st.body),
                para(sale.number_text, st.body),
                para(items or "no items", st.body),
                para(money.format(sale.total_minor) if not sale.void else "void", st.body),
            ]
        )
    return _grid_table(["Date", "Sale", "Items", "Total"], rows, _cols(width, 0.2, 0.1, 0.52), st)


def _jobs(report: HistoryReport, st: Styles, width: float, money: ShopMoney) -> list[Any]:
    flow: list[Any] = []
    for job in report.jobs:
        # A job's facts, lines, total and visits stay on one page when they fit on one (else they flow).
        flow.append(KeepTogether(_job(job, st, width, money)))
    return flow


def _job(job: JobRow, st: Styles, width: float, money: ShopMoney) -> list[Any]:
    closed = f", closed {long_date(job.closed)}" if job.closed else ""
    serial = (
        f" ({job.serial}"
        + (f" → replaced by {job.replacement_serial}" if job.replacement_serial else "")
        + ")"
    )
    facts = [
        f"{job.number_text} · {job.unit}{serial if job.serial else ''}",
        f"Received {long_date(job.received)}{closed} · {job.status_text} · {job.who_pays}",
        f"Problem: {job.problem}",
    ]
    if job.override_reason:
        facts.append(f"Warranty override (internal): {job.override_reason}")
    if job.diagnosis:
        facts.append(f"Diagnosis: {job.diagnosis}")
    if job.work_done:
        facts.append(f"Work done: {job.work_done}")
    flow: list[Any] = [Spacer(1, 2 * mm), para(facts[0], st.value)]
    flow += [para(text, st.body) for text in facts[1:]]
    rows = [
        [
            para("Part" if line.kind is JobLineKind.PART else "Labour", st.small),
            para(line.description, st.body),
            para(f"{line.quantity.normalize():f}", st.body),
            para(money.format(line.price_minor), st.body),
            para("warranty" if line.covered else "customer", st.small),
        ]
        for line in job.lines
    ]
    flow += _grid_table(
        ["", "Part or labour", "Qty / h", "Price", "Paid by"], rows, _cols(width, 0.12, 0.5, 0.1, 0.14), st
    )
    if job.lines:
        flow.append(para(f"Charged to the customer: {money.format(job.billable_minor)}", st.small))
    visits = [
        [
            para(long_date(v.day), st.body),
            para(v.window, st.body),
            para(v.place, st.body),
            para(v.technician or "—", st.body),
            para(v.status + (f": {v.outcome}" if v.outcome else ""), st.body),
        ]
        for v in job.visits
    ]
    flow += _grid_table(
        ["Visit", "Time", "Where", "Technician", "Outcome"], visits, _cols(width, 0.17, 0.17, 0.3, 0.16), st
    )
    return flow


def _requests(report: HistoryReport, st: Styles, width: float) -> list[Any]:
    rows = []
    for r in report.requests:
        # Number and kind in bold, the customer's words, then when and whose in small grey type; markup()
        # escapes the user text before it meets the tags.
        facts = f"opened {long_date(r.opened)} · owner {r.owner or 'nobody'}"
        what = Paragraph(
            f"<b>{markup(f'{r.number_text} · {r.kind}')}</b><br/>{markup(r.summary)}<br/>"
            f'<font size="8" color="#555555">{markup(facts)}</font>',
            st.body,
        )
        rows.append(
            [what, para(r.status_text, st.body), para("\n".join(_request_outcome(r)) or "—", st.body)]
        )
    return _grid_table(["Request", "Status", "Promises and outcome"], rows, _cols(width, 0.36, 0.17), st)


def _request_outcome(r: RequestRow) -> list[str]:
    lines = []
    for p in r.promises:
        lines.append(f"{p.chain} ({p.outcome})")
        lines += [f"{long_date(m.old_date)} → {long_date(m.new_date)}: {m.reason}" for m in p.moves]
    if r.closed is not None:
        ended = f"{r.status_text.capitalize()} {long_date(r.closed)}"
        lines.append(f"{ended}: {r.resolution}" if r.resolution else ended)
    if r.job_number_text and r.job_number_text not in (r.resolution or ""):
        lines.append(f"Became service job {r.job_number_text}")
    if r.notes:
        lines.append(f"Notes (internal): {r.notes}")
    return lines


def _promises(report: HistoryReport, st: Styles, width: float) -> list[Any]:
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
    return _grid_table(["Promised on", "What", "Dates", "Outcome"], rows, _cols(width, 0.18, 0.3, 0.34), st)


def _promise_what(p: PromiseRow) -> str:
    return f"{p.description} (for {p.request_number_text})" if p.request_number_text else p.description


def _follow_ups(report: HistoryReport, st: Styles, width: float) -> list[Any]:
    rows = []
    for f in report.follow_ups:
        result = []
        if f.outcome:
            result.append(f.outcome)
        if f.satisfaction is not None:
            result.append(f"Satisfaction {f.satisfaction}/5" + (f": “{f.comment}”" if f.comment else ""))
        elif f.comment:
            result.append(f"“{f.comment}”")
        status = f.status + (f" {long_date(f.completed_on)}" if f.completed_on else "")
        rows.append(
            [
                para(long_date(f.due), st.body),
                para(f.title, st.body),
                para(status, st.body),
                para("\n".join(result), st.body),
            ]
        )
    return _grid_table(["Due", "What", "Status", "Outcome"], rows, _cols(width, 0.18, 0.32, 0.16), st)


def _contacts(report: HistoryReport, st: Styles, width: float) -> list[Any]:
    rows = [
        [para(long_date(c.day), st.body), para(c.title, st.body), para(c.summary, st.body)]
        for c in report.interactions
    ]
    return _grid_table(["Date", "Contact", "What was said"], rows, _cols(width, 0.18, 0.22), st)


def _cols(width: float, *fractions: float) -> list[float]:
    """Column widths: the given fractions of ``width``, the last column takes what is left."""
    widths = [width * f for f in fractions]
    return [*widths, width - sum(widths)]


__all__ = ["TITLE", "history_pdf"]
