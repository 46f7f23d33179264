"""The customer list: a lazy model that passes Qt's model checks, sorts, filters and loads only what
is painted."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.services.customer_list import CustomerFilter, SortKey, customer_ids
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.customer_model import ID_ROLE, CustomerTableModel
from crm_desktop.ui.customers_page import CustomersPage
from tests.support import context_of


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=450, seed=5, today=date(2026, 11, 1))
    return opened


def test_model_passes_qt_model_checks(qtmodeltester: ModelTester, shop: OpenedDatabase) -> None:
    model = CustomerTableModel(context_of(shop))
    model.reload()
    qtmodeltester.check(model, force_py=True)
    model.sort(3)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_a_page_at_a_time(shop: OpenedDatabase) -> None:
    model = CustomerTableModel(context_of(shop))
    model.reload()
    total = model.rowCount()
    assert total > CustomerTableModel.PAGE
    assert model.pages_loaded == 0  # opening the list loads ids only
    model.data(model.index(0, 0))
    model.data(model.index(5, 3))
    assert model.pages_loaded == 1
    model.data(model.index(total - 1, 0))
    assert model.pages_loaded == 2


def test_sorting_by_name_and_by_newest(shop: OpenedDatabase) -> None:
    model = CustomerTableModel(context_of(shop))
    model.reload()
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == sorted(names)
    from PySide6.QtCore import Qt

    model.sort(5, Qt.SortOrder.DescendingOrder)
    expected = customer_ids(shop.database, CustomerFilter(), SortKey.CREATED, descending=True)
    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())] == expected


def test_archive_and_tag_filters(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = CustomersPage(context_of(shop))
    qtbot.addWidget(page)
    page.show()  # the list loads when first shown
    with shop.database.reading() as uow:
        active = uow.session.query(Customer).filter(Customer.archived.is_(False)).count()
        archived = uow.session.query(Customer).filter(Customer.archived.is_(True)).count()
    assert archived > 0
    assert page.model.rowCount() == active
    assert page.count_label.text() == f"{active:,} customers"
    page.archive_box.setChecked(True)
    assert page.model.rowCount() == archived
    page.archive_box.setChecked(False)
    vip = page.tag_filter.findText("vip")
    assert vip > 0
    page.tag_filter.setCurrentIndex(vip)
    assert 0 < page.model.rowCount() < active
    for row in range(page.model.rowCount()):
        assert "vip" in page.model.data(page.model.index(row, 4)).split(", ")


def test_activating_a_row_opens_that_customer(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = CustomersPage(context_of(shop))
    qtbot.addWidget(page)
    page.show()  # the list loads when first shown
    expected = page.model.customer_id(3)
    with qtbot.waitSignal(page.open_customer) as blocker:
        page.table.activated.emit(page.model.index(3, 0))
    assert blocker.args == [expected]


def test_an_empty_shop_says_how_to_start(qtbot: QtBot, opened: OpenedDatabase) -> None:
    page = CustomersPage(context_of(opened))
    qtbot.addWidget(page)
    page.show()
    assert page.empty_label.isVisible() and not page.table.isVisible()


def test_opening_the_list_queries_the_ids_once(qtbot: QtBot, shop: OpenedDatabase) -> None:
    from PySide6.QtCore import QSettings

    first = CustomersPage(context_of(shop))
    qtbot.addWidget(first)
    first.show()
    first.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    first.save_state()
    page = CustomersPage(context_of(shop))  # restores the saved header: sorted by newest first
    qtbot.addWidget(page)
    page.show()
    assert page.model.id_loads == 1
    assert page.model.sort_key is SortKey.CREATED and page.model.descending
    QSettings().remove("customers/header")
