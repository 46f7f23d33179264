"""Completing, rescheduling and skipping a follow-up, or many at once (:class:`BatchDialog`), from
Today. Each ``ask_and_save`` returns True once saved; a problem keeps the dialog open with what was
typed and says what to fix."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change
from crm_desktop.domain.enums import Channel
from crm_desktop.services.follow_up_batches import BatchAction, settle_follow_ups
from crm_desktop.services.follow_ups import (
    CompletionInput,
    complete_follow_up,
    reschedule_follow_up,
    skip_follow_up,
)
from crm_desktop.services.staff import list_staff
from crm_desktop.services.today import TodayItem
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.quick_dialogs import channels
from crm_desktop.ui.widgets import FormDialog, date_field


def scores() -> tuple[tuple[str, int | None], ...]:
    """The satisfaction scores to choose from, best first."""
    return (
        (tr("Not asked"), None),
        (tr("5 — very happy"), 5),
        ("4", 4),
        ("3", 3),
        ("2", 2),
        (tr("1 — very unhappy"), 1),
    )


class _FollowUpDialog(FormDialog):
    """``title``: the window's title, English marked with QT_TR_NOOP, ``{follow_up}`` for the follow-up's
    title."""

    changes = (Change.FOLLOW_UP, Change.CONTACT)

    def __init__(self, context: AppContext, item: TodayItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.item = item
        self.customer_id = item.customer_id
        self.setWindowTitle(tr(self.title).format(follow_up=item.title))
        self.setMinimumWidth(480)
        self.form.addRow(tr("Customer"), QLabel(item.customer_name, self))

    @classmethod
    def ask_and_save(cls, parent: QWidget | None, context: AppContext, item: TodayItem) -> bool:
        return cls(context, item, parent).exec() == QDialog.DialogCode.Accepted


class CompleteDialog(_FollowUpDialog):
    title = cast(str, QT_TR_NOOP("Complete: {follow_up}"))
    discard_what = cast(str, QT_TR_NOOP("outcome"))

    def __init__(self, context: AppContext, item: TodayItem, parent: QWidget | None = None) -> None:
        super().__init__(context, item, parent)
        self.channel = QComboBox(self)
        for label, value in channels():
            self.channel.addItem(label, value)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setPlaceholderText(tr("What happened, what the customer said"))
        self.score = QComboBox(self)
        for label, score in scores():
            self.score.addItem(label, score)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(tr("The customer's own words about the product or the service"))
        self.comment.setFixedHeight(60)
        self.form.addRow(tr("How"), self.channel)
        self.form.addRow(tr("Outcome *"), self.outcome)
        self.form.addRow(tr("Satisfaction"), self.score)
        self.form.addRow(tr("In their words"), self.comment)
        self.form.addRow("", QLabel(tr("A score of 1 or 2 schedules a recovery call for the owner."), self))

    def work(self) -> Callable[[], object]:
        data = CompletionInput(
            outcome=self.outcome.toPlainText(),
            channel=Channel(self.channel.currentData()),  # Qt hands enum values back as plain text
            satisfaction=self.score.currentData(),
            satisfaction_comment=self.comment.toPlainText() or None,
            staff_id=self.context.person_id,
        )
        database, item_id, today, now = (
            self.database,
            self.item.id,
            self.context.clock.today(),
            self.context.clock.now(),
        )
        return lambda: complete_follow_up(database, item_id, data, today, now)


class RescheduleDialog(_FollowUpDialog):
    title = cast(str, QT_TR_NOOP("Reschedule: {follow_up}"))
    discard_what = cast(str, QT_TR_NOOP("new date and reason"))

    def __init__(self, context: AppContext, item: TodayItem, parent: QWidget | None = None) -> None:
        super().__init__(context, item, parent)
        self.new_date = date_field(
            self, max(context.clock.today(), item.due_date or context.clock.today()) + timedelta(days=7)
        )
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(tr("Why it moves (kept with the follow-up)"))
        self.reason.setFixedHeight(60)
        self.form.addRow(tr("New date"), self.new_date)
        self.form.addRow(tr("Reason *"), self.reason)

    def work(self) -> Callable[[], object]:
        qdate = self.new_date.date()
        new_date = date(qdate.year(), qdate.month(), qdate.day())
        database, item_id, reason, me = (
            self.database,
            self.item.id,
            self.reason.toPlainText(),
            self.context.person_id,
        )
        today, shown = self.context.clock.today(), self.item.due_date
        return lambda: reschedule_follow_up(
            database, item_id, new_date, reason, me, today, expected_date=shown
        )


class SkipDialog(_FollowUpDialog):
    title = cast(str, QT_TR_NOOP("Skip: {follow_up}"))
    discard_what = cast(str, QT_TR_NOOP("reason"))

    def __init__(self, context: AppContext, item: TodayItem, parent: QWidget | None = None) -> None:
        super().__init__(context, item, parent)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(tr("Why this follow-up is not needed"))
        self.reason.setFixedHeight(60)
        self.form.addRow(tr("Reason *"), self.reason)

    def work(self) -> Callable[[], object]:
        database, item_id, reason, me = (
            self.database,
            self.item.id,
            self.reason.toPlainText(),
            self.context.person_id,
        )
        today, now = self.context.clock.today(), self.context.clock.now()
        return lambda: skip_follow_up(database, item_id, reason, me, today, now=now)


class BatchDialog(FormDialog):
    """Several follow-ups at once (Today's *Long overdue*): a new date and why, a reason to skip them,
    or the colleague to hand them to. All of them change, or none does."""

    changes = (Change.FOLLOW_UP,)
    discard_what = cast(str, QT_TR_NOOP("reason"))

    def __init__(
        self,
        context: AppContext,
        items: tuple[TodayItem, ...],
        action: BatchAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.items = items
        self.action = action
        count = len(items)
        self.setWindowTitle(
            {
                BatchAction.RESCHEDULE: tr("Reschedule %n follow-up(s)", None, count),
                BatchAction.SKIP: tr("Skip %n follow-up(s)", None, count),
                BatchAction.HAND_OVER: tr("Hand over %n follow-up(s)", None, count),
            }[action]
        )
        customers = sorted({item.customer_name for item in items})
        if len(customers) > 5:
            about_text = tr("%n follow-up(s), for {customers} and {more} more.", None, count).format(
                customers=", ".join(customers[:5]), more=len(customers) - 5
            )
        else:
            about_text = tr("%n follow-up(s), for {customers}.", None, count).format(
                customers=", ".join(customers)
            )
        about = QLabel(about_text, self)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.new_date = date_field(self, context.clock.today() + timedelta(days=7))
        self.person = QComboBox(self)
        for member in list_staff(context.database):
            self.person.addItem(member.name, member.id)
        self.reason = QPlainTextEdit(self)
        self.reason.setFixedHeight(60)
        if action is BatchAction.RESCHEDULE:
            self.form.addRow(tr("New date"), self.new_date)
            self.reason.setPlaceholderText(tr("Why they move (kept with each follow-up)"))
        elif action is BatchAction.HAND_OVER:
            self.form.addRow(tr("To", "hand the follow-ups over to a person"), self.person)
            self.reason.setPlaceholderText(tr("Why (optional)"))
        else:
            self.reason.setPlaceholderText(tr("Why they are not needed any more"))
        # Only the field of this action is shown (the others, outside the form, would sit on its top).
        self.new_date.setVisible(action is BatchAction.RESCHEDULE)
        self.person.setVisible(action is BatchAction.HAND_OVER)
        self.form.addRow(tr("Reason") if action is BatchAction.HAND_OVER else tr("Reason *"), self.reason)

    def work(self) -> Callable[[], object]:
        qdate = self.new_date.date()
        new_date = date(qdate.year(), qdate.month(), qdate.day())
        ids = [item.id for item in self.items]
        database, action, me = self.database, self.action, self.context.person_id
        reason, person = self.reason.toPlainText() or None, self.person.currentData()
        today, now = self.context.clock.today(), self.context.clock.now()
        return lambda: settle_follow_ups(
            database, ids, action, staff_id=me, today=today, now=now, reason=reason, new_date=new_date,
            assignee_id=person,
        )  # fmt: skip

    @classmethod
    def ask_and_save(
        cls, parent: QWidget | None, context: AppContext, items: tuple[TodayItem, ...], action: BatchAction
    ) -> bool:
        return cls(context, items, action, parent).exec() == QDialog.DialogCode.Accepted
