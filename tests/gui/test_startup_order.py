"""The window is painted first and loads after (issue 16): Today's rows are read once, on a worker thread,
after the window is built; the customer list waits until it is first shown; today's automatic backup is
made after the window shows, in the background, while the shop keeps working."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import today_page
from crm_desktop.ui.main_window import MainWindow
from tests.gui.waiting import settle
from tests.support import context_of


@pytest.fixture
def busy_shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=40, seed=4, today=date(2026, 11, 2))
    return opened


def test_today_is_read_once_after_the_window_is_built(
    qtbot: QtBot, busy_shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = today_page.today_view

    def counted(*args: object, **kwargs: object) -> object:
        calls.append("today")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(today_page, "today_view", counted)
    window = MainWindow(context_of(busy_shop))
    qtbot.addWidget(window)
    assert calls == [] and window.today_page.view is None  # built and shown before anything is read
    page = window.today_page
    assert page.summary.text() == "Loading today's work…" and "Today" in page.title.text()
    assert not page.complete_button.isEnabled() and not page.open_button.isEnabled()
    assert not page.long_overdue_button.isVisible()
    settle()
    assert calls == ["today"], "Today was read more than once while the window started"
    assert window.today_page.view is not None and window.today_page.model.rowCount() > 0
    assert "Nothing due today" in window.due_label.text() or "due today" in window.due_label.text()


def test_the_customer_list_loads_when_first_shown(qtbot: QtBot, busy_shop: OpenedDatabase) -> None:
    window = MainWindow(context_of(busy_shop))
    qtbot.addWidget(window)
    settle()
    window.show()
    model = window.customers_page.model
    assert model.id_loads == 0  # the window opens on Today: no customer ids read for it
    window.show_page("customers")
    assert model.id_loads == 1 and model.rowCount() >= 35  # the 40 of the demo, less any archived
    window.show_page("today")
    window.show_page("customers")
    assert model.id_loads == 1  # shown again: not read again


def test_todays_backup_is_made_after_the_window_shows_while_saves_go_on(
    qtbot: QtBot, busy_shop: OpenedDatabase
) -> None:
    paths = busy_shop.paths
    assert not list(paths.backup_dir.glob("*-daily.sqlite3"))  # the test shop was opened without one
    window = MainWindow(context_of(busy_shop))
    qtbot.addWidget(window)
    settle()
    window.show()
    window.back_up_daily()
    with busy_shop.database.writing() as uow:  # the shop keeps working meanwhile
        uow.session.add(Customer(name="Saved during the backup"))
        uow.commit()
    settle()
    made = list(paths.backup_dir.glob("*-daily.sqlite3"))
    assert len(made) == 1
    assert "Today's automatic backup is made" in window.statusBar().currentMessage()
    copy = sqlite3.connect(made[0])
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (customers,) = copy.execute("SELECT count(*) FROM customer").fetchone()
        assert customers in (40, 41)  # a consistent state: before the save, or after it
    finally:
        copy.close()
    window.back_up_daily()  # once a day: a second call makes none
    settle()
    assert len(list(paths.backup_dir.glob("*-daily.sqlite3"))) == 1


def test_a_backup_that_fails_is_said_in_the_status_bar(
    qtbot: QtBot, busy_shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.errors import StorageEnvironmentError
    from crm_desktop.storage import backup

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageEnvironmentError("The backup to /backups failed: the disk is full")

    monkeypatch.setattr(backup, "make_automatic_backup", full)
    window = MainWindow(context_of(busy_shop))
    qtbot.addWidget(window)
    settle()
    window.back_up_daily()
    settle()
    message = window.statusBar().currentMessage()
    assert (
        message
        == "Today's automatic backup could not be made: The backup to /backups failed: the disk is full"
    )
