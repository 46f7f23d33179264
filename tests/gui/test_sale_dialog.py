"""Recording a sale at the counter: it schedules the after-sales and shows on the customer's page."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.domain.validation import CustomerInput
from crm_desktop.services.catalogue import (
    CategoryInput,
    ProductInput,
    create_category,
    create_product,
    ensure_default_plans,
)
from crm_desktop.services.customers import create_customer
from crm_desktop.storage.models import FollowUp, Sale
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.customer_page import CustomerPage
from crm_desktop.ui.sale_dialog import SaleDialog
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of


@pytest.fixture
def counter(opened: OpenedDatabase) -> tuple[OpenedDatabase, int, int]:
    plan = ensure_default_plans(opened.database)
    assert plan is not None
    phones = create_category(
        opened.database, CategoryInput(name="Phones", default_warranty_months=24, default_plan_id=plan.id)
    )
    product = create_product(
        opened.database,
        ProductInput(
            sku="PH-13",
            name="Phone 13 <128 GB>",
            category_id=phones.id,
            price_minor=79900,
            serial_required=True,
        ),
    )
    customer = create_customer(opened.database, CustomerInput(name="Zoë Øster"))
    return opened, customer.id, product.id


def test_recording_a_sale_schedules_its_follow_ups(
    qtbot: QtBot, counter: tuple[OpenedDatabase, int, int]
) -> None:
    shop, customer_id, product_id = counter
    dialog = SaleDialog(context_of(shop), customer_id)
    qtbot.addWidget(dialog)
    combo = dialog.lines.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData(product_id))
    assert dialog.lines.cellWidget(0, 4).text() == "799.00"
    assert "799" in dialog.total.text()
    dialog.save()  # the phone needs its IMEI
    settle()
    assert dialog.error.isVisibleTo(dialog) and dialog.saved is None
    dialog.lines.cellWidget(0, 2).setText(" 356938035643809 ")
    dialog.save()
    settle()
    assert dialog.saved is not None and dialog.saved.number_text == "S-0001"
    assert dialog.saved.lines[0].serial == "356938035643809"
    with shop.database.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Sale)) == 1
        planned = uow.session.scalar(
            select(func.count()).select_from(FollowUp).where(FollowUp.customer_id == customer_id)
        )
    assert planned and planned >= 3  # thank-you call, satisfaction check, warranty-ending call, reminders
    page = CustomerPage(context_of(shop))
    qtbot.addWidget(page)
    page.show_customer(customer_id)
    page.far_future_box.setChecked(True)
    kinds = {event.kind for event in page.timeline_model.events}
    assert {"sale", "follow_up"} <= kinds
    assert any("Phone 13 <128 GB>" in f"{e.title} {e.detail}" for e in page.timeline_model.events)


def test_a_sale_needs_a_line(qtbot: QtBot, counter: tuple[OpenedDatabase, int, int]) -> None:
    shop, customer_id, _ = counter
    dialog = SaleDialog(context_of(shop), customer_id)
    qtbot.addWidget(dialog)
    dialog.remove_line()
    dialog.save()
    settle()
    assert dialog.error.isVisibleTo(dialog) and dialog.saved is None
    assert dialog.sale_date.date().toPython() == GUI_TODAY


def test_voiding_a_sale_from_the_customer_page(
    qtbot: QtBot, counter: tuple[OpenedDatabase, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from crm_desktop.domain.enums import FollowUpStatus
    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale

    shop, customer_id, product_id = counter
    sale = record_sale(
        shop.database,
        SaleInput(
            customer_id=customer_id,
            sale_date=GUI_TODAY,
            lines=(SaleLineInput(product_id=product_id, serial="SN-1"),),
        ),
        GUI_TODAY,
    )
    page = CustomerPage(context_of(shop))
    qtbot.addWidget(page)
    page.show_customer(customer_id)
    assert not page.void_button.isEnabled()
    row = next(i for i, e in enumerate(page.timeline_model.events) if e.kind == "sale")
    page.timeline.selectRow(row)
    assert page.void_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Returned within 14 days", True))
    page.void_sale()
    settle()
    with shop.database.reading() as uow:
        assert uow.session.get(Sale, sale.id).status == "void"  # type: ignore[union-attr]
        still_open = uow.session.scalar(
            select(func.count())
            .select_from(FollowUp)
            .where(FollowUp.sale_id == sale.id, FollowUp.status == FollowUpStatus.OPEN)
        )
    assert still_open == 0


def test_changing_a_sale_date_moves_its_open_follow_ups(
    qtbot: QtBot, counter: tuple[OpenedDatabase, int, int]
) -> None:
    from datetime import timedelta

    from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale

    shop, customer_id, product_id = counter
    sold = GUI_TODAY - timedelta(days=1)
    sale = record_sale(
        shop.database,
        SaleInput(
            customer_id=customer_id,
            sale_date=sold,
            lines=(SaleLineInput(product_id=product_id, serial="SN-2"),),
        ),
        GUI_TODAY,
    )
    with shop.database.reading() as uow:
        before = dict(
            uow.session.execute(
                select(FollowUp.id, FollowUp.due_date).where(FollowUp.sale_id == sale.id)
            ).all()
        )
    page = CustomerPage(context_of(shop))
    qtbot.addWidget(page)
    page.show_customer(customer_id)
    page.timeline.selectRow(next(i for i, e in enumerate(page.timeline_model.events) if e.kind == "sale"))
    assert page.redate_button.isEnabled()
    page.change_sale_date(sold - timedelta(days=2))
    settle()
    with shop.database.reading() as uow:
        after = dict(
            uow.session.execute(
                select(FollowUp.id, FollowUp.due_date).where(FollowUp.sale_id == sale.id)
            ).all()
        )
        assert uow.session.get(Sale, sale.id).sale_date == sold - timedelta(days=2)  # type: ignore[union-attr]
    assert after == {k: v - timedelta(days=2) for k, v in before.items()}


def test_a_longer_warranty_needs_a_reason_and_is_audited(
    qtbot: QtBot, counter: tuple[OpenedDatabase, int, int]
) -> None:
    from crm_desktop.storage.models import AuditEntry, SaleItem

    shop, customer_id, product_id = counter
    dialog = SaleDialog(context_of(shop), customer_id)
    qtbot.addWidget(dialog)
    combo = dialog.lines.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData(product_id))
    proposed = date.fromisoformat(dialog.lines.cellWidget(0, 5).text())
    assert proposed > GUI_TODAY  # 24 months from the category, proposed from the sale date
    longer = proposed.replace(year=proposed.year + 1)
    dialog.lines.cellWidget(0, 2).setText("IMEI-777")
    dialog.lines.cellWidget(0, 5).setText(longer.isoformat())
    dialog.save()
    settle()
    assert dialog.saved is None and dialog.error.isVisibleTo(dialog)  # no reason given
    dialog.lines.cellWidget(0, 6).setText("Extended warranty bought at the counter")
    dialog.save()
    settle()
    assert dialog.saved is not None and dialog.saved.lines[0].warranty_end == longer
    with shop.database.reading() as uow:
        item = uow.session.execute(select(SaleItem).where(SaleItem.serial == "IMEI-777")).scalar_one()
        audit = [
            tuple(row)
            for row in uow.session.execute(
                select(AuditEntry.reason, AuditEntry.new_value).where(
                    AuditEntry.entity == "sale_item", AuditEntry.entity_id == item.id
                )
            )
        ]
    assert ("Extended warranty bought at the counter", longer.isoformat()) in audit
