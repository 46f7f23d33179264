"""Service jobs on screen: the intake form (unit, warranty found at intake, problem, ready-by promise)
and the job window (workflow buttons, days since the last action, ready-by chain, parts and labour,
checklist, notes, visits, exchange, "tell the customer" and the job sheet).

Every button is one service call (one unit of work); the window then reloads the job's frozen details.
"Working as" names who does what (kept with each change); it is remembered on this computer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from PySide6.QtCore import QT_TR_NOOP, Qt, QTime, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.domain.changes import AFTER_SALES, Change, Changes
from crm_desktop.domain.enums import (
    Channel,
    JobLineKind,
    JobPriority,
    JobStatus,
    MessageChannel,
    PromiseStatus,
    StaffRole,
    VisitStatus,
    WarrantyDecision,
    WarrantyStatus,
)
from crm_desktop.domain.money import ShopMoney
from crm_desktop.domain.timeline import job_state
from crm_desktop.errors import ConflictError, UserFacingError, ValidationError
from crm_desktop.services.jobs import (
    JobDetails,
    JobInput,
    LineInput,
    add_line,
    apply_procedure,
    check_warranty,
    customer_units,
    get_job,
    job_saved,
    move_job,
    open_job,
    record_exchange,
    tick,
    update_notes,
)
from crm_desktop.services.staff import list_staff
from crm_desktop.ui.conflict_dialog import answer_window_conflict
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.table_model import ColumnsModel, Index
from crm_desktop.ui.theme import tone, tone_style
from crm_desktop.ui.widgets import (
    FormDialog,
    GuardedDialog,
    announce_their_save,
    date_field,
    error_label,
    fill_checklist,
    notice_label,
)


def move_labels() -> dict[JobStatus, str]:
    """The workflow buttons, one a status the job can move to, in the window's language."""
    return {
        JobStatus.DIAGNOSING: tr("Start diagnosis"),
        JobStatus.WAITING_PARTS: tr("Waiting for parts"),
        JobStatus.WAITING_CUSTOMER: tr("Waiting for customer"),
        JobStatus.REPAIRING: tr("Repairing"),
        JobStatus.READY: tr("Ready for pickup"),
        JobStatus.COLLECTED: tr("Collected"),
        JobStatus.CANCELLED: tr("Cancel job…"),
    }


def decisions() -> tuple[tuple[str, WarrantyDecision | None], ...]:
    """Who pays, as offered at intake (None: what the warranty check found)."""
    return (
        (tr("As the warranty check says"), None),
        (tr("Covered: the shop pays"), WarrantyDecision.COVERED),
        (tr("Billable: the customer pays"), WarrantyDecision.BILLABLE),
        (tr("Goodwill: free, not a warranty claim"), WarrantyDecision.GOODWILL),
    )


def priority_text(priority: JobPriority) -> str:
    """A priority as a choice in a list ("Normal")."""
    return {
        JobPriority.LOW: tr("Low", "a priority"),
        JobPriority.NORMAL: tr("Normal", "a priority"),
        JobPriority.HIGH: tr("High", "a priority"),
        JobPriority.URGENT: tr("Urgent", "a priority"),
    }[priority]


def promise_status_text(status: PromiseStatus) -> str:
    """Where a promise stands, in a line about it ("open", "kept")."""
    return {
        PromiseStatus.OPEN: tr("open", "a promise"),
        PromiseStatus.KEPT: tr("kept", "a promise"),
        PromiseStatus.BROKEN: tr("broken", "a promise"),
        PromiseStatus.CANCELLED: tr("cancelled", "a promise"),
    }[status]


def _warranty_status_text(status: WarrantyStatus) -> str:
    return {
        WarrantyStatus.COVERED: tr("covered", "warranty found at intake"),
        WarrantyStatus.EXPIRED: tr("expired", "warranty found at intake"),
        WarrantyStatus.NOT_SOLD_HERE: tr("not sold here", "warranty found at intake"),
        WarrantyStatus.UNKNOWN: tr("unknown", "warranty found at intake"),
    }[status]


def _decision_text(decision: WarrantyDecision) -> str:
    return {
        WarrantyDecision.COVERED: tr("covered", "who pays for a job"),
        WarrantyDecision.BILLABLE: tr("billable", "who pays for a job"),
        WarrantyDecision.GOODWILL: tr("goodwill", "who pays for a job"),
    }[decision]


def _visit_status_text(status: VisitStatus) -> str:
    return {
        VisitStatus.SCHEDULED: tr("scheduled", "a visit"),
        VisitStatus.DONE: tr("done", "a visit"),
        VisitStatus.CANCELLED: tr("cancelled", "a visit"),
    }[status]


def _technician_combo(parent: QWidget, context: AppContext, blank: str) -> QComboBox:
    """The active technicians (everyone, when nobody holds the role yet)."""
    combo = QComboBox(parent)
    combo.addItem(blank, None)
    people = list_staff(context.database)
    technicians = [m for m in people if m.holds(StaffRole.TECHNICIAN)] or list(people)
    for member in technicians:
        combo.addItem(f"{member.name} ({member.initials})", member.id)
    return combo


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def parse_amount(text: str, label: str, money: ShopMoney) -> int:
    """An amount as typed (``12.50``, ``12,50``, blank for zero) in minor units; a clear message else."""
    if not text.strip():
        return 0
    try:
        return money.parse(text)
    except ValidationError as exc:
        raise ValidationError(f"{label}: {exc}") from None


# ------------------------------------------------------------------------------------------- intake


class JobIntakeDialog(FormDialog):
    """Take a unit in. The warranty of the unit is checked as it is picked or its serial typed."""

    changes = (Change.JOB, Change.PROMISE, Change.REQUEST)

    title = cast(str, QT_TR_NOOP("New service job"))
    discard_what = cast(str, QT_TR_NOOP("service job"))

    def __init__(
        self,
        context: AppContext,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        sale_item_id: int | None = None,
        serial: str | None = None,
        problem: str | None = None,
        from_request: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(self.title))  # English marked with QT_TR_NOOP where written
        self.context = context
        self.database = context.database
        self.customer_id = customer_id
        self.from_request = from_request  # the request this job comes from (resolved when it opens)
        self.job: JobDetails | None = None
        self.setMinimumWidth(560)
        today = context.clock.today()
        self.unit_choice = QComboBox(self)
        self.unit_choice.addItem(tr("Another unit (type it below)"), None)
        for unit in customer_units(context.database, customer_id, today):
            serial_text = f" · {unit.serial}" if unit.serial else ""
            self.unit_choice.addItem(
                f"{unit.description}{serial_text} ({unit.sale_number_text})", unit.sale_item_id
            )
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(tr("Make and model, e.g. Samsung Galaxy A54"))
        self.serial = QLineEdit(self)
        self.serial.setPlaceholderText(tr("Serial or IMEI (scan it): the warranty is looked up"))
        self.warranty = QLabel(self)
        self.warranty.setObjectName("warranty_found")
        self.warranty.setWordWrap(True)
        self.decision = QComboBox(self)
        for label, value in decisions():
            self.decision.addItem(label, value)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(tr("Why the decision differs from the warranty check"))
        self.problem = QPlainTextEdit(self)
        self.problem.setPlaceholderText(tr("What the customer says is wrong, in their words"))
        self.problem.setFixedHeight(70)
        self.accessories = QLineEdit(self)
        self.accessories.setPlaceholderText(tr("Charger, case, SIM card… (what stays with the unit)"))
        self.condition = QLineEdit(self)
        self.condition.setPlaceholderText(tr("Scratches, dents, cracked glass…"))
        self.contact = QComboBox(self)
        self.contact.addItem(tr("No preference"), None)
        for label, channel in (
            (tr("Phone call"), Channel.CALL),
            (tr("Message", "how a contact happened"), Channel.MESSAGE),
            (tr("E-mail"), Channel.EMAIL),
        ):
            self.contact.addItem(label, channel)
        self.priority = QComboBox(self)
        for priority in JobPriority:
            self.priority.addItem(priority_text(priority), priority)
        _select_data(self.priority, JobPriority.NORMAL)
        self.technician = _technician_combo(self, context, tr("Not assigned yet"))
        self.has_ready_by = QCheckBox(tr("Promise a date"), self)
        self.has_ready_by.setChecked(True)
        self.ready_by = date_field(self, today + timedelta(days=3))
        self.has_ready_by.toggled.connect(self.ready_by.setEnabled)
        ready_row = QHBoxLayout()
        ready_row.addWidget(self.has_ready_by)
        ready_row.addWidget(self.ready_by, 1)
        self.form.addRow(tr("Unit sold here"), self.unit_choice)
        self.form.addRow(tr("Unit"), self.unit)
        self.form.addRow(tr("Serial / IMEI"), self.serial)
        self.form.addRow(tr("Warranty"), self.warranty)
        self.form.addRow(tr("Who pays"), self.decision)
        self.form.addRow(tr("Reason"), self.reason)
        self.form.addRow(tr("Reported problem"), self.problem)
        self.form.addRow(tr("Accessories left"), self.accessories)
        self.form.addRow(tr("Condition"), self.condition)
        self.form.addRow(tr("Contact by"), self.contact)
        self.form.addRow(tr("Priority"), self.priority)
        self.form.addRow(tr("Technician"), self.technician)
        self.form.addRow(tr("Ready by"), ready_row)
        self.unit_choice.currentIndexChanged.connect(self._unit_chosen)
        self.serial.textChanged.connect(lambda *_: self._refresh_warranty())
        self.decision.currentIndexChanged.connect(lambda *_: self._refresh_reason())
        if sale_item_id is not None:
            _select_data(self.unit_choice, sale_item_id)
        elif serial:
            self.serial.setText(serial)
        if problem:
            self.problem.setPlainText(problem)
        self._refresh_warranty()

    def _unit_chosen(self) -> None:
        chosen = self.unit_choice.currentData() is not None
        self.unit.setEnabled(not chosen)
        self.serial.setEnabled(not chosen)
        self._refresh_warranty()

    def _refresh_warranty(self) -> None:
        item_id = self.unit_choice.currentData()
        found = check_warranty(
            self.database,
            self.context.clock.today(),
            sale_item_id=item_id,
            serial=None if item_id else self.serial.text(),
        )
        self.found = found
        color = tone("good") if found.status is WarrantyStatus.COVERED else tone("warning")
        text = found.text
        if found.customer_id is not None and found.customer_id != self.customer_id:
            text = tr("{warranty} · bought by another customer").format(warranty=text)
        if item_id is None and found.sale_item_id is not None and not self.unit.text().strip():
            self.unit.setText(found.description or "")
        self.warranty.setText(text)
        self.warranty.setStyleSheet(f"color:{color}; font-weight:bold")
        self._refresh_reason()

    def _refresh_reason(self) -> None:
        chosen = self.decision.currentData()
        self.reason.setEnabled(chosen is not None and chosen != self.found.decision)

    def work(self) -> Callable[[], object]:
        from crm_desktop.domain.validation import FieldErrors

        item_id = self.unit_choice.currentData()
        override = self.decision.currentData()
        data = JobInput(
            customer_id=self.customer_id,
            sale_item_id=item_id,
            unit_description=self.unit.text() if item_id is None else "",
            unit_serial=(self.serial.text() or None) if item_id is None else None,
            reported_problem=self.problem.toPlainText(),
            accessories=self.accessories.text() or None,
            condition=self.condition.text() or None,
            contact_preference=self.contact.currentData(),
            priority=JobPriority(self.priority.currentData()),
            technician_id=self.technician.currentData(),
            ready_by=_qdate(self.ready_by) if self.has_ready_by.isChecked() else None,
            warranty_override=WarrantyDecision(override) if override is not None else None,
            override_reason=self.reason.text() or None,
            staff_id=self.context.person_id,
        )
        database, today, request_id = self.database, self.context.clock.today(), self.from_request

        def open_it() -> JobDetails:
            try:
                if request_id is not None:
                    from crm_desktop.services.requests import request_to_job

                    return request_to_job(
                        database, request_id, data, today=today, now=self.context.clock.now()
                    )
                return open_job(database, data, today, self.context.clock.now())
            except FieldErrors as exc:
                raise ValidationError(" ".join(exc.errors.values())) from None

        return open_it

    def _done(self, result: object) -> None:
        assert isinstance(result, JobDetails)
        self.job = result
        super()._done(result)

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, customer_id: int, **kw: Any
    ) -> JobDetails | None:
        dialog = cls(context, customer_id, parent, **kw)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.job is None:
            return None
        offer_job_message(parent or dialog, context, dialog.job.id, dialog.job.customer_id, "job_received")
        return dialog.job


def offer_job_message(
    parent: QWidget, context: AppContext, job_id: int, customer_id: int, event: str
) -> None:
    """The shop's message about what just happened to a job (taken in, ready), when its template asks
    before sending and the customer can receive it; nothing is shown otherwise."""
    from crm_desktop.services.messages import Links, draft_values_for_job, event_drafts
    from crm_desktop.ui.messages_dialogs import offer_to_send

    values = draft_values_for_job(context.database, job_id, context.clock.today())
    offer_to_send(
        parent, context, event_drafts(context.database, event, customer_id, values, Links(job_id=job_id))
    )


def offer_moved_promise(
    parent: QWidget, context: AppContext, customer_id: int, promise: Any, new_date: date, reason: str
) -> None:
    """The apology for a moved promise (the new date and why), when its template asks before sending."""
    from crm_desktop.services.messages import Links
    from crm_desktop.services.promises import moved_values
    from crm_desktop.ui.messages_dialogs import offer_event_message

    values = moved_values(promise.description, promise.due_date, new_date, reason)
    links = Links(promise_id=promise.id, job_id=promise.job_id, request_id=promise.request_id)
    offer_event_message(parent, context, "promise_moved", customer_id, values, links)


def _qdate(field: Any) -> date:
    value = field.date()
    return date(value.year(), value.month(), value.day())


# ---------------------------------------------------------------------------------------- the job


class LinesModel(ColumnsModel):
    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = ("", tr("Description"), tr("Qty / h"), tr("Unit price"), tr("Total"), tr("Paid by"))
        self.context = context
        self.database = context.database
        self.job: JobDetails | None = None
        self.money = ShopMoney()

    def set_job(self, job: JobDetails, money: ShopMoney) -> None:
        self.beginResetModel()
        self.job, self.money = job, money
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.job.lines) if self.job else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.job is None or not index.isValid() or not 0 <= index.row() < len(self.job.lines):
            return None
        line = self.job.lines[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            tr("Part") if line.kind is JobLineKind.PART else tr("Labour"),
            line.description,
            f"{line.quantity.normalize():f}",
            self.money.format(line.unit_price_minor),
            self.money.format(line.price_minor),
            tr("warranty", "who pays for a line")
            if line.covered_by_warranty
            else tr("customer", "who pays for a line"),
        )[index.column()]


class LineDialog(FormDialog):
    changes = (Change.JOB,)
    title = cast(str, QT_TR_NOOP("Add a part or labour"))
    discard_what = cast(str, QT_TR_NOOP("part or labour"))

    def __init__(self, context: AppContext, job: JobDetails, parent: QWidget | None = None) -> None:
        from crm_desktop.services.settings import shop_money

        super().__init__(parent)
        self.setWindowTitle(tr(self.title))  # English marked with QT_TR_NOOP where written
        self.context, self.database, self.job = context, context.database, job
        self.money = shop_money(context.database)
        self.kind = QComboBox(self)
        self.kind.addItem(tr("Part"), JobLineKind.PART)
        self.kind.addItem(tr("Labour (hours)"), JobLineKind.LABOUR)
        self.description = QLineEdit(self)
        self.quantity = QLineEdit("1", self)
        self.cost = QLineEdit(self)
        self.cost.setPlaceholderText(
            tr("what it costs the shop, e.g. {amount}").format(amount=self.money.sample("18.00"))
        )
        self.price = QLineEdit(self)
        self.price.setPlaceholderText(
            tr("what the customer would pay, e.g. {amount}").format(amount=self.money.sample("45.00"))
        )
        self.covered = QCheckBox(tr("Covered by the warranty (the shop pays)"), self)
        self.covered.setChecked(job.warranty_decision is WarrantyDecision.COVERED)
        for label, widget in (
            (tr("Kind"), self.kind),
            (tr("Description"), self.description),
            (tr("Quantity / hours"), self.quantity),
            (tr("Unit cost"), self.cost),
            (tr("Unit price"), self.price),
            ("", self.covered),
        ):
            self.form.addRow(label, widget)

    def work(self) -> Callable[[], object]:
        try:
            quantity = Decimal(self.quantity.text().strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(
                tr("Quantity: “{text}” is not a number like 1 or 0.5.").format(text=self.quantity.text())
            ) from None
        line = LineInput(
            kind=JobLineKind(self.kind.currentData()),
            description=self.description.text(),
            quantity=quantity,
            unit_cost_minor=parse_amount(self.cost.text(), tr("Unit cost"), self.money),
            unit_price_minor=parse_amount(self.price.text(), tr("Unit price"), self.money),
            covered_by_warranty=self.covered.isChecked(),
        )
        database, job_id, me = self.database, self.job.id, self.context.person_id
        return lambda: add_line(database, job_id, line, self.context.clock.now(), staff_id=me)


class VisitDialog(FormDialog):
    changes = (Change.JOB,)
    title = cast(str, QT_TR_NOOP("Schedule a visit"))
    discard_what = cast(str, QT_TR_NOOP("visit"))

    def __init__(self, context: AppContext, job: JobDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(self.title))  # English marked with QT_TR_NOOP where written
        self.context, self.database, self.job = context, context.database, job
        self.technician = _technician_combo(self, context, tr("Not assigned"))
        _select_data(self.technician, job.technician_id)
        self.day = date_field(self, context.clock.today() + timedelta(days=1))
        self.start = QTimeEdit(QTime(9, 0), self)
        self.end = QTimeEdit(QTime(11, 0), self)
        self.start.setAccessibleName(tr("From", "a time"))
        self.end.setAccessibleName(tr("To", "a time"))
        for field in (self.start, self.end):
            field.setDisplayFormat("HH:mm")  # untranslated: a time format
        self.on_site = QCheckBox(tr("At the customer's (on site)"), self)
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(tr("Blank: the customer's address"))
        self.address.setEnabled(False)
        self.on_site.toggled.connect(self.address.setEnabled)
        window = QHBoxLayout()
        window.addWidget(self.start)
        window.addWidget(QLabel(tr("to", "between two times"), self))
        window.addWidget(self.end)
        self.form.addRow(tr("Technician"), self.technician)
        self.form.addRow(tr("Day"), self.day)
        self.form.addRow(tr("Time"), window)
        self.form.addRow("", self.on_site)
        self.form.addRow(tr("Address"), self.address)

    def work(self) -> Callable[[], object]:
        from crm_desktop.services.visits import VisitInput, schedule_visit

        start, end = self.start.time(), self.end.time()
        data = VisitInput(
            job_id=self.job.id,
            technician_id=self.technician.currentData(),
            day=_qdate(self.day),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
            on_site=self.on_site.isChecked(),
            address=self.address.text() or None,
        )
        database, me = self.database, self.context.person_id
        return lambda: schedule_visit(database, data, self.context.clock.now(), staff_id=me)


class JobWindow(GuardedDialog):
    """One service job, everything a counter or a technician does with it. Only the technician's notes
    wait for a button (Save notes): closing with notes typed and not saved asks first, and the other
    buttons, which reload the job, leave them as typed."""

    discard_what = cast(str, QT_TR_NOOP("notes"))

    def __init__(self, context: AppContext, job_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.job_id = job_id
        self.changed = False
        self.setMinimumSize(900, 700)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("job_title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.title, 1)
        self.person = QLabel(self)
        self.person.setObjectName("job_person")
        self.person.setToolTip(
            tr("Changes are saved in this person's name; switch at the bottom of the main window.")
        )
        top.addWidget(self.person)
        layout.addLayout(top)
        self.facts = QLabel(self)
        self.facts.setObjectName("job_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.facts)
        self.age = QLabel(self)
        self.age.setObjectName("job_age")
        layout.addWidget(self.age)

        moves = QHBoxLayout()
        moves.addWidget(QLabel(tr("Move to:"), self))
        self.move_buttons: dict[JobStatus, QPushButton] = {}
        for status, label in move_labels().items():
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            self.move_buttons[status] = button
            moves.addWidget(button)
        moves.addStretch(1)
        layout.addLayout(moves)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        lines_box = QGroupBox(tr("Parts and labour"), self)
        lines_layout = QVBoxLayout(lines_box)
        self.lines_model = LinesModel(context, self)
        self.lines = QTableView(self)
        self.lines.setAccessibleName(tr("Parts and labour"))
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lines_layout.addWidget(self.lines)
        self.totals = QLabel(self)
        self.totals.setObjectName("job_totals")
        lines_layout.addWidget(self.totals)
        self.add_line_button = QPushButton(tr("Add part or labour…"), self)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(tr("Remove line"), self)
        self.remove_line_button.setToolTip(tr("Take the selected line off (kept in the job's audit trail)"))
        self.remove_line_button.clicked.connect(lambda: self.remove_line())
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        lines_layout.addLayout(line_buttons)
        left.addWidget(lines_box, 2)
        notes_box = QGroupBox(tr("Technician's notes"), self)
        notes = QFormLayout(notes_box)
        self.technician = _technician_combo(self, context, tr("Not assigned"))
        self.diagnosis = QPlainTextEdit(self)
        self.work_done = QPlainTextEdit(self)
        for field in (self.diagnosis, self.work_done):
            field.setFixedHeight(60)
        self.save_notes_button = QPushButton(tr("Save notes"), self)
        self.save_notes_button.clicked.connect(self.save_notes)
        notes.addRow(tr("Technician"), self.technician)
        notes.addRow(tr("Diagnosis"), self.diagnosis)
        notes.addRow(tr("Work done"), self.work_done)
        notes.addRow("", self.save_notes_button)
        left.addWidget(notes_box, 1)
        middle.addLayout(left, 3)

        right = QVBoxLayout()
        check_box = QGroupBox(tr("Checklist"), self)
        check_layout = QVBoxLayout(check_box)
        self.checklist = QListWidget(self)
        self.checklist.setAccessibleName(tr("Checklist"))
        self.checklist.itemChanged.connect(self._ticked)
        check_layout.addWidget(self.checklist)
        self.procedure_button = QPushButton(tr("Apply a procedure…"), self)
        self.procedure_button.clicked.connect(lambda: self.apply_procedure())
        check_layout.addWidget(self.procedure_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(check_box, 2)
        visit_box = QGroupBox(tr("Visits"), self)
        visit_layout = QVBoxLayout(visit_box)
        self.visits = QListWidget(self)
        self.visits.setAccessibleName(tr("Visits"))
        self.visits.setWordWrap(True)
        visit_layout.addWidget(self.visits)
        visit_buttons = QHBoxLayout()
        self.visit_button = QPushButton(tr("Schedule a visit…"), self)
        self.visit_button.clicked.connect(self.schedule_visit)
        self.visit_done_button = QPushButton(tr("Visit done…"), self)
        self.visit_done_button.clicked.connect(lambda: self.close_visit(VisitStatus.DONE))
        self.visit_cancel_button = QPushButton(tr("Cancel visit"), self)
        self.visit_cancel_button.clicked.connect(lambda: self.close_visit(VisitStatus.CANCELLED, ""))
        visit_buttons.addWidget(self.visit_button)
        visit_buttons.addWidget(self.visit_done_button)
        visit_buttons.addWidget(self.visit_cancel_button)
        visit_layout.addLayout(visit_buttons)
        right.addWidget(visit_box, 1)
        middle.addLayout(right, 2)
        layout.addLayout(middle, 1)

        bottom = QHBoxLayout()
        self.promise_button = QPushButton(tr("Move ready-by date…"), self)
        self.promise_button.clicked.connect(lambda: self.move_ready_by())
        self.exchange_button = QPushButton(tr("Record exchange…"), self)
        self.exchange_button.clicked.connect(lambda: self.record_exchange())
        self.other_promise_button = QPushButton(tr("Record a promise…"), self)
        self.other_promise_button.setToolTip(tr("Another promise about this job, e.g. “we call you Friday”"))
        self.other_promise_button.clicked.connect(lambda: self.record_promise())
        self.tell_button = QPushButton(tr("Tell the customer…"), self)
        self.tell_button.clicked.connect(lambda: self.tell_customer())
        self.print_button = QPushButton(tr("Print job sheet…"), self)
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.receipt_button = QPushButton(tr("Print receipt…"), self)
        self.receipt_button.setToolTip(
            tr("The intake receipt for the customer (format: File → Shop details)")
        )
        self.receipt_button.clicked.connect(lambda: self.print_receipt())
        self.label_button = QPushButton(tr("Print label…"), self)
        self.label_button.setToolTip(tr("A label for the unit: the job's, or the serial's"))
        label_menu = QMenu(self.label_button)
        label_menu.addAction(tr("Job label"), lambda: self.print_label("job"))
        self.serial_label_action = label_menu.addAction(
            tr("Serial label"), lambda: self.print_label("serial")
        )
        label_menu.aboutToShow.connect(self._label_menu_shown)
        self.label_button.setMenu(label_menu)
        # Ctrl+P, as in the window, besides the button's Alt letter (see crm_desktop.ui.mnemonics).
        self.print_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Print), self, self.print_button.click
        )
        # Two rows, so that every button reads whole at the window's smallest width: what is done about
        # the job, then what is printed.
        for button in (
            self.promise_button,
            self.other_promise_button,
            self.exchange_button,
            self.tell_button,
        ):
            bottom.addWidget(button)
        bottom.addStretch(1)
        printing = QHBoxLayout()
        for button in (self.print_button, self.receipt_button, self.label_button):
            printing.addWidget(button)
        printing.addStretch(1)
        self.status = QLabel(self)
        printing.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        printing.addWidget(close)
        layout.addLayout(bottom)
        layout.addLayout(printing)
        self.notice = notice_label(self)
        layout.addWidget(self.notice)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self._show_person()
        self.reload()
        context.changes.subscribe(self._look_for_their_save)

    def _look_for_their_save(self, changes: Changes) -> None:
        """Someone saved this job (another window, another workstation): say so, and leave the notes
        being typed alone (saving them then shows their change)."""
        try:
            if not self.isVisible() or self.job is None or not changes.touches(Change.JOB):
                return
        except RuntimeError:  # the window was closed and deleted meanwhile
            return
        database, job_id = self.database, self.job_id
        announce_their_save(
            self, self.notice, lambda: job_saved(database, job_id),
            lambda: self.job.version if self.job is not None else None,
            tr("saving the notes shows their change beside yours."),
        )  # fmt: skip

    # -------------------------------------------------------------------------------------- state

    def staff_id(self) -> int:
        """The person at the keyboard (asked once when nobody is chosen)."""
        from crm_desktop.ui.people import ensure_person

        person = ensure_person(self, self.context)
        self._show_person()
        return person

    def _show_person(self) -> None:
        member = self.context.person
        self.person.setText(
            tr("You: {person}").format(person=member.label) if member else tr("You: not chosen yet")
        )

    def reload(self) -> None:
        from crm_desktop.services.settings import shop_money
        from crm_desktop.services.visits import job_visits

        today = self.context.clock.today()
        job = get_job(self.database, self.job_id, today)
        self.job = job
        self.notice.hide()  # what is shown now is what is saved
        self.setWindowTitle(f"{job.number_text} · {job.customer_name}")
        self.title.setText(
            tr(
                "<b style='font-size:15pt'>{number}</b> &nbsp; {unit}"
                " &nbsp; <span style='color:{muted}'>for {customer}</span>"
            ).format(
                number=job.number_text,
                unit=_html(job.unit_description),
                muted=tone("muted"),
                customer=_html(job.customer_name),
            )
        )
        found = check_warranty(self.database, today, sale_item_id=job.sale_item_id, serial=job.unit_serial)
        serial = job.unit_serial or "—"
        decision = _decision_text(job.warranty_decision)
        facts = [
            tr("Status: {status}").format(status=job.status_text),
            tr("Serial: {serial} → replaced by {replacement}").format(
                serial=serial, replacement=job.replacement_serial
            )
            if job.replacement_serial
            else tr("Serial: {serial}").format(serial=serial),
            tr("Warranty at intake: {status}; now: {found}").format(
                status=_warranty_status_text(job.warranty_status), found=found.text
            ),
            tr("Who pays: {decision} (override: {reason})").format(
                decision=decision, reason=job.warranty_reason
            )
            if job.warranty_reason
            else tr("Who pays: {decision}").format(decision=decision),
            tr("Problem: {problem}").format(problem=job.reported_problem),
        ]
        if job.ready_promise is not None:
            chain = job.ready_promise
            facts.append(
                tr("Ready by {date} · {promise} · {status}").format(
                    date=dates.medium_date(chain.due_date),
                    promise=chain.text,
                    status=promise_status_text(chain.status),
                )
            )
            facts.extend(  # every move with its reason, not only on paper
                "    "
                + tr("moved {old} → {new}: {reason}").format(
                    old=dates.day_month(c.old_date),
                    new=dates.day_month(c.new_date),
                    reason=" ".join(c.reason.split()),
                )
                for c in chain.changes
            )
        self.facts.setText("\n".join(facts))
        state, days = job_state(job.status, job.last_action_at.astimezone().date(), today)
        if days is None:
            self.age.setText(
                tr("Closed {date}").format(date=dates.medium_date(job.closed_at.astimezone().date()))
                if job.closed_at
                else tr("Closed")
            )
            self.age.setStyleSheet(tone_style("muted"))
        else:
            self.age.setText(
                tr("Last action today") if days == 0 else tr("%n day(s) since the last action", None, days)
            )
            self.age.setStyleSheet(f"color:{tone(str(state.tone))}; font-weight:bold")
        for status, button in self.move_buttons.items():
            button.setVisible(status in job.next_states)
        is_open = job.is_open
        for button in (
            self.add_line_button,
            self.remove_line_button,
            self.procedure_button,
            self.visit_button,
            self.exchange_button,
            self.visit_done_button,
            self.visit_cancel_button,
        ):
            button.setEnabled(is_open)
        self.technician.setEnabled(is_open)
        self.promise_button.setEnabled(job.ready_promise is not None and job.ready_promise.status == "open")
        money = shop_money(self.database)
        self.lines_model.set_job(job, money)
        self.lines.resizeColumnsToContents()
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.totals.setText(
            tr(
                "Parts {parts} · labour {labour} · customer pays {billable}"
                " · warranty cost to the shop {covered}"
            ).format(
                parts=money.format(job.parts_minor),
                labour=money.format(job.labour_minor),
                billable=money.format(job.billable_minor),
                covered=money.format(job.covered_cost_minor),
            )
        )
        if not self.is_modified():
            _select_data(self.technician, job.technician_id)
            self.diagnosis.setPlainText(job.diagnosis or "")
            self.work_done.setPlainText(job.work_done or "")
            self.mark_clean()
        fill_checklist(
            self.checklist,
            (
                (item.id, item.text, item.done,
                 tr("Ticked {when}").format(when=dates.date_time(item.done_at))
                 if item.done_at is not None else None)
                for item in job.checklist
            ),
            tickable=is_open,
            empty=tr("No checklist yet: apply a procedure"),
        )  # fmt: skip
        self.visits.clear()
        self.visit_ids: list[int] = []
        for visit in job_visits(self.database, job.id):
            who = visit.technician_name or tr("no technician")
            visit_state = _visit_status_text(visit.status)
            day = dates.weekday_date(visit.day)
            QListWidgetItem(
                f"{day} {visit.window_text} · {visit.place_text} · {who} · {visit_state}",
                self.visits,
            ).setData(Qt.ItemDataRole.UserRole, visit.id)
        self.error.hide()

    def _ask_date(self, title: str, prompt: str, initial: date) -> date | None:
        """A date typed as YYYY-MM-DD; None when cancelled or not a date (then the reason is shown)."""
        from crm_desktop.ui.widgets import ask_date

        try:
            return ask_date(self, title, prompt, initial)
        except UserFacingError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return None

    def _act(
        self,
        action: Callable[[int], object],
        *,
        after: Callable[[], object] | None = None,
        failed: Callable[[UserFacingError], None] | None = None,
    ) -> bool:
        """Run one change of the job in the name of the person at the keyboard, off the GUI thread
        (:func:`~crm_desktop.ui.operations.perform_as_person`); the window shows the job as saved when
        it is back, or the reason it was refused. False when nothing was started (nobody chosen)."""
        from crm_desktop.ui.operations import perform_as_person

        self.error.hide()

        def done(_result: object) -> None:
            self.changed = True
            self._show_person()
            if after is not None:
                after()
            self.reload()

        changes = Changes.of(*AFTER_SALES, customers=(self.job.customer_id,))
        return perform_as_person(
            self, self.context, action, changes, done=done, failed=failed or self._show_error
        )

    def _show_error(self, error: UserFacingError) -> None:
        if isinstance(error, ConflictError):  # someone else moved or saved the job: show it as it is now
            self.reload()
        self.error.setText(str(error))
        self.error.show()

    # ------------------------------------------------------------------------------------- actions

    def move_to(self, status: JobStatus, note: str | None = None) -> bool:
        if status is JobStatus.CANCELLED and note is None:
            note, ok = QInputDialog.getText(self, tr("Cancel the job"), tr("Why is the job cancelled?"))
            if not ok:
                return False
        shown = self.job.status
        return self._act(
            lambda me: move_job(
                self.database,
                self.job_id,
                status,
                self.context.clock.now(),
                staff_id=me,
                note=note,
                expected_status=shown,
            ),
            after=(lambda: self.offer_message("job_ready")) if status is JobStatus.READY else None,
        )

    def offer_message(self, event: str) -> None:
        """The shop's message for what just happened, when its template asks before sending."""
        offer_job_message(self, self.context, self.job_id, self.job.customer_id, event)

    def add_line(self) -> None:
        if LineDialog(self.context, self.job, self).exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload()

    def remove_line(self, row: int | None = None) -> bool:
        from crm_desktop.services.jobs import remove_line

        if row is None:
            index = self.lines.currentIndex()
            row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self.job.lines):
            self.error.setText(tr("Select the line to remove first."))
            self.error.show()
            return False
        line_id = self.job.lines[row].id
        return self._act(
            lambda me: remove_line(self.database, line_id, self.context.clock.now(), staff_id=me)
        )

    def schedule_visit(self) -> None:
        if VisitDialog(self.context, self.job, self).exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload()

    def close_visit(self, status: VisitStatus, outcome: str | None = None) -> bool:
        from crm_desktop.services.visits import close_visit

        item = self.visits.currentItem()
        if item is None:
            self.error.setText(tr("Select a visit in the list first."))
            self.error.show()
            return False
        if outcome is None:
            outcome, ok = QInputDialog.getMultiLineText(self, tr("Visit done"), tr("What was done?"))
            if not ok:
                return False
        visit_id = int(item.data(Qt.ItemDataRole.UserRole))
        return self._act(
            lambda me: close_visit(
                self.database, visit_id, status, self.context.clock.now(), outcome=outcome, staff_id=me
            )
        )

    def save_notes(self, *, keep_mine: bool = False) -> bool:
        database, job_id = self.database, self.job_id
        diagnosis, work_done = self.diagnosis.toPlainText(), self.work_done.toPlainText()
        technician = self.technician.currentData()
        version = self.job.version if self.job is not None else None  # someone else's save: refused
        return self._act(
            lambda me: update_notes(
                database,
                job_id,
                self.context.clock.now(),
                diagnosis=diagnosis,
                work_done=work_done,
                technician_id=technician,
                staff_id=me,
                expected_version=version,
                keep_mine=keep_mine,
            ),
            after=self.mark_clean,  # saved: the reload that follows shows the notes as stored
            failed=self._notes_failed,
        )

    def _notes_failed(self, error: UserFacingError) -> None:
        """Someone else saved the job while these notes were typed: their change beside mine, then
        Reload (theirs), Keep mine (saved over theirs, audited) or Cancel (my notes stay, unsaved)."""

        def show_theirs() -> None:
            if self.job is not None:
                _select_data(self.technician, self.job.technician_id)
                self.diagnosis.setPlainText(self.job.diagnosis or "")
                self.work_done.setPlainText(self.job.work_done or "")

        answer_window_conflict(
            self, error, show_theirs=show_theirs, save_mine=lambda: self.save_notes(keep_mine=True),
            refuse=self._show_error,
        )  # fmt: skip

    def form_values(self) -> tuple[object, ...]:
        # What waits for Save notes; ticks and moves are kept the moment they are made.
        return (self.technician.currentData(), self.diagnosis.toPlainText(), self.work_done.toPlainText())

    def _ticked(self, item: QListWidgetItem) -> None:
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if item_id is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self._act(lambda me: tick(self.database, int(item_id), done, me, self.context.clock.now()))

    def apply_procedure(self, procedure_id: int | None = None) -> bool:
        from crm_desktop.services.procedures import list_procedures

        if procedure_id is None:
            procedures = list_procedures(self.database)
            if not procedures:
                self.error.setText(
                    tr("There are no procedures yet; add one from the Service page (Procedures…).")
                )
                self.error.show()
                return False
            names = [p.name for p in procedures]
            name, ok = QInputDialog.getItem(self, tr("Apply a procedure"), tr("Procedure:"), names, 0, False)
            if not ok:
                return False
            procedure_id = procedures[names.index(name)].id
        chosen = procedure_id
        return self._act(
            lambda me: apply_procedure(
                self.database, self.job_id, chosen, now=self.context.clock.now(), staff_id=me
            )
        )

    def record_exchange(
        self, serial: str | None = None, warranty_end: date | None = None, reason: str | None = None
    ) -> bool:
        if serial is None:
            serial, ok = QInputDialog.getText(
                self,
                tr("Record an exchange"),
                tr(
                    "Serial or IMEI of the replacement unit\n(the warranty end of the original sale is kept):"
                ),
            )
            if not ok:
                return False
            end = self.job.warranty_end
            keep = QMessageBox.StandardButton.Yes
            if end is not None and (
                QMessageBox.question(
                    self,
                    tr("Record an exchange"),
                    tr("The replacement keeps the original warranty end, {date}. Keep it?").format(
                        date=dates.medium_date(end)
                    ),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    keep,
                )
                != keep
            ):
                warranty_end = self._ask_date(
                    tr("Record an exchange"), tr("New warranty end (YYYY-MM-DD):"), end
                )
                if warranty_end is None:
                    return False
                reason, ok = QInputDialog.getText(
                    self, tr("Record an exchange"), tr("Why does the replacement's warranty end differ?")
                )
                if not ok:
                    return False
        chosen, end_date, why = serial, warranty_end, reason
        return self._act(
            lambda me: record_exchange(
                self.database,
                self.job_id,
                chosen,
                self.context.clock.now(),
                staff_id=me,
                warranty_end=end_date,
                reason=why,
            )
        )

    def record_promise(self, description: str | None = None, due: date | None = None) -> bool:
        """Any other promise made about this job ("we call you Friday with the quote")."""
        from crm_desktop.services.promises import record_promise

        if description is None or due is None:
            description, ok = QInputDialog.getText(self, tr("Record a promise"), tr("What was promised?"))
            if not ok:
                return False
            due = self._ask_date(
                tr("Record a promise"),
                tr("By when? (YYYY-MM-DD)"),
                self.context.clock.today() + timedelta(days=1),
            )
            if due is None:
                return False
        what, when = description, due
        return self._act(
            lambda me: record_promise(
                self.database,
                self.job.customer_id,
                what,
                when,
                self.context.clock.today(),
                job_id=self.job_id,
                staff_id=me,
                now=self.context.clock.now(),
            )
        )

    def move_ready_by(self, new_date: date | None = None, reason: str | None = None) -> bool:
        from crm_desktop.services.promises import change_promise_date

        promise = self.job.ready_promise
        if promise is None:
            return False
        if new_date is None or reason is None:
            from crm_desktop.ui.widgets import ask_new_date

            try:
                answer = ask_new_date(
                    self, tr("Move the ready-by date"), tr("the job's ready-by"), promise.due_date
                )
            except UserFacingError as exc:
                self.error.setText(str(exc))
                self.error.show()
                return False
            if answer is None:
                return False
            new_date, reason = answer
        when, why = new_date, reason
        return self._act(
            lambda me: change_promise_date(
                self.database,
                promise.id,
                when,
                why,
                self.context.clock.today(),
                staff_id=me,
                now=self.context.clock.now(),
                expected_date=promise.due_date,
            ),
            after=lambda: offer_moved_promise(self, self.context, self.job.customer_id, promise, when, why),
        )

    def tell_customer(self) -> None:
        TellCustomerDialog(
            self.context,
            self.job.customer_id,
            self.staff_id(),
            self,
            job_id=self.job_id,
            ref=self.job.number_text,
        ).exec()
        self.reload()

    def print_sheet(self, target: str | None = None, *, open_after: bool = False) -> None:
        """The print preview of the job sheet; with ``target``, the PDF is saved there instead."""
        from crm_desktop.ui.printing import DocumentKind, print_document

        job_id = self.job_id
        database = self.database

        def build() -> bytes:
            from crm_desktop.reports.job_sheet import job_sheet_pdf
            from crm_desktop.services.job_sheets import job_sheets

            return job_sheet_pdf(job_sheets(database, [job_id], self.context.clock.today()))

        print_document(
            self,
            kind=DocumentKind.SHEET,
            title=tr("Job sheet {number}").format(number=self.job.number_text),
            suggested_name=f"job-sheet-{self.job.number_text}.pdf",
            build=build,
            button=self.print_button,
            status=self.status,
            save_to=target,
            open_after=open_after,
        )

    def print_receipt(self, target: str | None = None, *, open_after: bool = False) -> None:
        """The intake receipt, in the shop's receipt format."""
        save_receipt(
            self,
            self.context,
            job_id=self.job_id,
            number_text=self.job.number_text,
            button=self.receipt_button,
            status=self.status,
            target=target,
            open_after=open_after,
        )

    def _label_menu_shown(self) -> None:
        serial = self.job.replacement_serial or self.job.unit_serial
        self.serial_label_action.setEnabled(serial is not None)
        self.serial_label_action.setText(
            tr("Serial label ({serial})").format(serial=serial) if serial else tr("Serial label (no serial)")
        )

    def print_label(self, kind: str = "job", target: str | None = None, *, open_after: bool = False) -> None:
        """The job label (``kind`` "job") or the label of the unit's serial (``"serial"``; the replacement's
        after an exchange), in the shop's label size."""
        from crm_desktop.ui.printing import DocumentKind, print_document

        job_id, database, today = self.job_id, self.database, self.context.clock.today()
        serial = self.job.replacement_serial or self.job.unit_serial
        if kind == "serial" and serial is None:
            self._show_error(ValidationError(tr("This unit has no serial number to print.")))
            return

        def build() -> bytes:
            from crm_desktop.reports.label import job_label_pdf, serial_label_pdf
            from crm_desktop.services.receipts import job_label_of, serial_label

            if kind == "serial":
                assert serial is not None
                return serial_label_pdf(serial_label(database, serial))
            return job_label_pdf(job_label_of(database, job_id, today))

        name = serial if kind == "serial" and serial else self.job.number_text
        print_document(
            self,
            kind=DocumentKind.LABEL,
            title=tr("Print the label"),
            suggested_name=f"label-{_file_safe(name)}.pdf",
            build=build,
            button=self.label_button,
            status=self.status,
            save_to=target,
            open_after=open_after,
        )

    @classmethod
    def show_job(cls, parent: QWidget | None, context: AppContext, job_id: int) -> bool:
        """Open the job; True when something was changed (the caller reloads)."""
        window = cls(context, job_id, parent)
        window.exec()
        return window.changed


def save_receipt(
    parent: QWidget,
    context: AppContext,
    *,
    job_id: int | None = None,
    request_id: int | None = None,
    number_text: str,
    button: QPushButton | None = None,
    status: QLabel | None = None,
    target: str | None = None,
    open_after: bool = False,
) -> None:
    """Save the intake receipt of a job (or a request) as a PDF, in the shop's receipt format (half a
    page or a thermal slip): the print preview, on the printer and paper last used for receipts."""
    from crm_desktop.ui.printing import DocumentKind, print_document

    database, today = context.database, context.clock.today()

    def build() -> bytes:
        from crm_desktop.reports.receipt import receipt_pdf
        from crm_desktop.services.receipts import job_receipt, receipt_format, request_receipt

        if request_id is not None:
            data = request_receipt(database, request_id, today)
        else:
            assert job_id is not None
            data = job_receipt(database, job_id, today)
        return receipt_pdf(data, fmt=receipt_format(database))

    print_document(
        parent,
        kind=DocumentKind.RECEIPT,
        title=tr("Print the receipt"),
        suggested_name=f"receipt-{number_text}.pdf",
        build=build,
        button=button,
        status=status,
        save_to=target,
        open_after=open_after,
    )


def receipt_at_intake(parent: QWidget, context: AppContext, job: JobDetails) -> bool:
    """After a unit is taken in: print its receipt when the shop wants it (the ``print.receipt_at_intake``
    setting: always, or ask first). True when the receipt's print path was opened."""
    from crm_desktop.services.receipts import receipt_at_intake as wanted

    choice = wanted(context.database)
    if choice == "off":
        return False
    if choice == "ask":
        answer = QMessageBox.question(
            parent,
            tr("Intake receipt"),
            tr("Print the intake receipt of {job} for the customer?").format(job=job.number_text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    save_receipt(parent, context, job_id=job.id, number_text=job.number_text)
    return True


def _file_safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)[:60]


class TellCustomerDialog(QDialog):
    """The ready-to-send status message: copy it or open the mail client with it; either way it is
    logged on the customer's history as an outgoing message."""

    sent = Signal()  # the message was logged on the customer's history

    def __init__(
        self,
        context: AppContext,
        customer_id: int,
        staff_id: int | None,
        parent: QWidget | None = None,
        *,
        job_id: int | None = None,
        promise_id: int | None = None,
        request_id: int | None = None,
        ref: str = "",
    ) -> None:
        from crm_desktop.services.promises import status_message

        super().__init__(parent)
        self.context, self.database, self.customer_id = context, context.database, customer_id
        self.staff_id = staff_id if staff_id is not None else context.person_id
        self.job_id, self.promise_id, self.request_id, self.ref = job_id, promise_id, request_id, ref
        self.logged = False
        self.setWindowTitle(
            tr("Tell the customer · {ref}").format(ref=ref) if ref else tr("Tell the customer")
        )
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Check the message, then send it, copy it or open it in your e-mail program:"), self)
        )
        self.text = QPlainTextEdit(self)
        message = status_message(
            context.database,
            context.clock.today(),
            job_id=job_id,
            promise_id=promise_id,
            request_id=request_id,
        )
        self.text.setPlainText(message)
        layout.addWidget(self.text)
        self.sms_size = QLabel(self)  # an SMS's length in parts, counted as it is typed
        self.sms_size.setObjectName("smsSize")
        layout.addWidget(self.sms_size)
        self.text.textChanged.connect(self._count_sms)
        self.error = error_label(self)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.send_email_button = QPushButton(tr("Send by &e-mail"), self)
        self.send_email_button.clicked.connect(lambda: self.send(MessageChannel.EMAIL))
        self.send_sms_button = QPushButton(tr("Send by &SMS"), self)
        self.send_sms_button.clicked.connect(lambda: self.send(MessageChannel.SMS))
        self.copy_button = QPushButton(tr("&Copy and log as sent"), self)
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(tr("&Open in e-mail…"), self)
        self.mail_button.clicked.connect(self.mail)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.send_email_button, self.send_sms_button, self.copy_button, self.mail_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.email = _customer_email(context, customer_id)
        self.mail_button.setEnabled(self.email is not None)
        if self.email is None:
            self.mail_button.setToolTip(tr("The customer has no e-mail address"))
        # Sent from the shop through the outbox, unless the customer said no or there is no address or
        # the channel is not set up: then the button says why.
        self.subject = tr("Your repair {job}").format(job=ref) if job_id else tr("News from the shop")
        for channel, button in (
            (MessageChannel.EMAIL, self.send_email_button),
            (MessageChannel.SMS, self.send_sms_button),
        ):
            draft = self._draft(channel)
            button.setEnabled(draft.refusal is None)
            button.setToolTip(
                draft.refusal
                or tr("Send it now from the shop to {recipient}").format(recipient=draft.recipient)
            )
        self._count_sms()

    def _count_sms(self) -> None:
        from crm_desktop.messaging.compose import sms_size

        shown = self.send_sms_button.isEnabled()
        self.sms_size.setVisible(shown)
        if shown:
            self.sms_size.setText(
                tr("As an SMS: {size}").format(size=sms_size(self.text.toPlainText()).describe())
            )

    def _draft(self, channel: MessageChannel) -> Any:
        from crm_desktop.services.messages import Links, draft_by_hand

        links = Links(job_id=self.job_id, promise_id=self.promise_id, request_id=self.request_id)
        return draft_by_hand(
            self.database, self.customer_id, channel, self.subject, self.text.toPlainText(), links
        )

    def send(self, channel: MessageChannel) -> None:
        """Queue the message in the outbox and send it now; the contact is logged when it has gone (a
        server that does not answer: it goes later, the outbox says so)."""
        from crm_desktop.domain.enums import MessageStatus
        from crm_desktop.services.messages import send_now
        from crm_desktop.ui.operations import perform

        database, now, staff_id = self.database, self.context.clock.now(), self.context.person_id
        draft = self._draft(channel)
        self.error.hide()

        def done(rows: Any) -> None:
            (row,) = rows
            self.logged = row.status is MessageStatus.SENT
            if self.logged:
                self.sent.emit()
                self.accept()
                return
            for button in (self.send_email_button, self.send_sms_button):
                button.setEnabled(False)  # it is in the outbox: a second press would send it twice
                button.setToolTip(tr("Already in the outbox"))
            self._failed(
                UserFacingError(
                    tr(
                        "Not sent yet: {error} It is in the outbox (Settings → Outbox), "
                        "tried again by itself."
                    ).format(error=row.error or tr("the server did not take it"))
                    if row.status is MessageStatus.QUEUED
                    else tr("Not sent: {error}").format(error=row.error)
                )
            )

        perform(
            self,
            self.context,
            lambda: send_now(database, [draft], now, staff_id=staff_id),
            Changes.of(Change.MESSAGE, Change.CONTACT, Change.REQUEST, customers=(self.customer_id,)),
            done=done,
            failed=self._failed,
        )

    def _log(self, channel: Channel, then: Callable[[str], object]) -> None:
        """Log the message as sent, off the GUI thread; ``then(text)`` runs once it is kept (copy it,
        hand it to the mail client), or the error line says why it was not."""
        from crm_desktop.services.promises import log_message_sent
        from crm_desktop.ui.operations import perform

        if self.staff_id is None:  # a write names the person at the keyboard (asked once)
            from crm_desktop.ui.people import ensure_person

            try:
                self.staff_id = ensure_person(self, self.context)
            except UserFacingError as exc:
                self._failed(exc)
                return
        database, text, now = self.database, self.text.toPlainText(), self.context.clock.now()
        job_id, promise_id, request_id, staff_id = (
            self.job_id,
            self.promise_id,
            self.request_id,
            self.staff_id,
        )
        self.error.hide()

        def done(_interaction_id: int) -> None:
            self.logged = True
            self.sent.emit()
            then(text)
            self.accept()

        perform(
            self,
            self.context,
            lambda: log_message_sent(
                database,
                text,
                channel,
                now,
                job_id=job_id,
                promise_id=promise_id,
                request_id=request_id,
                staff_id=staff_id,
            ),
            Changes.of(Change.CONTACT, Change.REQUEST, customers=(self.customer_id,)),
            done=done,
            failed=self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()

    def copy(self) -> None:
        self._log(Channel.MESSAGE, lambda text: QGuiApplication.clipboard().setText(text))

    def mail(self) -> None:
        if self.email is not None:
            self._log(Channel.EMAIL, self._open_mail)

    def _open_mail(self, text: str) -> None:
        url = QUrl(f"mailto:{self.email}")
        query = QUrlQuery()
        query.addQueryItem("subject", self.subject)
        query.addQueryItem("body", text)
        url.setQuery(query)
        if not QDesktopServices.openUrl(url):
            QMessageBox.information(
                self, tr("E-mail"), tr("No e-mail program answered; the message is copied instead.")
            )
            QGuiApplication.clipboard().setText(text)


def _customer_email(context: AppContext, customer_id: int) -> str | None:
    from crm_desktop.services.customers import get_customer

    email = get_customer(context.database, customer_id).email
    return email or None


def _html(text: str) -> str:
    from html import escape

    return escape(text)
