"""What another workstation saves appears on this one's Today page within a couple of seconds, with
nobody navigating away and back (SQLite: another connection to the file; PostgreSQL: another
workstation's connection to the server)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.domain.enums import FollowUpKind
from crm_desktop.paths import AppPaths
from crm_desktop.services.contacts import FollowUpInput, schedule_follow_up
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.storage.startup import open_database
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.today_page import COLUMNS
from tests.support import GUI_TODAY, context_of


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> AppPaths:
    paths: AppPaths = request.getfixturevalue("db_paths" if request.param == "sqlite" else "pg_paths")
    return paths


def _titles(window: MainWindow) -> list[str]:
    model = window.today_page.model
    what = COLUMNS.index("What")
    return [str(model.data(model.index(row, what))) for row in range(model.rowCount())]


def test_a_follow_up_saved_elsewhere_appears_on_today(qtbot: QtBot, backend: AppPaths) -> None:
    here = open_database(backend, lock=False, daily_backup=False)
    there = open_database(backend, lock=False, daily_backup=False)  # the back-office PC
    try:
        window = MainWindow(context_of(here))
        qtbot.addWidget(window)
        window.show()
        window.show_page("today")  # an empty shop opens on the welcome page
        qtbot.waitUntil(lambda: window.context._watcher is not None, timeout=5_000)  # watching
        assert not any("Call about the new SIM" in t for t in _titles(window))
        zoe = create_customer(there.database, CustomerInput(name="Zoe Martin"))
        me = window.context.person_id  # Today opens on the work of the person at the keyboard
        schedule_follow_up(
            there.database,
            zoe.id,
            FollowUpInput(FollowUpKind.CALL, "Call about the new SIM", GUI_TODAY, assignee_id=me),
            GUI_TODAY,
        )
        qtbot.waitUntil(lambda: any("Call about the new SIM" in t for t in _titles(window)), timeout=3_000)
        assert "another workstation" in window.statusBar().currentMessage()
        window.close()
    finally:
        there.close()
        here.close()


def test_the_customer_page_shows_a_rename_made_elsewhere(qtbot: QtBot, backend: AppPaths) -> None:
    from crm_desktop.services.customers import get_customer, update_customer

    here = open_database(backend, lock=False, daily_backup=False)
    there = open_database(backend, lock=False, daily_backup=False)
    try:
        zoe = create_customer(here.database, CustomerInput(name="Zoe Martin"))
        window = MainWindow(context_of(here))
        qtbot.addWidget(window)
        window.show()
        window.open_customer(zoe.id)
        page = window.pages["customer"]
        assert "Zoe Martin" in page.header.text()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: window.context._watcher is not None, timeout=5_000)
        shown = get_customer(there.database, zoe.id)
        update_customer(there.database, zoe.id, CustomerInput(name="Zoé Martin-Lefèvre"),
                        expected_version=shown.version)  # fmt: skip
        qtbot.waitUntil(lambda: "Zoé Martin-Lefèvre" in page.header.text(), timeout=3_000)  # type: ignore[attr-defined]
        window.close()
    finally:
        there.close()
        here.close()
