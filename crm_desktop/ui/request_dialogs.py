"""Requests on screen: the "New request" form and the request window (status, checklist, promise with
every move and its reason, contacts, hand-over, and "take the unit in" when it must become a job)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from typing import Any, cast

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.domain.changes import AFTER_SALES, Change, Changes
from crm_desktop.domain.enums import Channel, Direction, JobPriority, PromiseStatus, RequestStatus
from crm_desktop.domain.requests import MOVE_TEXT, needs_reason, request_state
from crm_desktop.errors import UserFacingError
from crm_desktop.i18n import _
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.jobs import customer_units
from crm_desktop.services.requests import (
    RequestDetails,
    RequestInput,
    get_request,
    list_request_kinds,
    move_request,
    open_request,
    tick_request_item,
    update_request,
)
from crm_desktop.services.staff import list_staff
from crm_desktop.ui.conflict_dialog import answer_window_conflict
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.job_dialogs import priority_text, promise_status_text
from crm_desktop.ui.theme import tone, tone_style
from crm_desktop.ui.widgets import FormDialog, GuardedDialog, date_field, error_label, fill_checklist


def _pick(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _people_combo(parent: QWidget, context: AppContext, blank: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(blank, None)
    for member in list_staff(context.database):
        combo.addItem(member.name, member.id)
    return combo


def _priority_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for priority in JobPriority:
        combo.addItem(priority_text(priority), priority)
    _pick(combo, JobPriority.NORMAL)
    return combo


def _priority_word(priority: JobPriority) -> str:
    """A priority inside a line ("priority normal")."""
    return {
        JobPriority.LOW: tr("low", "a priority"),
        JobPriority.NORMAL: tr("normal", "a priority"),
        JobPriority.HIGH: tr("high", "a priority"),
        JobPriority.URGENT: tr("urgent", "a priority"),
    }[priority]


class RequestDialog(FormDialog):
    """Open a request for a customer (a contact that needs action opens one from *Log a contact…*)."""

    title = cast(str, QT_TR_NOOP("New request"))
    discard_what = cast(str, QT_TR_NOOP("request"))
    changes = (Change.REQUEST, Change.PROMISE)

    def __init__(
        self,
        context: AppContext,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        kind_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(self.title))  # English marked with QT_TR_NOOP where written
        self.context = context
        self.database = context.database
        self.customer_id = customer_id
        self.request: RequestDetails | None = None
        self.setMinimumWidth(540)
        today = context.clock.today()
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        self.kind.addItem(tr("Choose…"), None)
        for kind in list_request_kinds(context.database):
            label = (
                tr("{kind} — applies “{procedure}”").format(kind=kind.name, procedure=kind.procedure_name)
                if kind.procedure_name
                else kind.name
            )
            self.kind.addItem(label, kind.id)
        if kind_id is not None:
            _pick(self.kind, kind_id)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setPlaceholderText(tr("What the customer asks, in their words"))
        self.summary.setFixedHeight(80)
        self.item = QComboBox(self)
        self.item.addItem(tr("No particular item"), None)
        for unit in customer_units(context.database, customer_id, today):
            serial = f" · {unit.serial}" if unit.serial else ""
            self.item.addItem(f"{unit.description}{serial} ({unit.sale_number_text})", unit.sale_item_id)
        self.priority = _priority_combo(self)
        self.owner = _people_combo(self, context, tr("Me"))
        self.owner.setToolTip(tr("Who follows it up until it is solved"))
        self.has_promise = QCheckBox(tr("Promise a date"), self)
        self.has_promise.setObjectName("has_promise")
        self.promise_date = date_field(self, today + timedelta(days=3))
        self.promise_date.setEnabled(False)
        self.promise_text = QLineEdit(self)
        self.promise_text.setPlaceholderText(
            tr("What is promised, e.g. New SIM active (default: the request)")
        )
        self.promise_text.setEnabled(False)
        self.has_promise.toggled.connect(self.promise_date.setEnabled)
        self.has_promise.toggled.connect(self.promise_text.setEnabled)
        promise_row = QHBoxLayout()
        promise_row.addWidget(self.has_promise)
        promise_row.addWidget(self.promise_date, 1)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(50)
        self.notes.setPlaceholderText(tr("Anything staff should know (not shown to the customer)"))
        self.form.addRow(tr("Kind *"), self.kind)
        self.form.addRow(tr("What is asked *"), self.summary)
        self.form.addRow(tr("About"), self.item)
        self.form.addRow(tr("Priority"), self.priority)
        self.form.addRow(tr("Owner"), self.owner)
        self.form.addRow(tr("Promise"), promise_row)
        self.form.addRow(tr("Promised"), self.promise_text)
        self.form.addRow(tr("Notes"), self.notes)

    def work(self) -> Callable[[], object]:
        kind_id = self.kind.currentData()
        if kind_id is None:
            from crm_desktop.errors import ValidationError

            raise ValidationError(tr("Pick what kind of request this is."))
        promised = self.has_promise.isChecked()
        chosen = self.promise_date.date()
        data = RequestInput(
            customer_id=self.customer_id,
            kind_id=int(kind_id),
            summary=self.summary.toPlainText(),
            priority=JobPriority(self.priority.currentData()),
            owner_id=self.owner.currentData(),
            sale_item_id=self.item.currentData(),
            notes=self.notes.toPlainText() or None,
            promise_date=date(chosen.year(), chosen.month(), chosen.day()) if promised else None,
            promise_text=(self.promise_text.text() or None) if promised else None,
        )
        database, me = self.database, self.context.person_id
        today, now = self.context.clock.today(), self.context.clock.now()
        return lambda: open_request(database, data, today=today, now=now, staff_id=me)

    def _done(self, result: object) -> None:
        assert isinstance(result, RequestDetails)
        self.request = result
        super()._done(result)

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, customer_id: int, **kw: Any
    ) -> RequestDetails | None:
        dialog = cls(context, customer_id, parent, **kw)
        return dialog.request if dialog.exec() == QDialog.DialogCode.Accepted else None


class RequestWindow(GuardedDialog):
    """One request: where it stands, its checklist and promise, what was said, and the buttons that move
    it on. Owner, priority and notes wait for *Save*; everything else is kept the moment it is done."""

    discard_what = cast(str, QT_TR_NOOP("changes to the owner, priority and notes"))

    def __init__(self, context: AppContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.request_id = request_id
        self.changed = False
        self.setMinimumSize(860, 640)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("request_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.facts = QLabel(self)
        self.facts.setObjectName("request_facts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts)
        self.age = QLabel(self)
        self.age.setObjectName("request_age")
        layout.addWidget(self.age)

        moves = QHBoxLayout()
        moves.addWidget(QLabel(tr("Mark as:"), self))
        self.move_buttons: dict[RequestStatus, QPushButton] = {}
        for status in RequestStatus:
            button = QPushButton(_(MOVE_TEXT[status]), self)  # the domain's words, through gettext
            button.clicked.connect(lambda _checked=False, s=status: self.move_to(s))
            self.move_buttons[status] = button
            moves.addWidget(button)
        moves.addStretch(1)
        layout.addLayout(moves)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        promise_box = QGroupBox(tr("Promise to the customer"), self)
        promise_layout = QVBoxLayout(promise_box)
        self.promise = QLabel(self)
        self.promise.setObjectName("request_promise")
        self.promise.setWordWrap(True)
        self.promise.setTextFormat(Qt.TextFormat.PlainText)
        promise_layout.addWidget(self.promise)
        promise_buttons = QHBoxLayout()
        self.promise_button = QPushButton(tr("Promise a date…"), self)
        self.promise_button.clicked.connect(lambda: self.record_promise())
        self.move_date_button = QPushButton(tr("Move date…"), self)
        self.move_date_button.clicked.connect(lambda: self.move_promise())
        self.kept_button = QPushButton(tr("Kept", "a promise"), self)
        self.kept_button.clicked.connect(lambda: self.close_promise(PromiseStatus.KEPT))
        self.broken_button = QPushButton(tr("Broken…", "a promise"), self)
        self.broken_button.setToolTip(
            tr("Say what the shop will do about it; the owner gets a recovery call")
        )
        self.broken_button.clicked.connect(lambda: self.close_promise(PromiseStatus.BROKEN))
        for button in (self.promise_button, self.move_date_button, self.kept_button, self.broken_button):
            promise_buttons.addWidget(button)
        promise_buttons.addStretch(1)
        promise_layout.addLayout(promise_buttons)
        left.addWidget(promise_box)
        history_box = QGroupBox(tr("What happened"), self)
        history_layout = QVBoxLayout(history_box)
        self.history = QListWidget(self)
        self.history.setAccessibleName(tr("What happened"))
        self.history.setObjectName("request_history")
        self.history.setWordWrap(True)
        history_layout.addWidget(self.history)
        left.addWidget(history_box, 1)
        middle.addLayout(left, 3)

        right = QVBoxLayout()
        check_box = QGroupBox(tr("Checklist"), self)
        check_layout = QVBoxLayout(check_box)
        self.checklist = QListWidget(self)
        self.checklist.setAccessibleName(tr("Checklist"))
        self.checklist.setObjectName("request_checklist")
        self.checklist.itemChanged.connect(self._ticked)
        check_layout.addWidget(self.checklist)
        right.addWidget(check_box, 1)
        edit_box = QGroupBox(tr("Owner, priority and notes"), self)
        edit = QFormLayout(edit_box)
        self.owner = _people_combo(self, context, tr("Nobody"))
        self.priority = _priority_combo(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.clicked.connect(lambda: self.save())
        edit.addRow(tr("Owner"), self.owner)
        edit.addRow(tr("Priority"), self.priority)
        edit.addRow(tr("Notes"), self.notes)
        edit.addRow("", self.save_button)
        right.addWidget(edit_box)
        middle.addLayout(right, 2)
        layout.addLayout(middle, 1)

        bottom = QHBoxLayout()
        self.contact_button = QPushButton(tr("Log a contact…"), self)
        self.contact_button.setToolTip(tr("A call or message about this request (counts as an action on it)"))
        self.contact_button.clicked.connect(lambda: self.log_contact())
        self.tell_button = QPushButton(tr("Tell the customer…"), self)
        self.tell_button.clicked.connect(lambda: self.tell_customer())
        self.job_button = QPushButton(tr("Take the unit in…"), self)
        self.job_button.setToolTip(
            tr("A unit must come in for service: open a job; this request is resolved")
        )
        self.job_button.clicked.connect(lambda: self.take_in())
        self.receipt_button = QPushButton(tr("Print receipt…"), self)
        self.receipt_button.setToolTip(
            tr("The receipt for the customer: the request's number and what was asked")
        )
        self.receipt_button.clicked.connect(lambda: self.print_receipt())
        for button in (self.contact_button, self.tell_button, self.job_button, self.receipt_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.reload()

    # -------------------------------------------------------------------------------------- state

    def form_values(self) -> tuple[object, ...]:
        return (self.owner.currentData(), self.priority.currentData(), self.notes.toPlainText())

    def reload(self) -> None:
        today = self.context.clock.today()
        request = get_request(self.database, self.request_id, today)
        self.request = request
        self.setWindowTitle(f"{request.number_text} · {request.kind_name} · {request.customer_name}")
        self.title.setText(
            tr(
                "<b style='font-size:15pt'>{number}</b> &nbsp; {kind}"
                " &nbsp; <span style='color:{muted}'>for {customer}</span>"
            ).format(
                number=request.number_text,
                kind=escape(request.kind_name),
                muted=tone("muted"),
                customer=escape(request.customer_name),
            )
        )
        opened = request.opened_at.astimezone()
        facts = [
            tr("Status: {status} · priority {priority}").format(
                status=request.status_text, priority=_priority_word(request.priority)
            ),
            tr("Asked: {summary}").format(summary=request.summary),
            tr("Opened {date} by {who} · owner: {owner}").format(
                date=dates.date_time(opened),
                who=request.opened_by_name or tr("someone"),
                owner=request.owner_name or tr("nobody"),
            ),
        ]
        if request.item_text:
            facts.append(tr("About: {item}").format(item=request.item_text))
        if request.resolution:
            facts.append(
                tr("Why cancelled: {resolution}").format(resolution=request.resolution)
                if request.status is RequestStatus.CANCELLED
                else tr("Done: {resolution}").format(resolution=request.resolution)
            )
        if request.job_number_text:
            facts.append(tr("Taken in for service as {job}").format(job=request.job_number_text))
        self.facts.setText("\n".join(facts))
        state, days = request_state(request.status, request.last_action_at.astimezone().date(), today)
        if days is None:
            closed = request.closed_at.astimezone() if request.closed_at else None
            self.age.setText(
                tr("Closed {date}").format(date=dates.medium_date(closed.date())) if closed else tr("Closed")
            )
            self.age.setStyleSheet(tone_style("muted"))
        else:
            self.age.setText(
                tr("Last action today") if days == 0 else tr("%n day(s) since the last action", None, days)
            )
            self.age.setStyleSheet(f"color:{tone(str(state.tone))}; font-weight:bold")
        for status, button in self.move_buttons.items():
            button.setVisible(status in request.next_states)
        self._show_promises(request)
        is_open = request.is_open
        self.job_button.setEnabled(is_open)
        self.promise_button.setEnabled(is_open)
        if not self.is_modified():
            _pick(self.owner, request.owner_id)
            _pick(self.priority, request.priority)
            self.notes.setPlainText(request.notes or "")
            self.mark_clean()
        fill_checklist(
            self.checklist,
            (
                (item.id, item.text, item.done,
                 tr("Ticked by {who} {when}").format(
                     who=item.done_by_name or tr("someone"), when=dates.day_time(item.done_at)
                 ) if item.done_at is not None else None)
                for item in request.checklist
            ),
            tickable=is_open,
            empty=tr("No checklist for this kind of request"),
        )  # fmt: skip
        self.history.clear()
        for event in reversed(request.history):
            who = f" · {event.who}" if event.who else ""
            QListWidgetItem(f"{dates.date_time(event.at)}{who} — {event.text}", self.history)

    def _show_promises(self, request: RequestDetails) -> None:
        lines: list[str] = []
        for chain in request.promises:
            lines.append(f"{chain.description} · {chain.text} · {promise_status_text(chain.status)}")
            lines.extend(
                "    "
                + tr("moved {old} → {new}: {reason}").format(
                    old=dates.day_month(c.old_date),
                    new=dates.day_month(c.new_date),
                    reason=" ".join(c.reason.split()),
                )
                for c in chain.changes
            )
        self.promise.setText("\n".join(lines) or tr("No date promised."))
        live = request.open_promise is not None
        for button in (self.move_date_button, self.kept_button, self.broken_button):
            button.setEnabled(live)

    # ------------------------------------------------------------------------------------ actions

    def _act(
        self,
        action: Callable[[int], object],
        *,
        after: Callable[[], object] | None = None,
        failed: Callable[[UserFacingError], None] | None = None,
    ) -> bool:
        """One change in the name of the person at the keyboard, off the GUI thread; the window shows
        the request as saved when it is back, or why it was refused."""
        from crm_desktop.ui.operations import perform_as_person

        self.error.hide()

        def done(_result: object) -> None:
            self.changed = True
            if after is not None:
                after()
            self.reload()

        changes = Changes.of(*AFTER_SALES, customers=(self.request.customer_id,))
        return perform_as_person(
            self, self.context, action, changes, done=done, failed=failed or self._show_error
        )

    def _show_error(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()

    def move_to(self, status: RequestStatus, note: str | None = None) -> bool:
        old = self.request.status
        if note is None:
            if needs_reason(old, status):
                question = (
                    tr("Why is it cancelled?")
                    if status is RequestStatus.CANCELLED
                    else tr("Why is it reopened?")
                )
                typed, ok = QInputDialog.getMultiLineText(self, _(MOVE_TEXT[status]), question)
                if not ok:
                    return False
                if not typed.strip():
                    self._show_error(UserFacingError(tr("Say why: the reason is kept with the request.")))
                    return False
                note = typed
            elif status is RequestStatus.RESOLVED:
                typed, ok = QInputDialog.getMultiLineText(
                    self, tr("Resolved"), tr("What was done? (optional)")
                )
                if not ok:
                    return False
                note = typed or None
        text = note
        return self._act(
            lambda me: move_request(
                self.database, self.request_id, status, now=self.context.clock.now(), staff_id=me, note=text
            ),
            after=self._offer_resolved if status is RequestStatus.RESOLVED else None,
        )

    def _offer_resolved(self) -> None:
        """The customer's "your request is resolved", when its template asks before sending."""
        from crm_desktop.services.messages import Links
        from crm_desktop.services.requests import request_message_values
        from crm_desktop.ui.messages_dialogs import offer_event_message

        values = request_message_values(self.request)
        links = Links(request_id=self.request_id)
        offer_event_message(self, self.context, "request_resolved", self.request.customer_id, values, links)

    def save(self, *, keep_mine: bool = False) -> bool:
        owner, priority, notes = (
            self.owner.currentData(),
            self.priority.currentData(),
            self.notes.toPlainText(),
        )
        version = self.request.version  # saved by someone else meanwhile: refused, and said why
        return self._act(
            lambda me: update_request(
                self.database,
                self.request_id,
                now=self.context.clock.now(),
                staff_id=me,
                owner_id=owner,
                priority=JobPriority(priority),
                notes=notes or None,
                expected_version=version,
                keep_mine=keep_mine,
            ),
            after=self.mark_clean,
            failed=self._save_failed,
        )

    def _save_failed(self, error: UserFacingError) -> None:
        """Someone else saved the request while this window was being edited: their change beside mine,
        then Reload (theirs), Keep mine (saved over theirs, audited) or Cancel (mine stays, unsaved)."""

        def show_theirs() -> None:
            _pick(self.owner, self.request.owner_id)
            _pick(self.priority, self.request.priority)
            self.notes.setPlainText(self.request.notes or "")

        answer_window_conflict(
            self, error, show_theirs=show_theirs, save_mine=lambda: self.save(keep_mine=True),
            refuse=self._show_error,
        )  # fmt: skip

    def _ticked(self, item: QListWidgetItem) -> None:
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if item_id is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self._act(
            lambda me: tick_request_item(
                self.database, int(item_id), done, now=self.context.clock.now(), staff_id=me
            )
        )

    def record_promise(self, description: str | None = None, due: date | None = None) -> bool:
        from crm_desktop.services.promises import record_promise

        if description is None or due is None:
            from crm_desktop.ui.widgets import ask_date

            typed, ok = QInputDialog.getText(
                self,
                tr("Promise a date"),
                tr("What is promised?"),
                text=tr("{kind}: done").format(kind=self.request.kind_name),
            )
            if not ok:
                return False
            try:
                due = ask_date(
                    self,
                    tr("Promise a date"),
                    tr("By when? (YYYY-MM-DD)"),
                    self.context.clock.today() + timedelta(days=3),
                )
            except UserFacingError as exc:
                self._show_error(exc)
                return False
            if due is None:
                return False
            description = typed
        what, when, customer = description, due, self.request.customer_id
        return self._act(
            lambda me: record_promise(
                self.database,
                customer,
                what,
                when,
                self.context.clock.today(),
                staff_id=me,
                now=self.context.clock.now(),
                request_id=self.request_id,
            )
        )

    def move_promise(self, new_date: date | None = None, reason: str | None = None) -> bool:
        from crm_desktop.services.promises import change_promise_date
        from crm_desktop.ui.job_dialogs import offer_moved_promise

        promise = self.request.open_promise
        if promise is None:
            return False
        if new_date is None or reason is None:
            from crm_desktop.ui.widgets import ask_new_date

            answer = ask_new_date(
                self, tr("Move the promised date"), f"“{promise.description}”", promise.due_date
            )
            if answer is None:
                return False
            new_date, reason = answer
        when, why = new_date, reason
        customer = self.request.customer_id
        return self._act(
            lambda me: change_promise_date(
                self.database, promise.id, when, why, self.context.clock.today(), staff_id=me,
                now=self.context.clock.now(), expected_date=promise.due_date,
            ),
            after=lambda: offer_moved_promise(self, self.context, customer, promise, when, why),
        )  # fmt: skip

    def close_promise(self, status: PromiseStatus, reason: str | None = None) -> bool:
        from crm_desktop.services.promises import break_promise, keep_promise

        promise = self.request.open_promise
        if promise is None:
            return False
        now = self.context.clock.now()
        if status is PromiseStatus.KEPT:
            return self._act(lambda me: keep_promise(self.database, promise.id, now, staff_id=me))
        if reason is None:
            typed, ok = QInputDialog.getMultiLineText(
                self,
                tr("Promise broken"),
                tr("What will the shop do about it? (the owner gets a recovery call)"),
            )
            if not ok:
                return False
            reason = typed
        why = reason
        return self._act(lambda me: break_promise(self.database, promise.id, why, now, staff_id=me))

    def log_contact(self, summary: str | None = None, direction: Direction = Direction.OUTBOUND) -> bool:
        from crm_desktop.services.contacts import log_contact

        if summary is None:
            typed, ok = QInputDialog.getMultiLineText(
                self,
                tr("Log a contact"),
                tr("What was said about {request}?").format(request=self.request.number_text),
            )
            if not ok:
                return False
            summary = typed
        data = ContactInput(
            Channel.CALL, direction, summary, occurred_at=self.context.clock.now(), request_id=self.request_id
        )
        customer = self.request.customer_id
        return self._act(lambda me: log_contact(self.database, customer, data, staff_id=me))

    def tell_customer(self) -> None:
        from crm_desktop.ui.job_dialogs import TellCustomerDialog

        dialog = TellCustomerDialog(
            self.context, self.request.customer_id, None, self, request_id=self.request_id,
            ref=self.request.number_text,
        )  # fmt: skip
        dialog.sent.connect(lambda: setattr(self, "changed", True))
        dialog.exec()
        self.reload()

    def take_in(self) -> bool:
        """Open the intake form; saving it opens the job and resolves this request in one step."""
        from crm_desktop.ui.job_dialogs import JobIntakeDialog, receipt_at_intake

        request = self.request
        job = JobIntakeDialog.ask(
            self,
            self.context,
            request.customer_id,
            sale_item_id=request.sale_item_id,
            problem=request.summary,
            from_request=request.id,
        )
        if job is None:
            return False
        self.changed = True
        self.reload()
        receipt_at_intake(self, self.context, job)  # when the shop prints one at intake (a setting)
        return True

    def print_receipt(self, target: str | None = None, *, open_after: bool = False) -> None:
        """The request's receipt, in the shop's receipt format (as a job's intake receipt)."""
        from crm_desktop.ui.job_dialogs import save_receipt

        save_receipt(
            self,
            self.context,
            request_id=self.request_id,
            number_text=self.request.number_text,
            button=self.receipt_button,
            target=target,
            open_after=open_after,
        )

    @classmethod
    def show_request(cls, parent: QWidget | None, context: AppContext, request_id: int) -> bool:
        """Open the request; True when something was changed (the caller reloads)."""
        window = cls(context, request_id, parent)
        window.exec()
        return window.changed


class RequestKindsDialog(GuardedDialog):
    """The shop's list of kinds of request: rename one, give it the procedure it applies when a request
    opens, retire it (requests keep their kind), or add one. Closing with a change not saved asks."""

    discard_what = cast(str, QT_TR_NOOP("kind of request"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from crm_desktop.services.procedures import list_procedures

        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.setWindowTitle(tr("Kinds of request"))
        self.setMinimumSize(640, 380)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Kinds of request"))
        self.list.setObjectName("kinds")
        self.name = QLineEdit(self)
        self.name.setObjectName("kind_name")
        self.procedure = QComboBox(self)
        self.procedure.addItem(tr("No checklist"), None)
        for procedure in list_procedures(context.database):
            self.procedure.addItem(procedure.name, procedure.id)
        self.in_use = QCheckBox(tr("Offered for new requests"), self)
        self.in_use.setChecked(True)
        self.error = error_label(self)
        new_button = QPushButton(tr("New kind"), self)
        new_button.clicked.connect(self.new)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.clicked.connect(lambda: self.save())
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new_button)
        form = QFormLayout()
        form.addRow(tr("Name *"), self.name)
        form.addRow(tr("Checklist"), self.procedure)
        form.addRow("", self.in_use)
        explain = QLabel(
            tr(
                "A kind's checklist is copied onto each new request of that kind (edit checklists on the "
                "Service page → Procedures). A retired kind is no longer offered; requests keep it."
            ),
            self,
        )
        explain.setWordWrap(True)
        explain.setStyleSheet(tone_style("muted"))
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(explain)
        right.addWidget(self.error)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        right.addLayout(buttons)
        body = QHBoxLayout(self)
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        self.kind_id: int | None = None
        self.list.currentRowChanged.connect(self._chosen)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.kinds = list_request_kinds(self.database, include_retired=True)
        self.list.blockSignals(True)
        self.list.clear()
        for kind in self.kinds:
            QListWidgetItem(
                kind.name if kind.active else tr("{kind} (retired)").format(kind=kind.name), self.list
            )
        self.list.blockSignals(False)
        ids = [kind.id for kind in self.kinds]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._chosen(row)

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.kinds):
            self.new()
            return
        kind = self.kinds[row]
        self.kind_id = kind.id
        self.name.setText(kind.name)
        _pick(self.procedure, kind.procedure_id)
        self.in_use.setChecked(kind.active)
        self.error.hide()
        self.mark_clean()

    def new(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.kind_id = None
        self.name.clear()
        _pick(self.procedure, None)
        self.in_use.setChecked(True)
        self.name.setFocus()

    def form_values(self) -> tuple[object, ...]:
        return (self.name.text(), self.procedure.currentData(), self.in_use.isChecked())

    def save(self) -> bool:
        from crm_desktop.services.requests import RequestKindDetails, save_request_kind
        from crm_desktop.ui.operations import perform_as_person

        kind_id, name = self.kind_id, self.name.text()
        procedure, active = self.procedure.currentData(), self.in_use.isChecked()

        def done(saved: RequestKindDetails) -> None:
            self.reload(select=saved.id)

        return perform_as_person(
            self,
            self.context,
            lambda me: save_request_kind(
                self.database, kind_id, name=name, procedure_id=procedure, active=active, staff_id=me
            ),
            Changes.of(Change.SETTINGS),
            done=done,
            failed=self._failed,
        )

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()
