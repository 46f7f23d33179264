"""The Warranties page: scan a serial, see what ends soon, print the certificate off the GUI thread."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.models import Sale, SaleItem
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.warranties_page import WarrantiesPage
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=60, seed=9, today=GUI_TODAY)
    return opened


def test_scanning_a_serial_finds_the_item(
    qtbot: QtBot, shop: OpenedDatabase, qtmodeltester: ModelTester
) -> None:
    with shop.database.reading() as uow:
        serial, customer_id = uow.session.execute(
            select(SaleItem.serial, Sale.customer_id)
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(SaleItem.serial.is_not(None), SaleItem.warranty_end.is_not(None), Sale.status == "active")
            .limit(1)
        ).one()
    page = WarrantiesPage(context_of(shop))
    qtbot.addWidget(page)
    qtmodeltester.check(page.model, force_py=True)
    page.serial.setText(f"  {serial.lower()} ")
    page.look_up()
    assert page.model.rowCount() >= 1 and page.model.items[0].serial == serial
    with qtbot.waitSignal(page.open_item) as opened_item:
        page.open_button.click()
    assert opened_item.args == [customer_id, page.model.items[0].sale_item_id]
    page.serial.setText("NO-SUCH-SERIAL")
    page.look_up()
    assert page.model.rowCount() == 0 and "No sold item" in page.status.text()


def test_lists_of_ending_and_ended_warranties(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = WarrantiesPage(context_of(shop))
    qtbot.addWidget(page)
    page.days.setValue(365)
    ends = [item.warranty_end for item in page.model.items]
    assert ends == sorted(ends) and all(
        e is not None and GUI_TODAY <= e <= GUI_TODAY + timedelta(days=365) for e in ends
    )
    page.which.setCurrentIndex(page.which.findData("ended"))
    assert all(item.warranty_end is not None and item.warranty_end < GUI_TODAY for item in page.model.items)


def test_printing_a_certificate_off_the_gui_thread(
    qtbot: QtBot, shop: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    page = WarrantiesPage(context_of(shop))
    qtbot.addWidget(page)
    page.which.setCurrentIndex(page.which.findData("active"))
    page.table.selectRow(0)
    item = page.selected()
    assert item is not None
    target = tmp_path / "certificate.pdf"
    page.print_certificate(str(target))
    qtbot.waitUntil(lambda: bool(problems) or "Saved to" in page.status.text(), timeout=20_000)
    assert problems == []
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert item.sale_number_text in text and (item.serial or "") in text


def test_the_page_is_reached_from_the_window(qtbot: QtBot, shop: OpenedDatabase) -> None:
    window = MainWindow(context_of(shop))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    window.show_page("warranties")
    page = window.pages["warranties"].content  # type: ignore[attr-defined]
    assert isinstance(page, WarrantiesPage)
    page.which.setCurrentIndex(page.which.findData("active"))
    page.table.selectRow(0)
    item = page.selected()
    assert item is not None
    page.open_button.click()  # opens the customer's page with the sold item's sale selected
    customer_page = window.pages["customer"]
    assert window.current_page() == "customer" and customer_page.customer_id == item.customer_id
    selected = customer_page.timeline.selectionModel().selectedRows()
    assert selected and any(
        line.sale_item_id == item.sale_item_id
        for line in customer_page.timeline_model.events[selected[0].row()].lines
    )
