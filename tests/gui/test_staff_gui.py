"""The shop's people in the window: first start, Settings → Staff, the person at the keyboard, PINs,
retiring with reassignment — and every action names the person who did it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.app import AppContext
from crm_desktop.domain.enums import Channel, JobStatus, StaffRole
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.jobs import get_job
from crm_desktop.services.staff import StaffMember, list_staff, open_work
from crm_desktop.services.today import today_view
from crm_desktop.storage.models import AuditEntry, FollowUp, Interaction, JobChecklistItem
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import people
from crm_desktop.ui.follow_up_dialogs import CompleteDialog
from crm_desktop.ui.job_dialogs import JobWindow
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.shop_dialog import ShopDetailsDialog
from crm_desktop.ui.staff_page import RetireDialog, SettingsPage, StaffDialog
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of

TODAY = date(2026, 11, 1)


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=40, seed=5, today=TODAY)
    return opened


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _settings(window: MainWindow) -> SettingsPage:
    window.show_page("settings")
    page = window.pages["settings"].ensure_built()  # type: ignore[attr-defined]
    assert isinstance(page, SettingsPage)
    return page


def _fill_and_save(monkeypatch: pytest.MonkeyPatch, kind: type[QDialog], fill: object) -> None:
    """Replace ``kind.exec`` by: fill the fields as a user would, press Save, return the result."""

    def exec_(dialog: QDialog) -> int:
        fill(dialog)  # type: ignore[operator]
        save = getattr(dialog, "_save", None) or dialog.save  # type: ignore[attr-defined]
        save()
        settle()
        return int(dialog.result())

    monkeypatch.setattr(kind, "exec", exec_)


def test_a_fresh_database_walks_through_the_owners_name(
    qtbot: QtBot, opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, AppContext(opened))
    assert window.current_page() == "welcome"
    assert "choose" in window.person_button.text()  # nobody yet

    def fill(dialog: ShopDetailsDialog) -> None:
        assert dialog.owner is not None  # asked only while the shop has nobody
        dialog.owner.setText("Hélène Marchand")
        dialog.name.setText("Vélo & Co")

    _fill_and_save(monkeypatch, ShopDetailsDialog, fill)
    qtbot.mouseClick(window.welcome.shop_button, Qt.MouseButton.LeftButton)
    (owner,) = list_staff(opened.database)
    assert owner.name == "Hélène Marchand" and owner.roles == tuple(StaffRole)  # one person: all three
    assert window.context.person == owner
    assert window.person_button.text().replace("&", "") == "At the keyboard: Hélène Marchand (HM)"
    assert people.remembered_id(window.context) == owner.id  # an int, after a restart too
    again = ShopDetailsDialog(window.context)
    qtbot.addWidget(again)
    assert again.owner is None  # the next time, the shop's details only


def test_the_shop_name_alone_is_not_enough_at_first_start(qtbot: QtBot, opened: OpenedDatabase) -> None:
    dialog = ShopDetailsDialog(AppContext(opened))
    qtbot.addWidget(dialog)
    dialog.name.setText("Vélo & Co")
    dialog.save()
    settle()
    assert "Give your name" in dialog.error.text()
    assert list_staff(opened.database) == ()
    from crm_desktop.services.settings import get_settings

    assert "business.name" not in get_settings(opened.database)  # both or neither


def test_a_technician_added_in_settings_is_named_on_everything_they_do(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, context_of(shop))
    page = _settings(window)
    before = page.model.rowCount()

    def fill(dialog: StaffDialog) -> None:
        dialog.name.setText("Tariq Benali")
        dialog.roles[StaffRole.TECHNICIAN].setChecked(True)
        assert dialog.pin is not None
        dialog.pin.setText("2468")

    _fill_and_save(monkeypatch, StaffDialog, fill)
    tariq = page.add_person()
    assert tariq is not None and tariq.has_pin and tariq.initials == "TB"
    assert page.model.rowCount() == before + 1
    assert "Tariq Benali" in [m.name for m in page.model.people]

    # A wrong PIN is refused and changes nothing; the right one switches.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(people.PinDialog, "ask", classmethod(lambda cls, parent, member: "1111"))
    assert not window.person_button.choose(tariq)
    assert warnings and "not Tariq Benali's PIN" in warnings[0]
    assert window.context.person is not None and window.context.person.name == "Hélène Marchand"
    monkeypatch.setattr(people.PinDialog, "ask", classmethod(lambda cls, parent, member: "2468"))
    assert window.person_button.choose(tariq)
    assert window.person_button.text().replace("&", "") == "At the keyboard: Tariq Benali (TB)"
    assert QSettings().value(people._settings_key(window.context)) in (tariq.id, str(tariq.id))
    assert people.remembered_id(window.context) == tariq.id

    # Move a job, tick its checklist, complete a follow-up: each record names Tariq.
    db = shop.database
    from crm_desktop.services.jobs import JobInput, open_job

    customer = next(i for s in today_view(db, GUI_TODAY).sections for i in s.items).customer_id
    owner_id = next(m.id for m in list_staff(db) if m.holds(StaffRole.OWNER))
    job_id = open_job(
        db,
        JobInput(customer_id=customer, unit_description="Bike", reported_problem="Brakes", staff_id=owner_id),
        GUI_TODAY,
        window.context.clock.now(),
    ).id
    job = JobWindow(window.context, job_id, window)
    qtbot.addWidget(job)
    assert job.person.text() == "You: Tariq Benali (TB)"
    target = next(t for t in job.job.next_states if t not in (JobStatus.CANCELLED, JobStatus.COLLECTED))
    assert job.move_to(target)
    settle()
    from crm_desktop.services.jobs import ensure_default_procedures
    from crm_desktop.services.procedures import list_procedures

    ensure_default_procedures(db)
    procedure = next(p for p in list_procedures(db) if p.steps)
    assert job.apply_procedure(procedure.id)
    settle()
    job.checklist.item(0).setCheckState(Qt.CheckState.Checked)  # the technician ticks the first step
    settle()
    item = get_job(db, job_id).checklist[0]
    follow_up = next(i for s in today_view(db, GUI_TODAY).sections for i in s.items if i.kind == "follow_up")
    complete = CompleteDialog(window.context, follow_up)
    qtbot.addWidget(complete)
    complete.outcome.setPlainText("Works fine, very happy")
    complete.channel.setCurrentIndex(complete.channel.findData(Channel.CALL))
    complete._save()
    settle()
    assert complete.result() == QDialog.DialogCode.Accepted

    with db.reading() as uow:
        s = uow.session
        moved = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "service_job",
                AuditEntry.entity_id == job_id,
                AuditEntry.field == "status",
            )
        ).all()
        assert moved[-1].new_value == str(target) and moved[-1].staff_id == tariq.id
        ticked = s.get(JobChecklistItem, item.id)
        assert ticked is not None and ticked.done and ticked.done_by_id == tariq.id
        assert s.scalars(
            select(AuditEntry.staff_id).where(
                AuditEntry.entity == "job_checklist_item", AuditEntry.entity_id == item.id
            )
        ).all() == [tariq.id]
        done = s.get(FollowUp, follow_up.id)
        assert done is not None and done.completed_by_id == tariq.id
        contact = s.scalars(select(Interaction).where(Interaction.follow_up_id == follow_up.id)).one()
        assert contact.staff_id == tariq.id
        completed = s.scalars(
            select(AuditEntry.staff_id).where(
                AuditEntry.entity == "follow_up", AuditEntry.entity_id == follow_up.id
            )
        ).all()
        assert completed[-1] == tariq.id


def test_retiring_a_person_with_open_work_hands_it_to_a_colleague(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, context_of(shop))
    page = _settings(window)
    everyone = list_staff(shop.database)
    busy = max(
        everyone, key=lambda m: open_work(shop.database, m.id).total if not m.holds(StaffRole.OWNER) else -1
    )
    held = open_work(shop.database, busy.id)
    assert held.total > 0
    heir = next(
        m
        for m in everyone
        if m.id != busy.id and m.holds(StaffRole.TECHNICIAN) == busy.holds(StaffRole.TECHNICIAN)
    )
    before = open_work(shop.database, heir.id)
    page.select(busy.id)

    shown: list[str] = []

    def fill(dialog: RetireDialog) -> None:
        shown.append(dialog.findChild(QLabel, "openWork").text())
        dialog.heir.setCurrentIndex(0)  # nobody first: refused, nothing changes
        dialog._save()
        settle()
        assert "Choose who takes it over" in dialog.error.text()
        dialog.heir.setCurrentIndex(dialog.heir.findData(heir.id))

    _fill_and_save(monkeypatch, RetireDialog, fill)
    assert page.retire()
    assert shown and held.describe() in shown[0]
    assert open_work(shop.database, busy.id).total == 0
    after = open_work(shop.database, heir.id)
    assert after.total == before.total + held.total
    retired = next(m for m in list_staff(shop.database, include_inactive=True) if m.id == busy.id)
    assert not retired.active and retired.retired_at is not None
    assert busy.id not in [m.id for m in page.model.people]  # retired people are hidden by default
    page.show_retired.setChecked(True)
    assert busy.id in [m.id for m in page.model.people]


def test_nobody_at_the_keyboard_is_asked_once_not_saved_anonymously(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.services.customers import CustomerInput, create_customer
    from crm_desktop.ui.quick_dialogs import ContactDialog

    context = AppContext(shop)
    assert context.person is None
    seller = next(m for m in list_staff(shop.database) if m.holds(StaffRole.SALES))
    asked: list[int] = []

    def ask(cls: type, parent: object, ctx: AppContext) -> StaffMember | None:
        asked.append(1)
        return seller

    monkeypatch.setattr(people.PersonDialog, "ask", classmethod(ask))
    customer = create_customer(shop.database, CustomerInput(name="Ana")).id
    for summary in ("Asked about the SIM", "Called back"):
        dialog = ContactDialog(context, customer)
        qtbot.addWidget(dialog)
        dialog.summary.setPlainText(summary)
        dialog._save()
        settle()
        assert dialog.result() == QDialog.DialogCode.Accepted
    assert asked == [1]  # once: then they are the person at the keyboard
    with shop.database.reading() as uow:
        names = uow.session.scalars(
            select(Interaction.staff_id).where(Interaction.customer_id == customer)
        ).all()
    assert names == [seller.id, seller.id]

    monkeypatch.setattr(people.PersonDialog, "ask", classmethod(lambda cls, parent, ctx: None))
    context.person = None
    dialog = ContactDialog(context, customer)
    qtbot.addWidget(dialog)
    dialog.summary.setPlainText("Third call")
    dialog._save()  # cancelled: nothing is saved without a name
    settle()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Choose who is at the keyboard" in dialog.error.text()
    with shop.database.reading() as uow:
        count = len(
            uow.session.scalars(select(Interaction.id).where(Interaction.customer_id == customer)).all()
        )
    assert count == 2


def test_today_and_service_open_on_my_work(qtbot: QtBot, shop: OpenedDatabase) -> None:
    technician = next(m for m in list_staff(shop.database) if m.holds(StaffRole.TECHNICIAN))
    window = _window(qtbot, context_of(shop, technician.name))
    assert window.today_page.assignee.currentData() == technician.id
    window.show_page("service")
    service = window.pages["service"].ensure_built()  # type: ignore[attr-defined]
    assert service.technician.currentData() == technician.id
    owner = next(m for m in list_staff(shop.database) if m.holds(StaffRole.OWNER))
    assert window.person_button.choose(owner)
    assert window.today_page.assignee.currentData() is None  # owners see everyone
    assert service.technician.currentData() is None


def test_today_says_when_work_for_a_role_goes_to_the_owner(qtbot: QtBot, opened: OpenedDatabase) -> None:
    from crm_desktop.services.staff import StaffInput, add_staff
    from crm_desktop.ui.today_page import TodayPage

    add_staff(opened.database, StaffInput("Olga Owner", (StaffRole.OWNER, StaffRole.SALES)), staff_id=None)
    page = TodayPage(context_of(opened))
    qtbot.addWidget(page)
    page.show()
    assert page.roles_notice.isVisible()
    assert page.roles_notice.text().startswith(
        "Nobody is technician: follow-ups meant for a technician go to Olga"
    )
    add_staff(opened.database, StaffInput("Tim Tech", (StaffRole.TECHNICIAN,)), staff_id=None)
    page.refresh()
    assert not page.roles_notice.isVisible()


def test_the_job_windows_tell_the_customer_button_opens_the_message(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.services.jobs import JobInput, open_job
    from crm_desktop.ui.job_dialogs import TellCustomerDialog

    context = context_of(shop)
    customer = next(i for s in today_view(shop.database, GUI_TODAY).sections for i in s.items).customer_id
    job_id = open_job(
        shop.database,
        JobInput(customer_id=customer, unit_description="Kettle", reported_problem="Leaks"),
        GUI_TODAY,
        context.clock.now(),
    ).id
    window = JobWindow(context, job_id)
    qtbot.addWidget(window)
    shown: list[str] = []

    def fake_exec(dialog: TellCustomerDialog) -> int:
        shown.append(dialog.text.toPlainText())
        return 0

    monkeypatch.setattr(TellCustomerDialog, "exec", fake_exec)
    qtbot.mouseClick(window.tell_button, Qt.MouseButton.LeftButton)
    assert shown and "Kettle" in shown[0]
