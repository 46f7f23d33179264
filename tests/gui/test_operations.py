"""No write from the window runs on the GUI thread: every form and action that changes the database hands
its service call to ``operations.perform``, which runs it on a worker thread.

Every write opens ``Database.writing()``; here that is wrapped to note which action opened it and on which
thread. One representative action per module that writes is driven as a user would, and each must have
written (so the test cannot pass by driving nothing) and never on the main thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.app import AppContext
from crm_desktop.domain.enums import JobStatus, StaffRole
from crm_desktop.services.catalogue import list_products
from crm_desktop.services.jobs import JobInput, open_job
from crm_desktop.services.promises import record_promise
from crm_desktop.services.staff import list_staff, verify_pin
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import OpenedDatabase
from tests.gui.test_counter import TODAY, _zoe, shop  # noqa: F401  (fixtures)
from tests.gui.test_discard import _item
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of

D = TypeVar("D", bound=QDialog)


class Writes:
    """Each ``Database.writing()`` opened, with the action under way and whether on the main thread."""

    def __init__(self) -> None:
        self.action = "setup"
        self.actions: list[str] = []
        self.log: list[tuple[str, bool]] = []

    @contextmanager
    def during(self, action: str) -> Iterator[None]:
        self.actions.append(action)
        self.action = action
        try:
            yield
            settle()  # the action's work comes back before the next one starts
        finally:
            self.action = "setup"

    def of(self, action: str) -> list[bool]:
        return [on_main for name, on_main in self.log if name == action]


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> Writes:
    recorder = Writes()
    original = Database.writing

    def writing(database: Database) -> object:
        recorder.log.append((recorder.action, threading.current_thread() is threading.main_thread()))
        return original(database)

    monkeypatch.setattr(Database, "writing", writing)
    return recorder


def _accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def test_no_write_from_the_window_runs_on_the_gui_thread(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    writes: Writes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui.catalogue_page import CataloguePage, ProductDialog
    from crm_desktop.ui.customer_dialog import CustomerDialog
    from crm_desktop.ui.follow_up_dialogs import CompleteDialog
    from crm_desktop.ui.job_dialogs import JobWindow, TellCustomerDialog
    from crm_desktop.ui.merge_dialog import MergeDialog
    from crm_desktop.ui.plan_dialogs import CategoryDialog, PlanDialog
    from crm_desktop.ui.sale_dialog import SaleDialog
    from crm_desktop.ui.service_page import ProceduresDialog
    from crm_desktop.ui.shop_dialog import ShopDetailsDialog
    from crm_desktop.ui.staff_page import RetireDialog, SettingsPage, StaffDialog

    context: AppContext = context_of(shop)
    zoe = _zoe(shop)
    promise = record_promise(shop.database, zoe, "SIM active", TODAY + timedelta(days=3), TODAY)
    job = open_job(
        shop.database,
        JobInput(customer_id=zoe, unit_description="Kettle", reported_problem="Leaks"),
        GUI_TODAY,
        context.clock.now(),
    )
    follow_up = _item(shop.database)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    def dialog(make: Callable[[], D]) -> D:
        made = make()
        qtbot.addWidget(made)
        return made

    with writes.during("customer_dialog: new customer"):
        customer = dialog(lambda: CustomerDialog(context, None))
        customer.name.setText("Zoe Duplicate")
        customer.save()
    assert customer.saved is not None
    duplicate = customer.saved.id

    with writes.during("merge_dialog: merge"):
        merge = dialog(lambda: MergeDialog(context, zoe))
        merge.query.setText("Zoe Duplicate")
        merge.find_matches()
        merge.candidates.setCurrentRow(0)
        assert merge.chosen_id() == duplicate
        merge.confirm()
    assert merge.merged

    with writes.during("shop_dialog: shop details"):
        details = dialog(lambda: ShopDetailsDialog(context))
        details.name.setText("Vélo & Co")
        details.save()
    assert _accepted(details)

    with writes.during("staff_page: add a person with a PIN"):
        add = dialog(lambda: StaffDialog(context, None))
        add.name.setText("Tariq Benali")
        add.roles[StaffRole.TECHNICIAN].setChecked(True)
        assert add.pin is not None
        add.pin.setText("2468")
        add._save()
    assert add.saved is not None and add.saved.has_pin
    tariq = add.saved

    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show_retired.setChecked(True)
    page.select(tariq.id)
    with writes.during("staff_page: change a PIN"):
        assert page.change_pin("1357")
    assert verify_pin(shop.database, tariq.id, "1357")

    with writes.during("staff_page: retire"):
        retire = dialog(lambda: RetireDialog(context, tariq))
        retire._save()
    assert _accepted(retire)

    page.refresh()
    page.select(tariq.id)
    with writes.during("staff_page: bring back"):
        assert page.bring_back()
    assert any(m.id == tariq.id for m in list_staff(shop.database))

    with writes.during("catalogue_page: new product"):
        product = dialog(lambda: ProductDialog(context, None))
        product.sku.setText("KT-1")
        product.name.setText("Kettle")
        product.price.setText("39.00")
        product.save()
    assert product.saved is not None
    kettle = product.saved

    catalogue = CataloguePage(context)
    qtbot.addWidget(catalogue)
    catalogue.show_retired.setChecked(True)
    catalogue.table.selectRow(next(i for i, p in enumerate(catalogue.model.products) if p.id == kettle.id))
    with writes.during("catalogue_page: retire a product"):
        catalogue.toggle_retired()
    assert next(p for p in list_products(shop.database, include_retired=True) if p.id == kettle.id).retired

    with writes.during("plan_dialogs: new category"):
        category = dialog(lambda: CategoryDialog(context, None))
        category.name.setText("Small appliances")
        category.save()
    assert category.saved is not None

    with writes.during("plan_dialogs: new plan"):
        plan = dialog(lambda: PlanDialog(context, None))
        plan.name.setText("Kettles")
        plan.add_step()
        plan.steps.cellWidget(0, 1).setText("Ask how the kettle works out")  # type: ignore[attr-defined]
        plan.save()
    assert plan.saved is not None

    procedures = dialog(lambda: ProceduresDialog(context))
    settle()
    with writes.during("service_page: new procedure"):
        procedures.new()
        procedures.name.setText("Descaling")
        procedures.steps.setPlainText("Vinegar\nRinse")
        procedures.save()
    assert "Descaling" in [p.name for p in procedures.procedures]

    with writes.during("job_dialogs: tell the customer"):
        tell = dialog(lambda: TellCustomerDialog(context, zoe, None, promise_id=promise.id))
        tell.copy()
    assert tell.logged

    with writes.during("sale_dialog: new sale"):
        sale = dialog(lambda: SaleDialog(context, zoe))
        sale.lines.cellWidget(0, 1).setText("Descaler")  # type: ignore[attr-defined]
        sale.lines.cellWidget(0, 4).setText("5.00")  # type: ignore[attr-defined]
        sale.save()
    assert sale.saved is not None

    with writes.during("follow_up_dialogs: complete a follow-up"):
        complete = dialog(lambda: CompleteDialog(context, follow_up))
        complete.outcome.setPlainText("Called: all good")
        complete._save()
    assert _accepted(complete)

    with writes.during("job_dialogs: move a job"):
        window = JobWindow(context, job.id)
        qtbot.addWidget(window)
        assert window.move_to(JobStatus.DIAGNOSING)
    assert window.job.status is JobStatus.DIAGNOSING

    assert not warnings
    actions = writes.actions
    assert len(actions) == len(set(actions)) == 16, actions
    silent = [name for name in actions if not writes.of(name)]
    on_gui_thread = [name for name in actions if any(writes.of(name))]
    assert not silent, f"these actions wrote nothing: {silent}"
    assert not on_gui_thread, f"these actions wrote on the GUI thread: {on_gui_thread}"
