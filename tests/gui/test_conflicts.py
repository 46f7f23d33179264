"""A customer saved on another workstation while my edit form is open: my save shows what they changed
and who, and each of Reload, Keep mine and Cancel does what it says (pytest-qt; PNGs with
CRM_SCREENSHOTS=folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.domain.audit import AuditAction
from crm_desktop.domain.validation import CustomerInput, PhoneInput
from crm_desktop.errors import ConflictError
from crm_desktop.services.customers import create_customer, get_customer, update_customer
from crm_desktop.services.staff import start_shop
from crm_desktop.storage.models import AuditEntry
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.conflict_dialog import ConflictChoice, ConflictDialog
from crm_desktop.ui.customer_dialog import CustomerDialog
from tests.gui.waiting import settle
from tests.support import context_of


def _shot(widget: object, name: str) -> None:
    folder = os.environ.get("CRM_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"conflict-{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form left with typing in it is closed at the end of a test without asking."""
    from crm_desktop.ui import widgets

    monkeypatch.setattr(widgets, "confirm_discard", lambda *_args, **_kwargs: True)


@pytest.fixture
def edited(qtbot: QtBot, opened: OpenedDatabase) -> tuple[CustomerDialog, int, int]:
    """My form open on Zoe (version 1); then Olga, elsewhere, changes her phone and notes."""
    db = opened.database
    olga = start_shop(db, {"shop.country": "BE"}, "Olga Owner").id
    zoe = create_customer(
        db, CustomerInput(name="Zoe Martin", phones=(PhoneInput("mobile", "0470 11 22 33"),)), staff_id=olga
    )
    dialog = CustomerDialog(context_of(opened), get_customer(db, zoe.id))
    qtbot.addWidget(dialog)
    dialog.show()
    update_customer(
        db, zoe.id,
        CustomerInput(name="Zoe Martin", phones=(PhoneInput("mobile", "0470 99 88 77"),), notes="Moved"),
        staff_id=olga, expected_version=zoe.version,
    )  # fmt: skip
    dialog.name.setText("Zoé Martin-Lefèvre")
    return dialog, zoe.id, olga


def _answering(monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice) -> list[ConflictError]:
    """The conflict dialog answers ``choice`` at once; the conflicts it was shown are kept."""
    seen: list[ConflictError] = []

    def ask(_parent: object, error: ConflictError) -> ConflictChoice:
        seen.append(error)
        return choice

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(ask))
    return seen


def _save_meeting_a_conflict(
    dialog: CustomerDialog, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> ConflictError:
    seen = _answering(monkeypatch, choice)
    dialog.save()
    settle()
    assert len(seen) == 1
    return seen[0]


def test_the_conflict_says_who_changed_what(
    qtbot: QtBot, edited: tuple[CustomerDialog, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _zoe, _olga = edited
    error = _save_meeting_a_conflict(dialog, monkeypatch, ConflictChoice.CANCEL)
    assert error.by == "Olga Owner" and error.version == 2
    rows = {c.field: (c.theirs, c.mine) for c in error.changes}
    assert rows == {
        "Name": ("Zoe Martin", "Zoé Martin-Lefèvre"),
        "Notes": ("Moved", "(none)"),
        "Phones": ("0470 99 88 77 (mobile)", "0470 11 22 33 (mobile)"),
    }
    shown = ConflictDialog(dialog, error)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.table.rowCount() == 3 and shown.table.item(2, 1).text() == "0470 99 88 77 (mobile)"
    assert shown.table.horizontalHeaderItem(1).text() == "Saved by Olga Owner"
    assert shown.cancel_button.isDefault()
    _shot(shown, "dialog")
    shown.keep_button.click()
    assert shown.choice is ConflictChoice.KEEP_MINE


def test_cancel_keeps_my_form_and_saves_nothing(
    edited: tuple[CustomerDialog, int, int], monkeypatch: pytest.MonkeyPatch, opened: OpenedDatabase
) -> None:
    dialog, zoe, _olga = edited
    _save_meeting_a_conflict(dialog, monkeypatch, ConflictChoice.CANCEL)
    assert dialog.isVisible() and dialog.name.text() == "Zoé Martin-Lefèvre"
    assert "someone else changed this customer" in dialog.general_error.text()
    now = get_customer(opened.database, zoe)
    assert (now.name, now.notes, now.version) == ("Zoe Martin", "Moved", 2)


def test_reload_shows_their_version_and_the_next_save_lands(
    edited: tuple[CustomerDialog, int, int], monkeypatch: pytest.MonkeyPatch, opened: OpenedDatabase
) -> None:
    dialog, zoe, _olga = edited
    _save_meeting_a_conflict(dialog, monkeypatch, ConflictChoice.RELOAD)
    assert dialog.name.text() == "Zoe Martin" and dialog.phone.text() == "0470 99 88 77"
    assert dialog.notes.toPlainText() == "Moved" and not dialog.is_modified()
    assert (
        dialog.notice.text().startswith("Reloaded: this is their version") and dialog.general_error.isHidden()
    )
    _shot(dialog, "reloaded")
    dialog.name.setText("Zoé Martin-Lefèvre")
    dialog.save()
    settle()
    assert dialog.saved is not None
    now = get_customer(opened.database, zoe)
    assert (now.name, now.notes, now.phones[0].raw) == ("Zoé Martin-Lefèvre", "Moved", "0470 99 88 77")


def test_keep_mine_saves_over_theirs_and_the_history_says_so(
    edited: tuple[CustomerDialog, int, int], monkeypatch: pytest.MonkeyPatch, opened: OpenedDatabase
) -> None:
    dialog, zoe, _olga = edited
    _save_meeting_a_conflict(dialog, monkeypatch, ConflictChoice.KEEP_MINE)
    settle()
    assert dialog.saved is not None
    now = get_customer(opened.database, zoe)
    assert (now.name, now.notes, now.phones[0].raw) == ("Zoé Martin-Lefèvre", None, "0470 11 22 33")
    with opened.database.reading() as uow:
        kept = uow.session.scalars(
            select(AuditEntry.field).where(
                AuditEntry.entity_id == zoe, AuditEntry.action == str(AuditAction.KEPT_MINE)
            )
        ).all()
    assert kept == ["name, notes, phones"]


@pytest.mark.parametrize("choice", [ConflictChoice.CANCEL, ConflictChoice.RELOAD, ConflictChoice.KEEP_MINE])
def test_shop_details_saved_elsewhere_meanwhile(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> None:
    """The office changes the shop's phone while the counter has the shop details open: the counter's save
    shows the office's phone against theirs; each choice does what it says."""
    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.settings import get_settings, set_settings
    from crm_desktop.ui.shop_dialog import ShopDetailsDialog

    db = opened.database
    start_shop(db, {"shop.country": "BE", "business.phone": "+32 2 555 01 01"}, "Olga Owner")
    dialog = ShopDetailsDialog(context_of(opened))
    qtbot.addWidget(dialog)
    dialog.show()
    set_settings(db, {"business.phone": "+32 2 555 09 09"})  # the office, elsewhere
    dialog.phone.setText("+32 2 555 01 02")
    seen = _answering(monkeypatch, choice)
    dialog.save()
    settle()
    assert [(c.field, c.theirs, c.mine) for c in seen[0].changes] == [
        ("Phone", "+32 2 555 09 09", "+32 2 555 01 02")
    ]
    if choice is ConflictChoice.CANCEL:
        assert dialog.isVisible() and dialog.phone.text() == "+32 2 555 01 02"
        assert "changed by someone else" in dialog.error.text()
        assert get_settings(db)["business.phone"] == "+32 2 555 09 09"
    elif choice is ConflictChoice.RELOAD:  # closed; edit() opens it again with what is saved now
        assert not dialog.isVisible() and dialog.reload_asked
        again = ShopDetailsDialog(context_of(opened))
        qtbot.addWidget(again)
        assert again.phone.text() == "+32 2 555 09 09"
    else:
        assert get_settings(db)["business.phone"] == "+32 2 555 01 02"
        assert not dialog.isVisible()
    QApplication.processEvents()


def test_a_save_elsewhere_shows_on_the_open_form_without_touching_what_is_typed(
    edited: tuple[CustomerDialog, int, int], opened: OpenedDatabase
) -> None:
    """Olga's save (made in the fixture, after my form opened) is announced when the window hears of it
    (here: published as the live timer would); my typing stays, and nothing is reloaded."""
    from crm_desktop.domain.changes import Change, Changes

    dialog, _zoe, _olga = edited
    assert dialog.notice.isHidden()
    dialog._context.changes.publish(Changes.of(*Change))
    settle()
    assert dialog.notice.isVisible()
    assert dialog.notice.text().startswith("Changed elsewhere by Olga Owner at ")
    assert dialog.name.text() == "Zoé Martin-Lefèvre" and dialog.phone.text() == "0470 11 22 33"
    assert dialog.general_error.isHidden(), "news, not an error"
    _shot(dialog, "changed-elsewhere")


@pytest.mark.parametrize("choice", [ConflictChoice.RELOAD, ConflictChoice.KEEP_MINE, ConflictChoice.CANCEL])
def test_a_product_saved_elsewhere_offers_the_same_three_choices(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> None:
    """The catalogue page's Edit product: the office renames the product while the counter changes its
    price. Reload reopens the form on the office's version; Keep mine saves the counter's over it; Cancel
    leaves the form as typed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from crm_desktop.services.catalogue import ProductInput, create_product, get_product, update_product
    from crm_desktop.ui.catalogue_page import CataloguePage, ProductDialog

    db = opened.database
    start_shop(db, {"shop.country": "BE"}, "Olga Owner")
    phone = create_product(db, ProductInput(sku="PH-1", name="Phone X", price_minor=49_900))
    page = CataloguePage(context_of(opened))
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "selected", lambda: get_product(db, phone.id))
    seen = _answering(monkeypatch, choice)
    forms: list[ProductDialog] = []
    reopened: list[tuple[str, str]] = []

    def new_form() -> ProductDialog | None:
        shown = (w for w in QApplication.topLevelWidgets() if isinstance(w, ProductDialog) and w.isVisible())
        return next((w for w in shown if w not in forms), None)

    def act() -> None:  # polled while each form's exec() runs
        form = new_form()
        if form is None:
            return
        forms.append(form)
        if len(forms) == 1:  # the office renames it elsewhere; the counter changes the price and saves
            office = ProductInput(sku="PH-1", name="Phone X Pro", price_minor=49_900)
            update_product(db, phone.id, office, expected_version=phone.version)
            form.price.setText(form.money.amount(45_900))
            form.save()
            settle()
            if choice is ConflictChoice.CANCEL:
                assert form.isVisible() and form.price.text() == form.money.amount(45_900)
                assert "was changed by" in form.error.text()
                form.discard()
        else:  # opened again after Reload: the office's name, the price as saved
            reopened.append((form.name.text(), form.price.text()))
            form.discard()

    timer = QTimer(page)
    timer.timeout.connect(act)
    timer.start(20)
    page.edit_product()
    timer.stop()
    assert [(c.field, c.theirs, c.mine) for c in seen[0].changes if c.field == "Name"] == [
        ("Name", "Phone X Pro", "Phone X")
    ]
    now = get_product(db, phone.id)
    if choice is ConflictChoice.RELOAD:
        assert len(forms) == 2 and (now.name, now.price_minor) == ("Phone X Pro", 49_900)
        assert reopened == [("Phone X Pro", forms[1].money.amount(49_900))]  # as the shop writes it
    elif choice is ConflictChoice.KEEP_MINE:
        assert len(forms) == 1 and (now.name, now.price_minor) == ("Phone X", 45_900)
    else:
        assert len(forms) == 1 and (now.name, now.price_minor) == ("Phone X Pro", 49_900)


def test_an_open_job_window_says_when_the_job_is_moved_elsewhere(
    qtbot: QtBot, opened: OpenedDatabase
) -> None:
    """The counter has the job open; the technician marks it diagnosing on the workshop PC: the counter's
    window says who did, and its own actions (a line, a tick) do not raise the notice."""
    from datetime import UTC, datetime

    from crm_desktop.domain.changes import Change, Changes
    from crm_desktop.domain.enums import JobStatus, StaffRole
    from crm_desktop.services.jobs import JobInput, move_job, open_job
    from crm_desktop.services.staff import StaffInput, add_staff
    from crm_desktop.ui.job_dialogs import JobWindow
    from tests.support import GUI_TODAY

    db = opened.database
    olga = start_shop(db, {"shop.country": "BE"}, "Olga Owner").id
    tess = add_staff(db, StaffInput("Tess Tech", (StaffRole.TECHNICIAN,)), staff_id=olga).id
    zoe = create_customer(db, CustomerInput(name="Zoe Martin"), staff_id=olga)
    now = datetime(2026, 11, 2, 10, tzinfo=UTC)
    job = open_job(db, JobInput(customer_id=zoe.id, unit_description="Washer", reported_problem="Leaks"),
                   GUI_TODAY, now)  # fmt: skip
    context = context_of(opened)
    window = JobWindow(context, job.id)
    qtbot.addWidget(window)
    window.show()
    context.changes.publish(Changes.of(Change.JOB))  # a save of something else: nothing to say
    settle()
    assert window.notice.isHidden()
    move_job(db, job.id, JobStatus.DIAGNOSING, now, staff_id=tess)  # the workshop PC
    context.changes.publish(Changes.of(Change.JOB))  # as the live timer publishes it
    settle()
    assert window.notice.isVisible() and window.notice.text().startswith("Changed elsewhere by Tess Tech at ")
    window.reload()
    assert window.notice.isHidden(), "once reloaded, the window shows what is saved"
    assert window.move_to(JobStatus.REPAIRING)  # the counter's own move, published as every save is
    settle()
    settle()
    assert window.job is not None and window.job.status is JobStatus.REPAIRING
    assert window.notice.isHidden(), "its own saves are not news"
    window.close()


@pytest.mark.parametrize("choice", [ConflictChoice.RELOAD, ConflictChoice.KEEP_MINE, ConflictChoice.CANCEL])
def test_job_notes_saved_elsewhere_offer_the_three_choices(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> None:
    from datetime import UTC, datetime

    from crm_desktop.domain.enums import StaffRole
    from crm_desktop.services.jobs import JobInput, get_job, open_job, update_notes
    from crm_desktop.services.staff import StaffInput, add_staff
    from crm_desktop.ui.job_dialogs import JobWindow
    from tests.support import GUI_TODAY

    db = opened.database
    olga = start_shop(db, {"shop.country": "BE"}, "Olga Owner").id
    tess = add_staff(db, StaffInput("Tess Tech", (StaffRole.TECHNICIAN,)), staff_id=olga).id
    zoe = create_customer(db, CustomerInput(name="Zoe Martin"), staff_id=olga)
    now = datetime(2026, 11, 2, 10, tzinfo=UTC)
    job = open_job(db, JobInput(customer_id=zoe.id, unit_description="Washer", reported_problem="Leaks"),
                   GUI_TODAY, now)  # fmt: skip
    window = JobWindow(context_of(opened), job.id)
    qtbot.addWidget(window)
    window.show()
    window.diagnosis.setPlainText("Door seal torn")  # the counter types...
    update_notes(db, job.id, now, diagnosis="Pump blocked", work_done=None, technician_id=None, staff_id=tess,
                 expected_version=get_job(db, job.id).version)  # fmt: skip  # ...the workshop saves first
    seen = _answering(monkeypatch, choice)
    window.save_notes()
    settle()
    settle()
    assert [(c.field, c.theirs, c.mine) for c in seen[0].changes] == [
        ("Diagnosis", "Pump blocked", "Door seal torn")
    ]
    assert seen[0].by == "Tess Tech"
    saved = get_job(db, job.id).diagnosis
    if choice is ConflictChoice.RELOAD:
        assert saved == "Pump blocked" and window.diagnosis.toPlainText() == "Pump blocked"
        assert not window.is_modified()
    elif choice is ConflictChoice.KEEP_MINE:
        assert saved == "Door seal torn" and not window.is_modified()
        with db.reading() as uow:
            kept = uow.session.scalars(
                select(AuditEntry.field).where(
                    AuditEntry.entity_id == job.id, AuditEntry.action == str(AuditAction.KEPT_MINE)
                )
            ).all()
        assert kept == ["diagnosis"]
    else:
        assert saved == "Pump blocked" and window.diagnosis.toPlainText() == "Door seal torn"
        assert "was changed by Tess Tech" in window.error.text()
    window.discard()


@pytest.mark.parametrize("choice", [ConflictChoice.RELOAD, ConflictChoice.KEEP_MINE, ConflictChoice.CANCEL])
def test_a_request_saved_elsewhere_offers_the_three_choices(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> None:
    from datetime import UTC, datetime

    from crm_desktop.domain.enums import JobPriority
    from crm_desktop.services import requests as rq
    from crm_desktop.ui.request_dialogs import RequestWindow
    from tests.support import GUI_TODAY

    db = opened.database
    olga = start_shop(db, {"shop.country": "BE"}, "Olga Owner").id
    rq.ensure_default_request_kinds(db)
    kinds = {kind.name: kind.id for kind in rq.list_request_kinds(db)}
    zoe = create_customer(db, CustomerInput(name="Zoe Martin"), staff_id=olga)
    now = datetime(2026, 11, 2, 10, tzinfo=UTC)
    question = rq.RequestInput(
        customer_id=zoe.id, kind_id=kinds["Question"], summary="Is water damage covered?"
    )
    opened_request = rq.open_request(db, question, today=GUI_TODAY, now=now, staff_id=olga)
    window = RequestWindow(context_of(opened), opened_request.id)
    qtbot.addWidget(window)
    window.show()
    window.notes.setPlainText("Called back: covered if under a year")  # the counter types...
    rq.update_request(db, opened_request.id, now=now, staff_id=olga, owner_id=opened_request.owner_id,
                      priority=JobPriority.HIGH, notes="Asked the insurer",
                      expected_version=opened_request.version)  # fmt: skip  # ...the office saves first
    seen = _answering(monkeypatch, choice)
    window.save()
    settle()
    settle()
    assert {(c.field, c.theirs, c.mine) for c in seen[0].changes} == {
        ("Notes", "Asked the insurer", "Called back: covered if under a year"),
        ("Priority", "high", "normal"),  # my form still shows the priority it opened with
    }
    saved = rq.get_request(db, opened_request.id, GUI_TODAY)
    if choice is ConflictChoice.RELOAD:
        assert saved.notes == "Asked the insurer" and window.notes.toPlainText() == "Asked the insurer"
        assert not window.is_modified()
    elif choice is ConflictChoice.KEEP_MINE:
        assert saved.notes == "Called back: covered if under a year" and saved.priority is JobPriority.NORMAL
        with db.reading() as uow:
            kept = uow.session.scalars(
                select(AuditEntry.field).where(
                    AuditEntry.entity_id == opened_request.id, AuditEntry.action == str(AuditAction.KEPT_MINE)
                )
            ).all()
        assert kept == ["priority, notes"]
    else:
        assert saved.notes == "Asked the insurer"
        assert window.notes.toPlainText() == "Called back: covered if under a year"
        assert "was changed by Olga Owner" in window.error.text()
    window.discard()
