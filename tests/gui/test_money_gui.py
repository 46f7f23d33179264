"""Amounts typed into the screens are read in the shop's currency and locale, and shown grouped."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.domain.validation import CustomerInput
from crm_desktop.services.customers import create_customer
from crm_desktop.services.settings import get_settings, set_settings
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.catalogue_page import CataloguePage, ProductDialog
from crm_desktop.ui.customer_page import CustomerPage
from crm_desktop.ui.sale_dialog import SaleDialog
from tests.gui.waiting import settle
from tests.support import context_of

NBSP, NNBSP = "\u00a0", "\u202f"


def _type(qtbot: QtBot, field: object, text: str) -> None:
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize(
    ("locale", "thousand", "two_thousand"), [("en_US", "¥1,000", "¥2,000"), ("ja_JP", "￥1,000", "￥2,000")]
)
def test_a_yen_shop_reads_1000_as_a_thousand_yen(
    qtbot: QtBot, opened: OpenedDatabase, locale: str, thousand: str, two_thousand: str
) -> None:
    set_settings(opened.database, {"currency": "JPY", "shop.country": "JP", "shop.locale": locale})
    dialog = ProductDialog(context_of(opened), None)
    qtbot.addWidget(dialog)
    assert dialog.price.text() == "0"  # yen have no decimals to fill in
    dialog.sku.setText("KB-1")
    dialog.name.setText("Keyboard")
    _type(qtbot, dialog.price, "1000")
    dialog.save()
    settle()
    assert dialog.saved is not None and dialog.saved.price_minor == 1000  # not 100000
    page = CataloguePage(context_of(opened))
    qtbot.addWidget(page)
    assert page.model.data(page.model.index(0, 3)) == thousand

    customer = create_customer(opened.database, CustomerInput(name="Aiko")).id
    sale = SaleDialog(context_of(opened), customer)
    qtbot.addWidget(sale)
    combo = sale.lines.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData(dialog.saved.id))
    assert sale.lines.cellWidget(0, 4).text() == "1,000"
    sale.lines.cellWidget(0, 3).setValue(2)
    assert sale.total.text() == f"<b>Total: {two_thousand}</b>"
    sale.save()
    settle()
    assert sale.saved is not None and sale.saved.lines[0].unit_price_minor == 1000
    customer_page = CustomerPage(context_of(opened))
    qtbot.addWidget(customer_page)
    customer_page.show_customer(customer)
    assert two_thousand in customer_page.figures.text()


def test_a_dinar_shop_has_three_decimals(qtbot: QtBot, opened: OpenedDatabase) -> None:
    set_settings(opened.database, {"currency": "KWD", "shop.locale": "de_DE"})
    customer = create_customer(opened.database, CustomerInput(name="Fatima")).id
    sale = SaleDialog(context_of(opened), customer)
    qtbot.addWidget(sale)
    sale.lines.cellWidget(0, 1).setText("Phone case")
    price = sale.lines.cellWidget(0, 4)
    assert price.text() == "0,000"
    _type(qtbot, price, "1,5")
    assert sale.total.text() == f"<b>Total: 1,500{NBSP}KWD</b>"
    _type(qtbot, price, "1,5001")
    sale.save()
    settle()
    assert sale.saved is None
    assert sale.error.text() == "Line 1: '1,5001' has 4 decimals, but KWD amounts have 3 at most."
    _type(qtbot, price, "1.250,5")
    sale.save()
    settle()
    assert sale.saved is not None and sale.saved.lines[0].unit_price_minor == 1_250_500


def test_the_shop_chooses_its_money_format(qtbot: QtBot, opened: OpenedDatabase) -> None:
    from crm_desktop.ui.shop_dialog import ShopDetailsDialog

    set_settings(opened.database, {"business.name": "Vélo", "shop.country": "FR"})
    dialog = ShopDetailsDialog(context_of(opened))
    qtbot.addWidget(dialog)
    dialog.save()
    settle()
    assert "shop.locale" not in get_settings(opened.database)  # untouched: it follows the country
    dialog = ShopDetailsDialog(context_of(opened))
    qtbot.addWidget(dialog)
    dialog.money_format.setCurrentIndex(dialog.money_format.findData("de_DE"))
    assert dialog.money_preview.text() == f"Amounts look like 9.199,70{NBSP}€; typed as 9.199,70"
    dialog.currency.setCurrentText("JPY")
    assert dialog.money_preview.text() == f"Amounts look like 9.200{NBSP}¥; typed as 9.200"
    dialog.currency.setCurrentText("EUR")
    _type(qtbot, dialog.cost, "4,50")
    dialog.save()
    settle()
    assert get_settings(opened.database)["shop.locale"] == "de_DE"
    assert get_settings(opened.database)["cost_per_contact_minor"] == "450"
    again = ShopDetailsDialog(context_of(opened))
    qtbot.addWidget(again)
    assert again.money_format.currentData() == "de_DE" and again.cost.text() == "4,50"
