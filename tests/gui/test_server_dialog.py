"""File → Shop server…: typing a server, testing it, then moving this computer's shop onto it or connecting
to the shop already there; the window reopens on the server (pytest-qt, a throwaway PostgreSQL server;
PNGs with CRM_SCREENSHOTS=folder)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.paths import AppPaths, read_server_file
from crm_desktop.services.customer_list import customer_ids as list_customers
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.server_dialog import ServerDialog
from tests.gui.waiting import settle
from tests.support import context_of, raw_sql

pytestmark = pytest.mark.postgres


def _shot(widget: object, name: str) -> None:
    folder = os.environ.get("CRM_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"server-{name}.png"))  # type: ignore[attr-defined]


def _type_server(dialog: ServerDialog, pg_paths: AppPaths) -> None:
    rest = pg_paths.url.split("@", 1)[1]  # 127.0.0.1:PORT/NAME
    host_port, database = rest.split("/", 1)
    host, port = host_port.split(":")
    for field, value in ((dialog.host, host), (dialog.port, port), (dialog.database, database),
                         (dialog.user, "postgres")):  # fmt: skip
        field.setText(value)
        field.textEdited.emit(value)
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    dialog.keep.setCurrentIndex(dialog.keep.findData("nowhere"))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question is answered Yes; what the dialogs said is kept."""
    said: list[str] = []

    def question(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        said.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: said.append(f"{title}: {text}"))
    return said


def test_bad_fields_are_named_and_nothing_is_tried(qtbot: QtBot, opened: OpenedDatabase) -> None:
    dialog = ServerDialog(context_of(opened), opened.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "the shop's own file on this computer" in dialog.findChildren(type(dialog.status))[0].text()
    assert dialog.move_button.isVisible() and not dialog.local_button.isVisible()
    dialog.port.setText("99999")
    dialog.test_button.click()
    assert "Type the server's name" in dialog.error.text() and "1 to 65535" in dialog.error.text()
    assert not dialog.connect_button.isEnabled() and not dialog.move_button.isEnabled()


def test_moving_the_shop_onto_an_empty_server_reopens_the_window_there(
    qtbot: QtBot, opened: OpenedDatabase, pg_paths: AppPaths, answers: list[str]
) -> None:
    fill_demo(opened.database, customers=25, seed=2, today=date(2026, 11, 2))
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    dialog = ServerDialog(window.context, opened.paths, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_server(dialog, pg_paths)
    assert not dialog.move_button.isEnabled(), "tested first"
    dialog.test_button.click()
    settle()
    assert "is empty: this shop can be moved onto it" in dialog.status.text()
    assert dialog.move_button.isEnabled() and dialog.connect_button.isEnabled()
    _shot(dialog, "tested")
    dialog.move_button.click()
    settle(60)
    assert dialog.opened is not None and not dialog.opened.paths.is_sqlite
    assert any("Moved: " in line and "each checked" in line for line in answers)
    moved = list_customers(dialog.opened.database)
    assert len(moved) == len(list_customers(opened.database)) == 25
    assert read_server_file(opened.paths.data_dir) is not None, "the next start opens the server too"
    dialog.opened.close()


def test_connecting_to_a_shop_already_on_the_server(
    qtbot: QtBot, opened: OpenedDatabase, pg_paths: AppPaths, answers: list[str]
) -> None:
    from crm_desktop.app import start

    there = start(pg_paths, lock=False, daily_backup=False, seed=False)  # the first computer made it
    fill_demo(there.database, customers=12, seed=4, today=date(2026, 11, 2))
    there.close()
    dialog = ServerDialog(context_of(opened), opened.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_server(dialog, pg_paths)
    dialog.test_button.click()
    settle()
    assert "a crm_desktop shop with 12 customers" in dialog.status.text()
    assert dialog.connect_button.isEnabled() and not dialog.move_button.isEnabled()
    dialog.database.setText("renamed")
    dialog.database.textEdited.emit("renamed")
    assert not dialog.connect_button.isEnabled() and dialog.status.text() == "", "test again after a change"
    _type_server(dialog, pg_paths)
    dialog.test_button.click()
    settle()
    _shot(dialog, "shop-found")
    dialog.connect_button.click()
    settle(30)
    assert dialog.opened is not None
    assert raw_sql(dialog.opened.paths, "SELECT count(*) FROM customer") == [(12,)]
    assert answers == [], "connecting to a shop asks nothing"
    dialog.opened.close()
    again = ServerDialog(context_of(opened), dialog.opened.paths)
    qtbot.addWidget(again)
    assert again.local_button.isVisibleTo(again) and again.host.text() == "127.0.0.1"
    again.use_local()
    settle()
    assert again.opened is not None and again.opened.paths.is_sqlite
    again.opened.close()


def test_settings_and_the_file_menu_open_it(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_with: list[AppPaths] = []

    def exec_(dialog: ServerDialog) -> int:
        opened_with.append(dialog.home)
        return 0

    monkeypatch.setattr(ServerDialog, "exec", exec_)
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    page = window.pages["settings"].ensure_built()  # type: ignore[attr-defined]
    assert "One computer" in page.server_label.text()
    page.server_button.click()
    window.server_action.trigger()
    assert opened_with == [opened.paths, opened.paths]
    window.close()
