"""Reports: whether after-sales service pays. The headline figures and a plain verdict on contacts, three
charts (sales by month, satisfaction scores, sales by category), the tables by category, staff member
and month, and customers' requests by kind and by owner; export the tables to CSV or everything to a
PDF. Computed off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import AFTER_SALES, Change
from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _
from crm_desktop.services.metrics import (
    Metrics,
    compute_metrics,
    metrics_tables,
    summary_lines,
    unfinished_month,
)
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import Watch
from crm_desktop.ui.table_model import ColumnsModel, Index
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.theme import grid_color, tone, tone_color
from crm_desktop.ui.widgets import date_field


class ChartWidget(QWidget):
    """A small chart drawn with QPainter (Qt Charts is not part of PySide6-Essentials): ``line`` for a
    trend, ``bars`` for a distribution, ``hbars`` for a comparison.

    A trend whose last point covers a period not over yet (``partial``: its label, e.g. "Dec so far") draws
    that point hollow at the end of a dashed segment, so a month just begun does not read as a fall."""

    def __init__(self, title: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.kind = title, kind
        self.points: list[tuple[str, float]] = []
        self.highlight: set[int] = set()
        self.value_text: Callable[[float], str] = lambda value: f"{value:,.0f}"  # hbars' labels
        self.partial: str | None = None
        self.setMinimumSize(220, 200)
        self.setAccessibleName(title)  # a screen reader reads the chart's figures (set_points)

    def set_points(
        self, points: list[tuple[str, float]], highlight: set[int] | None = None, partial: str | None = None
    ) -> None:
        self.points, self.highlight, self.partial = points, highlight or set(), partial
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(self.figures_text())
        self.update()

    def figures_text(self) -> str:
        """The chart's figures as a sentence, for screen readers: ``Jan 1,234; Feb 980 (so far)``."""
        if not self.points:
            return tr("Nothing in this period")
        return "; ".join(
            tr("{label} {value} (so far)").format(label=label, value=self.value_text(value))
            if label == self.partial
            else f"{label} {self.value_text(value)}"
            for label, value in self.points
        )

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        painter.setPen(self.palette().windowText().color())
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, self.title)
        bold.setBold(False)
        painter.setFont(bold)
        if not self.points or max(v for _label, v in self.points) <= 0:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr("Nothing in this period"))
            return
        below = 32 if self.kind == "line" and self.partial else 18  # room for the partial month's label
        area = rect.adjusted(0, 24, 0, -below)
        if self.kind == "hbars":
            self._hbars(painter, area)
        else:
            self._vertical(painter, area)

    def _vertical(self, painter: QPainter, area: QRectF) -> None:
        top = max(v for _label, v in self.points) * 1.1
        n = len(self.points)
        step = area.width() / n
        grid = QPen(grid_color())
        painter.setPen(grid)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        line: list[QPointF] = []
        for i, (label, value) in enumerate(self.points):
            x = area.left() + step * i
            h = area.height() * value / top
            if self.kind == "bars":
                bar = QRectF(x + step * 0.2, area.bottom() - h, step * 0.6, h)
                painter.fillRect(bar, tone_color("danger") if i in self.highlight else tone_color("accent"))
                painter.setPen(self.palette().windowText().color())
                painter.drawText(
                    QRectF(x, bar.top() - 16, step, 14), Qt.AlignmentFlag.AlignCenter, f"{value:g}"
                )
            else:
                line.append(QPointF(x + step / 2, area.bottom() - h))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(x, area.bottom() + 2, step, 14), Qt.AlignmentFlag.AlignCenter, label)
        if self.kind == "line":
            self._line(painter, area, line)

    def _line(self, painter: QPainter, area: QRectF, line: list[QPointF]) -> None:
        partial = self.partial is not None and len(line) > 1
        whole = line[:-1] if partial else line
        path = QPainterPath(whole[0])
        for point in whole[1:]:
            path.lineTo(point)
        painter.setPen(QPen(tone_color("accent"), 2))
        painter.drawPath(path)
        painter.setBrush(tone_color("accent"))
        for point in whole:
            painter.drawEllipse(point, 2.5, 2.5)
        if not partial:
            return
        previous, last = line[-2], line[-1]
        painter.setPen(QPen(tone_color("accent"), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(previous, last)
        painter.setPen(QPen(tone_color("accent"), 2))
        painter.setBrush(self.palette().base())
        painter.drawEllipse(last, 4, 4)
        # Under the axis, right-aligned below its month: it names the month, and never covers the line.
        painter.setPen(tone_color("muted"))
        painter.drawText(
            QRectF(area.left(), area.bottom() + 16, last.x() + 8 - area.left(), 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(self.partial),
        )

    def _hbars(self, painter: QPainter, area: QRectF) -> None:
        rows = self.points[:8]
        top = max(v for _label, v in rows) or 1
        height = min(22.0, area.height() / len(rows))
        label_width = min(130.0, area.width() * 0.35)
        for i, (label, value) in enumerate(rows):
            y = area.top() + i * height
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(area.left(), y, label_width - 6, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            width = max(0.0, area.width() - label_width - 56) * value / top
            painter.fillRect(
                QRectF(area.left() + label_width, y + 3, width, height - 6), tone_color("accent")
            )
            painter.drawText(
                QRectF(area.left() + label_width + width + 4, y, 60, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(value),
            )


class RowsModel(ColumnsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[object, ...]] = []

    def set_table(self, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
        self.beginResetModel()
        self.columns, self.rows = header, rows
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or index.row() >= len(self.rows):
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.metrics: Metrics | None = None
        today = context.clock.today()
        self.start = date_field(self, today - timedelta(days=365))
        self.end = date_field(self, today)
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.csv_button = QPushButton(tr("Export tables to CSV…"), self)
        self.pdf_button = QPushButton(tr("Print…"), self)
        self.pdf_button.setToolTip(tr("The metrics as a document: print it, or save it as a PDF (Ctrl+P)"))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        top = QHBoxLayout()
        since, until = (
            QLabel(tr("From", "the first day of the report"), self),
            QLabel(tr("to", "the last day"), self),
        )
        for widget in (since, self.start, until, self.end, self.refresh_button):
            top.addWidget(widget)
        top.addWidget(self.status, 1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)

        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size:13pt; font-weight:bold")
        self.figures = QFormLayout()
        figures_box = QWidget(self)
        figures_box.setLayout(self.figures)
        self.trend_chart = ChartWidget(tr("Sales by month"), "line", self)
        self.score_chart = ChartWidget(tr("Satisfaction scores"), "bars", self)
        self.category_chart = ChartWidget(tr("Sales by category"), "hbars", self)
        charts = QHBoxLayout()
        for chart in (self.trend_chart, self.score_chart, self.category_chart):
            charts.addWidget(chart, 1)
        self.tabs = QTabWidget(self)
        self.models: dict[str, RowsModel] = {}
        for name, title in (
            ("categories", tr("By category")),
            ("staff", tr("By staff member")),
            ("trend", tr("By month")),
            ("request_kinds", tr("Requests by kind")),
            ("request_owners", tr("Requests by owner")),
        ):
            model = RowsModel(self)
            view = QTableView(self)
            view.setAccessibleName(title)
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.models[name] = model
            self.tabs.addTab(view, title)

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addWidget(self.verdict)
        upper = QHBoxLayout()
        upper.addWidget(figures_box, 0)
        upper.addWidget(self.tabs, 1)
        inner.addLayout(upper, 1)
        inner.addLayout(charts)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.print_metrics())
        self.refresh()
        # Figures follow every write that feeds them (recomputed when the page is next shown if hidden).
        self.watch = Watch(
            self, context, (*AFTER_SALES, Change.SALE, Change.CUSTOMER, Change.STAFF), self.refresh
        )

    def _dates(self) -> tuple[date, date]:
        def value(field: Any) -> date:
            d = field.date()
            return date(d.year(), d.month(), d.day())

        return value(self.start), value(self.end)

    def refresh(self) -> None:
        start, end = self._dates()
        database = self.database
        self.refresh_button.setEnabled(False)
        self.status.setText(tr("Computing…"))

        def done(result: Metrics) -> None:
            self.refresh_button.setEnabled(True)
            self.status.setText("")
            self.show_metrics(result)

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.status.setText("")
            if isinstance(error, UserFacingError):
                QMessageBox.warning(self, tr("Reports"), str(error))
            else:
                raise error

        run_in_background(lambda: compute_metrics(database, end, start), done, failed)

    def show_metrics(self, m: Metrics) -> None:
        self.metrics = m
        self.verdict.setText(m.verdict)
        color = {True: tone("good"), False: tone("danger")}.get(m.contacts_pay, tone("muted"))  # type: ignore[arg-type]
        self.verdict.setStyleSheet(f"font-size:13pt; font-weight:bold; color:{color}")
        while self.figures.rowCount():
            self.figures.removeRow(0)
        # The verdict is shown above, the report date in the fields: their lines are left out. The labels
        # are the domain's (gettext), in English or translated there.
        left_out = ("Do contacts pay?", "Report date")  # untranslated: the domain's labels, compared
        left_out_shown = {*left_out, *(_(label) for label in left_out)}
        for label, value in summary_lines(m):
            if label in left_out_shown:
                continue
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures.addRow(QLabel(label, self), shown)
        from crm_desktop.domain.money import format_units, major

        self.trend_chart.title = tr("Sales by month ({currency})").format(currency=m.currency)
        self.trend_chart.set_points(
            [(r.month[5:], float(major(r.sales_minor, m.currency))) for r in m.trend],
            partial=unfinished_month(m, self.context.clock.today()),
        )
        self.score_chart.title = (
            tr("Satisfaction scores, average {average}").format(average=m.satisfaction_average)
            if m.satisfaction_average is not None
            else tr("Satisfaction scores")
        )
        self.score_chart.set_points(
            [(str(n), float(m.satisfaction_distribution.get(n, 0))) for n in range(1, 6)], {0, 1}
        )
        self.category_chart.title = tr("Sales by category ({currency})").format(currency=m.currency)
        self.category_chart.value_text = lambda value: format_units(value, m.locale)
        self.category_chart.set_points(
            [(r.category, float(major(r.sales_minor, m.currency))) for r in m.by_category if r.sales_minor]
        )
        for name, (header, rows) in metrics_tables(m).items():
            if name in self.models:
                self.models[name].set_table(header, rows)

    def export_csv(self, target: str | None = None) -> list[Path]:
        """Each table to its own CSV beside ``target`` (``metrics.csv`` → ``metrics-trend.csv``...)."""
        from crm_desktop.services.metrics import metrics_csv

        if self.metrics is None:
            return []
        if not target:
            target, _filter = QFileDialog.getSaveFileName(
                self,
                tr("Export the tables"),
                f"metrics-{self.metrics.report_date.isoformat()}.csv",
                tr("CSV (*.csv)"),
            )
        if not target:
            return []
        base = Path(target)
        stem = base.stem if base.suffix.lower() == ".csv" else base.name
        written = []
        try:
            for name, text in metrics_csv(self.metrics).items():
                path = base.with_name(f"{stem}-{name}.csv")
                partial = path.with_name(f".{path.name}.partial")
                partial.write_text(text, encoding="utf-8-sig")
                partial.replace(path)
                written.append(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("Export"),
                tr("Could not write {folder}: {why}.").format(folder=base.parent, why=exc.strerror or exc),
            )
            return written
        self.status.setText(
            tr("Saved %n CSV file(s) in {folder}", None, len(written)).format(folder=base.parent)
        )
        return written

    def print_metrics(self, target: str | None = None, *, open_after: bool = False) -> None:
        """The print preview of the metrics; with ``target``, the PDF is saved there instead."""
        from crm_desktop.ui.printing import DocumentKind, print_document

        if self.metrics is None:
            self.status.setText(tr("The figures are still being worked out: print again in a moment."))
            return
        m, database = self.metrics, self.database

        def build() -> bytes:
            from crm_desktop.reports.metrics_report import metrics_pdf
            from crm_desktop.services.job_sheets import shop_header

            return metrics_pdf(m, shop_header(database), self.context.clock.today())

        print_document(
            self,
            kind=DocumentKind.METRICS,
            title=tr("Metrics, {date}").format(date=m.report_date.isoformat()),
            suggested_name=f"metrics-{m.report_date.isoformat()}.pdf",
            build=build,
            button=self.pdf_button,
            status=self.status,
            save_to=target,
            open_after=open_after,
        )

    def save_pdf(self, target: str, *, open_after: bool = False) -> None:
        """Save the metrics as a PDF at ``target`` (no dialog)."""
        self.print_metrics(target, open_after=open_after)
