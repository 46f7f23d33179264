"""The metrics PDF: the headline figures and the plain verdict on contacts, three charts (sales by month
as a trend line, the satisfaction distribution, sales by category as a comparison bar) and the tables
by category, by staff member and by month, then customers' requests by kind and by owner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING, Any, Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from crm_desktop.domain.metrics_figures import Metrics, metrics_tables, unfinished_month
from crm_desktop.domain.money import format_units, major
from crm_desktop.i18n import N_, _
from crm_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    MARGIN,
    RULE,
    Styles,
    data_table,
    page_footer,
    para,
    shop_header,
    styles,
)

# Types only: a report reads these values but never loads the service (nor SQLAlchemy) that makes them.
if TYPE_CHECKING:
    from crm_desktop.services.job_sheets import ShopHeader

TITLE: Final = N_("After-sales metrics")  # translated where printed
WIDE: Final = 7  # tables with more columns than this print in smaller type
ACCENT: Final = colors.HexColor("#2E7DBE")


def metrics_pdf(m: Metrics, shop: ShopHeader, today: date | None = None) -> bytes:
    """``today`` decides how an unfinished last month of the trend is labelled ("Dec so far" while it
    is the current month); without it, the report is read on its own date."""
    st = styles()
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER if shop.paper == "letter" else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=_("After-sales metrics {date}").format(date=m.report_date.isoformat()),
        author=shop.name,
        creator="crm_desktop",
        initialFontName=FONT,
    )
    width = doc.width
    tables = metrics_tables(m)
    story: list[Any] = [*shop_header(shop.name, shop.address, shop.phone, shop.email, st)]
    story += [
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=0.75, color=RULE, spaceAfter=2 * mm),
        Paragraph(_(TITLE), st.title),
        para(
            _("Report date {date}; period {start} to {end}.").format(
                date=m.report_date.isoformat(), start=m.start.isoformat(), end=m.report_date.isoformat()
            ),
            st.small,
        ),
        Spacer(1, 2 * mm),
        para(m.verdict, st.heading),
    ]
    header, rows = tables["summary"]
    story.append(_table(header, rows, [width * 0.45, width * 0.55], st))
    charts = Table(
        [
            [
                sales_trend_chart(m, width / 2 - 3 * mm, partial=unfinished_month(m, today or m.report_date)),
                satisfaction_chart(m, width / 2 - 3 * mm),
            ]
        ],
        colWidths=[width / 2, width / 2],
        style=_TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    story.append(KeepTogether([Paragraph(_("Charts"), st.heading), charts]))
    story.append(category_chart(m, width))
    for name, title in (
        ("categories", _("By product category")),
        ("staff", _("By staff member")),
        ("trend", _("By month")),
        ("request_kinds", _("Customers' requests by kind")),
        ("request_owners", _("Customers' requests by owner")),
    ):
        header, rows = tables[name]
        block = [Paragraph(title, st.heading)]
        block.append(
            (_wide_table(header, rows, width, st) if len(header) > WIDE else _table(header, rows, None, st))
            if rows
            else Paragraph(_("Nothing in this period."), st.small)
        )
        story.append(KeepTogether(block) if len(rows) < 15 else block[0])
        if len(rows) >= 15:
            story.append(block[1])
    title = _(TITLE)
    footer = page_footer(m.report_date, f"{shop.name} · {title}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def _table(
    header: tuple[str, ...], rows: list[tuple[object, ...]], widths: list[float] | None, st: Styles
) -> Table:
    return data_table(header, [[para(str(v), st.body) for v in row] for row in rows], widths, st)


def _wide_table(header: tuple[str, ...], rows: list[tuple[object, ...]], width: float, st: Styles) -> Table:
    """A table of many figures (the requests' ten columns) in 8-point type with narrow padding, the
    first column (a name) taking what the figures leave: in the usual type, columns as wide as a tenth of
    the page break "Cancelled" in the middle."""
    figure = 16.5 * mm
    small = replace(
        st,
        body=ParagraphStyle("wide_body", parent=st.body, fontSize=8, leading=10),
        label=ParagraphStyle("wide_label", parent=st.label, fontSize=8, leading=10),
    )
    widths = [width - figure * (len(header) - 1), *[figure] * (len(header) - 1)]
    table = _table(header, rows, widths, small)
    table.setStyle(
        _TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _units(m: Metrics) -> Callable[[float], str]:
    """Axis labels in whole currency units, grouped as the shop's locale does (12,000 / 12.000)."""
    return lambda value: format_units(value, m.locale)


def _major(minor: int, currency: str) -> float:
    """An amount in major units for a chart axis (charts plot floats; the tables print the exact text)."""
    return float(major(minor, currency))


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 12, text, fontName=FONT_BOLD, fontSize=9, textAnchor="middle"))


def sales_trend_chart(
    m: Metrics, width: float, height: float = 62 * mm, *, partial: str | None = None
) -> Drawing:
    """Sales by month, the last 12 months, as a line. With ``partial`` (the label of a last month not
    over yet, see :func:`~crm_desktop.domain.metrics_figures.unfinished_month`) that month is a hollow
    point at the end of a dashed segment, named by the label, instead of a solid fall."""
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 28
    chart.width, chart.height = width - 44, height - 52
    values: list[float | None] = [_major(r.sales_minor, m.currency) for r in m.trend]
    names = [r.month[2:] for r in m.trend]
    if partial is not None and len(values) > 1:
        before = len(values) - 2
        chart.data = [
            [*values[:-1], None],  # the whole months, solid
            [*[None] * before, *values[-2:]],  # the way to the month so far, dashed
            [*[None] * (before + 1), values[-1]],  # the month so far, a hollow point
        ]
        chart.lines[1].strokeColor = ACCENT
        chart.lines[1].strokeWidth = 1
        chart.lines[1].strokeDashArray = (3, 2)
        chart.lines[2].strokeColor = ACCENT
        chart.lines[2].strokeWidth = 0
        chart.lines[2].symbol = makeMarker(
            "Circle",  # untranslated: marker shape
            size=5,
            fillColor=colors.white,
            strokeColor=ACCENT,
            strokeWidth=1.2,
        )
        names[-1] = partial
    else:
        chart.data = [values]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*(v for v in values if v is not None), 1]) * 1.1
    chart.valueAxis.labelTextFormat = _units(m)
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.5
    drawing.add(chart)
    _title(drawing, _("Sales by month ({currency})").format(currency=m.currency), width, height)
    return drawing


def satisfaction_chart(m: Metrics, width: float, height: float = 62 * mm) -> Drawing:
    """How many scores of 1 to 5 were given in the period."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width, chart.height = width - 40, height - 46
    counts = [m.satisfaction_distribution.get(n, 0) for n in range(1, 6)]
    chart.data = [counts]
    chart.categoryAxis.categoryNames = ["1", "2", "3", "4", "5"]
    chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*counts, 1]) * 1.15
    chart.bars[0].fillColor = ACCENT
    for index in (0, 1):  # the low scores, in red
        chart.bars[(0, index)].fillColor = colors.HexColor("#B00020")
    drawing.add(chart)
    if m.satisfaction_average is not None:
        title = _("Satisfaction scores, average {average}").format(average=m.satisfaction_average)
    else:
        title = _("Satisfaction scores")
    _title(drawing, title, width, height)
    return drawing


def category_chart(m: Metrics, width: float) -> Drawing:
    """Sales by product category in the period, largest first, as horizontal bars."""
    rows = [r for r in m.by_category if r.sales_minor][:8]
    height = max(40 * mm, 14 * len(rows) + 40)
    drawing = Drawing(width, height)
    if not rows:
        _title(drawing, _("Sales by category: none in this period"), width, height)
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 14
    chart.width, chart.height = width - 130, height - 38
    chart.data = [[_major(r.sales_minor, m.currency) for r in reversed(rows)]]
    chart.categoryAxis.categoryNames = [r.category[:24] for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _units(m)
    chart.bars[0].fillColor = ACCENT
    drawing.add(chart)
    _title(
        drawing, _("Sales by category in the period ({currency})").format(currency=m.currency), width, height
    )
    return drawing


__all__ = ["TITLE", "category_chart", "metrics_pdf", "sales_trend_chart", "satisfaction_chart"]
