"""The catalogue: create a product with its warranty and plan, refuse bad input, retire it."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.services.catalogue import CategoryInput, create_category, ensure_default_plans, list_products
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.catalogue_page import CataloguePage, ProductDialog
from tests.gui.waiting import settle
from tests.support import context_of


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    plan = ensure_default_plans(opened.database)
    assert plan is not None
    create_category(
        opened.database, CategoryInput(name="Bikes", default_warranty_months=24, default_plan_id=plan.id)
    )
    return opened


def test_creating_editing_and_retiring_a_product(
    qtbot: QtBot, shop: OpenedDatabase, qtmodeltester: ModelTester
) -> None:
    page = CataloguePage(context_of(shop))
    qtbot.addWidget(page)
    dialog = ProductDialog(context_of(shop), None)
    qtbot.addWidget(dialog)
    dialog.save()  # nothing typed
    settle()
    assert dialog.error.isVisibleTo(dialog) and dialog.saved is None
    dialog.sku.setText("BK-CITY-1")
    dialog.name.setText("City bike <Gazelle> & basket")
    dialog.category.setCurrentIndex(1)
    dialog.price.setText("899,00")
    dialog.serial.setChecked(True)
    dialog.save()
    settle()
    assert dialog.saved is not None
    assert dialog.saved.warranty_months == 24 and dialog.saved.plan_id is not None  # from its category
    page.refresh()
    qtmodeltester.check(page.model, force_py=True)
    assert page.model.data(page.model.index(0, 1)) == "City bike <Gazelle> & basket"
    page.table.selectRow(0)
    page.toggle_retired()
    settle()
    assert page.model.rowCount() == 0  # retired products leave the list
    page.show_retired.setChecked(True)
    assert page.model.data(page.model.index(0, 6)) == "retired"
    duplicate = ProductDialog(context_of(shop), None)
    qtbot.addWidget(duplicate)
    duplicate.sku.setText("bk-city-1")
    duplicate.name.setText("Another")
    duplicate.save()
    settle()
    assert duplicate.saved is None and "BK-CITY-1" in duplicate.error.text().upper()
    assert len(list_products(shop.database, include_retired=True)) == 1


def test_the_catalogue_page_is_reached_from_the_window(qtbot: QtBot, shop: OpenedDatabase) -> None:
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(context_of(shop))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    window.show_page("catalogue")
    assert isinstance(window.pages["catalogue"].content, CataloguePage)  # type: ignore[attr-defined]


def test_editing_a_plan_changes_what_new_sales_schedule(qtbot: QtBot, shop: OpenedDatabase) -> None:
    from crm_desktop.services.catalogue import get_plan, list_plans
    from crm_desktop.ui.plan_dialogs import CategoryDialog, PlanDialog

    plan = get_plan(shop.database, list_plans(shop.database)[0].id)
    dialog = PlanDialog(context_of(shop), plan)
    qtbot.addWidget(dialog)
    assert dialog.steps.rowCount() == len(plan.steps) >= 4
    dialog.add_step()
    row = dialog.steps.rowCount() - 1
    dialog.steps.cellWidget(row, 1).setText("")  # a step needs a title
    dialog.save()
    settle()
    assert dialog.saved is None and dialog.error.isVisibleTo(dialog)
    dialog.steps.cellWidget(row, 1).setText("Ask for a review <online>")
    dialog.steps.cellWidget(row, 2).setValue(10)
    dialog.save()
    settle()
    assert dialog.saved is not None
    titles = [s.title for s in get_plan(shop.database, plan.id).steps]
    assert "Ask for a review <online>" in titles and len(titles) == len(plan.steps) + 1
    category = CategoryDialog(context_of(shop), None)
    qtbot.addWidget(category)
    category.name.setText("E-bikes")
    category.warranty.setValue(36)
    category.save()
    settle()
    assert category.saved is not None
    assert category.saved.default_warranty_months == 36 and category.saved.default_plan_id == plan.id
