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
from tests.gui.waiting import settle
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
        settle()  # Today loads on a worker thread once the window is built
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
        settle()  # Today loads on a worker thread once the window is built
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


def test_service_sales_and_reports_show_work_saved_elsewhere(qtbot: QtBot, backend: AppPaths) -> None:
    """The back office takes a unit in and records a sale: the counter's Service page lists the job, its
    Sales page the sale, and its Reports page counts the sale, each within the live interval."""
    from datetime import UTC, datetime

    from crm_desktop.services.jobs import JobInput, open_job
    from crm_desktop.services.metrics import summary_lines
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale

    here = open_database(backend, lock=False, daily_backup=False)
    there = open_database(backend, lock=False, daily_backup=False)
    try:
        zoe = create_customer(here.database, CustomerInput(name="Zoe Martin"))
        window = MainWindow(context_of(here))
        settle()  # Today loads on a worker thread once the window is built
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.context._watcher is not None, timeout=5_000)
        service, sales, reports = (
            window.pages[k].ensure_built()  # type: ignore[attr-defined]  # pages are built when first shown
            for k in ("service", "sales", "reports")
        )
        for key in ("service", "sales", "reports"):
            window.show_page(key)
        qtbot.waitUntil(lambda: getattr(reports, "metrics", None) is not None, timeout=5_000)
        before = dict(summary_lines(reports.metrics))  # type: ignore[attr-defined]
        jobs, sold = service.jobs_model.rowCount(), sales.model.rowCount()  # type: ignore[attr-defined]

        window.show_page("service")
        now = datetime.combine(GUI_TODAY, datetime.min.time(), tzinfo=UTC).replace(hour=10)
        open_job(there.database, JobInput(customer_id=zoe.id, unit_description="Washer",
                                          reported_problem="Leaks"), GUI_TODAY, now)  # fmt: skip
        qtbot.waitUntil(lambda: service.jobs_model.rowCount() == jobs + 1, timeout=3_000)  # type: ignore[attr-defined]

        window.show_page("sales")
        line = SaleLineInput(description="Washing machine", quantity=1, unit_price_minor=49_900)
        record_sale(
            there.database, SaleInput(customer_id=zoe.id, sale_date=GUI_TODAY, lines=(line,)), GUI_TODAY
        )
        qtbot.waitUntil(lambda: sales.model.rowCount() == sold + 1, timeout=3_000)  # type: ignore[attr-defined]

        window.show_page("reports")  # refreshed when shown: it was hidden when the sale came in
        qtbot.waitUntil(lambda: dict(summary_lines(reports.metrics)) != before, timeout=5_000)  # type: ignore[attr-defined]
        seen = dict(summary_lines(reports.metrics))  # type: ignore[attr-defined]
        record_sale(
            there.database, SaleInput(customer_id=zoe.id, sale_date=GUI_TODAY, lines=(line,)), GUI_TODAY
        )
        qtbot.waitUntil(lambda: dict(summary_lines(reports.metrics)) != seen, timeout=5_000)  # type: ignore[attr-defined]
        window.close()
    finally:
        there.close()
        here.close()
