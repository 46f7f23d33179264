"""The call list as the counter works through it from Today: one call reached with a score and the
customer's words, one not answered (due again tomorrow), one wrong number, the rest skipped."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.domain.enums import FollowUpStatus
from crm_desktop.domain.recurrence import next_working_day
from crm_desktop.services.call_list import CallItem, CallOutcome, call_list
from crm_desktop.services.customers import get_customer
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.models import FollowUp, Interaction
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.call_list_dialog import CallListDialog
from crm_desktop.ui.today_page import TodayPage
from tests.gui.waiting import settle
from tests.support import GUI_TODAY, context_of


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=60, seed=4, today=GUI_TODAY)
    return opened


def _open(qtbot: QtBot, shop: OpenedDatabase) -> tuple[TodayPage, CallListDialog]:
    page = TodayPage(context_of(shop))
    qtbot.addWidget(page)
    assert page.call_list_shortcut.key().toString() == "Ctrl+L"
    page.call_list_button.click()
    dialog = page.call_list_dialog
    assert dialog is not None
    settle()  # the list is read off the GUI thread
    return page, dialog


def _follow_up(shop: OpenedDatabase, call: CallItem) -> FollowUp:
    with shop.database.reading() as uow:
        found = uow.session.get(FollowUp, call.key.id)
        assert found is not None
        uow.session.expunge(found)
        return found


def _next_outcome(chosen: dict[CallOutcome, CallItem], call: CallItem) -> CallOutcome | None:
    """Reached for the first follow-up call, then no answer, then a wrong number; None: skip it."""
    if call.customer_id in {c.customer_id for c in chosen.values()} or not call.phones:
        return None
    if CallOutcome.REACHED not in chosen:
        return CallOutcome.REACHED if call.takes_score else None
    if CallOutcome.NO_ANSWER not in chosen:
        return None if call.is_news else CallOutcome.NO_ANSWER
    return None if CallOutcome.WRONG_NUMBER in chosen else CallOutcome.WRONG_NUMBER


def test_working_through_the_call_list(qtbot: QtBot, shop: OpenedDatabase) -> None:
    page, dialog = _open(qtbot, shop)
    calls = dialog.calls
    assert len(calls) >= 4 and calls == call_list(shop.database, GUI_TODAY)
    assert dialog.counter.text() == f"Call 1 of {len(calls)}"
    copied: list[str] = []
    page.copied.connect(copied.append)
    chosen: dict[CallOutcome, CallItem] = {}
    wrong_number = ""
    while (call := dialog.current()) is not None:
        assert dialog.name.text() == call.customer_name and dialog.script.toPlainText() == call.script
        assert dialog.reason.text() == call.reason and dialog.summary.text() == call.summary
        # One call of each outcome, each with another customer (a wrong number holds theirs back).
        outcome = _next_outcome(chosen, call)
        if outcome is CallOutcome.REACHED:
            dialog.scores.button(4).click()
            dialog.words.setPlainText("Quiet, and the <delay> start is handy")
        elif outcome is CallOutcome.WRONG_NUMBER:
            dialog.phone_buttons[-1].click()  # the number dialled is the one the log names
            wrong_number = call.phones[-1].display
            assert QGuiApplication.clipboard().text() == wrong_number
            assert copied[-1] == f"Copied {wrong_number} ({call.customer_name})"
        if outcome is None:
            dialog.skip_button.click()
        else:
            chosen[outcome] = call
            dialog.outcome_buttons[outcome].click()
        settle()
        assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
        if outcome is CallOutcome.REACHED:
            assert dialog.last_result.text() == f"✓ {call.customer_name}: Reached; rated 4 out of 5."
        if dialog.current() is not None:
            assert dialog.counter.text() == f"Call {dialog.position + 1} of {len(calls)}"
    reached = chosen[CallOutcome.REACHED]
    unanswered = chosen[CallOutcome.NO_ANSWER]
    wrong = chosen[CallOutcome.WRONG_NUMBER]

    # The end: a clear state, and what was recorded.
    assert dialog.stack.currentIndex() == 2 and dialog.done_title.text() == "All calls done"
    skipped = len(calls) - 3
    assert dialog.done_text.text() == (
        f"3 of {len(calls)} calls recorded: 1 reached · 1 no answer · 1 wrong number · "
        f"{skipped} skipped (still on Today)"
    )

    done = _follow_up(shop, reached)
    assert done.status is FollowUpStatus.DONE and done.satisfaction == 4
    assert done.satisfaction_comment == "Quiet, and the <delay> start is handy"
    assert done.completed_by_id == context_of(shop).person_id

    tomorrow = next_working_day(GUI_TODAY)  # 2 November 2026 is a Monday: Tuesday
    assert _follow_up(shop, unanswered).due_date == tomorrow
    assert unanswered.key not in {c.key for c in call_list(shop.database, GUI_TODAY)}
    again = next(c for c in call_list(shop.database, tomorrow) if c.key == unanswered.key)
    assert again.tries == unanswered.tries + 1

    assert "wrong number" in get_customer(shop.database, wrong.customer_id).tags
    with shop.database.reading() as uow:
        logged = uow.session.scalars(
            select(Interaction.summary)
            .where(Interaction.customer_id == wrong.customer_id)
            .order_by(Interaction.id.desc())
        ).first()
    assert logged is not None and logged.startswith(f"Wrong number: {wrong_number}")
    assert all(c.customer_id != wrong.customer_id for c in call_list(shop.database, GUI_TODAY))


def test_a_news_call_keeps_words_but_no_score_and_errors_stay_on_the_call(
    qtbot: QtBot, shop: OpenedDatabase
) -> None:
    _page, dialog = _open(qtbot, shop)
    while (call := dialog.current()) is not None and not call.is_news:
        dialog.skip_button.click()
    assert call is not None, "the sample shop has customers waiting for news"
    assert not dialog.score_row.isVisibleTo(dialog) and dialog.opinion_title.text() == "What they said"
    position = dialog.position
    dialog.words.setPlainText("x" * 10_001)  # too long: the service refuses, the dialog says why
    dialog.outcome_buttons[CallOutcome.REACHED].click()
    settle()
    assert dialog.error.isVisibleTo(dialog) and "too long" in dialog.error.text()
    assert dialog.position == position  # still on the same call, with what was typed
    dialog.words.setPlainText("Thanks for letting me know")
    dialog.outcome_buttons[CallOutcome.REACHED].click()
    settle()
    assert dialog.position == position + 1 and dialog.last_result.text().endswith("Told the news.")


def test_no_calls_due_says_so(qtbot: QtBot, opened: OpenedDatabase) -> None:
    _page, dialog = _open(qtbot, opened)
    assert dialog.stack.currentIndex() == 2
    assert (dialog.done_title.text(), dialog.done_text.text()) == (
        "All calls done",
        "No calls are due today.",
    )
