"""The counter, driven as a shopkeeper drives it: search, open a customer, edit with bad and good input,
quick actions, merge duplicates, the sample shop and the shop details."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.domain.validation import CustomerInput, PhoneInput
from crm_desktop.services.customers import create_customer, get_customer
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.settings import set_settings
from crm_desktop.storage.models import Customer, Interaction, Promise, Sale, ServiceJob
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.customer_dialog import CustomerDialog
from crm_desktop.ui.customer_page import CustomerPage
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.merge_dialog import MergeDialog
from crm_desktop.ui.quick_dialogs import ContactDialog, PromiseDialog
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of

TODAY = date(2026, 11, 1)


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=60, seed=11, today=TODAY)
    set_settings(opened.database, {"shop.country": "FR"})
    return opened


@pytest.fixture
def window(qtbot: QtBot, shop: OpenedDatabase) -> MainWindow:
    window = MainWindow(context_of(shop))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _zoe(shop: OpenedDatabase) -> int:
    return create_customer(
        shop.database,
        CustomerInput(
            name="Zoë Øster-Łukasiewicz",
            email="zoe@example.org",
            phones=(PhoneInput("mobile", "06 12 34 56 78"),),
        ),
    ).id


def test_typing_in_search_lists_matches_with_the_reason(
    qtbot: QtBot, window: MainWindow, shop: OpenedDatabase
) -> None:
    _zoe(shop)
    box = window.search_box
    qtbot.keyClicks(box, "zoe oster")
    qtbot.waitUntil(lambda: box.results.count() > 0 and box.results.isVisible())
    first = box.results.item(0).text()
    assert "Zoë Øster-Łukasiewicz" in first
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_page() == "customer"
    assert "Zoë Øster-Łukasiewicz" in window.pages["customer"].header.text()


def test_a_phone_typed_any_way_finds_the_customer(
    qtbot: QtBot, window: MainWindow, shop: OpenedDatabase
) -> None:
    customer_id = _zoe(shop)
    box = window.search_box
    for typed in ("+33 6 12 34 56 78", "0612345678", "34 56 78"):
        box.setText(typed)
        box.run_search()
        hits = [box.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.results.count())]
        assert any(h is not None and h.customer_id == customer_id for h in hits), typed


def test_a_scanned_job_number_opens_that_job_at_once(
    qtbot: QtBot, window: MainWindow, shop: OpenedDatabase
) -> None:
    with shop.database.reading() as uow:
        job = uow.session.execute(
            select(ServiceJob.id, ServiceJob.number, ServiceJob.customer_id).limit(1)
        ).one()
    box = window.search_box
    box.setFocus()
    # A scanner types the whole number and Enter faster than the results refresh.
    qtbot.keyClicks(box, f"J-{job.number:04d}")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.pages["customer"]
    assert window.current_page() == "customer" and page.customer_id == job.customer_id
    selected = page.timeline.selectionModel().selectedRows()
    assert selected, "the job should be selected on the customer's page"
    event = page.timeline_model.events[selected[0].row()]
    assert event.ref_kind == "job" and event.ref_id == job.id


def test_customer_page_shows_the_whole_history_newest_first(
    qtbot: QtBot, window: MainWindow, shop: OpenedDatabase, qtmodeltester: ModelTester
) -> None:
    with shop.database.reading() as uow:
        richest = uow.session.execute(
            select(Interaction.customer_id)
            .group_by(Interaction.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
        sales = uow.session.scalar(select(func.count()).select_from(Sale).where(Sale.customer_id == richest))
    window.open_customer(richest)
    page: CustomerPage = window.pages["customer"]  # type: ignore[assignment]
    qtmodeltester.check(page.timeline_model, force_py=True)
    events = page.timeline_model.events
    today = page.history.today  # type: ignore[union-attr]
    overdue = [e for e in events if e.tone == "danger" and e.day <= today]
    coming = [e for e in events if e.day > today]
    past = [e for e in events if e.day <= today and e.tone != "danger"]
    assert list(events) == overdue + coming + past  # what needs doing first, then the history
    assert [e.day for e in coming] == sorted(e.day for e in coming)  # soonest first
    assert [e.day for e in past] == sorted((e.day for e in past), reverse=True)  # newest first
    assert all((e.day - today).days <= 90 for e in coming)
    page.far_future_box.setChecked(True)
    assert len(page.timeline_model.events) >= len(events)
    assert sum(1 for e in page.timeline_model.events if e.kind == "sale") == sales
    page.kind_boxes["interaction"].setChecked(False)
    assert all(e.kind != "interaction" for e in page.timeline_model.events)
    assert "Total spent" in page.figures.text() and "Customer since" in page.figures.text()


def test_new_customer_dialog_marks_bad_fields_and_saves_nothing(qtbot: QtBot, shop: OpenedDatabase) -> None:
    with shop.database.reading() as uow:
        before = uow.session.scalar(select(func.count()).select_from(Customer))
    dialog = CustomerDialog(context_of(shop), None)
    qtbot.addWidget(dialog)
    dialog.email.setText("not-an-email")
    dialog.phone.setText("12")
    dialog.save()
    settle()
    assert dialog.errors["name"].isVisibleTo(dialog) and dialog.errors["name"].text()
    assert dialog.errors["email"].text() and dialog.errors["phones"].text()
    assert dialog.saved is None
    with shop.database.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Customer)) == before
    dialog.name.setText("Smith & Sons <VIP>")
    dialog.email.setText("Office@Smith.example")
    dialog.phone.setText("06 98 76 54 32")
    dialog.save()
    settle()
    assert dialog.saved is not None and dialog.saved.name == "Smith & Sons <VIP>"


def test_duplicate_phone_is_flagged_with_a_link(qtbot: QtBot, shop: OpenedDatabase) -> None:
    zoe = _zoe(shop)
    dialog = CustomerDialog(context_of(shop), None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Zoe O.")
    dialog.phone.setText("+33 612 345 678")
    dialog.check_duplicates()
    assert dialog.duplicates.isVisibleTo(dialog)
    assert f"href='{zoe}'" in dialog.duplicates.text()
    with qtbot.waitSignal(dialog.open_other) as opened_other:
        dialog.duplicates.linkActivated.emit(str(zoe))
    assert opened_other.args == [zoe]


def test_editing_from_the_customer_page_updates_it(
    qtbot: QtBot, window: MainWindow, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    zoe = _zoe(shop)
    window.open_customer(zoe)
    page: CustomerPage = window.pages["customer"]  # type: ignore[assignment]

    def edit(parent: object, database: object, customer_id: int) -> bool:
        dialog = CustomerDialog(context_of(shop), get_customer(shop.database, customer_id))
        qtbot.addWidget(dialog)
        assert dialog.phone.text() == "06 12 34 56 78"  # the number as it was typed
        dialog.name.setText("Zoé Østergaard")
        dialog.save()
        settle()
        return dialog.saved is not None

    monkeypatch.setattr(CustomerDialog, "edit", staticmethod(edit))
    page.edit()
    assert "Zoé Østergaard" in page.header.text()
    assert window.customers_page.model.data(window.customers_page.model.index(0, 0)) is not None


def test_quick_actions_add_to_the_timeline(qtbot: QtBot, window: MainWindow, shop: OpenedDatabase) -> None:
    zoe = _zoe(shop)
    window.open_customer(zoe)
    page: CustomerPage = window.pages["customer"]  # type: ignore[assignment]
    contact = ContactDialog(context_of(shop), zoe)
    qtbot.addWidget(contact)
    contact._save()
    settle()
    assert contact.error.isVisibleTo(contact) and "cannot be empty" in contact.error.text()
    contact.summary.setPlainText("Asked about the warranty <b>extension</b>")
    contact._save()
    settle()
    promise = PromiseDialog(context_of(shop), zoe)
    qtbot.addWidget(promise)
    promise.what.setPlainText("SIM active by Friday")
    promise._save()
    settle()
    page.reload()
    titles = " ".join(f"{e.title} {e.detail}" for e in page.timeline_model.events)
    assert "Asked about the warranty <b>extension</b>" in titles
    assert "SIM active by Friday" in titles
    with shop.database.reading() as uow:
        assert (
            uow.session.scalar(select(func.count()).select_from(Promise).where(Promise.customer_id == zoe))
            == 1
        )


def test_merging_a_duplicate_moves_its_history(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = _zoe(shop)
    with shop.database.reading() as uow:
        dupe, dupe_name = uow.session.execute(
            select(Sale.customer_id, Customer.name).join(Customer, Customer.id == Sale.customer_id).limit(1)
        ).one()
        dupe_sales = uow.session.scalar(
            select(func.count()).select_from(Sale).where(Sale.customer_id == dupe)
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = MergeDialog(context_of(shop), keep)
    qtbot.addWidget(dialog)
    dialog.query.setText(dupe_name)
    dialog.find_matches()
    rows = [
        dialog.candidates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.candidates.count())
    ]
    dialog.candidates.setCurrentRow(rows.index(dupe))
    dialog.confirm()
    settle()
    assert dialog.merged
    with shop.database.reading() as uow:
        assert (
            uow.session.scalar(select(func.count()).select_from(Sale).where(Sale.customer_id == keep))
            == dupe_sales
        )
        assert uow.session.get(Customer, dupe).archived  # type: ignore[union-attr]


def test_explore_a_sample_shop_opens_a_separate_marked_database(qtbot: QtBot, opened: OpenedDatabase) -> None:
    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() == "welcome"
    window.welcome.sample_button.click()
    qtbot.waitUntil(lambda: getattr(window, "replacement", None) is not None, timeout=30_000)
    sample = window.replacement
    qtbot.addWidget(sample)
    assert sample.sample_banner.isVisible()
    assert sample.database.description.endswith("sample-shop.sqlite3")
    sample.show_page("customers")
    assert sample.customers_page.model.rowCount() > 100
    assert sample.home_action.isVisible()
    with sample.database.reading() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Customer)) >= 190


def test_shop_details_dialog_refuses_a_bad_country(qtbot: QtBot, opened: OpenedDatabase) -> None:
    from crm_desktop.services.settings import get_settings
    from crm_desktop.ui.shop_dialog import ShopDetailsDialog

    dialog = ShopDetailsDialog(context_of(opened))
    qtbot.addWidget(dialog)
    dialog.name.setText("Vélo & Co <Lyon>")
    dialog.country.setText("XX")
    dialog.save()
    settle()
    assert dialog.error.isVisibleTo(dialog) and "country" in dialog.error.text()
    assert "business.name" not in get_settings(opened.database)  # all or nothing
    dialog.country.setText("fr")
    dialog.terms.setPlainText("Two years, parts & labour <included>.")
    dialog.save()
    settle()
    assert get_settings(opened.database)["warranty.terms"] == "Two years, parts & labour <included>."
    assert get_settings(opened.database)["business.name"] == "Vélo & Co <Lyon>"
    assert get_settings(opened.database)["shop.country"] == "FR"
    dialog.cost.setText("four fifty")
    dialog.save()
    settle()
    assert "Cost per contact" in dialog.error.text()
    dialog.cost.setText("4,50")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.save()
    settle()
    assert get_settings(opened.database)["cost_per_contact_minor"] == "450"
    assert get_settings(opened.database)["print.paper"] == "letter"


def test_the_archive_is_searchable_on_request(qtbot: QtBot, window: MainWindow, shop: OpenedDatabase) -> None:
    from crm_desktop.services.customers import archive_customer

    zoe = _zoe(shop)
    archive_customer(shop.database, zoe, True)
    box = window.search_box
    box.setText("Łukasiewicz")
    box.run_search()
    found = [box.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.results.count())]
    assert not any(hit is not None and hit.customer_id == zoe for hit in found)
    window.search_archive.setChecked(True)
    found = [box.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.results.count())]
    assert any(hit is not None and hit.customer_id == zoe for hit in found)


def test_column_widths_and_geometry_are_remembered(qtbot: QtBot, shop: OpenedDatabase) -> None:
    first = MainWindow(context_of(shop))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(first)
    first.customers_page.table.setColumnWidth(1, 333)
    first.resize(701, 502)  # within the offscreen screen (800x600): restoring clamps to the screen
    first.close()
    second = MainWindow(context_of(shop))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(second)
    assert second.customers_page.table.columnWidth(1) == 333
    assert (second.size().width(), second.size().height()) == (701, 502)


def test_a_slipping_promise_keeps_its_chain(
    qtbot: QtBot, window: MainWindow, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))

    from crm_desktop.services.promises import record_promise

    zoe = _zoe(shop)
    first = GUI_TODAY + timedelta(days=3)
    record_promise(shop.database, zoe, "SIM active", first, GUI_TODAY)
    window.open_customer(zoe)
    page: CustomerPage = window.pages["customer"]  # type: ignore[assignment]

    def select_promise() -> None:
        row = next(i for i, e in enumerate(page.timeline_model.events) if e.kind == "promise")
        page.timeline.selectRow(row)

    select_promise()
    assert page.move_promise_button.isEnabled()
    page.move_promise(first + timedelta(days=4), "")  # no reason: refused, nothing changes
    settle()
    assert problems and "reason" in problems[0].lower()
    assert "→" not in " ".join(next(e for e in page.timeline_model.events if e.kind == "promise").notes)
    page.move_promise(first + timedelta(days=4), "Network operator delay")
    settle()
    select_promise()
    page.move_promise(first + timedelta(days=30), "SIM card out of stock")
    settle()
    promise = next(e for e in page.timeline_model.events if e.kind == "promise")
    chain = " ".join((promise.detail, *promise.notes))
    assert "→" in chain and "Network operator delay" in chain and "SIM card out of stock" in chain
    select_promise()
    page.promise_kept()
    settle()
    assert next(e for e in page.timeline_model.events if e.kind == "promise").status == "kept"
