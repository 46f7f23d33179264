"""Service: a technician's day ("my jobs and visits today") or week, the open jobs most neglected
first, one action to print all of the day's job sheets, and the procedures (checklist templates)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, cast

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.enums import StaffRole, VisitStatus
from crm_desktop.errors import UserFacingError
from crm_desktop.services.job_sheets import DaySheets, day_sheets
from crm_desktop.services.procedures import ProcedureDetails
from crm_desktop.services.staff import StaffMember, list_staff
from crm_desktop.services.visits import DayJob, VisitDetails, technician_day, technician_week
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import Watch
from crm_desktop.ui.table_model import ColumnsModel, Index
from crm_desktop.ui.theme import tone_color, tone_style
from crm_desktop.ui.widgets import GuardedDialog, date_field, error_label

WARN_DAYS, ALARM_DAYS = 7, 14


def visit_status_text(status: str) -> str:
    """A visit's status (as stored) as the list shows it."""
    shown = {
        VisitStatus.SCHEDULED.value: tr("scheduled", "a visit's status"),
        VisitStatus.DONE.value: tr("done", "a visit's status"),
        VisitStatus.CANCELLED.value: tr("cancelled", "a visit's status"),
    }
    return shown.get(status, status)


class VisitsModel(ColumnsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            tr("Day"),
            tr("Time"),
            tr("Job"),
            tr("Customer"),
            tr("Unit"),
            tr("Where"),
            tr("Technician"),
            tr("Status"),
        )
        self.visits: tuple[VisitDetails, ...] = ()

    def set_visits(self, visits: tuple[VisitDetails, ...]) -> None:
        self.beginResetModel()
        self.visits = visits
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.visits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.visits):
            return None
        v = self.visits[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and str(v.status) != "scheduled":
            return tone_color("muted")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (
            dates.weekday_date(v.day),
            v.window_text,
            v.job_number_text,
            v.customer_name,
            v.unit_description,
            v.place_text,
            v.technician_name or "—",
            visit_status_text(str(v.status)),
        )[index.column()]


class OpenJobsModel(ColumnsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (tr("Job"), tr("Customer"), tr("Unit"), tr("Status"), tr("No action for"))
        self.jobs: tuple[DayJob, ...] = ()

    def set_jobs(self, jobs: tuple[DayJob, ...]) -> None:
        self.beginResetModel()
        self.jobs = jobs
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.jobs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.jobs):
            return None
        job = self.jobs[index.row()]
        days = job.days_since_action
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            if days >= ALARM_DAYS:
                return tone_color("danger")
            if days >= WARN_DAYS:
                return tone_color("warning")
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        age = tr("today", "no action for: none since today") if days == 0 else tr("%n day(s)", None, days)
        return (job.number_text, job.customer_name, job.unit_description, job.status_text, age)[
            index.column()
        ]


class ServicePage(QWidget):
    open_customer = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.technician = QComboBox(self)
        self.technician.addItem(tr("Everyone"), None)
        for member in list_staff(context.database):
            self.technician.addItem(f"{member.name} ({member.initials})", member.id)
        self._select_technician(context.person)  # my work: the person at the keyboard's day
        self.day = date_field(self, context.clock.today())
        self.day.setAccessibleName(tr("Day"))
        self.span = QComboBox(self)
        self.span.setAccessibleName(tr("How many days"))
        self.span.addItem(tr("Day"), "day")
        self.span.addItem(tr("Week"), "week")
        today_button = QPushButton(tr("Today"), self)
        today_button.clicked.connect(lambda: self.day.setDate(QDate(*context.clock.today().timetuple()[:3])))
        self.print_button = QPushButton(tr("Print the day's job sheets…"), self)
        self.print_button.setToolTip(
            tr(
                "One PDF: a job sheet for each visit of the day and each open job due by then "
                "(it says how many)"
            )
        )
        self.procedures_button = QPushButton(tr("Procedures…"), self)
        self.procedures_button.setToolTip(tr("Edit the checklist templates technicians apply to jobs"))
        self.serial = QLineEdit(self)
        self.serial.setObjectName("intake_serial")
        self.serial.setPlaceholderText(tr("Take a unit in: scan its serial/IMEI ⏎"))
        self.serial.setClearButtonEnabled(True)
        self.serial.setMinimumWidth(260)
        self.serial.returnPressed.connect(lambda: self.take_in(self.serial.text()))
        top = QHBoxLayout()
        for widget in (QLabel(tr("Technician"), self), self.technician, self.day, today_button, self.span):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.serial)
        top.addWidget(self.procedures_button)
        top.addWidget(self.print_button)

        self.visits_title = QLabel(self)
        self.visits_title.setObjectName("visits_title")
        self.visits_model = VisitsModel(self)
        self.visits = _table(self, self.visits_model)
        self.visits.setAccessibleName(tr("Visits"))
        self.jobs_title = QLabel(self)
        self.jobs_title.setObjectName("jobs_title")
        self.jobs_model = OpenJobsModel(self)
        self.jobs = _table(self, self.jobs_model)
        self.jobs.setAccessibleName(tr("Open service jobs"))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.hint = hint = QLabel(self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setStyleSheet(tone_style("muted"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.visits_title)
        layout.addWidget(self.visits, 1)
        layout.addWidget(self.jobs_title)
        layout.addWidget(self.jobs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.status)
        layout.addLayout(bottom)

        self.technician.currentIndexChanged.connect(lambda *_: self._technician_changed())
        self.day.dateChanged.connect(lambda *_: self.refresh())
        self.span.currentIndexChanged.connect(lambda *_: self.refresh())
        self.print_button.clicked.connect(lambda: self.print_day())
        self.procedures_button.clicked.connect(lambda: ProceduresDialog(context, self).exec())
        self.visits.doubleClicked.connect(
            lambda index: self.open_job(self.visits_model.visits[index.row()].job_id)
        )
        self.jobs.doubleClicked.connect(lambda index: self.open_job(self.jobs_model.jobs[index.row()].id))
        self.refresh()
        self.watch = Watch(self, context, (Change.JOB, Change.STAFF), self.refresh)

    def chosen_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def _select_technician(self, person: StaffMember | None) -> bool:
        """Select the person's own day unless they are an owner (who sees everyone's); True if changed."""
        wanted = None if person is None or person.holds(StaffRole.OWNER) else person.id
        index = max(self.technician.findData(wanted), 0)
        if index == self.technician.currentIndex():
            return False
        self.technician.setCurrentIndex(index)
        return True

    def show_work_of(self, person: StaffMember | None) -> None:
        self._select_technician(person)

    def _technician_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        tech = self.technician.currentData()
        day = self.chosen_day()
        plan = technician_day(self.database, tech, day)
        if self.span.currentData() == "week":
            week = technician_week(self.database, tech, day)
            visits = tuple(v for _, day_visits in week for v in day_visits)
            monday = week[0][0]
            sunday = monday + timedelta(days=6)
            self.visits_title.setText(
                tr("<b>Visits, week of {monday} – {sunday}</b> ({count})").format(
                    monday=dates.day_month(monday), sunday=dates.medium_date(sunday), count=len(visits)
                )
            )
        else:
            visits = plan.visits
            self.visits_title.setText(
                tr("<b>Visits on {day}</b> ({count})").format(day=dates.full_date(day), count=len(visits))
            )
        self.visits_model.set_visits(visits)
        if tech is None:
            jobs_title = tr(
                "<b>Open jobs</b> (everyone's, {count}): the longest without action first"
            ).format(count=len(plan.jobs))
        else:
            jobs_title = tr(
                "<b>Open jobs</b> ({technician}'s, {count}): the longest without action first"
            ).format(technician=plan.technician_name, count=len(plan.jobs))
        self.jobs_title.setText(jobs_title)
        self.jobs_model.set_jobs(plan.jobs)
        for table in (self.visits, self.jobs):
            table.resizeColumnsToContents()
        self.print_button.setEnabled(bool(plan.job_ids))
        self.hint.setText(
            tr("Double-click a visit or a job to open it.")
            if plan.jobs or visits
            else tr(
                "Nothing here yet. Service jobs are opened from a customer's page (New service job…); "
                "visits are booked from the job."
            )
        )
        self.plan = plan

    def take_in(self, serial: str) -> int | None:
        """A scanned serial: the unit sold here opens the intake form for its buyer, with its warranty."""
        from crm_desktop.services.jobs import check_warranty
        from crm_desktop.ui.job_dialogs import JobIntakeDialog, receipt_at_intake

        serial = serial.strip()
        if not serial:
            return None
        found = check_warranty(self.database, self.context.clock.today(), serial=serial)
        if found.sale_item_id is None or found.customer_id is None:
            self.status.setText(
                tr(
                    "{serial} was not sold here: open the customer's page (or create them), "
                    "then New service job…"
                ).format(serial=serial)
            )
            return None
        job = JobIntakeDialog.ask(self, self.context, found.customer_id, sale_item_id=found.sale_item_id)
        if job is None:
            return None
        self.serial.clear()
        self.refresh()
        receipt_at_intake(self, self.context, job)  # when the shop prints one at intake (a setting)
        self.open_job(job.id)
        return job.id

    def open_job(self, job_id: int) -> None:
        from crm_desktop.ui.job_dialogs import JobWindow

        if JobWindow.show_job(self, self.context, job_id):
            self.refresh()

    def day_sheets(self) -> DaySheets:
        """What "Print the day's job sheets" would print for the technician and day shown."""
        return day_sheets(self.database, self.technician.currentData(), self.chosen_day())

    def confirm_day(self, sheets: DaySheets) -> bool:
        """Say how many sheets before building them: "Print 12 job sheets (3 visits, 9 jobs due)?"."""
        if not sheets.count:
            QMessageBox.information(
                self,
                tr("Print the day's job sheets"),
                tr("No visits on {day} and no open job due by then: nothing to print.\n{left_out}").format(
                    day=dates.long_date(sheets.day), left_out=sheets.left_out()
                ),
            )
            return False
        text = tr("Print {sheets}?").format(sheets=sheets.describe())
        if sheets.left_out():
            text += f"\n\n{sheets.left_out()}"
        answer = QMessageBox.question(self, tr("Print the day's job sheets"), text)
        return answer == QMessageBox.StandardButton.Yes

    def print_day(self, target: str | None = None, *, open_after: bool = False) -> None:
        """The print preview of the day's job sheets; with ``target``, the PDF is saved there instead."""
        from crm_desktop.ui.printing import DocumentKind, print_document

        # The day's visits and the open jobs due by then, at most MAX_DAY_SHEETS; asked first when a
        # person clicked (a target given is a caller that already knows what it prints).
        sheets = self.day_sheets()
        if target is None and not self.confirm_day(sheets):
            return
        plan, database = sheets, self.database
        title_text = tr("Job sheets of {technician}, {date}")  # the date as the PDF writes it, below

        def build() -> bytes:
            from crm_desktop.reports.common import long_date
            from crm_desktop.reports.job_sheet import job_sheet_pdf
            from crm_desktop.services.job_sheets import job_sheets

            sheets = job_sheets(database, plan.job_ids, plan.day)
            title = title_text.format(technician=plan.technician_name, date=long_date(plan.day))
            return job_sheet_pdf(sheets, printed_on=plan.day, title=title)

        name = plan.technician_name.replace(" ", "-").lower()
        print_document(
            self,
            kind=DocumentKind.SHEET,
            title=title_text.format(technician=plan.technician_name, date=plan.day.isoformat()),
            suggested_name=f"job-sheets-{name}-{plan.day.isoformat()}.pdf",
            build=build,
            button=self.print_button,
            status=self.status,
            save_to=target,
            open_after=open_after,
        )


def _table(parent: QWidget, model: ColumnsModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class ProceduresDialog(GuardedDialog):
    """The checklist templates: pick one to edit its steps (one per line), or make a new one. Jobs
    keep the copies they already have. Closing with edits not saved asks first."""

    discard_what = cast(str, QT_TR_NOOP("procedure"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from crm_desktop.services.jobs import ensure_default_procedures
        from crm_desktop.services.procedures import list_procedures

        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.setWindowTitle(tr("Procedures"))
        self.setMinimumSize(720, 420)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Procedures"))
        self.name = QLineEdit(self)
        self.description = QLineEdit(self)
        self.steps = QPlainTextEdit(self)
        self.steps.setPlaceholderText(tr("One step per line"))
        self.error = error_label(self)
        new_button = QPushButton(tr("New procedure"), self)
        new_button.clicked.connect(self.new)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.clicked.connect(lambda: self.save())
        self.retire_button = QPushButton(tr("Retire"), self)
        self.retire_button.setToolTip(
            tr("Retired procedures are no longer offered; jobs keep their checklists")
        )
        self.retire_button.clicked.connect(lambda: self.save(active=False))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new_button)
        right = QVBoxLayout()
        for label, widget in (
            (tr("Name"), self.name),
            (tr("What it is for"), self.description),
            (tr("Steps"), self.steps),
        ):
            right.addWidget(QLabel(label, self))
            right.addWidget(widget)
        right.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.list.currentRowChanged.connect(self._show)
        self.current_id: int | None = None
        self._load()
        if not self.procedures and not list_procedures(context.database, include_retired=True):
            # A shop that never had any (they are seeded at start; a read-only start skips it): the
            # shipped ones, written off the GUI thread like every other change.
            from crm_desktop.ui.operations import perform

            database = context.database
            perform(
                self,
                context,
                lambda: ensure_default_procedures(database),
                Changes.of(Change.CATALOGUE),
                done=lambda _count: self._load(),
                failed=self._failed,
            )

    def _load(self, select_id: int | None = None) -> None:
        from crm_desktop.services.procedures import list_procedures

        self.procedures = list_procedures(self.database)
        self.list.blockSignals(True)
        self.list.clear()
        for procedure in self.procedures:
            self.list.addItem(procedure.name)
        self.list.blockSignals(False)
        ids = [p.id for p in self.procedures]
        self.list.setCurrentRow(ids.index(select_id) if select_id in ids else (0 if ids else -1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        self.error.hide()
        if not 0 <= row < len(self.procedures):
            self.new()
            return
        procedure = self.procedures[row]
        self.current_id = procedure.id
        self.name.setText(procedure.name)
        self.description.setText(procedure.description or "")
        self.steps.setPlainText("\n".join(procedure.steps))
        self.retire_button.setEnabled(True)
        self.mark_clean()

    def new(self) -> None:
        self.current_id = None
        self.list.clearSelection()
        for field in (self.name, self.description):
            field.clear()
        self.steps.clear()
        self.retire_button.setEnabled(False)
        self.name.setFocus()
        self.mark_clean()

    def save(self, *, active: bool = True) -> bool:
        """Read the form here, save (or retire) the procedure off the GUI thread; the list shows it
        when it is back, or the error line says why not. True once the work is started."""
        from crm_desktop.services.procedures import save_procedure
        from crm_desktop.ui.operations import perform

        database, procedure_id = self.database, self.current_id
        name, description = self.name.text(), self.description.text()
        steps = self.steps.toPlainText().splitlines()
        self.error.hide()

        def done(saved: ProcedureDetails) -> None:
            self._load(saved.id if active else None)

        perform(
            self,
            self.context,
            lambda: save_procedure(
                database, procedure_id, name=name, description=description, steps=steps, active=active
            ),
            Changes.of(Change.CATALOGUE),
            done=done,
            failed=self._failed,
        )
        return True

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()
