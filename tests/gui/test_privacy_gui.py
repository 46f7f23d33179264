"""The customer page's Privacy menu: erase only after the name is typed; export writes JSON and a PDF."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.domain.validation import PhoneInput
from crm_desktop.services import customers
from crm_desktop.services.customers import CustomerInput
from crm_desktop.services.search import search
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import privacy_dialogs
from crm_desktop.ui.customer_page import CustomerPage
from crm_desktop.ui.privacy_dialogs import EraseDialog
from tests.gui.waiting import settle
from tests.support import context_of

SHOTS = os.environ.get("CRM_SHOTS")
NAME = "Quixotlbxq Zzyzvaegh"


@pytest.fixture
def page(qtbot: QtBot, opened: OpenedDatabase) -> CustomerPage:
    context = context_of(opened)
    cid = customers.create_customer(
        opened.database,
        CustomerInput(name=NAME, email="q@example.com", phones=(PhoneInput("mobile", "+33 6 71 82 93 04"),)),
        staff_id=context.person_id,
    ).id
    made = CustomerPage(context)
    qtbot.addWidget(made)
    made.show_customer(cid)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_erase_button_waits_for_the_name(qtbot: QtBot) -> None:
    dialog = EraseDialog(NAME)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.erase_button.isEnabled()
    dialog.typed.setText("Quixotlbxq")
    assert not dialog.erase_button.isEnabled()
    dialog.typed.setText("  quixotlbxq  zzyzvaegh ")
    assert dialog.erase_button.isEnabled()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "erase-dialog.png"))


def test_erasing_from_the_customer_page(
    page: CustomerPage, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(EraseDialog, "ask", classmethod(lambda cls, parent, name: name == NAME))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert "Erase this customer…" in [a.text() for a in page.privacy_button.menu().actions()]
    page.erase_action.trigger()
    settle()
    assert told and "erased" in told[0]
    assert search(opened.database, "Zzyzvaegh", include_archived=True) == ()
    page.reload()
    settle()
    assert page.history is not None and page.history.header.name == "Erased customer"
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "customer-erased.png"))


def test_cancelling_the_erasure_changes_nothing(
    page: CustomerPage, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(EraseDialog, "ask", classmethod(lambda cls, parent, name: False))
    page.erase()
    settle()
    assert [hit.label for hit in search(opened.database, "Zzyzvaegh")] == [NAME]


def test_export_writes_the_data_and_the_history(
    page: CustomerPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(privacy_dialogs, "choose_folder", lambda _parent: tmp_path)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    page.export_action.trigger()
    settle()
    assert page.customer_id is not None
    stem = "customer-data-" + "-".join(NAME.casefold().split())  # named after the customer, not a number
    data = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
    assert data["customer"]["name"] == NAME and data["customer"]["email"] == "q@example.com"
    assert (tmp_path / f"{stem}-history.pdf").read_bytes().startswith(b"%PDF")
