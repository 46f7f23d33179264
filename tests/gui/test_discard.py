"""Esc, Cancel or the close button on a form with typed data asks before throwing it away; an untouched
form (or one opened filled in and left as it was) closes at once. One mechanism for every dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.app import AppContext
from crm_desktop.domain.enums import JobStatus
from crm_desktop.services.customers import get_customer
from crm_desktop.services.jobs import get_job
from crm_desktop.services.today import TodayItem, today_view
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import ServiceJob
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import widgets
from crm_desktop.ui.widgets import GuardedDialog
from tests.gui.test_counter import TODAY, _zoe, shop  # noqa: F401  (fixtures)
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of

Factory = Callable[[AppContext, int, int], QDialog]


def _item(db: Database) -> TodayItem:
    view = today_view(db, TODAY)
    return next(i for s in view.sections for i in s.items if i.kind == "follow_up")


def _read(dialog: QDialog) -> QDialog:
    """A dialog that reads what it shows off the GUI thread, once it has it."""
    settle()
    return dialog


def _factories() -> dict[str, tuple[type, Factory, str]]:
    """Every data-entry dialog, made for a customer and a job, and what its question calls the data."""
    from crm_desktop.services.follow_up_batches import BatchAction
    from crm_desktop.ui.call_list_dialog import CallListDialog
    from crm_desktop.ui.catalogue_page import ProductDialog
    from crm_desktop.ui.customer_dialog import CustomerDialog
    from crm_desktop.ui.follow_up_dialogs import BatchDialog, CompleteDialog, RescheduleDialog, SkipDialog
    from crm_desktop.ui.job_dialogs import JobIntakeDialog, JobWindow, LineDialog, VisitDialog
    from crm_desktop.ui.messages_dialogs import ConsentDialog, MessagesSetupDialog, TemplatesDialog
    from crm_desktop.ui.plan_dialogs import CategoryDialog, PlanDialog
    from crm_desktop.ui.quick_dialogs import ContactDialog, FollowUpDialog, PromiseDialog
    from crm_desktop.ui.request_dialogs import RequestDialog, RequestKindsDialog, RequestWindow
    from crm_desktop.ui.sale_dialog import SaleDialog
    from crm_desktop.ui.service_page import ProceduresDialog
    from crm_desktop.ui.shop_dialog import ShopDetailsDialog
    from crm_desktop.ui.staff_page import StaffDialog
    from crm_desktop.ui.widgets import MoveDateDialog

    return {
        "new customer": (CustomerDialog, lambda cx, c, j: CustomerDialog(cx, None), "customer details"),
        "edit customer": (
            CustomerDialog,
            lambda cx, c, j: CustomerDialog(cx, get_customer(cx.database, c)),
            "changes",
        ),
        "sale": (SaleDialog, lambda cx, c, j: SaleDialog(cx, c), "sale"),
        "contact": (ContactDialog, lambda cx, c, j: ContactDialog(cx, c), "contact"),
        "follow-up": (FollowUpDialog, lambda cx, c, j: FollowUpDialog(cx, c), "follow-up"),
        "promise": (PromiseDialog, lambda cx, c, j: PromiseDialog(cx, c), "promise"),
        "complete": (CompleteDialog, lambda cx, c, j: CompleteDialog(cx, _item(cx.database)), "outcome"),
        "reschedule": (
            RescheduleDialog,
            lambda cx, c, j: RescheduleDialog(cx, _item(cx.database)),
            "new date and reason",
        ),
        "skip": (SkipDialog, lambda cx, c, j: SkipDialog(cx, _item(cx.database)), "reason"),
        "skip several": (
            BatchDialog,
            lambda cx, c, j: BatchDialog(cx, (_item(cx.database),), BatchAction.SKIP),
            "reason",
        ),
        "request": (RequestDialog, lambda cx, c, j: RequestDialog(cx, c), "request"),
        "request kinds": (RequestKindsDialog, lambda cx, c, j: RequestKindsDialog(cx), "kind of request"),
        "request window": (
            RequestWindow,
            lambda cx, c, j: RequestWindow(cx, _request(cx, c)),
            "changes to the owner, priority and notes",
        ),
        "plan": (PlanDialog, lambda cx, c, j: PlanDialog(cx, None), "plan"),
        "category": (CategoryDialog, lambda cx, c, j: CategoryDialog(cx, None), "category"),
        "product": (ProductDialog, lambda cx, c, j: ProductDialog(cx, None), "product"),
        "shop details": (ShopDetailsDialog, lambda cx, c, j: ShopDetailsDialog(cx), "shop details"),
        "job intake": (JobIntakeDialog, lambda cx, c, j: JobIntakeDialog(cx, c), "service job"),
        "job line": (
            LineDialog,
            lambda cx, c, j: LineDialog(cx, get_job(cx.database, j, TODAY)),
            "part or labour",
        ),
        "job visit": (VisitDialog, lambda cx, c, j: VisitDialog(cx, get_job(cx.database, j, TODAY)), "visit"),
        "job notes": (JobWindow, lambda cx, c, j: JobWindow(cx, j), "notes"),
        "procedures": (ProceduresDialog, lambda cx, c, j: ProceduresDialog(cx), "procedure"),
        "person": (StaffDialog, lambda cx, c, j: StaffDialog(cx, None), "person's details"),
        "call list": (CallListDialog, lambda cx, c, j: _read(CallListDialog(cx)), "customer's words"),
        "messages setup": (MessagesSetupDialog, lambda cx, c, j: MessagesSetupDialog(cx), "message settings"),
        "message templates": (TemplatesDialog, lambda cx, c, j: TemplatesDialog(cx), "template"),
        "contact consent": (ConsentDialog, lambda cx, c, j: ConsentDialog(cx, c), "consent answers"),
        "move a date": (
            MoveDateDialog,
            lambda cx, c, j: MoveDateDialog(None, "Move promise date", "“SIM activated”", GUI_TODAY),
            "new date and reason",
        ),
    }


def _request(context: AppContext, customer_id: int) -> int:
    from crm_desktop.services.requests import (
        RequestInput,
        ensure_default_request_kinds,
        list_request_kinds,
        open_request,
    )

    ensure_default_request_kinds(context.database)
    kind = list_request_kinds(context.database)[0].id
    data = RequestInput(customer_id=customer_id, kind_id=kind, summary="Activate the new line")
    clock = context.clock
    return open_request(context.database, data, today=clock.today(), now=clock.now(), staff_id=None).id


FACTORIES = _factories()
# Where the typing starts when the first text field is not open yet.
BEFORE_TYPING: dict[str, Callable[[QDialog], object]] = {
    "job visit": lambda d: d.on_site.click(),  # type: ignore[attr-defined]  # the address opens on site
}


def _open_job(db: Database) -> tuple[int, int]:
    with db.reading() as uow:
        job = uow.session.execute(
            select(ServiceJob.id, ServiceJob.customer_id).where(
                ServiceJob.status.not_in((JobStatus.COLLECTED, JobStatus.CANCELLED))
            )
        ).first()
    assert job is not None
    return job.customer_id, job.id


def _first_text_field(dialog: QDialog) -> QWidget:
    """The first field a user types in: a line or text box of the dialog's own, enabled and shown."""
    for widget in dialog.findChildren(QWidget):
        inner = isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        typed = isinstance(widget, QLineEdit | QPlainTextEdit) and not inner
        if typed and widget.isVisible() and widget.isEnabled() and not widget.isReadOnly():
            return widget
    raise AssertionError(f"no field to type in on {dialog.windowTitle()}")


def _cancel_button(dialog: QDialog) -> QAbstractButton:
    names = ("Cancel", "Close")  # whatever their mnemonic
    buttons = dialog.findChildren(QAbstractButton)
    return next(b for b in buttons if b.text().replace("&", "") in names and b.isVisible())


@dataclass
class Questions:
    """The discard questions asked (dialog title, what), and the answers to give, in order."""

    asked: list[tuple[str, str]] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    recorded = Questions()

    def fake(parent: QWidget, what: str) -> bool:
        recorded.asked.append((parent.windowTitle(), what))
        return recorded.answers.pop(0)

    monkeypatch.setattr(widgets, "confirm_discard", fake)
    return recorded


# Dialogs with nothing typed to lose, and why.
NOT_DATA_ENTRY = {
    "ImportWizard": "choices, not typing: nothing is saved before Import; the column mapping is remembered",
    "MergeDialog": "a search for the duplicate, then its own confirmation",
    "TellCustomerDialog": "a message written by the app, to copy or send",
    "ExportDialog": "choices from lists and a folder picked in the system's dialog; nothing typed",
    "HistoryPrintDialog": "print options",
    "PersonDialog": "a choice from a list",
    "PinDialog": "a PIN typed again in a moment, better not kept",
    "PrintPreviewDialog": "a preview of a document already made",
    "RetireDialog": "one choice from a list",
    "SaleWindow": "shows a sale; a date change or void is asked in its own small dialog, kept at once",
    "BackupsDialog": "a list of backups and buttons that act at once; nothing typed",
    "EraseDialog": "the customer's name typed only to confirm; cancelling is what it is for",
    "ConflictDialog": "three choices about a form that stays open behind it, with what was typed",
    "ServerDialog": "where the server is, used at once by Connect or Move; closing changes nothing",
    "OutboxDialog": "a list of messages and buttons that act at once; nothing typed",
    "AskToSendDialog": "the shop's own message, offered after an event: Send or Not now",
    "LanguageDialog": "one choice from a list",
}


def test_every_dialog_of_the_app_is_guarded_or_says_why_not(qtbot: QtBot, opened: OpenedDatabase) -> None:
    import importlib
    import inspect
    import pkgutil

    import crm_desktop.ui

    dialogs: dict[str, type] = {}
    for info in pkgutil.iter_modules(crm_desktop.ui.__path__):
        module = importlib.import_module(f"crm_desktop.ui.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and not name.startswith("_"):
                dialogs[name] = cls
    bases = {"GuardedDialog", "FormDialog"}
    exercised = {kind.__name__ for kind, _factory, _what in FACTORIES.values()}
    assert set(dialogs) - bases - set(NOT_DATA_ENTRY) == exercised
    assert all(issubclass(dialogs[name], GuardedDialog) for name in exercised)


@pytest.mark.parametrize("name", list(FACTORIES))
def test_each_dialog_asks_before_throwing_typed_data_away(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    questions: Questions,
    name: str,
) -> None:
    _kind, factory, what = FACTORIES[name]
    customer, job = _open_job(shop.database)

    untouched = factory(context_of(shop), customer, job)
    qtbot.addWidget(untouched)
    assert isinstance(untouched, GuardedDialog)
    untouched.show()
    qtbot.waitExposed(untouched)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and questions.asked == []  # nothing typed: closes at once

    dialog = factory(context_of(shop), customer, job)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    BEFORE_TYPING.get(name, lambda _d: None)(dialog)
    field = _first_text_field(dialog)
    field.setFocus()
    qtbot.keyClicks(field, "Typed by hand")
    questions.answers.append(False)  # Keep editing
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert questions.asked == [(dialog.windowTitle(), what)]
    assert dialog.isVisible() and "Typed by hand" in widgets._field_value(field)  # type: ignore[operator]

    questions.answers.append(True)  # Discard
    qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 2
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_a_filled_form_left_as_it_was_closes_at_once(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    questions: Questions,
) -> None:
    from crm_desktop.ui.customer_dialog import CustomerDialog

    dialog = CustomerDialog(context_of(shop), get_customer(shop.database, _zoe(shop)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, " Jr")
    for _ in range(3):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)  # typed and taken back: nothing to lose
    dialog.close()  # the window's close button
    assert not dialog.isVisible() and questions.asked == []


def test_the_question_says_what_and_keeps_editing_unless_told_to_discard(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
) -> None:
    from crm_desktop.ui.quick_dialogs import PromiseDialog

    dialog = PromiseDialog(context_of(shop), _zoe(shop))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.what, "SIM active by Friday")
    seen: list[tuple[str, list[str]]] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        seen.append((box.text(), sorted(buttons)))
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()

    QTimer.singleShot(0, lambda: answer("Keep editing"))
    dialog.reject()  # what Esc and Cancel do
    assert dialog.isVisible() and dialog.what.toPlainText() == "SIM active by Friday"
    QTimer.singleShot(0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape))
    dialog.reject()  # Esc in the question is the safe answer too
    assert dialog.isVisible()
    QTimer.singleShot(0, lambda: answer("Discard"))
    dialog.reject()
    assert not dialog.isVisible()
    assert seen[0] == ("Discard the typed promise?", ["Discard", "Keep editing"])


def test_opening_a_duplicate_from_a_typed_customer_asks_first(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    questions: Questions,
) -> None:
    from crm_desktop.ui.customer_dialog import CustomerDialog

    zoe = _zoe(shop)
    dialog = CustomerDialog(context_of(shop), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Zoe again")
    opened: list[int] = []
    dialog.open_other.connect(opened.append)
    questions.answers.extend([False, True])
    dialog._open_duplicate(str(zoe))
    assert opened == [] and dialog.isVisible()  # kept editing: the duplicate is not opened
    dialog._open_duplicate(str(zoe))
    assert opened == [zoe] and not dialog.isVisible()
    assert len(questions.asked) == 2


def test_notes_typed_in_the_job_window_survive_its_buttons_and_are_asked_about(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    questions: Questions,
) -> None:
    from crm_desktop.ui.job_dialogs import JobWindow

    _, job_id = _open_job(shop.database)
    window = JobWindow(context_of(shop), job_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.diagnosis.setPlainText("Charging port full of lint")
    target = next(s for s in window.job.next_states if s not in (JobStatus.CANCELLED, JobStatus.COLLECTED))
    assert window.move_to(target)  # a button that reloads the job
    settle()
    assert window.job.status is target
    assert window.diagnosis.toPlainText() == "Charging port full of lint"  # not wiped by the reload
    questions.answers.append(False)
    window.reject()
    assert questions.asked == [(window.windowTitle(), "notes")] and window.isVisible()
    assert window.save_notes()
    settle()
    window.reject()  # saved: nothing to lose
    assert len(questions.asked) == 1 and not window.isVisible()
    assert get_job(shop.database, job_id, TODAY).diagnosis == "Charging port full of lint"
