"""Requests driven as the counter drives them: a call that needs action becomes a request with its
procedure, its promise slips twice (Today shows it with both reasons), is marked broken, and the request
is worked to resolved; the search box finds it by its number."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.domain.enums import FollowUpKind, PromiseStatus, RequestStatus
from crm_desktop.services.customers import CustomerInput, create_customer
from crm_desktop.services.jobs import ensure_default_procedures
from crm_desktop.services.requests import RequestDetails, ensure_default_request_kinds, get_request
from crm_desktop.storage.models import FollowUp, Interaction
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.quick_dialogs import ContactDialog
from crm_desktop.ui.request_dialogs import RequestDialog, RequestWindow
from crm_desktop.ui.today_page import TodayPage
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    ensure_default_procedures(opened.database)
    ensure_default_request_kinds(opened.database)
    return opened


def _customer(shop: OpenedDatabase) -> int:
    return create_customer(shop.database, CustomerInput(name="Zoë Øster")).id


def _pick(combo: object, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_a_lost_phone_call_becomes_a_request_that_cannot_slip_quietly(
    qtbot: QtBot, shop: OpenedDatabase, tmp_path: object
) -> None:
    context = context_of(shop)
    zoe = _customer(shop)
    contact = ContactDialog(context, zoe)
    qtbot.addWidget(contact)
    contact.show()
    assert not contact.kind.isVisible()  # the request's fields show once it needs action
    contact.summary.setPlainText("Lost her phone on the bus; needs her number back today")
    contact.needs_action.setChecked(True)
    assert contact.kind.isVisible()
    _pick(contact.kind, "Lost or stolen device")
    contact.has_promise.setChecked(True)
    contact._save()
    settle()
    request = contact.result_value
    assert isinstance(request, RequestDetails) and request.number_text == "R-0001"
    with shop.database.reading() as uow:
        (logged,) = uow.session.scalars(select(Interaction).where(Interaction.customer_id == zoe))
        assert logged.request_id == request.id  # the contact and the request: one step

    window = RequestWindow(context, request.id)
    qtbot.addWidget(window)
    window.show()
    texts = [window.checklist.item(i).text() for i in range(window.checklist.count())]
    assert texts[:2] == [
        "Verify the customer's identity (ID card or passport)",
        "Block the line with the operator",
    ]
    window.checklist.item(1).setCheckState(Qt.CheckState.Checked)
    settle()
    assert window.request.checklist_done == 1

    promised = window.request.open_promise
    assert promised is not None and promised.due_date == GUI_TODAY + timedelta(days=3)
    window.move_promise(GUI_TODAY + timedelta(days=7), "The operator's SIM desk is closed this week")
    settle()
    window.move_promise(GUI_TODAY + timedelta(days=30), "Duplicate SIMs out of stock")
    settle()
    shown = window.promise.text()
    assert "The operator's SIM desk is closed this week" in shown and "Duplicate SIMs out of stock" in shown

    today = TodayPage(context)
    qtbot.addWidget(today)
    assert today.view is not None
    (slipping,) = today.view.slipping.items
    assert slipping.customer_name == "Zoë Øster"
    assert (
        "moved 2×: The operator's SIM desk is closed this week; Duplicate SIMs out of stock"
        in slipping.detail
    )

    window.close_promise(PromiseStatus.BROKEN, "We lend her a phone with a prepaid SIM")
    settle()
    assert window.request.promises[0].status is PromiseStatus.BROKEN
    with shop.database.reading() as uow:
        recovery = uow.session.scalars(select(FollowUp).where(FollowUp.kind == FollowUpKind.RECOVERY)).one()
        assert recovery.customer_id == zoe
    today.refresh()
    assert today.view.slipping.items == ()

    assert window.move_buttons[RequestStatus.WAITING_THIRD_PARTY].isVisible()
    window.move_to(RequestStatus.WAITING_THIRD_PARTY)
    settle()
    assert window.request.status_text == "waiting for a third party"
    window.move_to(RequestStatus.RESOLVED, "New SIM active, number kept")
    settle()
    assert get_request(shop.database, request.id, GUI_TODAY).status is RequestStatus.RESOLVED
    assert not window.move_buttons[RequestStatus.RESOLVED].isVisible()
    assert window.move_buttons[RequestStatus.OPEN].isVisible()  # reopening is possible, with a reason
    history = [window.history.item(i).text() for i in range(window.history.count())]
    assert any("Marked resolved — New SIM active, number kept" in line for line in history)


def test_new_request_form_and_the_customer_page(qtbot: QtBot, shop: OpenedDatabase) -> None:
    context = context_of(shop)
    zoe = _customer(shop)
    dialog = RequestDialog(context, zoe)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Charged twice for November")
    dialog._save()
    settle()
    assert "Pick what kind" in dialog.error.text()  # nothing saved, the words stay
    assert dialog.summary.toPlainText() == "Charged twice for November"
    _pick(dialog.kind, "Account or billing")
    dialog._save()
    settle()
    assert dialog.request is not None and dialog.request.kind_name == "Account or billing"

    window = MainWindow(context)
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    window.search_box.setText("R-1")
    window.search_box.run_search()
    assert "R-0001 · Account or billing · Open · Zoë Øster" in window.search_box.results.item(0).text()
    window.search_box.open_current()
    page = window.pages["customer"]
    assert window.current_page() == "customer"
    event = page.selected_event()  # type: ignore[attr-defined]
    assert event is not None and event.ref_kind == "request" and "R-0001" in event.title
    assert page.open_job_button.isEnabled() and page.tell_button.isEnabled()  # type: ignore[attr-defined]
    assert "1 request — show them" in page.figures.text()  # type: ignore[attr-defined]
    page.show_open_items()  # type: ignore[attr-defined]
    shown = page.timeline_model.events  # type: ignore[attr-defined]
    assert shown and all(e.is_open for e in shown) and any(e.ref_kind == "request" for e in shown)


def test_ctrl_r_opens_a_request_for_the_customer_shown(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    zoe = _customer(shop)
    window = MainWindow(context_of(shop))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    asked: list[int] = []
    monkeypatch.setattr(RequestDialog, "ask", classmethod(lambda cls, parent, cx, cid: asked.append(cid)))
    assert window.new_request_action.shortcut().toString() == "Ctrl+R"
    window.new_request_action.trigger()  # not on a customer: the search box is where to start
    assert asked == [] and "Find the customer" in window.statusBar().currentMessage()
    window.open_customer(zoe)
    window.new_request_action.trigger()
    assert asked == [zoe]


def test_the_shop_edits_its_kinds_of_request(qtbot: QtBot, shop: OpenedDatabase) -> None:
    from crm_desktop.services.requests import list_request_kinds
    from crm_desktop.ui.request_dialogs import RequestKindsDialog

    dialog = RequestKindsDialog(context_of(shop))
    qtbot.addWidget(dialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert names[:3] == ["Activation", "SIM or number", "Account or billing"]
    dialog.list.setCurrentRow(names.index("Delivery or installation"))
    _pick(dialog.procedure, "Annual maintenance")
    assert dialog.save()
    settle()
    dialog.new()
    dialog.save()
    settle()
    assert "cannot be empty" in dialog.error.text()
    dialog.name.setText("Trade-in")
    dialog.save()
    settle()
    dialog.list.setCurrentRow(names.index("Other"))
    dialog.in_use.setChecked(False)
    dialog.save()
    settle()
    kinds = {k.name: k for k in list_request_kinds(shop.database, include_retired=True)}
    assert kinds["Delivery or installation"].procedure_name == "Annual maintenance"
    assert kinds["Trade-in"].active and not kinds["Other"].active
    assert "Other (retired)" in [dialog.list.item(i).text() for i in range(dialog.list.count())]
    offered = RequestDialog(context_of(shop), _customer(shop))
    qtbot.addWidget(offered)
    choices = [offered.kind.itemText(i) for i in range(offered.kind.count())]
    assert "Trade-in" in choices and not any(c.startswith("Other") for c in choices)
