"""The Today page as the counter uses it: what is due, completed in place, the banner kept true."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.domain.enums import FollowUpStatus
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.models import FollowUp, Interaction
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.follow_up_dialogs import CompleteDialog, RescheduleDialog, SkipDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.today_page import TodayPage
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=60, seed=4, today=GUI_TODAY)
    return opened


def _overdue_in_db(shop: OpenedDatabase, *, long: bool = False) -> int:
    """Open follow-ups overdue for at most 90 days (the day's work), or for more (``long``)."""
    fold = GUI_TODAY - timedelta(days=90)
    with shop.database.reading() as uow:
        return int(
            uow.session.scalar(
                select(func.count())
                .select_from(FollowUp)
                .where(
                    FollowUp.status == FollowUpStatus.OPEN,
                    FollowUp.due_date < (fold if long else GUI_TODAY),
                    FollowUp.due_date >= (date.min if long else fold),
                )
            )
            or 0
        )


def test_today_lists_sections_with_true_counts(
    qtbot: QtBot, shop: OpenedDatabase, qtmodeltester: ModelTester
) -> None:
    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    qtmodeltester.check(page.model, force_py=True)
    assert page.view is not None
    assert page.view.overdue.count == _overdue_in_db(shop) > 0
    assert page.view.long_overdue.count == _overdue_in_db(shop, long=True) > 0
    first_header = page.model.data(page.model.index(0, 0))
    assert first_header.startswith(f"{page.view.overdue.title} ({page.view.overdue.count})")
    assert f"{page.view.overdue.count} overdue" in page.summary.text()
    assert page.table.columnSpan(0, 0) == page.model.columnCount()  # the section title spans the row


def test_completing_a_follow_up_in_place(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    before = _overdue_in_db(shop)
    page.table.selectRow(1)  # the first overdue follow-up, under its section header
    item = page.selected_item()
    assert item is not None and item.kind == "follow_up" and page.complete_button.isEnabled()
    dialog = CompleteDialog(context_of(shop), item)
    qtbot.addWidget(dialog)
    dialog._save()  # no outcome yet
    settle()
    assert dialog.error.isVisibleTo(dialog)
    dialog.outcome.setPlainText("Called: all good, loves the <new> bike")
    dialog.score.setCurrentIndex(dialog.score.findData(2))
    dialog.comment.setPlainText("Brakes squeak")
    dialog._save()
    settle()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert _overdue_in_db(shop) == before - 1
    with shop.database.reading() as uow:
        done = uow.session.get(FollowUp, item.id)
        assert done is not None and done.status == FollowUpStatus.DONE and done.satisfaction == 2
        assert uow.session.scalar(
            select(func.count()).select_from(Interaction).where(Interaction.follow_up_id == item.id)
        )
        recovery = uow.session.scalar(
            select(func.count())
            .select_from(FollowUp)
            .where(FollowUp.customer_id == item.customer_id, FollowUp.kind == "recovery")
        )
        assert recovery and recovery >= 1  # a low score asks for a recovery call


def test_reschedule_and_skip_need_a_reason(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    page.table.selectRow(1)
    item = page.selected_item()
    assert item is not None
    move = RescheduleDialog(context_of(shop), item)
    qtbot.addWidget(move)
    move._save()
    settle()
    assert move.error.isVisibleTo(move) and move.result() != move.DialogCode.Accepted
    move.reason.setPlainText("Customer on holiday until next week")
    move._save()
    settle()
    assert move.result() == move.DialogCode.Accepted
    page.refresh()
    page.table.selectRow(1)
    other = page.selected_item()
    assert other is not None and other.id != item.id
    skip = SkipDialog(context_of(shop), other)
    qtbot.addWidget(skip)
    skip._save()
    settle()
    assert skip.error.isVisibleTo(skip)
    skip.reason.setPlainText("Customer asked not to be called")
    skip._save()
    settle()
    with shop.database.reading() as uow:
        assert uow.session.get(FollowUp, other.id).status == FollowUpStatus.SKIPPED  # type: ignore[union-attr]


def test_the_window_opens_on_today_with_a_due_banner(qtbot: QtBot, shop: OpenedDatabase) -> None:
    window = MainWindow(context_of(shop))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() == "today"
    assert f"{_overdue_in_db(shop)} overdue" in window.due_label.text()
    window.today_page.table.selectRow(1)
    item = window.today_page.selected_item()
    assert item is not None
    window.today_page.open_button.click()
    assert window.current_page() == "customer" and window.pages["customer"].customer_id == item.customer_id


def test_only_mine_filters_by_assignee(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    assert page.view is not None
    everyone = page.view.overdue.count + page.view.next_days.count
    page.assignee.setCurrentIndex(1)
    mine = page.view.overdue.count + page.view.next_days.count
    assert mine < everyone
    assigned = page.assignee.currentText().rsplit(" (", 1)[0]  # "Agnieszka Wójcik (sales)"
    for row in range(page.model.rowCount()):
        item = page.model.item(row)
        if item is not None and item.kind == "follow_up":
            assert item.assignee_name == assigned


def test_each_row_shows_the_customers_phone_and_a_click_copies_it(qtbot: QtBot, shop: OpenedDatabase) -> None:
    from PySide6.QtGui import QGuiApplication

    from crm_desktop.services.customers import get_customer

    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    copied: list[str] = []
    page.copied.connect(copied.append)
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r) is not None)
    item = page.model.item(row)
    assert item is not None
    first = get_customer(shop.database, item.customer_id).phones[0]
    assert page.model.index(row, 2).data() == item.phone == first.raw
    page.table.clicked.emit(page.model.index(row, 2))
    assert QGuiApplication.clipboard().text() == first.raw
    assert copied == [f"Copied {first.raw} ({item.customer_name})"]


def test_the_long_overdue_are_folded_and_settled_together(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.services.follow_up_batches import BatchAction
    from crm_desktop.ui.follow_up_dialogs import BatchDialog

    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    page.show()
    assert page.view is not None
    folded = page.view.long_overdue
    assert folded.count > 1 and all(i.days_overdue > 90 for i in folded.items)
    assert f"{folded.count} long overdue" in page.summary.text()
    assert page.long_overdue_button.isVisible()
    page.select_long_overdue()
    assert {i.id for i in page.selected_items()} == {i.id for i in folded.items}
    assert page.reschedule_button.isEnabled() and not page.complete_button.isEnabled()
    seen: list[BatchDialog] = []

    def fill_and_save(self: BatchDialog) -> int:
        seen.append(self)
        self._save()
        settle()
        assert "cannot be empty" in self.error.text()  # a reason is needed
        self.reason.setPlainText("Old plan: ask again next month")
        self._save()
        settle()
        return int(self.result())

    monkeypatch.setattr(BatchDialog, "exec", fill_and_save)
    page.reschedule()
    (dialog,) = seen
    assert dialog.action is BatchAction.RESCHEDULE and dialog.windowTitle().startswith("Reschedule")
    page.refresh()
    assert page.view.long_overdue.count == _overdue_in_db(shop, long=True) == 0
    assert page.view.next_days.count >= len(folded.items)  # moved to a week from today


def test_a_customer_waiting_for_news_gets_the_message_in_one_click(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.job_dialogs import TellCustomerDialog

    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    assert page.view is not None and page.view.waiting_for_news.items
    waiting = page.view.waiting_for_news.items[0]
    row = page.model.rows.index(waiting)
    page.table.selectRow(row)
    assert page.tell_button.isEnabled() and not page.complete_button.isEnabled()
    shown: list[str] = []

    def copy_it(self: TellCustomerDialog) -> int:
        shown.append(self.text.toPlainText())
        self.copy()
        settle()
        return 1

    monkeypatch.setattr(TellCustomerDialog, "exec", copy_it)
    page.tell_customer()
    assert shown and shown[0].startswith("Hello")
    page.refresh()
    assert waiting not in page.view.waiting_for_news.items  # told: off the list
