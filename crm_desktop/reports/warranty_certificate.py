"""The warranty certificate of one sold item: one A4 page the customer takes home.

Shop header, the title, who bought what (customer, product, serial/IMEI, sale number and date), the
period covered in words, the shop's terms, and a box for the signature and the shop's stamp. Every
value is user text and goes through :func:`crm_desktop.reports.common.para`. Long values wrap, and a
very long terms text flows onto a second page rather than failing.
"""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from crm_desktop import i18n
from crm_desktop.domain.warranty import add_months
from crm_desktop.i18n import N_, _, ngettext
from crm_desktop.reports.common import (
    FONT,
    MARGIN,
    RULE,
    Styles,
    long_date,
    page_footer,
    para,
    shop_header,
    styles,
)

# Types only: a report reads these values but never loads the service (nor SQLAlchemy) that makes them.
if TYPE_CHECKING:
    from crm_desktop.services.warranties import CertificateData

TITLE = N_("Warranty certificate")  # translated where printed


def warranty_certificate_pdf(data: CertificateData, *, printed_on: date | None = None) -> bytes:
    """The certificate as PDF bytes, in the customer's language. ``printed_on`` (default today) is
    printed in the footer."""
    with i18n.language(data.language):
        return _certificate_pdf(data, printed_on=printed_on)


def _certificate_pdf(data: CertificateData, *, printed_on: date | None) -> bytes:
    st = styles()
    printed = printed_on or date.today()
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=_("Warranty certificate {sale}").format(sale=data.sale_number_text),
        author=data.shop_name,
        subject=data.description,
        creator="crm_desktop",
        initialFontName=FONT,  # else every page names Helvetica, a font the PDF does not embed
    )
    width = doc.width
    story: list[object] = [
        *shop_header(data.shop_name, data.shop_address, data.shop_phone, data.shop_email, st)
    ]
    story += [
        Spacer(1, 4 * mm),
        HRFlowable(width="100%", thickness=0.75, color=RULE, spaceAfter=2 * mm),
        Paragraph(_(TITLE), st.title),
    ]
    story.append(_details(data, st, width))
    story += [Paragraph(_("Terms of the warranty"), st.heading), para(data.terms, st.body)]
    story += [Spacer(1, 10 * mm), KeepTogether(_signature_box(data, st, width))]
    title = _(TITLE)
    footer = page_footer(printed, f"{data.shop_name} · {title} · {data.sale_number_text}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def period_text(start: date, end: date) -> str:
    """``14 March 2026 to 13 March 2028 (24 months)``; the length only when it is whole months."""
    for months in range(1, 241):
        last = add_months(start, months) - timedelta(days=1)
        if last == end:
            return ngettext(
                "{start} to {end}, both days included ({count} month)",
                "{start} to {end}, both days included ({count} months)",
                months,
            ).format(start=long_date(start), end=long_date(end), count=months)
        if last > end:
            break
    return _("{start} to {end}, both days included").format(start=long_date(start), end=long_date(end))


def _details(data: CertificateData, st: Styles, width: float) -> Table:
    customer = data.customer_name
    if data.customer_company:
        customer += f"\n{data.customer_company}"
    rows: list[tuple[str, str]] = [(_("Customer"), customer)]
    if data.customer_address:
        rows.append((_("Address"), data.customer_address))
    rows += [
        (_("Product"), data.description),
        (_("Serial / IMEI"), data.serial or "—"),
        (
            _("Sale"),
            _("{sale} of {date}").format(sale=data.sale_number_text, date=long_date(data.sale_date)),
        ),
        (_("Warranty from"), long_date(data.warranty_start)),
        (_("Warranty until"), long_date(data.warranty_end)),
        (_("Period"), period_text(data.warranty_start, data.warranty_end)),
    ]
    label_width = 34 * mm
    table = Table(
        [[Paragraph(label, st.label), para(value, st.value)] for label, value in rows],
        colWidths=[label_width, width - label_width],
        hAlign="LEFT",
        splitInRow=1,  # a very long address may split across a page instead of failing the layout
    )
    table.setStyle(
        _TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                # the smaller labels sit on the values' first line:
                ("TOPPADDING", (0, 0), (0, -1), 5.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _signature_box(data: CertificateData, st: Styles, width: float) -> list[object]:
    half = width / 2
    box = Table(
        [
            [
                para(_("Signed for {shop}").format(shop=data.shop_name), st.label),
                Paragraph(_("Shop stamp"), st.label),
            ],
            ["", ""],
            [Paragraph(_("Date: ____________________"), st.label), ""],
        ],
        colWidths=[half, half],
        rowHeights=[None, 22 * mm, None],
    )
    box.setStyle(
        _TableStyle(
            [
                # the empty cells would otherwise name Helvetica:
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (0, -1), 0.75, RULE),
                ("BOX", (1, 0), (1, -1), 0.75, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [box]


__all__ = ["TITLE", "period_text", "warranty_certificate_pdf"]
