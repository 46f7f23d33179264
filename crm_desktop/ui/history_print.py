"""Print a customer's history: the last 12 months (the default), the whole of it in one click, or any
period; the customer's copy (the default: it is handed over the counter, so nothing internal prints) or
the shop's copy with its internal notes. The PDF is made off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.app import AppContext
from crm_desktop.errors import ValidationError
from crm_desktop.services.history_report import twelve_months_before
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.widgets import FormDialog, date_field


def _value(field: object) -> date:
    chosen = field.date()  # type: ignore[attr-defined]
    return date(chosen.year(), chosen.month(), chosen.day())


class HistoryPrintDialog(FormDialog):
    writes = False
    discard_what = None  # print options, nothing typed to lose

    def __init__(
        self, context: AppContext, customer_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Print the customer's history"))
        self.context = context
        self.database, self.customer_id, self.name = context.database, customer_id, name
        today = context.clock.today()
        self.use_start = QCheckBox(tr("From"), self)
        self.start = date_field(self, twelve_months_before(today))
        self.use_end = QCheckBox(tr("To", "the last day of a period"), self)
        self.end = date_field(self, today)
        for box, field in ((self.use_start, self.start), (self.use_end, self.end)):
            field.setEnabled(False)
            box.toggled.connect(field.setEnabled)
        self.use_start.setChecked(True)  # the last 12 months unless asked otherwise
        self.last_year = QPushButton(tr("Last 12 months"), self)
        self.last_year.clicked.connect(lambda: self.choose_last_year(today))
        self.whole = QPushButton(tr("Whole history"), self)
        self.whole.setToolTip(tr("Everything since the customer's first visit"))
        self.whole.clicked.connect(self.choose_whole_history)
        period = QHBoxLayout()
        for widget in (self.use_start, self.start, self.use_end, self.end, self.last_year, self.whole):
            period.addWidget(widget)
        self.internal = QCheckBox(tr("Shop's copy: include the internal notes (not for the customer)"), self)
        self.internal.setToolTip(
            tr(
                "The customer's copy leaves out tags, notes, warranty-override reasons, the diagnosis, "
                "staff names, follow-ups and what was said in each contact"
            )
        )
        self.form.addRow(
            QLabel(
                tr("History of {customer}: the last 12 months unless you choose otherwise.").format(
                    customer=name
                ),
                self,
            )
        )
        self.form.addRow(tr("Period"), period)
        self.form.addRow("", self.internal)
        self.target: str | None = None

    def choose_last_year(self, today: date) -> None:
        start = twelve_months_before(today)
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.use_start.setChecked(True)
        self.use_end.setChecked(False)

    def choose_whole_history(self) -> None:
        self.use_start.setChecked(False)
        self.use_end.setChecked(False)

    def options(self) -> tuple[date | None, date | None, bool]:
        start = _value(self.start) if self.use_start.isChecked() else None
        end = _value(self.end) if self.use_end.isChecked() else None
        if start is not None and end is not None and end < start:
            raise ValidationError(tr("The period ends before it starts; swap the dates."))
        return start, end, self.internal.isChecked()

    def save(self) -> object:
        return self.options()

    def print_to(self, parent: QWidget, target: str | None = None, *, open_after: bool = False) -> None:
        """The print preview of the history; with ``target``, the PDF is saved there instead."""
        from crm_desktop.ui.printing import DocumentKind, print_document

        start, end, internal = self.options()
        database, customer_id = self.database, self.customer_id

        def build() -> bytes:
            from crm_desktop.reports.history import history_pdf
            from crm_desktop.services.history_report import history_report

            report = history_report(
                database,
                customer_id,
                self.context.clock.today(),
                start=start,
                end=end,
                include_internal=internal,
            )
            return history_pdf(report)

        safe = "".join(ch if ch.isalnum() else "-" for ch in self.name).strip("-")[:40] or "customer"
        print_document(
            parent,
            kind=DocumentKind.HISTORY,
            title=tr("History of {customer}").format(customer=self.name),
            suggested_name=f"history-{safe}.pdf",
            build=build,
            button=None,
            status=getattr(parent, "status_line", None),
            save_to=target,
            open_after=open_after,
        )

    @classmethod
    def ask_and_print(cls, parent: QWidget, context: AppContext, customer_id: int, name: str) -> None:
        dialog = cls(context, customer_id, name, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.print_to(parent)
