"""The customer page: who they are, and everything the shop sold, promised, scheduled and repaired for
them, newest first, on one screen. Quick actions for what the counter does next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.domain.changes import AFTER_SALES, Change, Changes
from crm_desktop.domain.money import ShopMoney
from crm_desktop.errors import UserFacingError
from crm_desktop.services.history import CustomerHistory, TimelineEvent, customer_history
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import Watch
from crm_desktop.ui.table_model import ColumnsModel
from crm_desktop.ui.theme import tag_background, tone, tone_style
from crm_desktop.ui.widgets import FlowLayout

Index = QModelIndex | QPersistentModelIndex

HORIZON_DAYS = 90


def kind_labels() -> dict[str, str]:
    """The kinds of event the page can show, by key, with their names in the window's language."""
    return {
        "sale": tr("Sales"),
        "follow_up": tr("Follow-ups"),
        "promise": tr("Promises"),
        "job": tr("Service jobs"),
        "request": tr("Requests"),
        "visit": tr("Visits"),
        "interaction": tr("Contacts"),
    }


def arrange(events: tuple[TimelineEvent, ...], today: date, *, far_future: bool) -> tuple[TimelineEvent, ...]:
    """What the counter needs first: overdue, then what comes next (soonest first), then the history.

    The service returns everything newest first; for a page read at the counter, next year's service
    reminders on top would bury this week's promise. Plans beyond the horizon show on request.
    """
    horizon = today.toordinal() + HORIZON_DAYS
    overdue = [e for e in events if e.tone == "danger" and e.day <= today]
    coming = [e for e in events if e.day > today and (far_future or e.day.toordinal() <= horizon)]
    past = [e for e in events if e.day <= today and e.tone != "danger"]
    return (
        tuple(sorted(overdue, key=lambda e: e.day)) + tuple(sorted(coming, key=lambda e: e.day)) + tuple(past)
    )


class TimelineModel(ColumnsModel):
    """A customer's events; bounded per customer, so they are loaded at once (in a handful of queries)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (tr("Date"), tr("What"), tr("Details"), tr("Status"))
        self.events: tuple[TimelineEvent, ...] = ()

    def set_events(self, events: tuple[TimelineEvent, ...]) -> None:
        self.beginResetModel()
        self.events = events
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.events)):
            return None
        event = self.events[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return event.day.isoformat()
            if column == 1:
                return event.title
            if column == 2:
                return event.detail
            if column == 3:
                return event.status
        if role == Qt.ItemDataRole.ForegroundRole and tone(event.tone) and column in (1, 3):
            return QColor(tone(event.tone))
        if role == Qt.ItemDataRole.UserRole:
            return event
        return None


def _open_items_text(head: Any) -> str:
    """What the open items are, as a link that shows them: " 2 follow-ups · 1 job — show"."""
    parts = [
        text
        for count, text in (
            (head.open_follow_ups, tr("%n follow-up(s)", None, head.open_follow_ups)),
            (head.open_promises, tr("%n promise(s)", None, head.open_promises)),
            (head.open_jobs, tr("%n job(s)", None, head.open_jobs)),
            (head.open_requests, tr("%n request(s)", None, head.open_requests)),
        )
        if count
    ]
    if not parts:
        return ""
    link = tr("{items} — show them").format(items=escape(" · ".join(parts)))
    return f" <a href='open-items' style='font-size:9pt'>{link}</a>"  # untranslated: markup, no words


class CustomerPage(QWidget):
    changed = Signal()
    open_customer = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._database = context.database
        self.customer_id: int | None = None
        self.history: CustomerHistory | None = None

        self.header = QLabel(self)
        self.header.setObjectName("customerHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures = QLabel(self)
        self.figures.setObjectName("customerFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.linkActivated.connect(lambda _link: self.show_open_items())

        actions = FlowLayout()  # wraps when the words are long: the window stays as narrow as in English
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.contact_button = QPushButton(tr("Log a contact…"), self)
        self.follow_up_button = QPushButton(tr("Schedule a follow-up…"), self)
        self.promise_button = QPushButton(tr("Record a promise…"), self)
        self.sale_button = QPushButton(tr("New sale…"), self)
        self.sale_button.setToolTip(tr("Record a sale for this customer; its follow-ups are scheduled"))
        self.job_button = QPushButton(tr("New service job…"), self)
        self.job_button.setToolTip(
            tr(
                "Take a unit in for repair: its warranty is checked; "
                "select a sold item first to take that one"
            )
        )
        self.request_button = QPushButton(tr("New request…"), self)
        self.request_button.setToolTip(
            tr(
                "Something the customer asks the shop to do or solve that is not a repair: an activation, a "
                "duplicate SIM, a billing question, a complaint… It stays on the lists until it is resolved"
            )
        )
        self.history_button = QPushButton(tr("Print history…"), self)
        self.history_button.setToolTip(tr("The customer's whole history (or a period of it) as a PDF"))
        self.open_job_button = QPushButton(tr("Open…"), self)
        self.open_job_button.setToolTip(
            tr("Open the selected sale, service job or request (or double-click it)")
        )
        self.open_job_button.setEnabled(False)
        self.move_promise_button = QPushButton(tr("Move promise date…"), self)
        self.move_promise_button.setToolTip(
            tr("Select an open promise; the new date needs a reason, and every move is kept")
        )
        self.move_promise_button.setEnabled(False)
        self.tell_button = QPushButton(tr("Tell the customer…"), self)
        self.tell_button.setToolTip(
            tr("A ready-to-send message on the selected promise or job; logged on the history when sent")
        )
        self.tell_button.setEnabled(False)
        self.kept_button = QPushButton(tr("Promise kept"), self)
        self.kept_button.setEnabled(False)
        self.broken_button = QPushButton(tr("Broken…"), self)
        self.broken_button.setToolTip(
            tr(
                "The promise will not be kept: say what the shop will do about it; "
                "the owner gets a recovery call"
            )
        )
        self.broken_button.setEnabled(False)
        self.cancel_promise_button = QPushButton(tr("Cancel promise…"), self)
        self.cancel_promise_button.setToolTip(tr("Nothing is owed any more (say why)"))
        self.cancel_promise_button.setEnabled(False)
        self.void_button = QPushButton(tr("Void this sale…"), self)
        self.void_button.setToolTip(
            tr("Select a sale in the history first; its open follow-ups are cancelled")
        )
        self.void_button.setEnabled(False)
        self.redate_button = QPushButton(tr("Change sale date…"), self)
        self.redate_button.setToolTip(
            tr("Correct the date of the selected sale; its open follow-ups move with it")
        )
        self.redate_button.setEnabled(False)
        # What is done now and then with a customer, in one menu, so the row of actions stays narrow.
        self.privacy_button = QPushButton(tr("More"), self)
        self.privacy_button.setToolTip(
            tr(
                "Merge a duplicate, archive; a vCard for an address book, "
                "the customer's own data, or erasing it"
            )
        )
        privacy_menu = QMenu(self.privacy_button)
        self.merge_action = privacy_menu.addAction(tr("Merge a duplicate…"))
        self.merge_action.triggered.connect(lambda: self.merge())
        self.archive_action = privacy_menu.addAction(tr("Archive"))
        self.archive_action.triggered.connect(lambda: self.toggle_archive())
        privacy_menu.addSeparator()
        self.vcard_action = privacy_menu.addAction(tr("Export vCard…"))
        self.vcard_action.setToolTip(
            tr("The customer's phones, e-mail, address and company, for an address book")
        )
        self.vcard_action.triggered.connect(lambda: self.export_vcard())
        self.consent_action = privacy_menu.addAction(tr("Contact consent…"))
        self.consent_action.setToolTip(tr("E-mails and text messages: what the customer said, and when"))
        self.consent_action.triggered.connect(lambda: self.edit_consent())
        privacy_menu.addSeparator()
        self.export_action = privacy_menu.addAction(tr("Export this customer's data…"))
        self.export_action.triggered.connect(lambda: self.export_data())
        self.erase_action = privacy_menu.addAction(tr("Erase this customer…"))
        self.erase_action.triggered.connect(lambda: self.erase())
        self.privacy_button.setMenu(privacy_menu)
        for button in (
            self.edit_button,
            self.contact_button,
            self.follow_up_button,
            self.promise_button,
            self.sale_button,
            self.job_button,
            self.request_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.history_button)
        actions.addWidget(self.privacy_button)
        # What can be done with the line selected below: a row of its own, so the page stays narrow.
        selected = FlowLayout()
        self.selected_label = QLabel(tr("With the selected line:"), self)
        self.selected_label.setStyleSheet(tone_style("muted"))
        selected.addWidget(self.selected_label)
        for button in (
            self.open_job_button,
            self.tell_button,
            self.move_promise_button,
            self.kept_button,
            self.broken_button,
            self.cancel_promise_button,
            self.redate_button,
            self.void_button,
        ):
            selected.addWidget(button)

        filters = FlowLayout()
        filters.addWidget(QLabel(tr("Show:"), self))
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind, label in kind_labels().items():
            box = QCheckBox(label, self)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._apply_filter())
            self.kind_boxes[kind] = box
            filters.addWidget(box)
        self.open_only_box = QCheckBox(tr("Only open items"), self)
        self.open_only_box.setToolTip(
            tr("What is still to do or running: follow-ups, promises, jobs, requests")
        )
        self.open_only_box.toggled.connect(lambda _on: self._apply_filter())
        filters.addWidget(self.open_only_box)
        self.far_future_box = QCheckBox(tr("Plans beyond %n day(s)", None, HORIZON_DAYS), self)
        self.far_future_box.setToolTip(tr("Yearly reminders and warranty notices further ahead"))
        self.far_future_box.toggled.connect(lambda _on: self._apply_filter())
        filters.addWidget(self.far_future_box)

        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.verticalHeader().hide()
        self.timeline.setWordWrap(False)
        self.timeline.setAlternatingRowColors(True)
        header = self.timeline.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.setColumnWidth(1, 300)
        self.empty_timeline = QLabel(
            tr("Nothing yet: no sales, jobs, promises or contacts for this customer."), self
        )
        self.empty_timeline.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.figures)
        layout.addLayout(actions)
        layout.addLayout(selected)
        layout.addLayout(filters)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.empty_timeline)

        self.edit_button.clicked.connect(self.edit)
        self.sale_button.clicked.connect(self.new_sale)
        self.contact_button.clicked.connect(self.log_contact)
        self.follow_up_button.clicked.connect(self.schedule_follow_up)
        self.promise_button.clicked.connect(self.record_promise)
        self.void_button.clicked.connect(self.void_sale)
        self.redate_button.clicked.connect(self.change_sale_date)
        self.move_promise_button.clicked.connect(lambda: self.move_promise())
        self.job_button.clicked.connect(lambda: self.new_job())
        self.request_button.clicked.connect(lambda: self.new_request())
        self.history_button.clicked.connect(lambda: self.print_history())
        self.tell_button.clicked.connect(lambda: self.tell_customer())
        self.open_job_button.clicked.connect(lambda: self.open_job())
        self.timeline.doubleClicked.connect(lambda *_: self._double_clicked())
        self.kept_button.clicked.connect(self.promise_kept)
        self.broken_button.clicked.connect(lambda: self.promise_broken())
        self.cancel_promise_button.clicked.connect(lambda: self.cancel_promise())
        self.timeline.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.watch = Watch(
            self,
            context,
            (*AFTER_SALES, Change.SALE, Change.CUSTOMER),
            self._reload_if_shown,
            customer=lambda: self.customer_id,
        )

    def _reload_if_shown(self) -> None:
        if self.customer_id is not None:
            self.reload()

    # -- showing ---------------------------------------------------------------------------------
    def show_customer(self, customer_id: int, focus: tuple[str, int] | None = None) -> None:
        self.customer_id = customer_id
        self.reload()
        if focus is not None:
            self.focus_event(*focus)

    def reload(self) -> None:
        assert self.customer_id is not None
        self.history = customer_history(self._database, self.customer_id, self._context.clock.today())
        self._show_header(self.history)
        self._apply_filter()

    def _apply_filter(self) -> None:
        if self.history is None:
            return
        kinds = {kind for kind, box in self.kind_boxes.items() if box.isChecked()}
        open_only = self.open_only_box.isChecked()
        events = tuple(e for e in self.history.timeline if e.kind in kinds and (e.is_open or not open_only))
        far_future = self.far_future_box.isChecked() or open_only  # every open item, however far ahead
        self.timeline_model.set_events(arrange(events, self.history.today, far_future=far_future))
        self.empty_timeline.setVisible(not self.history.timeline)
        self.timeline.setVisible(bool(self.history.timeline))

    def show_open_items(self) -> None:
        """Only what is still to do or running (the "Open items" figure's link)."""
        self.open_only_box.setChecked(True)

    def focus_event(self, ref_kind: str, ref_id: int) -> None:
        """Select the event a search result pointed at (a job by number, a sold item by serial)."""
        for row, event in enumerate(self.timeline_model.events):
            item_of_sale = ref_kind == "sale_item" and any(
                line.sale_item_id == ref_id for line in event.lines
            )
            if item_of_sale or (event.ref_kind == ref_kind and event.ref_id == ref_id):
                self.timeline.selectRow(row)
                self.timeline.scrollTo(self.timeline_model.index(row, 0))
                return

    def _show_header(self, h: CustomerHistory) -> None:
        head = h.header
        name = escape(head.name)
        company = f" · {escape(head.company)}" if head.company else ""
        archived = (
            " " + tr("<span style='color:{color}'>(archived)</span>").format(color=tone("warning"))
            if head.archived
            else ""
        )
        contacts = " · ".join(escape(p) for p in head.phones)
        if head.email:
            contacts = f"{contacts} · {escape(head.email)}" if contacts else escape(head.email)
        chip = f"background:{tag_background()}; padding:2px 6px; border-radius:6px"
        tags = " ".join(f"<span style='{chip}'>{escape(t)}</span>" for t in head.tags)
        contacts = contacts or tr("No phone or email on file")
        self.header.setText(
            f"<h2 style='margin:0'>{name}{company}{archived}</h2>"  # untranslated: markup, no words
            f"<div style='font-size:11pt'>{contacts}</div><div>{tags}</div>"
        )
        since = dates.medium_date(head.customer_since) if head.customer_since else "—"
        last = dates.medium_date(head.last_contact.astimezone().date()) if head.last_contact else tr("never")
        satisfaction = (
            f"{head.average_satisfaction:.1f} / 5" if head.average_satisfaction is not None else "—"
        )
        figures = [
            (tr("Customer since"), since),
            (tr("Total spent"), self._money().format(head.total_spent_minor)),
            (tr("Open items"), str(head.open_items), _open_items_text(head)),
            (tr("Last contact"), last),
            (tr("Satisfaction"), satisfaction),
        ]
        cells = "".join(
            f"<td style='padding-right:28px'><span style='color:{tone('muted')}'>{label}</span><br>"
            f"<b style='font-size:13pt'>{escape(value)}</b>{''.join(more)}</td>"
            for label, value, *more in figures
        )
        self.figures.setText(f"<table><tr>{cells}</tr></table>")  # untranslated: markup, no words
        self.archive_action.setText(tr("Restore from archive") if head.archived else tr("Archive"))

    def _money(self) -> ShopMoney:
        from crm_desktop.services.settings import shop_money

        return shop_money(self._database)

    # -- actions ---------------------------------------------------------------------------------
    def _me(self) -> int:
        """The person at the keyboard, asked once when nobody is chosen (raises when cancelled)."""
        from crm_desktop.ui.people import ensure_person

        return ensure_person(self, self._context)

    def _run(self, action: Any) -> bool:
        """A dialog of this page that saves by itself: show what it saved."""
        try:
            done = bool(action())
        except UserFacingError as exc:
            QMessageBox.warning(self, "crm_desktop", str(exc))
            return False
        if done:
            self.reload()
            self.changed.emit()
        return done

    def _write(
        self, action: Callable[[int], object], *kinds: Change, after: Callable[[Any], object] | None = None
    ) -> bool:
        """One change made from this page, in the name of the person at the keyboard, off the GUI thread;
        the page (and every other page showing those records) refreshes from the change it publishes.
        ``after(result)`` runs once it is saved."""
        from crm_desktop.ui.operations import perform

        try:
            me = self._me()
        except UserFacingError as exc:
            QMessageBox.warning(self, "crm_desktop", str(exc))
            return False

        def done(result: object) -> None:
            self.changed.emit()
            if after is not None:
                after(result)

        perform(
            self,
            self._context,
            lambda: action(me),
            Changes.of(*kinds, customers=(self.customer_id,)),
            done=done,
        )
        return True

    def edit(self) -> None:
        from crm_desktop.ui.customer_dialog import CustomerDialog

        self._ask(CustomerDialog.edit)

    def new_sale(self) -> None:
        from crm_desktop.ui.sale_dialog import SaleDialog

        self._ask(SaleDialog.ask_and_save)

    def selected_event(self) -> TimelineEvent | None:
        rows = self.timeline.selectionModel().selectedRows()
        return self.timeline_model.events[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        event = self.selected_event()
        active_sale = event is not None and event.kind == "sale" and event.status != "void"
        self.void_button.setEnabled(active_sale)
        self.redate_button.setEnabled(active_sale)
        # is_open, not the status shown: that is in the window's language
        open_promise = event is not None and event.kind == "promise" and event.is_open
        self.move_promise_button.setEnabled(open_promise)
        self.open_job_button.setEnabled(event is not None and event.ref_kind in ("sale", "job", "request"))
        self.tell_button.setEnabled(event is not None and event.kind in ("promise", "job", "request"))
        self.kept_button.setEnabled(open_promise)
        self.broken_button.setEnabled(open_promise)
        self.cancel_promise_button.setEnabled(open_promise)

    def void_sale(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from crm_desktop.services.sales import void_sale

        event = self.selected_event()
        if event is None or event.kind != "sale":
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            tr("Void sale"),
            tr(
                "Why is {sale} voided? Its open follow-ups are cancelled with this reason; "
                "what was already done stays in the history."
            ).format(sale=event.title),
        )
        if ok:
            self._write(
                lambda me: void_sale(
                    self._database, event.ref_id, reason, self._context.clock.today(), staff_id=me
                ),
                Change.SALE,
                Change.FOLLOW_UP,
            )

    def change_sale_date(self, new_date: date | None = None) -> None:
        from crm_desktop.services.sales import update_sale_date

        event = self.selected_event()
        if event is None or event.kind != "sale":
            return
        if new_date is None:
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getText(
                self,
                tr("Change sale date"),
                tr(
                    "The correct date of {sale} (YYYY-MM-DD). Its open follow-ups and warranty move with it:"
                ).format(sale=event.title),
                text=event.day.isoformat(),
            )
            if not ok:
                return
            try:
                new_date = date.fromisoformat(text.strip())
            except ValueError:
                QMessageBox.warning(
                    self,
                    tr("Change sale date"),
                    tr("“{text}” is not a date like 2026-03-31.").format(text=text),
                )
                return
        chosen, shown = new_date, event.day  # a sale is shown on its date
        self._write(
            lambda me: update_sale_date(
                self._database,
                event.ref_id,
                chosen,
                self._context.clock.today(),
                staff_id=me,
                expected_date=shown,
            ),
            Change.SALE,
            Change.FOLLOW_UP,
        )

    def move_promise(self, new_date: date | None = None, reason: str | None = None) -> None:
        from crm_desktop.services.promises import change_promise_date

        event = self.selected_event()
        if event is None or event.kind != "promise":
            return
        if new_date is None or reason is None:
            from crm_desktop.ui.widgets import ask_new_date

            try:
                answer = ask_new_date(
                    self, tr("Move promise date"), tr("“{title}”").format(title=event.title), event.day
                )
            except UserFacingError as exc:
                QMessageBox.warning(self, tr("Move promise date"), str(exc))
                return
            if answer is None:
                return
            new_date, reason = answer
        chosen, why, shown = new_date, reason, event.day  # an open promise is shown on its date
        self._write(
            lambda me: change_promise_date(
                self._database,
                event.ref_id,
                chosen,
                why,
                self._context.clock.today(),
                staff_id=me,
                now=self._context.clock.now(),
                expected_date=shown,
            ),
            Change.PROMISE,
            after=lambda chain: self._offer_moved(chain, shown, chosen, why),
        )

    def _offer_moved(self, chain: Any, old: date, new: date, reason: str) -> None:
        """The apology for the moved promise, when its template asks before sending."""
        from crm_desktop.services.messages import Links
        from crm_desktop.services.promises import moved_values
        from crm_desktop.ui.messages_dialogs import offer_event_message

        values = moved_values(chain.description, old, new, reason)
        links = Links(promise_id=chain.id, job_id=chain.job_id, request_id=chain.request_id)
        offer_event_message(self, self._context, "promise_moved", chain.customer_id, values, links)

    def new_job(self) -> int | None:
        """Open the intake form (with the selected sold item, if any) and then the new job."""
        from crm_desktop.ui.job_dialogs import JobIntakeDialog, receipt_at_intake

        assert self.customer_id is not None
        event = self.selected_event()
        item_id = None
        if event is not None and event.kind == "sale" and event.status != "void":
            # the selected sale's unit: the one with a serial (or the only item)
            with_serial = [line for line in event.lines if line.serial] or list(event.lines)
            item_id = with_serial[0].sale_item_id if with_serial else None
        job = JobIntakeDialog.ask(self, self._context, self.customer_id, sale_item_id=item_id)
        if job is None:
            return None
        self.reload()
        self.changed.emit()
        receipt_at_intake(self, self._context, job)  # when the shop prints one at intake (a setting)
        self.open_job(job.id)
        return job.id

    def open_job(self, job_id: int | None = None) -> None:
        from crm_desktop.ui.job_dialogs import JobWindow

        if job_id is None:
            event = self.selected_event()
            if event is not None and event.ref_kind == "request":
                self.open_request(event.ref_id)
                return
            if event is not None and event.ref_kind == "sale":
                self.open_sale(event.ref_id)
                return
            if event is None or event.ref_kind != "job":
                return
            job_id = event.ref_id
        if JobWindow.show_job(self, self._context, job_id):
            self.reload()
            self.changed.emit()

    def open_sale(self, sale_id: int) -> None:
        """The sale's window; what it changes reaches this page through the change it publishes."""
        from crm_desktop.ui.sale_window import SaleWindow

        if SaleWindow.show_sale(self, self._context, sale_id, open_customer=self.open_customer.emit):
            self.changed.emit()

    def new_request(self) -> int | None:
        """Open the "New request" form, then the request."""
        from crm_desktop.ui.request_dialogs import RequestDialog

        assert self.customer_id is not None
        request = RequestDialog.ask(self, self._context, self.customer_id)
        if request is None:
            return None
        self.reload()
        self.changed.emit()
        self.open_request(request.id)
        return request.id

    def open_request(self, request_id: int) -> None:
        from crm_desktop.ui.request_dialogs import RequestWindow

        if RequestWindow.show_request(self, self._context, request_id):
            self.reload()
            self.changed.emit()

    def print_history(self) -> None:
        from crm_desktop.ui.history_print import HistoryPrintDialog

        if self.customer_id is None or self.history is None:
            return
        HistoryPrintDialog.ask_and_print(self, self._context, self.customer_id, self.history.header.name)

    def export_data(self) -> None:
        from crm_desktop.ui.privacy_dialogs import export

        if self.customer_id is not None:
            export(self, self._context, self.customer_id)

    def erase(self) -> None:
        from crm_desktop.ui.privacy_dialogs import erase

        if self.customer_id is not None and self.history is not None:
            erase(self, self._context, self.customer_id, self.history.header.name)

    def edit_consent(self) -> None:
        from crm_desktop.ui.messages_dialogs import ConsentDialog

        if self.customer_id is not None:
            ConsentDialog.edit(self, self._context, self.customer_id)

    def export_vcard(self) -> None:
        from crm_desktop.ui.export_dialog import export_vcard

        if self.customer_id is None or self.history is None:
            return
        export_vcard(self, self._context, self.customer_id, self.history.header.name)

    def tell_customer(self) -> None:
        from crm_desktop.ui.job_dialogs import TellCustomerDialog

        event = self.selected_event()
        if event is None or self.customer_id is None or event.kind not in ("promise", "job", "request"):
            return
        if event.kind == "request":
            dialog = TellCustomerDialog(self._context, self.customer_id, None, self, request_id=event.ref_id)
        elif event.kind == "job":
            dialog = TellCustomerDialog(self._context, self.customer_id, None, self, job_id=event.id)
        else:
            dialog = TellCustomerDialog(self._context, self.customer_id, None, self, promise_id=event.id)
        dialog.sent.connect(self.changed.emit)  # the page itself follows the change it publishes
        dialog.exec()

    def _double_clicked(self) -> None:
        event = self.selected_event()
        if event is not None and event.ref_kind == "job":
            self.open_job(event.ref_id)
        elif event is not None and event.ref_kind == "request":
            self.open_request(event.ref_id)
        elif event is not None and event.ref_kind == "sale":
            self.open_sale(event.ref_id)

    def promise_kept(self) -> None:

        from crm_desktop.services.promises import keep_promise

        event = self.selected_event()
        if event is not None and event.kind == "promise":
            self._write(
                lambda me: keep_promise(self._database, event.ref_id, self._context.clock.now(), staff_id=me),
                Change.PROMISE,
            )

    def promise_broken(self, what_now: str | None = None) -> bool:
        """Close the selected promise as broken, with what the shop will do about it (a recovery call
        for the owner is booked with it)."""
        from crm_desktop.services.promises import break_promise

        return self._close_promise(
            break_promise,
            what_now,
            tr("Promise broken"),
            tr("What will the shop do about it? (kept with the promise; the owner gets a recovery call)"),
            (Change.PROMISE, Change.FOLLOW_UP),
        )

    def cancel_promise(self, why: str | None = None) -> bool:
        """Close the selected promise as cancelled: nothing is owed any more."""
        from crm_desktop.services.promises import cancel_promise

        return self._close_promise(
            cancel_promise,
            why,
            tr("Cancel the promise"),
            tr("Why is nothing owed any more?"),
            (Change.PROMISE,),
        )

    def _close_promise(
        self, close: Any, text: str | None, title: str, prompt: str, kinds: tuple[Change, ...]
    ) -> bool:
        event = self.selected_event()
        if event is None or event.kind != "promise":
            return False
        if text is None:
            from PySide6.QtWidgets import QInputDialog

            typed, ok = QInputDialog.getMultiLineText(self, title, prompt)
            if not ok:
                return False
            text = typed
        if not text.strip():
            QMessageBox.warning(self, title, tr("Say why: the reason is kept with the promise."))
            return False
        reason, now, ref = text, self._context.clock.now(), event.ref_id
        return self._write(lambda me: close(self._database, ref, reason, now, staff_id=me), *kinds)

    def _ask(self, ask: Any) -> None:
        """Run a dialog's ``ask(parent, context, customer_id)`` for this customer; reload if it saved."""
        assert self.customer_id is not None
        customer_id = self.customer_id
        self._run(lambda: ask(self, self._context, customer_id))

    def log_contact(self) -> None:
        """Log a contact; one that needs action became a request with it, which opens next."""
        from crm_desktop.services.requests import RequestDetails
        from crm_desktop.ui.quick_dialogs import ContactDialog

        assert self.customer_id is not None
        dialog = ContactDialog(self._context, self.customer_id, self)
        if dialog.exec() != ContactDialog.DialogCode.Accepted:
            return
        self.reload()
        self.changed.emit()
        if isinstance(dialog.result_value, RequestDetails):
            self.open_request(dialog.result_value.id)

    def schedule_follow_up(self) -> None:
        from crm_desktop.ui.quick_dialogs import FollowUpDialog

        self._ask(FollowUpDialog.ask_and_save)

    def record_promise(self) -> None:
        from crm_desktop.ui.quick_dialogs import PromiseDialog

        self._ask(PromiseDialog.ask_and_save)

    def merge(self) -> None:
        from crm_desktop.ui.merge_dialog import MergeDialog

        self._ask(MergeDialog.ask_and_merge)

    def toggle_archive(self) -> None:
        from crm_desktop.services.customers import archive_customer

        assert self.customer_id is not None and self.history is not None
        customer_id = self.customer_id
        archive = not self.history.header.archived
        if archive:
            answer = QMessageBox.question(
                self,
                tr("Archive customer"),
                tr(
                    "Archive {customer}? They disappear from lists but keep their whole "
                    "history, and search finds them with “Show the archive”. You can restore them any time."
                ).format(customer=self.history.header.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write(
            lambda me: archive_customer(self._database, customer_id, archive, staff_id=me), Change.CUSTOMER
        )
