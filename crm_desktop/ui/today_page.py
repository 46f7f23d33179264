"""The Today page, the app's home: what is overdue, due today and this week, promises falling due,
slipping or broken, customers waiting for news, and anything open that nobody has touched for too long;
each item once, in its most urgent section. Follow-ups are completed, rescheduled, skipped or handed over
right here (several at once too: the long overdue ones fold into their own section for that), requests
open in their window, and a customer waiting for news gets the prepared message in one click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.domain.changes import AFTER_SALES, Change
from crm_desktop.domain.enums import FollowUpKind, StaffRole
from crm_desktop.services.follow_up_batches import BatchAction
from crm_desktop.services.staff import StaffMember, list_staff, role_gaps
from crm_desktop.services.today import TodayItem, TodaySection, TodayView, today_view
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import Watch
from crm_desktop.ui.table_model import ColumnsModel
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.theme import banner_style, section_color, tone, tone_color
from crm_desktop.ui.widgets import FlowLayout

if TYPE_CHECKING:  # the dialog's module loads when the call list is first opened
    from crm_desktop.ui.call_list_dialog import CallListDialog

Index = QModelIndex | QPersistentModelIndex
# The column titles in English (marked for the catalogue): the header shows them translated.
COLUMNS: tuple[str, ...] = (
    cast(str, QT_TR_NOOP("Due")),
    cast(str, QT_TR_NOOP("Customer")),
    cast(str, QT_TR_NOOP("Phone")),
    cast(str, QT_TR_NOOP("What")),
    cast(str, QT_TR_NOOP("Assigned to")),
    cast(str, QT_TR_NOOP("Details")),
)
# The kinds of work the page can narrow to: label (marked, translated where shown), follow-up kinds.
KIND_FILTERS: tuple[tuple[str, tuple[FollowUpKind, ...] | None], ...] = (
    (cast(str, QT_TR_NOOP("Everything")), None),
    (cast(str, QT_TR_NOOP("Calls and messages")), (FollowUpKind.CALL, FollowUpKind.MESSAGE)),
    (cast(str, QT_TR_NOOP("Satisfaction checks")), (FollowUpKind.SATISFACTION,)),
    (cast(str, QT_TR_NOOP("Warranty notices")), (FollowUpKind.WARRANTY_NOTICE,)),
    (cast(str, QT_TR_NOOP("Service reminders")), (FollowUpKind.SERVICE_REMINDER,)),
    (cast(str, QT_TR_NOOP("Recovery calls")), (FollowUpKind.RECOVERY,)),
)


def sections_of(view: TodayView) -> tuple[TodaySection, ...]:
    return (
        view.overdue,
        view.due_today,
        view.next_days,
        view.promises_due,
        view.promises_broken,
        view.slipping,
        view.waiting_for_news,
        view.no_action,
        view.long_overdue,
    )


# What Today shows: follow-ups, promises, jobs, their contacts, whose they are, and sales that plan them.
WATCHED = (*AFTER_SALES, Change.SALE, Change.STAFF, Change.CUSTOMER, Change.MESSAGE)


class TodayModel(ColumnsModel):
    """Section header rows ("Overdue (12)") followed by their items, most urgent first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(tr(title) for title in COLUMNS)  # marked where written
        self.rows: list[TodaySection | TodayItem] = []

    def set_view(self, view: TodayView) -> None:
        self.beginResetModel()
        self.rows = []
        for section in sections_of(view):
            self.rows.append(section)
            self.rows.extend(section.items)
        self.endResetModel()

    def item(self, row: int) -> TodayItem | None:
        value = self.rows[row] if 0 <= row < len(self.rows) else None
        return value if isinstance(value, TodayItem) else None

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        value = self.rows[index.row()]
        column = index.column()
        if isinstance(value, TodaySection):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                shown = len(value.items)
                if value.count > shown:
                    return tr("{section} ({count}) — showing the %n most urgent", None, shown).format(
                        section=value.title, count=value.count
                    )
                return f"{value.title} ({value.count})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(section_color())
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if value.due_date is None:
                    return tr("idle %n d", None, value.days_idle) if value.days_idle is not None else ""
                if value.days_overdue:
                    return tr("{date} (%n d late)", None, value.days_overdue).format(
                        date=value.due_date.isoformat()
                    )
                return value.due_date.isoformat()
            if column == 1:
                return value.customer_name
            if column == 2:
                if role == Qt.ItemDataRole.ToolTipRole and value.phone:
                    return tr("{phone} — click to copy").format(phone=value.phone)
                return value.phone or ""
            if column == 3:
                return value.title
            if column == 4:
                return value.assignee_name or ""
            if column == 5:
                return value.detail
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and value.tone in ("danger", "warning")
            and column in (0, 3)
        ):
            return tone_color(value.tone)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self.rows[index.row()], TodaySection):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)


class TodayPage(QWidget):
    open_customer = Signal(int)
    counts_changed = Signal(int, int)  # overdue, due today
    copied = Signal(str)  # a phone number copied: the window says so in its status bar
    open_outbox = Signal()  # the failed messages' notice was clicked

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, load: bool = True) -> None:
        """``load=False``: the page shows "Loading…" and reads nothing until :meth:`release` (the window
        is painted first; the query then runs on a worker thread)."""
        super().__init__(parent)
        self._context = context
        self._database = context.database
        self.view: TodayView | None = None
        self._held = 0 if load else 1
        self._pending = not load
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)  # the date on a second line rather than a wider window
        self.roles_notice = QLabel(self)
        self.roles_notice.setObjectName("rolesNotice")
        self.roles_notice.setWordWrap(True)
        self.roles_notice.setStyleSheet(banner_style("warning"))
        self.roles_notice.hide()
        # Messages to customers that failed stay here until someone has looked at them in the outbox.
        self.messages_notice = QLabel(self)
        self.messages_notice.setObjectName("messagesNotice")
        self.messages_notice.setWordWrap(True)
        self.messages_notice.setTextFormat(Qt.TextFormat.RichText)
        self.messages_notice.setStyleSheet(banner_style("error"))
        self.messages_notice.linkActivated.connect(lambda _link: self.open_outbox.emit())
        self.messages_notice.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("todaySummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # one line in English; two where the words are longer
        self.assignee = QComboBox(self)
        self.assignee.setToolTip(tr("Only the follow-ups assigned to one person"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Which kinds of work"))
        for label, _kinds in KIND_FILTERS:
            self.kind.addItem(tr(label))  # marked where written
        self.complete_button = QPushButton(tr("Complete…"), self)
        self.reschedule_button = QPushButton(tr("Reschedule…"), self)
        self.skip_button = QPushButton(tr("Skip…"), self)
        self.hand_over_button = QPushButton(tr("Hand over…"), self)
        self.hand_over_button.setToolTip(tr("Give the selected follow-ups to a colleague"))
        for button in (self.reschedule_button, self.skip_button):
            button.setToolTip(tr("Select several follow-ups (Ctrl or Shift + click) to do them all at once"))
        self.tell_button = QPushButton(tr("Tell the customer…"), self)
        self.tell_button.setToolTip(tr("The message telling the customer where it stands, ready to send"))
        self.long_overdue_button = QPushButton(tr("Select the long overdue"), self)
        self.long_overdue_button.setToolTip(
            tr("Follow-ups more than 90 days late: select them all to reschedule, skip or hand them over")
        )
        self.open_button = QPushButton(tr("Open"), self)
        self.call_list_button = QPushButton(tr("Call list…"), self)
        # Ctrl+L as well as the button's Alt letter: a shortcut of the page (a button's own would be
        # replaced by the Alt letter its text is given, see crm_desktop.ui.mnemonics).
        self.call_list_shortcut = QShortcut(QKeySequence("Ctrl+L"), self, self.call_list_button.click)
        self.call_list_button.setToolTip(tr("Work through today's calls one at a time (Ctrl+L)"))
        self.call_list_dialog: CallListDialog | None = None
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)  # takes the room there is; wraps only when there is too little
        bar.addWidget(self.call_list_button)
        bar.addWidget(QLabel(tr("Show:"), self))
        bar.addWidget(self.assignee)
        bar.addWidget(self.kind)
        actions = FlowLayout()  # wraps when the words are long (French, German)
        for button in (
            self.complete_button,
            self.reschedule_button,
            self.skip_button,
            self.hand_over_button,
            self.tell_button,
            self.open_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.long_overdue_button)

        self.model = TodayModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("today")
        self.table.setAccessibleName(tr("Today's work, most urgent first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((175, 170, 130, 250, 140)):
            self.table.setColumnWidth(column, width)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.roles_notice)
        layout.addWidget(self.messages_notice)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.assignee.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.clicked.connect(self._clicked)
        self.open_button.clicked.connect(lambda: self._open(self._selected_row()))
        self.complete_button.clicked.connect(self.complete)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.skip_button.clicked.connect(self.skip)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.tell_button.clicked.connect(self.tell_customer)
        self.long_overdue_button.clicked.connect(self.select_long_overdue)
        self.call_list_button.clicked.connect(self.open_call_list)
        self._fill_assignees()
        if load:
            self.refresh()
        else:
            heading = tr("Today")  # the date with the rows: written by babel, loaded after the first paint
            self.title.setText(f"<h2 style='margin:0'>{heading}</h2>")  # untranslated: heading markup
            self.summary.setText(tr("Loading today's work…"))
            self._update_buttons()  # nothing to act on until the rows come
        self.watch = Watch(self, context, WATCHED, self.refresh_later)

    def _fill_assignees(self) -> None:
        chosen = self.assignee.currentData()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(tr("Everyone"), None)
        for member in list_staff(self._database):
            self.assignee.addItem(f"{member.name} ({member.roles_text})", member.id)
        self.assignee.setCurrentIndex(max(self.assignee.findData(chosen), 0))
        self.assignee.blockSignals(False)

    def show_work_of(self, person: StaffMember | None) -> None:
        """My work: the person at the keyboard's own follow-ups, promises and jobs; owners (and a shop
        with nobody chosen) see everyone's. The filter stays one click away."""
        self._fill_assignees()
        wanted = None if person is None or person.holds(StaffRole.OWNER) else person.id
        index = self.assignee.findData(wanted)
        if index >= 0 and index != self.assignee.currentIndex():
            self.assignee.setCurrentIndex(index)  # refreshes

    def _query(self) -> Callable[[], tuple[TodayView, str | None, int]]:
        """Today's query with the filters as chosen now (read here, on the GUI thread), whether some
        role has nobody, and how many failed messages nobody has looked at (the notices above the list)."""
        from crm_desktop.services.outbox import unseen_failures

        database, today = self._database, self._context.clock.today()
        assignee = self.assignee.currentData()
        kinds = KIND_FILTERS[max(self.kind.currentIndex(), 0)][1]
        return lambda: (
            today_view(database, today, assignee_id=assignee, follow_up_kinds=kinds),
            role_gaps(database),
            unseen_failures(database),
        )

    def refresh(self) -> None:
        if self._held:
            self._pending = True  # one query when released, not one per change meanwhile
            return
        self._show_view(self._query()())

    def release(self) -> None:
        """Start reading (a page made with ``load=False``): what was asked for meanwhile loads once, on a
        worker thread."""
        self._held = max(0, self._held - 1)
        if not self._held and self._pending:
            self._pending = False
            self.refresh_later()

    def refresh_later(self) -> None:
        """Refresh without holding the window: the query runs on a worker thread (after a write made
        elsewhere, over half a million follow-ups take a few hundred milliseconds)."""
        run_in_background(self._query(), self._show_view)

    def _show_title(self, today: date) -> None:
        heading = tr("Today — {date}").format(date=dates.full_date(today))
        self.title.setText(f"<h2 style='margin:0'>{heading}</h2>")  # untranslated: heading markup

    def _show_view(self, found: tuple[TodayView, str | None, int]) -> None:
        today = self._context.clock.today()
        self.view, gaps, failed = found
        self.model.set_view(self.view)
        self.roles_notice.setText(gaps or "")
        self.roles_notice.setVisible(gaps is not None)
        self.messages_notice.setText(
            tr(
                "<b>%n message(s) to customers could not be sent.</b> "
                "<a href='outbox'>Open the outbox</a> to read why and send again.",
                None,
                failed,
            )
        )
        self.messages_notice.setVisible(failed > 0)
        self.table.clearSpans()
        for row, value in enumerate(self.model.rows):
            if isinstance(value, TodaySection):  # a section title reads across the whole row
                self.table.setSpan(row, 0, 1, len(COLUMNS))
        self._show_title(today)
        view = self.view
        overdue, due = view.overdue.count, view.due_today.count
        parts = [
            tr("<b style='color:{color}'>%n overdue</b>", None, overdue).format(color=tone("danger"))
            if overdue
            else tr("nothing overdue"),
            tr("<b>%n due today</b>", None, due),
            tr("%n in the next 7 days", None, view.next_days.count),
            tr("%n broken promise(s)", None, view.promises_broken.count)
            if view.promises_broken.count
            else "",
            tr("<b style='color:{color}'>%n slipping promise(s)</b>", None, view.slipping.count).format(
                color=tone("warning")
            )
            if view.slipping.count
            else "",
            tr("%n waiting for news", None, view.waiting_for_news.count)
            if view.waiting_for_news.count
            else "",
            tr("%n open with no action for {days} days", None, view.no_action.count).format(
                days=view.idle_days
            )
            if view.no_action.count
            else "",
            tr("%n long overdue", None, view.long_overdue.count) if view.long_overdue.count else "",
        ]
        self.summary.setText(escape(" · ").join(p for p in parts if p))
        self._update_buttons()
        self.counts_changed.emit(overdue, due)

    # -- selection and actions -------------------------------------------------------------------
    def _selected_row(self) -> int:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return rows[0] if rows else -1

    def selected_item(self) -> TodayItem | None:
        return self.model.item(self._selected_row())

    def selected_items(self) -> tuple[TodayItem, ...]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return tuple(item for item in map(self.model.item, rows) if item is not None)

    def _update_buttons(self) -> None:
        items = self.selected_items()
        item = items[0] if items else None
        follow_ups = bool(items) and all(i.kind == "follow_up" for i in items)
        self.complete_button.setEnabled(follow_ups and len(items) == 1)
        for button in (self.reschedule_button, self.skip_button, self.hand_over_button):
            button.setEnabled(follow_ups)
        self.tell_button.setEnabled(len(items) == 1 and item is not None)
        self.open_button.setEnabled(len(items) == 1)
        self.open_button.setText(
            tr("&Open request") if item is not None and item.kind == "request" else tr("&Open customer")
        )
        self.long_overdue_button.setVisible(self.view is not None and bool(self.view.long_overdue.items))

    def _clicked(self, index: QModelIndex) -> None:
        """A click on a phone number copies it, ready to dial or paste."""
        item = self.model.item(index.row())
        if index.column() == 2 and item is not None and item.phone:
            QGuiApplication.clipboard().setText(item.phone)
            self.copied.emit(
                tr("Copied {phone} ({customer})").format(phone=item.phone, customer=item.customer_name)
            )

    def _open(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None and item.kind == "request":
            from crm_desktop.ui.request_dialogs import RequestWindow

            if RequestWindow.show_request(self, self._context, item.id):
                self.refresh_later()
        elif item is not None:
            self.open_customer.emit(item.customer_id)

    def select_long_overdue(self) -> None:
        """Select every listed long-overdue follow-up, ready for one of the buttons."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        wanted = set(self.view.long_overdue.items) if self.view is not None else set()
        rows = [
            row
            for row, value in enumerate(self.model.rows)
            if isinstance(value, TodayItem) and value in wanted
        ]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _batch(self, action: BatchAction) -> bool:
        from crm_desktop.ui.follow_up_dialogs import BatchDialog

        items = tuple(i for i in self.selected_items() if i.kind == "follow_up")
        if not items:
            return False
        return BatchDialog.ask_and_save(self, self._context, items, action)

    def hand_over(self) -> None:
        self._batch(BatchAction.HAND_OVER)

    def tell_customer(self) -> None:
        """The prepared message for the selected promise, job or request: one click to copy or mail it,
        and it is logged as news to the customer."""
        from crm_desktop.ui.job_dialogs import TellCustomerDialog

        item = self.selected_item()
        if item is None:
            return
        if item.kind == "follow_up":
            self._send_reminder(item)
            return
        refs = {item.kind + "_id": item.id}
        TellCustomerDialog(
            self._context, item.customer_id, None, self, ref=item.title.split(" · ")[0], **refs
        ).exec()

    def _send_reminder(self, item: TodayItem) -> None:
        """A reminder follow-up (a yearly service, a warranty ending, the satisfaction question): its
        message, ready to send; any other follow-up is a call or a visit, and the page says so."""
        from PySide6.QtWidgets import QMessageBox

        from crm_desktop.services.messages import reminder_drafts
        from crm_desktop.ui.messages_dialogs import offer_to_send

        drafts = reminder_drafts(self._database, item.id)
        if not drafts:
            QMessageBox.information(
                self,
                tr("Tell the customer"),
                tr(
                    "There is no message to send for “{what}”: it is not a reminder, the customer said "
                    "no or has no address for it, or messages are not set up (Settings → Messages). Call "
                    "them, or log the contact."
                ).format(what=item.title),
            )
            return
        offer_to_send(self, self._context, drafts)

    def complete(self) -> None:
        from crm_desktop.ui.follow_up_dialogs import CompleteDialog

        item = self.selected_item()
        if item is not None:
            CompleteDialog.ask_and_save(self, self._context, item)

    def reschedule(self) -> None:
        from crm_desktop.ui.follow_up_dialogs import RescheduleDialog

        if len(self.selected_items()) > 1:
            self._batch(BatchAction.RESCHEDULE)
            return
        item = self.selected_item()
        if item is not None:
            RescheduleDialog.ask_and_save(self, self._context, item)

    def skip(self) -> None:
        from crm_desktop.ui.follow_up_dialogs import SkipDialog

        if len(self.selected_items()) > 1:
            self._batch(BatchAction.SKIP)
            return
        item = self.selected_item()
        if item is not None:
            SkipDialog.ask_and_save(self, self._context, item)

    def open_call_list(self) -> None:
        """The calls due today (for the person shown), one at a time, beside the page."""
        from crm_desktop.ui.call_list_dialog import CallListDialog

        dialog = CallListDialog.start(self, self._context, assignee_id=self.assignee.currentData())
        dialog.copied.connect(self.copied)
        self.call_list_dialog = dialog
