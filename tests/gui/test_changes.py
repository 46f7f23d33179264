"""One bus for "this changed": after a write made on one page, the pages that show those records are
current — without a reload of everything, and without the pages that do not show them refreshing."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.quick_dialogs import ContactDialog, FollowUpDialog
from crm_desktop.ui.service_page import ServicePage
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of


@pytest.fixture
def window(qtbot: QtBot, opened: OpenedDatabase) -> MainWindow:
    fill_demo(opened.database, customers=40, seed=3, today=GUI_TODAY)
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_reports_and_today_follow_a_write_made_on_a_customers_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_page("reports")
    reports = window.pages["reports"].ensure_built()  # type: ignore[attr-defined]
    settle()
    assert reports.metrics is not None
    contacts_before = reports.metrics.contacts_12m
    window.show_page("service")
    service = window.pages["service"].ensure_built()  # type: ignore[attr-defined]
    service_refreshes: list[int] = []
    monkeypatch.setattr(ServicePage, "refresh", lambda self: service_refreshes.append(1))
    due_before = window.today_page.view.due_today.count  # type: ignore[union-attr]
    customer = window.today_page.view.overdue.items[0].customer_id  # type: ignore[union-attr]
    window.open_customer(customer)
    timeline_before = len(window.pages["customer"].timeline_model.events)  # type: ignore[attr-defined]

    contact = ContactDialog(window.context, customer, window)
    qtbot.addWidget(contact)
    contact.summary.setPlainText("Came in to ask about the charger")
    contact._save()
    settle()
    follow_up = FollowUpDialog(window.context, customer, window)
    qtbot.addWidget(follow_up)
    follow_up.what.setText("Ask whether the charger works")
    follow_up.due.setDate(GUI_TODAY)
    follow_up._save()
    settle()

    # The customer's page (shown) is current at once.
    assert len(window.pages["customer"].timeline_model.events) == timeline_before + 2  # type: ignore[attr-defined]
    # Today and Reports (hidden) are current as soon as they are shown; the status bar already is.
    assert "due today" in window.due_label.text()
    window.show_page("today")
    assert window.today_page.view.due_today.count == due_before + 1  # type: ignore[union-attr]
    window.show_page("reports")
    settle()
    assert reports.metrics.contacts_12m == contacts_before + 1
    # The Service page shows neither contacts nor follow-ups: it was not refreshed.
    assert service_refreshes == []
    assert service is window.pages["service"].ensure_built()  # type: ignore[attr-defined]


def test_slow_work_says_so_and_the_form_cannot_be_saved_twice(qtbot: QtBot, window: MainWindow) -> None:
    import time

    from crm_desktop.domain.changes import Change, Changes
    from crm_desktop.ui.operations import SLOW_MS, perform

    form = ContactDialog(window.context, window.today_page.view.overdue.items[0].customer_id, window)  # type: ignore[union-attr]
    qtbot.addWidget(form)
    results: list[str] = []
    slow = SLOW_MS / 1000 * 2
    perform(
        form,
        window.context,
        lambda: time.sleep(slow) or "done",
        Changes.of(Change.CONTACT),
        done=results.append,
    )
    assert not form.isEnabled()  # no second Save while the first runs
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Saving…", timeout=3000)
    settle()
    assert results == ["done"] and form.isEnabled()
    assert window.statusBar().currentMessage() == ""


def test_a_promise_moved_twice_shows_as_slipping_then_is_marked_broken(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.services.promises import record_promise

    context = window.context
    customer = window.today_page.view.overdue.items[0].customer_id  # type: ignore[union-attr]
    today = context.clock.today()
    from datetime import timedelta

    record_promise(context.database, customer, "SIM activated", today + timedelta(days=3), today)
    window.open_customer(customer)
    page = window.pages["customer"]

    def select_promise() -> None:
        row = next(
            i
            for i, e in enumerate(page.timeline_model.events)
            if e.kind == "promise" and e.title == "SIM activated"
        )
        page.timeline.selectRow(row)

    select_promise()
    page.move_promise(today + timedelta(days=7), "Network operator backlog")
    settle()
    select_promise()
    page.move_promise(today + timedelta(days=30), "SIM out of stock")
    settle()
    window.show_page("today")
    settle()
    (slipping,) = [i for i in window.today_page.view.slipping.items if i.title == "SIM activated"]  # type: ignore[union-attr]
    assert "moved 2×: Network operator backlog; SIM out of stock" in slipping.detail
    assert re.search(r"\d+ slipping promises?<", window.today_page.summary.text())

    window.open_customer(customer)
    select_promise()
    assert page.broken_button.isEnabled() and page.cancel_promise_button.isEnabled()
    assert page.promise_broken("Refund the fee; the owner calls")
    settle()
    window.show_page("today")
    settle()
    view = window.today_page.view
    assert all(i.title != "SIM activated" for i in view.slipping.items)  # type: ignore[union-attr]
    recovery = [
        i for s in view.sections for i in s.items if i.title.startswith("Recovery call: promise broken")
    ]  # type: ignore[union-attr]
    assert recovery and recovery[0].assignee_name == "Hélène Marchand"


def test_moving_a_date_is_one_dialog_that_keeps_the_date_when_the_reason_is_missing(qtbot: QtBot) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    from crm_desktop.ui.widgets import MoveDateDialog

    first = date(2026, 11, 5)
    dialog = MoveDateDialog(None, "Move promise date", "“SIM activated”", first)
    qtbot.addWidget(dialog)
    dialog.show()
    later = first + timedelta(days=7)
    dialog.new_date.setDate(QDate(later.year, later.month, later.day))
    dialog._save()  # no reason yet: refused, the dialog stays open with the date chosen
    assert dialog.isVisible() and "Say why the date moves" in dialog.error.text()
    assert dialog.new_date.date() == QDate(later.year, later.month, later.day) and dialog.answer is None
    dialog.reason.setPlainText("Network operator backlog")
    dialog._save()
    assert not dialog.isVisible() and dialog.answer == (later, "Network operator backlog")
    same = MoveDateDialog(None, "Move promise date", "“SIM activated”", first)
    qtbot.addWidget(same)
    same.reason.setPlainText("No change")
    same._save()  # the same date is not a move
    assert same.answer is None and "already due" in same.error.text()
