"""Small dialogs behind the customer page's quick actions. Each ``ask_and_save`` returns True once saved;
a problem with the input is shown in the dialog, which stays open with what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QT_TR_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change
from crm_desktop.domain.enums import Channel, Direction, FollowUpKind
from crm_desktop.errors import ValidationError
from crm_desktop.services.contacts import (
    ContactInput,
    FollowUpInput,
    log_contact,
    schedule_follow_up,
)
from crm_desktop.services.promises import record_promise
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.widgets import FormDialog, date_field


def channels() -> tuple[tuple[str, Channel], ...]:
    """How a contact happened, with the names in the window's language."""
    return (
        (tr("Phone call"), Channel.CALL),
        (tr("In store"), Channel.IN_STORE),
        (tr("Email"), Channel.EMAIL),
        (tr("Message", "how a contact happened"), Channel.MESSAGE),
        (tr("Visit", "how a contact happened"), Channel.VISIT),
    )


def follow_up_kinds() -> tuple[tuple[str, FollowUpKind], ...]:
    """The kinds of follow-up one schedules by hand, with the names in the window's language."""
    return (
        (tr("Call", "kind of follow-up"), FollowUpKind.CALL),
        (tr("Message", "kind of follow-up"), FollowUpKind.MESSAGE),
        (tr("Visit", "kind of follow-up"), FollowUpKind.VISIT),
        (tr("Satisfaction check"), FollowUpKind.SATISFACTION),
        (tr("Service reminder"), FollowUpKind.SERVICE_REMINDER),
    )


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _QuickDialog(FormDialog):
    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.customer_id = customer_id
        self.setWindowTitle(tr(self.title))  # English marked with QT_TR_NOOP where written

    def _date_field(self, initial: date) -> QDateEdit:
        return date_field(self, initial)

    @classmethod
    def ask_and_save(cls, parent: QWidget | None, context: AppContext, customer_id: int) -> bool:
        return cls(context, customer_id, parent).exec() == QDialog.DialogCode.Accepted


class ContactDialog(_QuickDialog):
    """Log a contact. One that *needs action* (an activation to do, a duplicate SIM to order, a
    complaint to answer) opens a request with it, in the same step: it then stays on the lists until
    it is resolved, and the request's kind brings its procedure."""

    title = cast(str, QT_TR_NOOP("Log a contact"))
    changes = (Change.CONTACT, Change.REQUEST, Change.PROMISE)
    discard_what = cast(str, QT_TR_NOOP("contact"))

    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, customer_id, parent)
        from crm_desktop.services.requests import list_request_kinds

        self.channel = QComboBox(self)
        for label, value in channels():
            self.channel.addItem(label, value)
        self.direction = QComboBox(self)
        self.direction.addItem(tr("The customer contacted us"), Direction.INBOUND)
        self.direction.addItem(tr("We contacted the customer"), Direction.OUTBOUND)
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(tr("What was said, what was agreed"))
        self.needs_action = QCheckBox(tr("Needs action: open a request for it"), self)
        self.needs_action.setObjectName("needs_action")
        self.needs_action.setToolTip(tr("It stays on Today's lists until it is resolved, with its owner"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in list_request_kinds(context.database):
            label = (
                tr("{kind} — applies “{procedure}”").format(kind=kind.name, procedure=kind.procedure_name)
                if kind.procedure_name
                else kind.name
            )
            self.kind.addItem(label, kind.id)
        self.has_promise = QCheckBox(tr("Promise a date"), self)
        self.promise_date = self._date_field(context.clock.today() + timedelta(days=3))
        promise_row = QHBoxLayout()
        promise_row.addWidget(self.has_promise)
        promise_row.addWidget(self.promise_date, 1)
        self.form.addRow(tr("How"), self.channel)
        self.form.addRow(tr("Who started it"), self.direction)
        self.form.addRow(tr("Summary *"), self.summary)
        self.form.addRow("", self.needs_action)
        self.form.addRow(tr("Kind of request"), self.kind)
        self.form.addRow(tr("Promise"), promise_row)
        self.request_rows = (self.form.rowCount() - 2, self.form.rowCount() - 1)
        self.needs_action.toggled.connect(self._show_request_fields)
        self.has_promise.toggled.connect(self.promise_date.setEnabled)
        self._show_request_fields(False)

    def _show_request_fields(self, shown: bool) -> None:
        for row in self.request_rows:
            self.form.setRowVisible(row, shown)
        self.promise_date.setEnabled(self.has_promise.isChecked())
        self.adjustSize()

    def work(self) -> Callable[[], object]:
        from crm_desktop.services.requests import RequestInput, open_request

        data = ContactInput(
            Channel(self.channel.currentData()),  # Qt hands enum values back as plain text
            Direction(self.direction.currentData()),
            self.summary.toPlainText(),
            occurred_at=self.context.clock.now(),
        )
        database, customer_id, me = self.database, self.customer_id, self.context.person_id
        if not self.needs_action.isChecked():
            return lambda: log_contact(database, customer_id, data, staff_id=me)
        if self.kind.currentData() is None:
            raise ValidationError(tr("There are no kinds of request; add one in Settings."))
        request = RequestInput(
            customer_id=customer_id,
            kind_id=int(self.kind.currentData()),
            summary=data.summary,
            promise_date=_to_date(self.promise_date.date()) if self.has_promise.isChecked() else None,
        )
        today, now = self.context.clock.today(), self.context.clock.now()
        return lambda: open_request(database, request, today=today, now=now, staff_id=me, contact=data)


class FollowUpDialog(_QuickDialog):
    title = cast(str, QT_TR_NOOP("Schedule a follow-up"))
    changes = (Change.FOLLOW_UP,)
    discard_what = cast(str, QT_TR_NOOP("follow-up"))

    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, customer_id, parent)
        self.kind = QComboBox(self)
        for label, value in follow_up_kinds():
            self.kind.addItem(label, value)
        self.what = QLineEdit(self)
        self.what.setPlaceholderText(tr("e.g. Ask how the new washing machine works out"))
        self.due = self._date_field(context.clock.today() + timedelta(days=3))
        self.form.addRow(tr("Kind"), self.kind)
        self.form.addRow(tr("What *"), self.what)
        self.form.addRow(tr("Due"), self.due)

    def work(self) -> Callable[[], object]:
        data = FollowUpInput(
            FollowUpKind(self.kind.currentData()), self.what.text(), _to_date(self.due.date())
        )
        database, customer_id, me, today = (
            self.database,
            self.customer_id,
            self.context.person_id,
            self.context.clock.today(),
        )
        return lambda: schedule_follow_up(database, customer_id, data, today, staff_id=me)


class PromiseDialog(_QuickDialog):
    title = cast(str, QT_TR_NOOP("Record a promise"))
    changes = (Change.PROMISE,)
    discard_what = cast(str, QT_TR_NOOP("promise"))

    def __init__(self, context: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, customer_id, parent)
        self.what = QPlainTextEdit(self)
        self.what.setPlaceholderText(tr("What the shop promised, e.g. SIM active by Friday"))
        self.due = self._date_field(context.clock.today() + timedelta(days=3))
        self.form.addRow(tr("Promised *"), self.what)
        self.form.addRow(tr("By"), self.due)
        self.form.addRow(
            "", QLabel(tr("Every later change of this date will be kept, with its reason."), self)
        )

    def work(self) -> Callable[[], object]:
        what, due, today = self.what.toPlainText(), _to_date(self.due.date()), self.context.clock.today()
        database, customer_id, me = self.database, self.customer_id, self.context.person_id
        now = self.context.clock.now()
        return lambda: record_promise(database, customer_id, what, due, today, staff_id=me, now=now)
