"""File → Export… and the customer page's Export vCard…, as a user meets them: the file chosen is
written (off the GUI thread) and the dialog says where; the calendar kept in a folder follows the
changes made in the window."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
import vobject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from python_calamine import CalamineWorkbook

from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.validation import CustomerInput, PhoneInput
from crm_desktop.services.customers import create_customer
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.exports import CALENDAR_FILE, ExportFormat, ExportKind, customers_table
from crm_desktop.services.settings import CALENDAR_FOLDER, get_settings
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import export_dialog
from crm_desktop.ui.calendar_keeper import CalendarKeeper
from crm_desktop.ui.customer_page import CustomerPage
from crm_desktop.ui.export_dialog import ExportDialog
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of

SHOTS = Path(os.environ.get("CRM_SCREENSHOTS", "/tmp/crm-export-shots"))


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=30, seed=5, today=GUI_TODAY)
    return opened


def _dialog(qtbot: QtBot, shop: OpenedDatabase) -> ExportDialog:
    dialog = ExportDialog(context_of(shop))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def _choose(dialog: ExportDialog, kind: ExportKind, fmt: ExportFormat | None = None) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    if fmt is not None:
        dialog.format.setCurrentIndex(dialog.format.findData(fmt.value))


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_exporting_customers_to_excel_writes_the_file_and_says_where(
    qtbot: QtBot, shop: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, shop)
    _choose(dialog, ExportKind.CUSTOMERS, ExportFormat.XLSX)
    assert dialog.format.isEnabled() and dialog.whose.isHidden() and dialog.keep.isHidden()
    monkeypatch.setattr(export_dialog, "ask_target", lambda *_a: str(tmp_path / "customers"))
    dialog.export_button.click()
    settle()
    target = tmp_path / "customers.xlsx"  # the extension is added when it is missing
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(target.read_bytes())).get_sheet_by_index(0).to_python()
    active = len(customers_table(shop.database).rows)
    assert dialog.status.text() == f"Customers ({active} customers) written to {target}"
    assert sheet[0][0] == "Name" and len(sheet) == active + 1
    _shot(dialog, "export-customers.png")


def test_a_folder_that_went_away_is_said_in_the_dialog(
    qtbot: QtBot, shop: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, shop)
    monkeypatch.setattr(export_dialog, "ask_target", lambda *_a: str(tmp_path / "gone" / "x.csv"))
    dialog.export_button.click()
    settle()
    assert dialog.error.isVisible() and "does not exist" in dialog.error.text()
    assert dialog.export_button.isEnabled()


def test_the_calendar_kept_in_a_folder_follows_changes(
    qtbot: QtBot, shop: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = context_of(shop)
    keeper = CalendarKeeper(context)
    keeper.timer.setInterval(10)
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    _choose(dialog, ExportKind.CALENDAR)
    assert not dialog.format.isEnabled() and dialog.whose.isVisible() and dialog.keep.isVisible()
    assert dialog.whose.count() > 1 and dialog.whose.itemText(0) == "Everyone"
    monkeypatch.setattr(export_dialog, "ask_folder", lambda *_a: str(tmp_path))
    dialog.keep.setChecked(True)
    settle()
    assert get_settings(shop.database)[CALENDAR_FOLDER] == str(tmp_path)
    assert str(tmp_path / CALENDAR_FILE) in dialog.folder_label.text()
    _shot(dialog, "export-calendar.png")
    kept = tmp_path / CALENDAR_FILE
    qtbot.waitUntil(lambda: kept.exists() and not export_dialog_busy(), timeout=5000)
    first = kept.read_bytes()
    assert vobject.readOne(first.decode()).vevent_list

    # A customer renamed: their events say the new name, the file is rewritten whole.
    from crm_desktop.services.customers import get_customer, update_customer
    from crm_desktop.storage.models import FollowUp

    with shop.database.reading() as uow:
        customer_id = uow.session.query(FollowUp.customer_id).filter(FollowUp.status == "open").first()[0]  # type: ignore[index]
    current = get_customer(shop.database, customer_id)
    update_customer(
        shop.database,
        customer_id,
        CustomerInput(
            name="Renamed Person",
            phones=tuple(PhoneInput(p.label, p.raw) for p in current.phones),
        ),
    )
    context.changes.publish(Changes.of(Change.CUSTOMER, customers=[customer_id]))
    qtbot.waitUntil(lambda: b"Renamed Person" in kept.read_bytes(), timeout=5000)
    settle()

    dialog.keep.setChecked(False)
    settle()
    assert CALENDAR_FOLDER not in get_settings(shop.database)


def export_dialog_busy() -> bool:
    from crm_desktop.ui.tasks import busy

    return busy()


def test_export_vcard_on_the_customer_page(
    qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer = create_customer(
        opened.database,
        CustomerInput(
            name="Smith & Sons <VIP>",
            company="Acme; Leeds, UK",
            email="shop@example.com",
            phones=(PhoneInput("mobile", "+44 7700 900123"),),
        ),
    )
    page = CustomerPage(context_of(opened))
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    page.show_customer(customer.id)
    settle()
    assert page.privacy_button.isVisible() and page.vcard_action.isEnabled()
    assert page.sizeHint().width() <= 1180  # the page still fits the window's width
    asked: list[str] = []

    def ask(_parent: object, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(tmp_path / suggested)

    monkeypatch.setattr(export_dialog, "ask_target", ask)
    page.vcard_action.trigger()
    settle()
    assert asked == ["Smith _ Sons _VIP_.vcf"]
    (card,) = vobject.readComponents((tmp_path / asked[0]).read_text(encoding="utf-8"))
    assert card.fn.value == "Smith & Sons <VIP>" and card.org.value == ["Acme; Leeds, UK"]
    assert card.tel.value == "+447700900123" and card.tel.params["TYPE"] == ["CELL"]
    _shot(page, "customer-page-vcard.png")
