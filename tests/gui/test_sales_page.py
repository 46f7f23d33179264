"""The Sales page and the sale window, as the counter uses them: every sale newest first, filtered and
searched, added up, exported; a sale opened from the list or from the customer's page, voided or moved."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.customer_page import CustomerPage
from crm_desktop.ui.sale_window import SaleWindow
from crm_desktop.ui.sales_page import SalesPage
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=60, seed=12, today=GUI_TODAY)
    return opened


def _sql(shop: OpenedDatabase, query: str, **params: object) -> list[tuple[object, ...]]:
    with shop.database.reading() as uow:
        return [tuple(row) for row in uow.session.execute(text(query), params)]


def _page(qtbot: QtBot, shop: OpenedDatabase) -> SalesPage:
    page = SalesPage(context_of(shop))
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    qtbot.waitExposed(page)
    _settle(qtbot, page)
    return page


def _settle(qtbot: QtBot, page: SalesPage) -> None:
    """The totals (and, on a big list, the ids past the first screenful) arrive after the first paint."""
    settle()
    qtbot.waitUntil(lambda: page.settled)
    settle()


def _shown(page: SalesPage) -> list[str]:
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def test_every_sale_newest_first_fetched_as_painted(
    qtbot: QtBot, shop: OpenedDatabase, qtmodeltester: ModelTester
) -> None:
    page = _page(qtbot, shop)
    qtmodeltester.check(page.model, force_py=True)
    expected = _sql(shop, "SELECT number FROM sale WHERE status = 'active' ORDER BY sale_date DESC, id DESC")
    assert _shown(page) == [f"S-{n:04d}" for (n,) in expected]
    dates = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    first = page.model.row(0)
    assert first is not None and first.customer_name and first.items_text
    assert page.model.data(page.model.index(0, 5)).endswith("€")  # the shop's money format
    # "Bosch washer + 1 more": the first item and how many more
    several = next(r for r in map(page.model.row, range(page.model.rowCount())) if r and r.item_count > 1)
    assert several.items_text.endswith(f"+ {several.item_count - 1} more")


def test_filters_period_seller_void_and_search(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = _page(qtbot, shop)
    everything = page.model.rowCount()

    start, end = GUI_TODAY - timedelta(days=90), GUI_TODAY - timedelta(days=30)
    page.start.setDate(start)
    page.end.setDate(end)
    in_period = _sql(
        shop,
        "SELECT count(*) FROM sale WHERE status = 'active' AND sale_date BETWEEN :a AND :b",
        a=start,
        b=end,
    )[0][0]
    assert page.model.rowCount() == in_period and 0 < in_period < everything
    page.clear_filters()
    assert page.model.rowCount() == everything

    ((seller_id, seller_name, sold),) = _sql(
        shop,
        "SELECT st.id, st.name, count(*) FROM sale s JOIN staff st ON st.id = s.staff_id "
        "WHERE s.status = 'active' GROUP BY st.id ORDER BY count(*) DESC LIMIT 1",
    )
    page.seller.setCurrentIndex(page.seller.findData(seller_id))
    assert page.model.rowCount() == sold
    assert {page.model.data(page.model.index(r, 3)) for r in range(sold)} == {seller_name}
    page.clear_filters()

    void = _sql(shop, "SELECT number FROM sale WHERE status = 'void'")
    assert void, "the demo shop has void sales"
    assert f"S-{void[0][0]:04d}" not in _shown(page)
    page.void_box.setChecked(True)
    assert page.model.rowCount() == everything + len(void)
    row = _shown(page).index(f"S-{void[0][0]:04d}")
    assert page.model.data(page.model.index(row, 6)) == "VOID"
    page.clear_filters()

    ((number,),) = _sql(shop, "SELECT number FROM sale WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET 7")
    for typed in (f"S-{number:04d}", f"s{number}"):
        page.search.setText(typed)
        page.apply_filter()
        assert _shown(page) == [f"S-{number:04d}"], typed
    page.search.setText(str(number))  # digits alone: that sale first, then serials containing them
    page.apply_filter()
    assert _shown(page)[0] == f"S-{number:04d}"

    ((serial, with_serial),) = _sql(
        shop,
        "SELECT i.serial, s.number FROM sale_item i JOIN sale s ON s.id = i.sale_id "
        "WHERE i.serial IS NOT NULL AND s.status = 'active' LIMIT 1",
    )
    page.search.setText(serial.lower()[2:])  # part of the serial, case aside
    page.apply_filter()
    assert f"S-{with_serial:04d}" in _shown(page)

    ((product, count),) = _sql(
        shop,
        "SELECT p.name, count(DISTINCT s.id) FROM sale_item i JOIN product p ON p.id = i.product_id "
        "JOIN sale s ON s.id = i.sale_id WHERE s.status = 'active' GROUP BY p.id ORDER BY 2 DESC LIMIT 1",
    )
    page.search.setText(product.upper())
    page.apply_filter()
    assert page.model.rowCount() >= count

    page.search.setText("no such thing anywhere")
    page.apply_filter()
    assert page.model.rowCount() == 0 and "No sale matches" in page.empty_label.text()


def test_totals_match_an_independent_sum(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = _page(qtbot, shop)
    page.void_box.setChecked(True)
    _settle(qtbot, page)
    ((count, void),) = _sql(shop, "SELECT count(*), sum(status = 'void') FROM sale")
    ((total,),) = _sql(
        shop,
        "SELECT sum(i.quantity * i.unit_price_minor) FROM sale_item i JOIN sale s ON s.id = i.sale_id "
        "WHERE s.status = 'active'",
    )
    assert page.totals is not None
    assert (page.totals.count, page.totals.void_count, page.totals.total_minor) == (count, void, total)
    assert page.model.money.format(total) in page.totals_label.text()
    assert f"{void} void" in page.totals_label.text()

    page.search.setText("iphone")
    page.apply_filter()
    _settle(qtbot, page)
    ((shown, iphones),) = _sql(
        shop,
        "SELECT count(*), (SELECT sum(i.quantity * i.unit_price_minor) FROM sale_item i JOIN sale s2 "
        "ON s2.id = i.sale_id WHERE s2.status = 'active' AND s2.id IN (SELECT sale_id FROM sale_item "
        "WHERE lower(description) LIKE '%iphone%')) FROM sale s WHERE s.id IN "
        "(SELECT sale_id FROM sale_item WHERE lower(description) LIKE '%iphone%')",
    )
    assert (page.totals.count, page.totals.total_minor) == (shown, iphones)


def test_export_writes_what_is_shown(qtbot: QtBot, shop: OpenedDatabase, tmp_path: Path) -> None:
    with shop.database.writing() as uow:  # a name a spreadsheet would run as a formula
        uow.session.execute(
            text("UPDATE customer SET name = '=HYPERLINK(\"http://x\")' WHERE id = (SELECT customer_id "
                 "FROM sale WHERE status = 'active' ORDER BY sale_date DESC, id DESC LIMIT 1)")
        )  # fmt: skip
        uow.commit()
    page = _page(qtbot, shop)
    page.start.setDate(GUI_TODAY - timedelta(days=200))
    written = page.export_csv(str(tmp_path / "sales"))
    settle()
    assert written == tmp_path / "sales.csv" and "Saved" in page.status.text()
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: spreadsheets read the accents
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Number", "Date", "Customer", "Seller", "Items", "Total (EUR)", "Status"]
    assert [r[0] for r in rows[1:]] == _shown(page)
    assert rows[1][2] == '\'=HYPERLINK("http://x")'  # never run by the spreadsheet
    first = page.model.row(0)
    assert first is not None and rows[1][5] == f"{first.total_minor / 100:.2f}"


def _capture_windows(monkeypatch: pytest.MonkeyPatch) -> list[SaleWindow]:
    opened: list[SaleWindow] = []

    def exec_(window: SaleWindow) -> int:
        opened.append(window)
        return 0

    monkeypatch.setattr(SaleWindow, "exec", exec_)
    return opened


def test_opens_the_sale_window_from_the_page_and_from_the_customer_page(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows = _capture_windows(monkeypatch)
    page = _page(qtbot, shop)
    page.table.setFocus()
    page.table.selectRow(2)
    qtbot.keyClick(page.table, "\r")  # Enter, as double-click
    assert [w.sale_id for w in windows] == [page.model.sale_id(2)]
    window = windows[0]
    qtbot.addWidget(window)
    row = page.model.row(2)
    assert row is not None
    assert row.number_text in window.title.text() and window.items_model.rowCount() == row.item_count

    customer = CustomerPage(context_of(shop))
    qtbot.addWidget(customer)
    customer.show_customer(row.customer_id)
    sale_row = next(
        r for r, e in enumerate(customer.timeline_model.events) if e.kind == "sale" and e.ref_id == row.id
    )
    customer.timeline.selectRow(sale_row)
    assert customer.open_job_button.isEnabled()
    customer.open_job_button.click()
    assert windows[-1].sale_id == row.id and len(windows) == 2
    qtbot.addWidget(windows[-1])
    with qtbot.waitSignal(customer.open_customer) as wanted:
        windows[-1].customer_button.click()
    assert wanted.args == [row.customer_id]


def test_sale_window_voids_with_a_reason_and_the_page_follows(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = _page(qtbot, shop)
    sale_id = page.model.sale_id(0)
    number = page.model.data(page.model.index(0, 0))
    window = SaleWindow(page._context, sale_id, page)  # one context: one change feed, as in the app
    qtbot.addWidget(window)
    window.show()

    window.void("   ")
    settle()
    assert "Say why" in window.status.text()
    assert _sql(shop, "SELECT status FROM sale WHERE id = :i", i=sale_id) == [("active",)]
    assert _shown(page)[0] == number

    before = page.totals
    window.void("Entered on the wrong customer")
    settle()
    _settle(qtbot, page)
    assert _sql(shop, "SELECT status FROM sale WHERE id = :i", i=sale_id) == [("void",)]
    assert "VOID" in window.title.text() and not window.void_button.isEnabled()
    assert number not in _shown(page)  # the page refreshed on the change
    assert before is not None and page.totals is not None and page.totals.count == before.count - 1
    cancelled = _sql(shop, "SELECT count(*) FROM follow_up WHERE sale_id = :i AND status = 'open'", i=sale_id)
    assert cancelled == [(0,)]


def test_sale_window_changes_the_date_and_the_page_follows(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page = _page(qtbot, shop)
    sale_id = page.model.sale_id(0)
    number = page.model.data(page.model.index(0, 0))
    window = SaleWindow(page._context, sale_id, page)  # one context: one change feed, as in the app
    qtbot.addWidget(window)
    window.show()
    window.change_date(GUI_TODAY + timedelta(days=3))  # refused: a sale is not dated in the future
    settle()
    assert "future" in window.status.text()
    earlier = date(2024, 1, 2)
    window.change_date(earlier)
    settle()
    assert _sql(shop, "SELECT sale_date FROM sale WHERE id = :i", i=sale_id) == [("2024-01-02",)]
    assert "2024-01-02" in window.title.text()
    shown = _shown(page)
    assert shown[0] != number and number in shown  # moved down the newest-first list
    row = shown.index(number)
    assert page.model.data(page.model.index(row, 1)) == "2024-01-02"


def test_a_long_list_paints_its_first_screen_before_all_its_ids_arrive(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.ui.sales_page import SalesTableModel

    monkeypatch.setattr(SalesTableModel, "FIRST", 10)  # as 300,000 sales are to the real first screenful
    everything = _sql(
        shop, "SELECT number FROM sale WHERE status = 'active' ORDER BY sale_date DESC, id DESC"
    )
    page = SalesPage(context_of(shop))
    qtbot.addWidget(page)
    assert page.model.rowCount() == len(everything)  # sized at once: the scroll bar is right
    assert page.model.data(page.model.index(9, 0)) == f"S-{everything[9][0]:04d}"
    assert page.model.data(page.model.index(50, 0)) == "…" and not page.model.complete
    _settle(qtbot, page)
    assert _shown(page) == [f"S-{n:04d}" for (n,) in everything]
