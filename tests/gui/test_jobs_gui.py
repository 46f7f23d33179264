"""Service jobs on screen: intake from the customer page with the warranty found, the job window
moving through the workflow, lines, checklist, notes, visits, exchange, "tell the customer" and the
job sheet printed off the GUI thread."""

from __future__ import annotations

import subprocess
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.domain.enums import JobStatus, PromiseStatus, VisitStatus, WarrantyDecision, WarrantyStatus
from crm_desktop.services.jobs import ensure_default_procedures, get_job
from crm_desktop.services.sales import SaleInput, SaleLineInput, record_sale
from crm_desktop.storage.models import AuditEntry, Interaction
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.customer_page import CustomerPage
from crm_desktop.ui.job_dialogs import JobIntakeDialog, JobWindow, LineDialog, TellCustomerDialog
from crm_desktop.ui.main_window import MainWindow
from tests.gui.test_counter import _zoe, shop, window  # noqa: F401  (fixtures)
from tests.gui.waiting import settle
from tests.support import GUI_NOW, GUI_TODAY, context_of


def _sold_phone(shop: OpenedDatabase, customer: int, serial: str) -> int:  # noqa: F811
    sale = record_sale(
        shop.database,
        SaleInput(
            customer_id=customer,
            sale_date=GUI_TODAY - timedelta(days=100),
            lines=(
                SaleLineInput(
                    description="Pixel 8",
                    unit_price_minor=59900,
                    serial=serial,
                    warranty_start=GUI_TODAY - timedelta(days=100),
                    warranty_end=GUI_TODAY + timedelta(days=600),
                    warranty_override_reason="Manufacturer's two years",
                ),
            ),
        ),
        GUI_TODAY,
    )
    return sale.lines[0].id


def test_intake_finds_the_warranty_and_opens_the_job(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    zoe = _zoe(shop)
    _sold_phone(shop, zoe, "IMEI-777")
    window.open_customer(zoe)
    page: CustomerPage = window.pages["customer"]  # type: ignore[assignment]
    assert page.job_button.isEnabled()

    dialog = JobIntakeDialog(context_of(shop), zoe, page)
    qtbot.addWidget(dialog)
    dialog.unit.setText("Pixel 8")
    dialog.serial.setText("imei-777")  # scanned in lower case
    assert "Under warranty until" in dialog.warranty.text()
    dialog.serial.setText("OTHER-1")
    assert "Not sold here" in dialog.warranty.text()
    dialog.serial.setText("IMEI-777")
    dialog._save()  # no problem written: refused, the dialog stays open with a message
    settle()
    assert dialog.error.isVisibleTo(dialog) and "problem" in dialog.error.text()
    dialog.problem.setPlainText("Screen flickers")
    dialog.decision.setCurrentIndex(dialog.decision.findData(WarrantyDecision.BILLABLE))
    assert dialog.reason.isEnabled()
    dialog._save()  # an override without its reason is refused
    settle()
    assert "say why" in dialog.error.text()
    dialog.decision.setCurrentIndex(0)
    dialog._save()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.job is not None
    job = dialog.job
    assert job.warranty_status is WarrantyStatus.COVERED and job.sale_item_id is not None
    assert job.ready_promise is not None and job.ready_promise.due_date == GUI_TODAY + timedelta(days=3)

    opened: list[int] = []
    monkeypatch.setattr(
        JobWindow, "show_job", classmethod(lambda cls, parent, db, job_id: opened.append(job_id))
    )
    page.reload()
    row = next(i for i, e in enumerate(page.timeline_model.events) if e.ref_kind == "job")
    page.timeline.selectRow(row)
    assert page.open_job_button.isEnabled()
    qtbot.mouseClick(page.open_job_button, Qt.MouseButton.LeftButton)
    assert opened == [job.id]


def test_the_job_window_moves_through_the_workflow_and_prints(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.services.jobs import JobInput, open_job

    zoe = _zoe(shop)
    item = _sold_phone(shop, zoe, "IMEI-888")
    ensure_default_procedures(shop.database)

    job = open_job(
        shop.database,
        JobInput(
            customer_id=zoe,
            sale_item_id=item,
            reported_problem="Does not charge",
            ready_by=GUI_TODAY + timedelta(days=2),
        ),
        GUI_TODAY,
        GUI_NOW,
    )
    win = JobWindow(context_of(shop), job.id)
    qtbot.addWidget(win)
    win.show()
    assert "Last action today" in win.age.text()
    visible = {s for s, b in win.move_buttons.items() if b.isVisibleTo(win)}
    assert JobStatus.DIAGNOSING in visible and JobStatus.COLLECTED not in visible

    qtbot.mouseClick(win.move_buttons[JobStatus.DIAGNOSING], Qt.MouseButton.LeftButton)
    settle()
    assert win.job.status is JobStatus.DIAGNOSING and "diagnosing" in win.facts.text()
    # an illegal move is refused with a sentence, nothing changes
    win.move_to(JobStatus.COLLECTED)
    settle()
    assert win.error.isVisibleTo(win) and "diagnosing" in win.error.text().lower()
    assert get_job(shop.database, job.id).status is JobStatus.DIAGNOSING

    assert win.apply_procedure(_procedure_id(shop, "Device not charging"))
    settle()
    assert win.checklist.count() == 5
    win.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    settle()
    assert get_job(shop.database, job.id).checklist_done == 1

    line = LineDialog(context_of(shop), win.job, win)
    qtbot.addWidget(line)
    line.description.setText("Charging port")
    line.price.setText("abc")
    line._save()
    settle()
    assert "Unit price" in line.error.text() and "is not an amount in EUR" in line.error.text()
    line.price.setText("35,50")
    line.covered.setChecked(False)
    line._save()
    settle()
    assert line.result() == QDialog.DialogCode.Accepted
    win.reload()
    assert win.lines_model.rowCount() == 1 and "35" in win.totals.text()
    assert not win.remove_line(5)  # nothing there: a sentence, not a crash
    settle()
    extra = LineDialog(context_of(shop), win.job, win)
    qtbot.addWidget(extra)
    extra.description.setText("Typed by mistake")
    extra._save()
    settle()
    win.reload()
    assert win.lines_model.rowCount() == 2
    assert win.remove_line(1)
    settle()
    assert [line.description for line in get_job(shop.database, job.id).lines] == ["Charging port"]

    from crm_desktop.services.visits import VisitInput, job_visits, schedule_visit

    schedule_visit(
        shop.database,
        VisitInput(job_id=job.id, technician_id=None, day=GUI_TODAY, start=time(9), end=time(10)),
        GUI_NOW,
    )
    win.reload()
    assert not win.close_visit(VisitStatus.CANCELLED, "")  # none selected: told to select one
    settle()
    win.visits.setCurrentRow(0)
    assert win.close_visit(VisitStatus.CANCELLED, "")
    settle()
    assert [str(v.status) for v in job_visits(shop.database, job.id)] == ["cancelled"]
    assert "cancelled" in win.visits.item(0).text()

    win.diagnosis.setPlainText("Port full of lint")
    assert win.save_notes()
    settle()
    assert win.move_ready_by(GUI_TODAY + timedelta(days=9), "Part on order")
    settle()
    assert "→" in win.facts.text()
    assert ": Part on order" in win.facts.text()  # the reason of the move, on screen
    assert win.record_exchange("IMEI-999")
    settle()
    assert "replaced by IMEI-999" in win.facts.text()

    qtbot.mouseClick(win.move_buttons[JobStatus.REPAIRING], Qt.MouseButton.LeftButton)

    settle()
    qtbot.mouseClick(win.move_buttons[JobStatus.READY], Qt.MouseButton.LeftButton)
    settle()
    done = get_job(shop.database, job.id)
    assert done.status is JobStatus.READY and done.ready_promise is not None
    assert done.ready_promise.status is PromiseStatus.KEPT

    tell = TellCustomerDialog(
        context_of(shop), win.job.customer_id, None, win, job_id=win.job.id, ref=win.job.number_text
    )
    qtbot.addWidget(tell)
    assert "ready to collect" in tell.text.toPlainText()
    tell.copy()
    settle()
    assert tell.logged and tell.result() == 1
    assert QGuiApplication.clipboard().text() == tell.text.toPlainText()
    with shop.database.reading() as uow:
        logged = uow.session.scalars(select(Interaction).where(Interaction.job_id == job.id)).one()
        assert "ready to collect" in logged.summary

    target = tmp_path / "sheet.pdf"
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    win.print_sheet(str(target), open_after=False)
    qtbot.waitUntil(lambda: bool(problems) or "Saved to" in win.status.text(), timeout=20_000)
    assert problems == []
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert done.number_text in text and "Charging port" in text

    qtbot.mouseClick(win.move_buttons[JobStatus.COLLECTED], Qt.MouseButton.LeftButton)

    settle()
    assert not win.add_line_button.isEnabled() and "Closed" in win.age.text()
    with shop.database.reading() as uow:
        moves = uow.session.scalars(
            select(AuditEntry.new_value).where(
                AuditEntry.entity == "service_job",
                AuditEntry.entity_id == job.id,
                AuditEntry.field == "status",
            )
        ).all()
    assert moves == ["received", "diagnosing", "repairing", "ready", "collected"]


def _procedure_id(shop: OpenedDatabase, name: str) -> int:  # noqa: F811
    from crm_desktop.services.procedures import list_procedures

    return next(p.id for p in list_procedures(shop.database) if p.name == name)


def test_the_service_page_shows_a_technicians_day_and_prints_it(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import time

    from crm_desktop.services.jobs import JobInput, open_job
    from crm_desktop.services.staff import list_staff
    from crm_desktop.services.visits import VisitInput, schedule_visit
    from crm_desktop.ui.service_page import ServicePage

    tech = next(m for m in list_staff(shop.database) if m.role == "technician")
    zoe = _zoe(shop)
    job = open_job(
        shop.database,
        JobInput(
            customer_id=zoe, unit_description="Dishwasher", reported_problem="Leaks", technician_id=tech.id
        ),
        GUI_TODAY,
        GUI_NOW,
    )
    schedule_visit(
        shop.database,
        VisitInput(
            job_id=job.id, technician_id=tech.id, day=GUI_TODAY, start=time(14), end=time(16), on_site=True
        ),
        GUI_NOW,
    )
    window.show_page("service")
    page: ServicePage = window.pages["service"].content  # type: ignore[attr-defined]
    page.technician.setCurrentIndex(page.technician.findData(tech.id))
    assert page.visits_model.rowCount() == 1
    assert page.visits_model.index(0, 2).data() == job.number_text
    assert page.visits_model.index(0, 1).data() == "14:00–16:00"
    numbers = [page.jobs_model.index(r, 0).data() for r in range(page.jobs_model.rowCount())]
    assert job.number_text in numbers
    page.span.setCurrentIndex(page.span.findData("week"))
    assert "week of" in page.visits_title.text() and page.visits_model.rowCount() >= 1

    target = tmp_path / "day.pdf"
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    page.print_day(str(target), open_after=False)
    qtbot.waitUntil(lambda: bool(problems) or "Saved to" in page.status.text(), timeout=30_000)
    assert problems == []
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert job.number_text in text and "Dishwasher" in text
    assert text.count("Technician:") == len(page.plan.job_ids)  # one sheet per job


def test_procedures_are_edited_in_their_dialog(qtbot: QtBot, shop: OpenedDatabase) -> None:  # noqa: F811
    from crm_desktop.services.procedures import list_procedures
    from crm_desktop.ui.service_page import ProceduresDialog

    dialog = ProceduresDialog(context_of(shop))
    qtbot.addWidget(dialog)
    before = dialog.list.count()
    assert before >= 3  # the shipped ones
    dialog.new()
    dialog.name.setText("Screen replacement")
    assert dialog.save()  # started; refused once back: no steps
    settle()
    assert "at least one step" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert dialog.list.count() == before
    assert not any(p.name == "Screen replacement" for p in list_procedures(shop.database))
    dialog.steps.setPlainText("Back up the phone\n\nReplace the screen\nTest touch")
    assert dialog.save()
    settle()
    assert not dialog.error.isVisibleTo(dialog)
    saved = next(p for p in list_procedures(shop.database) if p.name == "Screen replacement")
    assert saved.steps == ("Back up the phone", "Replace the screen", "Test touch")
    assert dialog.list.count() == before + 1
    assert dialog.save(active=False)  # retire it
    settle()
    assert dialog.list.count() == before


def test_scanning_a_serial_on_the_service_page_takes_the_unit_in(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui.service_page import ServicePage

    zoe = _zoe(shop)
    item = _sold_phone(shop, zoe, "IMEI-4242")
    asked: list[tuple[int, int | None]] = []
    opened: list[int] = []

    def fake_ask(cls: object, parent: object, db: object, customer_id: int, **kw: int | None) -> object:
        asked.append((customer_id, kw.get("sale_item_id")))
        return None  # the clerk cancels

    monkeypatch.setattr(JobIntakeDialog, "ask", classmethod(fake_ask))
    monkeypatch.setattr(JobWindow, "show_job", classmethod(lambda cls, p, db, job_id: opened.append(job_id)))
    page = ServicePage(context_of(shop))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.serial, "imei-4242")
    qtbot.keyClick(page.serial, Qt.Key.Key_Return)
    assert asked == [(zoe, item)] and opened == []
    page.take_in("NOT-SOLD-1")
    assert "was not sold here" in page.status.text()


def test_telling_the_customer_about_a_promise_from_their_page(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.services.promises import record_promise

    zoe = _zoe(shop)
    record_promise(shop.database, zoe, "SIM activated", GUI_TODAY + timedelta(days=3), GUI_TODAY)
    window.open_customer(zoe)
    page: CustomerPage = window.pages["customer"]  # type: ignore[assignment]
    row = next(i for i, e in enumerate(page.timeline_model.events) if e.kind == "promise")
    page.timeline.selectRow(row)
    assert page.tell_button.isEnabled()
    shown: list[TellCustomerDialog] = []

    def fake_exec(dialog: TellCustomerDialog) -> int:
        shown.append(dialog)
        assert "SIM activated" in dialog.text.toPlainText() and "Zoë" in dialog.text.toPlainText()
        dialog.copy()
        return 1

    monkeypatch.setattr(TellCustomerDialog, "exec", fake_exec)
    qtbot.mouseClick(page.tell_button, Qt.MouseButton.LeftButton)
    settle()
    assert shown and shown[0].logged
    assert any(
        e.kind == "interaction" and "SIM activated" in e.detail + e.title for e in page.timeline_model.events
    )


def test_a_job_can_carry_other_promises_and_an_overridden_exchange(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
) -> None:

    from crm_desktop.services.jobs import JobInput, open_job

    zoe = _zoe(shop)
    item = _sold_phone(shop, zoe, "IMEI-5151")
    job = open_job(
        shop.database,
        JobInput(customer_id=zoe, sale_item_id=item, reported_problem="Dead"),
        GUI_TODAY,
        GUI_NOW,
    )
    win = JobWindow(context_of(shop), job.id)
    qtbot.addWidget(win)
    assert win.record_promise("Call with the quote", GUI_TODAY + timedelta(days=1))
    settle()
    with shop.database.reading() as uow:
        from crm_desktop.storage.models import Promise

        assert uow.session.scalars(select(Promise.description).where(Promise.job_id == job.id)).all() == [
            "Call with the quote"
        ]
    later = GUI_TODAY + timedelta(days=900)
    win.record_exchange("IMEI-5152", later, None)  # a new end needs its reason
    settle()
    assert "keeps the original warranty end" in win.error.text()
    assert win.record_exchange("IMEI-5152", later, "Manufacturer swapped the unit with a new warranty")
    settle()
    assert get_job(shop.database, job.id).warranty_end == later


def test_printing_the_history_from_the_customer_page(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui.history_print import HistoryPrintDialog

    zoe = _zoe(shop)
    _sold_phone(shop, zoe, "IMEI-6060")
    window.open_customer(zoe)
    page: CustomerPage = window.pages["customer"]  # type: ignore[assignment]
    shown: list[HistoryPrintDialog] = []
    monkeypatch.setattr(HistoryPrintDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    assert not dialog.internal.isChecked()  # the customer's copy by default
    dialog.use_start.setChecked(True)
    dialog.use_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog._save()
    settle()
    assert "ends before it starts" in dialog.error.text()
    dialog.use_start.setChecked(False)
    dialog.end.setDate(dialog.end.date().addYears(2))
    target = tmp_path / "history.pdf"
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    dialog.print_to(page, str(target), open_after=False)
    qtbot.waitUntil(lambda: bool(problems) or target.exists(), timeout=20_000)
    assert problems == []
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Zoë Øster-Łukasiewicz" in text and "IMEI-6060" in text and "Everything up to" in text


def test_the_menu_actions_open_a_job_and_print_what_the_page_shows(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui.history_print import HistoryPrintDialog
    from crm_desktop.ui.service_page import ServicePage

    calls: list[str] = []
    monkeypatch.setattr(CustomerPage, "new_job", lambda page: calls.append("intake"))
    monkeypatch.setattr(HistoryPrintDialog, "ask_and_print", classmethod(lambda *a: calls.append("history")))
    monkeypatch.setattr(ServicePage, "print_day", lambda page: calls.append("day"))
    window.show_page("today")
    window.print_action.trigger()
    assert "To print, open a customer's page" in window.statusBar().currentMessage()
    window.new_job_action.trigger()
    assert window.current_page() == "service" and calls == []
    window.print_action.trigger()
    window.open_customer(_zoe(shop))
    window.new_job_action.trigger()
    window.print_action.trigger()
    assert calls == ["day", "intake", "history"]
