"""Settings → Backups: the list with its checks, Back up now, the second folder, restore in the window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.app import AppContext
from crm_desktop.paths import resolve
from crm_desktop.services import backups, customers
from crm_desktop.services.customers import CustomerInput
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.backups_page import BackupsDialog
from tests.gui.waiting import settle
from tests.support import GUI_NOW, context_of

SHOTS = os.environ.get("CRM_SHOTS")


def _dialog(qtbot: QtBot, context: AppContext) -> BackupsDialog:
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def _shot(dialog: BackupsDialog, name: str) -> None:
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / name))


def test_back_up_now_shows_the_new_backup_checked(
    qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = context_of(opened)
    customers.create_customer(opened.database, CustomerInput(name="Ana Alves"), staff_id=None)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = _dialog(qtbot, context)
    assert dialog.model.rowCount() == 0 and "No backups yet" in dialog.status.text()
    dialog.set_second_folder(folder=stick)
    settle()
    assert str(stick) in dialog.second_label.text()
    dialog.backup_button.click()
    settle()
    settle()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 3).data() == "OK" and dialog.model.index(0, 1).data() == "Backed up by hand"
    assert len(list(stick.iterdir())) == 1  # the second folder received its copy
    _shot(dialog, "backups.png")


def test_restore_from_the_window_brings_the_old_data_back(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = context_of(opened)
    customers.create_customer(opened.database, CustomerInput(name="Ana Alves"), staff_id=None)
    backups.back_up_now(opened.database, opened.paths, GUI_NOW)
    later = customers.create_customer(opened.database, CustomerInput(name="Bea Alvarez"), staff_id=None).id
    dialog = _dialog(qtbot, context)
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    settle()
    settle()
    assert "Restored the backup" in dialog.status.text()
    with pytest.raises(Exception, match="no customer"):
        customers.get_customer(opened.database, later)
    assert any(row.reason == "before-restore" for row in dialog.model.rows)
    _shot(dialog, "backups-restored.png")


def test_on_postgresql_the_dialog_says_the_server_keeps_the_backups(
    qtbot: QtBot, opened: OpenedDatabase
) -> None:
    context = context_of(opened)
    server = resolve(database_url="postgresql://shop@server/crm", environ={})
    monkeypatch_paths = type(context).paths
    try:
        type(context).paths = property(lambda _self: server)  # type: ignore[method-assign,assignment]
        dialog = BackupsDialog(context)
        qtbot.addWidget(dialog)
    finally:
        type(context).paths = monkeypatch_paths  # type: ignore[method-assign]
    assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert any("pg_dump" in label.text() for label in dialog.findChildren(type(dialog.status)))
