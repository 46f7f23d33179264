"""The call list, opened from the Today page: the calls due today, one at a time.

Each call shows who to ring (a click on a number copies it), a line about the customer, why the call is
due and what to say; an outcome button records how it went and moves on to the next call, Skip moves on
without recording anything. The list is read once, off the GUI thread, when the dialog opens; each
outcome is written through :func:`crm_desktop.ui.operations.perform`, which tells the other pages.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import cast

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import AppContext
from crm_desktop.domain.changes import Change, Changes
from crm_desktop.domain.phones import label_text
from crm_desktop.errors import UserFacingError
from crm_desktop.services.call_list import CallItem, CallOutcome, CallRecorded, call_list, record_call
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.operations import perform
from crm_desktop.ui.tasks import run_in_background
from crm_desktop.ui.theme import tone_style
from crm_desktop.ui.widgets import GuardedDialog, error_label


def outcome_buttons() -> tuple[tuple[CallOutcome, str, str], ...]:
    """The outcome buttons: (outcome, label, tooltip), in the window's language."""
    return (
        (CallOutcome.REACHED, tr("&Reached"), tr("They answered: save their score and words, if given")),
        (
            CallOutcome.NO_ANSWER,
            tr("&No answer – retry tomorrow"),
            tr("Logged; the call is due again the next working day"),
        ),
        (
            CallOutcome.LEFT_MESSAGE,
            tr("&Left a message"),
            tr("Logged; the call comes back in two working days"),
        ),
        (
            CallOutcome.WRONG_NUMBER,
            tr("&Wrong number"),
            tr("Logged; the customer is tagged so someone fixes the number"),
        ),
    )


def tallied(tally: Counter[str]) -> list[str]:
    """How the calls went, one phrase per outcome that happened ("3 reached", "1 skipped (still on
    Today)"), in the order of the buttons; ``tally`` counts outcomes, "messaged" and "skipped"."""
    phrases = (
        (CallOutcome.REACHED, tr("%n reached", "calls of the call list", tally[CallOutcome.REACHED])),
        (CallOutcome.NO_ANSWER, tr("%n no answer", "calls of the call list", tally[CallOutcome.NO_ANSWER])),
        (
            CallOutcome.LEFT_MESSAGE,
            tr("%n left a message", "calls of the call list", tally[CallOutcome.LEFT_MESSAGE]),
        ),
        (
            CallOutcome.WRONG_NUMBER,
            tr("%n wrong number", "calls of the call list", tally[CallOutcome.WRONG_NUMBER]),
        ),
        ("messaged", tr("%n sent the update instead", "calls of the call list", tally["messaged"])),
        ("skipped", tr("%n skipped (still on Today)", "calls of the call list", tally["skipped"])),
    )
    return [phrase for key, phrase in phrases if tally[key]]


# No bold when checked: a bolder "Not asked" would no longer fit the width its plain text was given.
# Colours from the palette (light or dark theme alike): https://doc.qt.io/qt-6/stylesheet-reference.html#paletterole
SCORE_STYLE = (
    "QPushButton { padding:4px 8px; border:1px solid palette(mid); border-radius:4px;"
    " background:palette(button); }"
    " QPushButton:checked { background:palette(highlight); border-color:palette(highlight);"
    " color:palette(highlighted-text); }"
)
NOT_ASKED_STYLE = SCORE_STYLE.replace(
    "background:palette(highlight); border-color:palette(highlight); color:palette(highlighted-text);",
    "background:palette(mid);",
)
PHONE_STYLE = (
    "QPushButton { text-align:left; padding:4px 10px; border:1px solid palette(mid); border-radius:4px;"
    " background:palette(button); } QPushButton:hover { background:palette(midlight); }"
)


class CallListDialog(GuardedDialog):
    """One call at a time: "Call 2 of 7", the customer, the script, the outcome buttons."""

    discard_what = cast(str, QT_TR_NOOP("customer's words"))
    copied = Signal(str)  # a number copied: the window says so in its status bar

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, assignee_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Call list"))
        self.setMinimumSize(680, 580)
        self.calls: tuple[CallItem, ...] = ()
        self.position = 0
        self.loaded = False
        self.tally: Counter[str] = Counter()
        self.last_copied: str | None = None
        self.phone_buttons: list[QPushButton] = []

        self.stack = QStackedWidget(self)
        self.loading = QLabel(tr("Reading today's calls…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self._call_page())
        self.stack.addWidget(self._done_page())
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setAutoDefault(False)  # Enter closes only at the end (see _show_done)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        today, database = context.clock.today(), context.database
        run_in_background(
            lambda: call_list(database, today, assignee_id=assignee_id), self._loaded, self._load_failed
        )

    @classmethod
    def start(
        cls, parent: QWidget | None, context: AppContext, *, assignee_id: int | None = None
    ) -> CallListDialog:
        """Open the call list over the window (modal to it, without blocking the caller) and return it;
        it deletes itself when closed."""
        dialog = cls(context, parent, assignee_id=assignee_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- construction ----------------------------------------------------------------------------
    def _call_page(self) -> QWidget:
        page = QWidget(self)
        self.counter = QLabel(page)
        self.counter.setObjectName("counter")
        self.counter.setStyleSheet(tone_style("muted"))
        self.last_result = QLabel(page)
        self.last_result.setObjectName("lastResult")
        self.last_result.setStyleSheet(tone_style("good"))
        self.last_result.setWordWrap(True)
        self.last_result.hide()
        self.name = QLabel(page)
        self.name.setObjectName("customerName")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.phones = QHBoxLayout()
        self.no_phone = QLabel(tr("No phone number on file: open the customer to add one."), page)
        self.no_phone.setStyleSheet(tone_style("danger"))
        self.copied_note = QLabel(page)  # beside the numbers: "click to copy", then what was copied
        self.copied_note.setStyleSheet(tone_style("muted"))
        self.summary = QLabel(page)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(tone_style("muted"))
        self.reason = QLabel(page)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.script = QPlainTextEdit(page)
        self.script.setObjectName("script")
        self.script.setReadOnly(True)
        self.script.setMinimumHeight(130)
        self.script.setStyleSheet("QPlainTextEdit { background:palette(base); }")
        reading = QFont(self.script.font())
        reading.setPointSizeF(reading.pointSizeF() * 1.1)  # read aloud, on the phone
        self.script.setFont(reading)

        self.opinion_title = QLabel(page)
        self.opinion_title.setStyleSheet("font-weight:bold")
        self.score_row = QWidget(page)
        scores = QHBoxLayout(self.score_row)
        scores.setContentsMargins(0, 0, 0, 0)
        self.scores = QButtonGroup(self)  # exclusive: one score, or "Not asked" (id 0)
        self.not_asked = QPushButton(tr("Not asked"), self.score_row)
        for value in (1, 2, 3, 4, 5, 0):
            button = self.not_asked if value == 0 else QPushButton(f"&{value}", self.score_row)
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter in the dialog never picks a score
            button.setStyleSheet(NOT_ASKED_STYLE if value == 0 else SCORE_STYLE)
            if value:
                button.setFixedWidth(44)
                button.setToolTip({1: tr("1 — very unhappy"), 5: tr("5 — very happy")}.get(value, str(value)))
            self.scores.addButton(button, value)
            scores.addWidget(button)
        scores.addStretch(1)
        self.score_hint = QLabel(tr("1 or 2 books a recovery call for the owner"), self.score_row)
        self.score_hint.setStyleSheet(tone_style("muted"))
        scores.addWidget(self.score_hint)
        self.words = QPlainTextEdit(page)
        self.words.setObjectName("words")
        self.words.setFixedHeight(64)

        self.error = error_label(page)
        self.outcome_buttons: dict[CallOutcome, QPushButton] = {}
        outcomes = QHBoxLayout()
        for outcome, label, tip in outcome_buttons():
            button = QPushButton(label, page)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, chosen=outcome: self.record(chosen))
            if outcome is CallOutcome.REACHED:
                button.setStyleSheet("font-weight:bold")
            self.outcome_buttons[outcome] = button
            outcomes.addWidget(button)
        outcomes.addStretch(1)
        # News about a job, promise or request can go as a message instead of a call (or after no answer).
        self.send_update_button = QPushButton(tr("Send the &update…"), page)
        self.send_update_button.setToolTip(tr("The prepared message, by e-mail or SMS, instead of this call"))
        self.send_update_button.setAutoDefault(False)
        self.send_update_button.clicked.connect(self.send_update)
        outcomes.addWidget(self.send_update_button)
        self.skip_button = QPushButton(tr("S&kip"), page)
        self.skip_button.setToolTip(tr("Next call, recording nothing: this one stays on Today"))
        self.skip_button.setAutoDefault(False)
        self.skip_button.clicked.connect(self.skip)
        outcomes.addWidget(self.skip_button)

        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color:palette(mid)")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.last_result)
        layout.addWidget(self.counter)
        layout.addWidget(self.name)
        layout.addLayout(self.phones)
        layout.addWidget(self.no_phone)
        layout.addWidget(self.summary)
        layout.addWidget(line)
        layout.addWidget(self.reason)
        layout.addWidget(QLabel(tr("What to say"), page))
        layout.addWidget(self.script, 1)
        layout.addWidget(self.opinion_title)
        layout.addWidget(self.score_row)
        layout.addWidget(self.words)
        layout.addWidget(self.error)
        layout.addLayout(outcomes)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_title = QLabel(tr("All calls done"), page)
        self.done_title.setObjectName("doneTitle")
        font = QFont(self.done_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.done_title.setFont(font)
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text = QLabel(page)
        self.done_text.setObjectName("doneText")
        self.done_text.setWordWrap(True)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addStretch(2)
        return page

    # -- showing ---------------------------------------------------------------------------------
    def _loaded(self, calls: tuple[CallItem, ...]) -> None:
        self.calls, self.position, self.loaded = calls, 0, True
        self._show_current()

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):  # a locked or unreadable database: say so here
            self.loading.setText(str(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def current(self) -> CallItem | None:
        return self.calls[self.position] if self.loaded and self.position < len(self.calls) else None

    def _show_current(self) -> None:
        call = self.current()
        if call is None:
            self._show_done()
            return
        self.stack.setCurrentIndex(1)
        self.counter.setText(
            tr("Call {number} of {count}").format(number=self.position + 1, count=len(self.calls))
        )
        self.name.setText(call.customer_name)
        self._show_phones(call)
        self.summary.setText(call.summary)
        self.reason.setText(call.reason)
        overdue = call.due_date is not None and call.due_date < self.context.clock.today()
        self.reason.setStyleSheet(
            f"font-weight:bold; {tone_style('warning') if overdue or call.is_news else ''}"
        )
        self.script.setPlainText(call.script)
        if call.asks_satisfaction:
            self.opinion_title.setText(tr("Their score — the point of this call"))
        elif call.takes_score:
            self.opinion_title.setText(tr("Their opinion, asked on every call (if they give it)"))
        else:
            self.opinion_title.setText(tr("What they said"))
        self.score_row.setVisible(call.takes_score)
        self.send_update_button.setVisible(call.is_news)
        self.not_asked.setChecked(True)
        self.words.clear()
        self.words.setPlaceholderText(
            tr("The customer's own words (kept when they were reached)")
            if call.takes_score
            else tr("What they said about the news (kept when they were reached)")
        )
        self.error.hide()
        self.words.setFocus()  # the keyboard's job here: their words (outcomes are Alt+letter)
        self.mark_clean()

    def _show_phones(self, call: CallItem) -> None:
        for button in self.phone_buttons:
            self.phones.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.phone_buttons = []
        self.last_copied = None
        while self.phones.count():  # the note and the stretch, laid out again below
            self.phones.takeAt(0)
        for phone in call.phones:
            button = QPushButton(f"{phone.display}   {label_text(phone.label)}", self)
            button.setObjectName("phone")
            button.setStyleSheet(PHONE_STYLE)
            button.setToolTip(tr("{number} — click to copy").format(number=phone.display))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, number=phone.display: self.copy(number))
            self.phone_buttons.append(button)
            self.phones.addWidget(button)
        self.copied_note.setText(tr("click a number to copy it"))
        self.copied_note.setVisible(bool(call.phones))
        self.phones.addWidget(self.copied_note)
        self.phones.addStretch(1)
        self.no_phone.setVisible(not call.phones)

    def _show_done(self) -> None:
        self.stack.setCurrentIndex(2)
        if not self.calls:
            self.done_text.setText(tr("No calls are due today."))
        else:
            made = sum(self.tally[o] for o in CallOutcome)
            self.done_text.setText(
                tr("{made} of %n call(s) recorded: {outcomes}", None, len(self.calls)).format(
                    made=made, outcomes=" · ".join(tallied(self.tally))
                )
            )
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.mark_clean()

    # -- actions ---------------------------------------------------------------------------------
    def copy(self, number: str) -> None:
        """Copy a number, ready to dial or paste; it is the one a "wrong number" names."""
        call = self.current()
        QGuiApplication.clipboard().setText(number)
        self.last_copied = number
        self.copied_note.setText(tr("Copied {number}.").format(number=number))
        if call is not None:
            self.copied.emit(
                tr("Copied {number} ({customer})").format(number=number, customer=call.customer_name)
            )

    def score(self) -> int | None:
        chosen = self.scores.checkedId()
        return chosen if chosen > 0 else None

    def send_update(self) -> None:
        """The customer waiting for news gets the prepared message (Tell the customer); once it is
        sent, the call is done and the next one comes."""
        from crm_desktop.ui.job_dialogs import TellCustomerDialog

        call = self.current()
        if call is None or not call.is_news:
            return
        kind, record = call.key.kind, call.key.id
        dialog = TellCustomerDialog(
            self.context, call.customer_id, None, self,
            job_id=record if kind == "job" else None,
            promise_id=record if kind == "promise" else None,
            request_id=record if kind == "request" else None,
        )  # fmt: skip
        dialog.exec()
        if dialog.logged:
            self.tally["messaged"] += 1
            self._next(tr("✓ {customer}: the update was sent").format(customer=call.customer_name))

    def skip(self) -> None:
        if self.current() is None:
            return
        self.tally["skipped"] += 1
        self._next("")

    def record(self, outcome: CallOutcome) -> None:
        """Save how the call went (off the GUI thread), then show the next call."""
        call = self.current()
        if call is None:
            return
        from crm_desktop.ui.people import ensure_person

        try:
            me = ensure_person(self, self.context)
        except UserFacingError as exc:
            self._failed(exc)
            return
        reached = outcome is CallOutcome.REACHED
        score = self.score() if reached and call.takes_score else None
        words = self.words.toPlainText() if reached and self.words.toPlainText().strip() else None
        phone = self.last_copied if outcome is CallOutcome.WRONG_NUMBER else None
        database, key = self.context.database, call.key
        now, today = self.context.clock.now(), self.context.clock.today()

        def work() -> CallRecorded:
            return record_call(
                database,
                key,
                outcome,
                satisfaction=score,
                comment=words,
                phone=phone,
                now=now,
                today=today,
                staff_id=me,
            )

        changes = self._changes(call, outcome)
        perform(self, self.context, work, changes, done=self._recorded, failed=self._failed)

    @staticmethod
    def _changes(call: CallItem, outcome: CallOutcome) -> Changes:
        kinds = {Change.CONTACT}
        if call.key.kind == "follow_up":
            kinds.add(Change.FOLLOW_UP)
        else:  # news about a job is also news about its "ready by" promise
            kinds |= {Change.PROMISE, Change.JOB} if call.key.kind == "job" else {Change.PROMISE}
        if outcome is CallOutcome.WRONG_NUMBER:
            kinds.add(Change.CUSTOMER)  # the tag
        return Changes.of(*kinds, customers=(call.customer_id,))

    def _recorded(self, result: CallRecorded) -> None:
        call = self.current()
        self.tally[result.outcome] += 1
        self._next(
            tr("✓ {customer}: {outcome}").format(customer=call.customer_name, outcome=result.text)
            if call is not None
            else result.text
        )

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(str(error))
        self.error.show()

    def _next(self, said: str) -> None:
        self.position += 1
        self.last_result.setText(said)
        self.last_result.setVisible(bool(said))
        self._show_current()


__all__ = ["CallListDialog"]
