"""The window starts on a database and tells the user what it holds; start-up errors become messages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.paths import AppPaths
from crm_desktop.storage.models import Customer, Sale, Setting
from crm_desktop.storage.startup import OpenedDatabase, open_database
from crm_desktop.ui import app as ui_app
from crm_desktop.ui.main_window import MainWindow
from tests.gui.waiting import settle
from tests.support import context_of


def test_main_window_opens_on_an_empty_database_with_a_welcome(qtbot: QtBot, opened: OpenedDatabase) -> None:
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_page() == "welcome"
    assert window.welcome.sample_button.isEnabled() and window.welcome.shop_button.isEnabled()
    assert str(opened.paths.db_file) in window.statusBar().currentMessage()
    assert window.sample_banner.isHidden()


def test_every_page_explains_itself(qtbot: QtBot, opened: OpenedDatabase) -> None:
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels == [
        "Today",
        "Customers",
        "Sales",
        "Catalogue",
        "Service",
        "Warranties",
        "Reports",
        "Settings",
    ]
    window.show_page("sales")
    assert len(window.pages["sales"].explanation.text()) > 60  # a clear empty state, not a blank
    window.show_page("settings")  # the shop's details and its staff
    settings = window.pages["settings"].ensure_built()
    assert settings.model.rowCount() == 1 and settings.add_button.isEnabled()


def test_main_window_with_data_opens_on_today(qtbot: QtBot, opened: OpenedDatabase) -> None:
    with opened.database.writing() as uow:
        customer = Customer(name="Smith & Sons <VIP>")
        uow.session.add_all([customer, Setting(key="business.name", value="Vélo & Co <Lyon>")])
        uow.session.flush()
        uow.session.add(Sale(number=1, customer_id=customer.id, sale_date=date(2026, 11, 1)))
        uow.commit()
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    assert window.current_page() == "today"  # the app's home
    assert window.windowTitle() == "Vélo & Co <Lyon> — crm_desktop"
    assert window.customers_page.model.rowCount() == 0  # the list loads when first shown, not before
    window.show()
    window.show_page("customers")
    assert window.customers_page.model.data(window.customers_page.model.index(0, 0)) == "Smith & Sons <VIP>"
    assert window.sample_banner.isHidden()


def test_shortcuts_reach_search_and_pages(qtbot: QtBot, opened: OpenedDatabase) -> None:
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    go = {a.text(): a for a in window.go_menu.actions()}
    assert go["Customers"].shortcut().toString() == "Ctrl+2"
    go["Customers"].trigger()
    assert window.current_page() == "customers"
    shortcuts = {s.toString() for s in window.find_action.shortcuts()}
    assert {"Ctrl+F", "Ctrl+K"} <= shortcuts
    assert window.new_customer_action.shortcut().toString() == "Ctrl+N"
    window.find_action.trigger()
    qtbot.waitUntil(window.search_box.hasFocus)


def test_starting_twice_shows_already_open_instead_of_a_second_window(
    qtbot: QtBot, db_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    first = open_database(db_paths)
    try:
        assert ui_app.run_gui(db_paths) == 1
    finally:
        first.close()
    assert shown and "already open" in shown[0]


def test_run_gui_opens_migrates_and_closes(db_paths: AppPaths) -> None:
    """The real start, in its own process (app.exec() and quit() leave a QApplication unusable for the
    tests that follow): the window opens, closes, and releases the database."""
    import subprocess
    import sys

    code = f"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from crm_desktop.paths import resolve
from crm_desktop.ui import app as ui_app
from crm_desktop.ui.main_window import MainWindow
seen = []
def close_soon():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    seen.extend(w.windowTitle() for w in windows)
    for w in windows:
        w.close()
    QApplication.quit()
ui_app.ensure_app()
QTimer.singleShot(300, close_soon)
code = ui_app.run_gui(resolve(db={str(db_paths.db_file)!r}))
print(code, seen)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "0 ['crm_desktop']", result.stderr
    open_database(db_paths).close()  # the lock was released when the window closed


def test_a_storage_error_in_the_window_becomes_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from crm_desktop.errors import StorageEnvironmentError

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(("warning", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(("critical", text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ui_app.install_error_hook()
    error = StorageEnvironmentError("The disk is full: nothing was saved.")
    sys.excepthook(type(error), error, None)
    bug = KeyError("x")
    sys.excepthook(type(bug), bug, None)
    assert shown[0] == ("warning", "The disk is full: nothing was saved.")
    assert shown[1][0] == "critical" and "Nothing that was saved before is lost" in shown[1][1]


def test_an_error_on_a_worker_thread_is_logged_without_a_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Qt cannot show a window from a worker thread (the process would crash): an error that escapes
    there, such as a background job finishing while the application closes, is logged only."""
    import sys
    import threading

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    ui_app.install_error_hook()
    bug = KeyError("from the worker")
    worker = threading.Thread(target=lambda: sys.excepthook(type(bug), bug, None))
    worker.start()
    worker.join()
    assert shown == []
    assert "from the worker" in caplog.text
    sys.excepthook(type(bug), bug, None)  # on the GUI thread it is still shown
    assert len(shown) == 1


def test_work_started_while_the_window_closes_ends_before_the_process(db_paths: AppPaths) -> None:
    """Work put on a worker thread while the window is closing (after it waited for the work it knew
    of): the start waits for it too before closing the database, and the process exits cleanly (such
    work used to outlive the application and crash the process at exit)."""
    import subprocess
    import sys

    code = f"""
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from crm_desktop.paths import resolve
from crm_desktop.ui import app as ui_app
from crm_desktop.ui.tasks import run_in_background
ended = []
def slow():
    time.sleep(1)
    ended.append("worker")
    raise RuntimeError("after the quit")
def quit_soon():
    for window in QApplication.topLevelWidgets():
        window.close()
    run_in_background(slow, lambda _r: None)
    QApplication.quit()
ui_app.ensure_app()
QTimer.singleShot(300, quit_soon)
code = ui_app.run_gui(resolve(db={str(db_paths.db_file)!r}))
print(code, ended)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout.strip()) == (0, "0 ['worker']"), result.stderr
    open_database(db_paths).close()  # the lock was released


def test_a_sample_shop_is_clearly_marked(qtbot: QtBot, opened: OpenedDatabase) -> None:
    with opened.database.writing() as uow:
        uow.session.add_all([Customer(name="Ana"), Setting(key="demo", value="1")])
        uow.commit()
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    assert window.sample_banner.isVisible()
    assert "made up" in window.sample_banner.text()


def test_a_start_that_waits_for_another_workstation_says_so(
    qtbot: QtBot, db_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another workstation upgrades the server, a small window says so; it closes when the start
    goes on (here: ends with a message)."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from crm_desktop.errors import StorageEnvironmentError
    from crm_desktop.storage.migrate import WAITING_FOR_ANOTHER

    seen: list[str] = []

    def start(paths: AppPaths, *, waiting: object, daily_backup: bool = True) -> object:
        waiting(WAITING_FOR_ANOTHER)  # type: ignore[operator]
        waiting(WAITING_FOR_ANOTHER)  # type: ignore[operator]  # said again half a second later
        notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend(n.labelText() for n in notices if n.isVisible())
        raise StorageEnvironmentError("The server cannot be reached.")

    monkeypatch.setattr(ui_app, "start", start)
    monkeypatch.setattr(QMessageBox, "critical", lambda *_args: None)
    assert ui_app.run_gui(db_paths) == 1
    assert seen == [WAITING_FOR_ANOTHER], "one notice, shown while waiting"
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_copy_that_cannot_be_changed_opens_with_a_banner(
    qtbot: QtBot, read_only_copy: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window on a read-only copy: the banner says so at once, customers can be looked up, and a save
    is refused with the same sentence (the form keeps what was typed)."""
    import os
    from pathlib import Path

    from crm_desktop.app import start
    from crm_desktop.ui import widgets
    from crm_desktop.ui.customer_dialog import CustomerDialog
    from tests.gui.waiting import settle

    monkeypatch.setattr(widgets, "confirm_discard", lambda *_args, **_kwargs: True)
    context = start(read_only_copy)
    from crm_desktop.services.staff import list_staff

    context.person = list_staff(context.database)[0]  # the owner, who set the shop up
    window = MainWindow(context)
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    banner = window.read_only_banner
    assert banner.isVisible() and banner.text().startswith(
        "This copy can't be changed: its folder is read-only"
    )
    folder = os.environ.get("CRM_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / "read-only-window.png"))
    dialog = CustomerDialog(context, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ana Silva")
    dialog.save()
    settle()
    assert dialog.isVisible() and dialog.name.text() == "Ana Silva"
    assert "This copy of the shop can't be changed" in dialog.general_error.text()
    dialog.discard()
    window.close()


def test_every_connection_the_app_opens_is_checked_for_its_safety_settings(
    qtbot: QtBot, db_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    """The window, its worker threads, a command and an import: each SQLite connection they open reports
    full sync, foreign keys, the busy timeout and the write-ahead log, checked as it opens (a connection
    that did not would be refused, see storage.engine)."""
    import threading
    from pathlib import Path

    from sqlalchemy import text

    from crm_desktop.app import start
    from crm_desktop.cli import main
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.storage import engine
    from crm_desktop.ui.operations import perform
    from tests.gui.waiting import settle

    seen: list[tuple[str, str, str]] = []
    real = engine.check_connection

    def watched(cursor: object, **kwargs: object) -> str:
        found = real(cursor, **kwargs)  # type: ignore[arg-type]
        journal = str(cursor.execute("PRAGMA journal_mode").fetchone()[0])  # type: ignore[attr-defined]
        seen.append((threading.current_thread().name, journal, found))
        return found

    monkeypatch.setattr(engine, "check_connection", watched)
    context = start(db_paths)
    window = MainWindow(context)
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    from crm_desktop.domain.changes import Changes

    with context.database.reading() as uow:  # the GUI thread holds one: the worker opens its own
        uow.session.execute(text("SELECT 1"))
        perform(
            window,
            context,
            lambda: create_customer(context.database, CustomerInput(name="Ana")),
            Changes.of(),
        )
        settle()
    window.close()
    context.close()
    csv = Path(str(tmp_path)) / "people.csv"
    csv.write_text("Name,Phone\nBo Lund,+32 470 12 34 56\n", encoding="utf-8")
    assert main(["import", "customers", str(csv), "--db", str(db_paths.db_file)]) == 0
    assert main(["search", "bo", "--db", str(db_paths.db_file)]) == 0
    threads = {name for name, _journal, _found in seen}
    assert "MainThread" in threads and len(threads) >= 2, f"the worker thread's own connection too: {threads}"
    assert all(found == "" and journal == "wal" for _name, journal, found in seen), seen
    assert len(seen) >= 4


def test_a_full_disk_during_a_save_keeps_the_form_and_the_shop(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the counter saves a new customer: the form says so and keeps everything typed;
    what was saved before is intact."""
    from dataclasses import replace

    from sqlalchemy import event, text

    from crm_desktop.app import AppContext
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.storage.engine import Database, create_app_engine
    from crm_desktop.ui import widgets
    from crm_desktop.ui.customer_dialog import CustomerDialog
    from tests.gui.waiting import settle

    monkeypatch.setattr(widgets, "confirm_discard", lambda *_args, **_kwargs: True)
    create_customer(opened.database, CustomerInput(name="Saved before the disk filled"))
    engine = create_app_engine(opened.paths.url)

    @event.listens_for(engine, "connect")
    def _no_room_left(connection, _record):  # type: ignore[no-untyped-def]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    full = AppContext(replace(opened, database=Database(engine, "a full disk")))
    full.person = context_of(opened).person
    dialog = CustomerDialog(full, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ana Silva")
    dialog.notes.setPlainText(
        "Bought a washer; " * 1_000
    )  # 17,000 characters: pages the disk has no room for
    dialog.save()
    settle()
    assert dialog.isVisible() and dialog.saved is None
    assert (
        dialog.general_error.text() == "The disk is full: nothing was saved. Free some space and try again."
    )
    assert dialog.name.text() == "Ana Silva" and dialog.notes.toPlainText().startswith("Bought a washer; ")
    with opened.database.reading() as uow:
        assert uow.session.execute(text("SELECT name FROM customer")).scalars().all() == [
            "Saved before the disk filled"
        ]
        assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()
    dialog.discard()
