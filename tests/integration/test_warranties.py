"""Warranty lists, serial look-up and certificate data, checked against a sample shop and independent SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from crm_desktop.errors import ValidationError
from crm_desktop.services import warranties
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale, void_sale
from crm_desktop.services.settings import set_settings
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import OpenedDatabase

TODAY = date(2026, 3, 31)


@pytest.fixture
def shop(opened: OpenedDatabase) -> Iterator[Database]:
    fill_demo(opened.database, customers=80, seed=3, today=TODAY)
    yield opened.database


def _ids(database: Database, where: str, order: str, **params: object) -> list[int]:
    """The expected sale item ids, written as plain SQL without the service's code."""
    sql = (
        "SELECT i.id FROM sale_item i JOIN sale s ON s.id = i.sale_id "
        f"WHERE s.status = 'active' AND i.warranty_end IS NOT NULL AND {where} ORDER BY {order}"
    )
    with database.connect() as conn:
        return [row[0] for row in conn.execute(text(sql), params)]


def test_active_matches_sql(shop: Database) -> None:
    expected = _ids(shop, "i.warranty_end >= :t", "i.warranty_end, i.id", t=TODAY)
    assert len(expected) > 20
    got = warranties.active(shop, TODAY, limit=10_000)
    assert [w.sale_item_id for w in got] == expected
    assert [w.sale_item_id for w in warranties.active(shop, TODAY, limit=5)] == expected[:5]
    assert all(w.state.startswith(("active until", "ends")) for w in got)


def test_ending_within_matches_sql(shop: Database) -> None:
    expected = _ids(
        shop, "i.warranty_end BETWEEN :t AND :e", "i.warranty_end, i.id", t=TODAY, e=TODAY + timedelta(90)
    )
    assert expected
    got = warranties.ending_within(shop, TODAY, 90, limit=10_000)
    assert [w.sale_item_id for w in got] == expected
    first = got[0]
    assert first.warranty_end is not None
    days = (first.warranty_end - TODAY).days
    if 1 < days <= 30:
        assert first.state == f"ends in {days} days" and first.tone == "warning"
    assert first.sale_number_text.startswith("S-")


def test_ended_within_matches_sql_most_recent_first(shop: Database) -> None:
    expected = _ids(
        shop,
        "i.warranty_end < :t AND i.warranty_end >= :s",
        "i.warranty_end DESC, i.id DESC",
        t=TODAY,
        s=TODAY - timedelta(365),
    )
    assert expected
    got = warranties.ended_within(shop, TODAY, 365, limit=10_000)
    assert [w.sale_item_id for w in got] == expected
    assert all(w.state.startswith("expired ") and w.tone == "muted" for w in got)
    assert got[0].warranty_end is not None and got[0].warranty_end >= got[-1].warranty_end  # type: ignore[operator]


def test_void_sales_are_left_out(shop: Database) -> None:
    with shop.connect() as conn:
        void_items = {
            row[0]
            for row in conn.execute(
                text("SELECT i.id FROM sale_item i JOIN sale s ON s.id = i.sale_id WHERE s.status = 'void'")
            )
        }
        void_serial = conn.execute(
            text(
                "SELECT i.serial FROM sale_item i JOIN sale s ON s.id = i.sale_id "
                "WHERE s.status = 'void' AND i.serial IS NOT NULL"
            )
        ).scalar()
    assert void_items and void_serial
    listed = {
        w.sale_item_id
        for w in (
            *warranties.active(shop, TODAY, 10_000),
            *warranties.ended_within(shop, TODAY, 5_000, 10_000),
        )
    }
    assert not listed & void_items
    assert warranties.find_by_serial(shop, void_serial, TODAY) == ()


def test_find_by_serial_ignores_case_and_spaces(shop: Database) -> None:
    with shop.connect() as conn:
        item_id, serial = conn.execute(
            text(
                "SELECT i.id, i.serial FROM sale_item i JOIN sale s ON s.id = i.sale_id "
                "WHERE s.status = 'active' AND i.serial IS NOT NULL ORDER BY i.id LIMIT 1"
            )
        ).one()
    for typed in (serial, serial.lower(), f"  {serial.swapcase()}\t"):
        found = warranties.find_by_serial(shop, typed, TODAY)
        assert [w.sale_item_id for w in found] == [item_id], typed
        assert found[0].serial == serial
    assert warranties.find_by_serial(shop, serial[:-1], TODAY) == ()  # exact, not a prefix
    assert warranties.find_by_serial(shop, "   ", TODAY) == ()


def test_a_unit_returned_and_resold_belongs_to_its_new_owner(opened: OpenedDatabase) -> None:
    database = opened.database
    with database.writing() as uow:
        first, second = Customer(name="First owner"), Customer(name="Second owner")
        uow.session.add_all([first, second])
        uow.session.flush()
        ids = (first.id, second.id)
        uow.commit()
    old = record_sale(
        database,
        SaleInput(
            customer_id=ids[0],
            sale_date=date(2024, 1, 10),
            lines=(
                SaleLineInput(
                    description="Phone X",
                    serial="imei-35693803",
                    unit_price_minor=1,
                    warranty_end=date(2026, 1, 9),
                    warranty_override_reason="two years",
                ),
            ),
        ),
        TODAY,
    )
    # The shop took the phone back for a refund (the first sale is voided: one active sale holds a
    # serial) and sold it again.
    void_sale(database, old.id, "Returned for a refund", TODAY)
    record_sale(
        database,
        SaleInput(
            customer_id=ids[1],
            sale_date=date(2026, 2, 1),
            lines=(
                SaleLineInput(
                    description="Phone X (refurbished)", serial="IMEI-35693803", unit_price_minor=1
                ),
            ),
        ),
        TODAY,
    )
    found = warranties.find_by_serial(database, " Imei-35693803 ", TODAY)
    assert [w.customer_name for w in found] == ["Second owner"]  # the voided sale gives no warranty
    assert found[0].state == "no warranty" and found[0].sale_item_id != old.lines[0].id
    assert warranties.find_by_serial(database, "imei35693803", TODAY) == ()  # letters and digits alone: no


def test_certificate_data(opened: OpenedDatabase) -> None:
    database = opened.database
    set_settings(
        database,
        {
            "business.name": "Smith & Sons <VIP>",
            "business.address": "1 High St\nTown",
            "business.phone": "+44 20 7946 0958",
            "business.email": "shop@example.com",
        },
    )
    with database.writing() as uow:
        customer = Customer(name="Zoë <b>Øster</b>", company="R&D Ltd", address="2 Low St\nCity")
        uow.session.add(customer)
        uow.session.flush()
        customer_id = customer.id
        uow.commit()
    sale = record_sale(
        database,
        SaleInput(
            customer_id=customer_id,
            sale_date=date(2026, 3, 15),
            lines=(
                SaleLineInput(
                    description="Fridge",
                    serial="SN-1",
                    unit_price_minor=100,
                    warranty_end=date(2028, 3, 14),
                    warranty_override_reason="two years",
                ),
                SaleLineInput(description="Cable", unit_price_minor=5),
            ),
        ),
        TODAY,
    )
    data = warranties.certificate_data(database, sale.lines[0].id)
    assert data.shop_name == "Smith & Sons <VIP>" and data.shop_address == "1 High St\nTown"
    assert (data.shop_phone, data.shop_email) == ("+44 20 7946 0958", "shop@example.com")
    assert (data.customer_name, data.customer_company, data.customer_address) == (
        "Zoë <b>Øster</b>",
        "R&D Ltd",
        "2 Low St\nCity",
    )
    assert (data.description, data.serial, data.sale_number_text) == ("Fridge", "SN-1", sale.number_text)
    assert (data.sale_date, data.warranty_start, data.warranty_end) == (
        date(2026, 3, 15),
        date(2026, 3, 15),
        date(2028, 3, 14),
    )
    assert data.terms == warranties.DEFAULT_TERMS
    set_settings(database, {warranties.TERMS_KEY: "Our own terms & <conditions>."})
    assert warranties.certificate_data(database, sale.lines[0].id).terms == "Our own terms & <conditions>."

    with pytest.raises(ValidationError, match="has no warranty"):
        warranties.certificate_data(database, sale.lines[1].id)
    with pytest.raises(ValidationError, match="There is no sold item #987654"):
        warranties.certificate_data(database, 987654)
    void_sale(database, sale.id, "typed twice", TODAY)
    with pytest.raises(ValidationError, match="is void"):
        warranties.certificate_data(database, sale.lines[0].id)


def test_bad_arguments(opened: OpenedDatabase) -> None:
    with pytest.raises(ValueError):
        warranties.ending_within(opened.database, TODAY, -1)
    with pytest.raises(ValueError):
        warranties.active(opened.database, TODAY, limit=0)
