"""Someone else saved the record while this form was open: what they changed, field by field, and who;
then the person chooses. *Reload* shows their version (mine is discarded), *Keep mine* saves mine over
theirs on purpose (the audit trail says so), *Cancel* goes back to my form with everything I typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain import dates
from crm_desktop.errors import ConflictError, UserFacingError
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.widgets import GuardedDialog


class ConflictChoice(Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep mine"  # untranslated: an internal value, never shown
    CANCEL = "cancel"


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, error: ConflictError) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Changed by someone else"))
        self.setMinimumWidth(620)
        self.choice = ConflictChoice.CANCEL
        who = error.by or tr("Someone else")
        if error.at:
            at = error.at.astimezone()
            saved = tr(
                "<b>{who}</b> saved <b>{what}</b> at {time} on {date}, while you had it open. "
                "Nothing of yours has been saved yet."
            ).format(
                who=who,
                what=_escape(error.what),
                time=dates.clock_time(at),
                date=dates.medium_date(at.astimezone().date()),
            )
        else:
            saved = tr(
                "<b>{who}</b> saved <b>{what}</b>, while you had it open. "
                "Nothing of yours has been saved yet."
            ).format(who=who, what=_escape(error.what))
        text = QLabel(saved, self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.table = QTableWidget(len(error.changes), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Saved by {who}").format(who=who), tr("Yours")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, change in enumerate(error.changes):
            for column, value in enumerate((change.field, change.theirs, change.mine)):
                self.table.setItem(row, column, QTableWidgetItem(value.replace("\n", " ⏎ ")))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        if error.changes:
            layout.addWidget(self.table)
        else:
            self.table.hide()
        hint = QLabel(
            tr(
                "Reload shows their version (what you typed is discarded). Keep mine saves yours over "
                "theirs; the history records that you did. Cancel takes you back to your form."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(tr("Reload"), self)
        self.keep_button = QPushButton(tr("Keep mine"), self)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self._choose(ConflictChoice.RELOAD))
        self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
        self.cancel_button.clicked.connect(lambda: self._choose(ConflictChoice.CANCEL))
        layout.addWidget(buttons)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, error: ConflictError) -> ConflictChoice:
        dialog = cls(parent, error)
        dialog.exec()
        return dialog.choice


def answer_conflict(dialog: QDialog, error: ConflictError, save_again: Callable[[int], None]) -> bool:
    """The three choices for an edit form whose record someone else saved meanwhile. *Reload* closes the
    form with ``reload_asked`` set, and :func:`edit_until_settled` opens it again on what is saved now;
    *Keep mine* saves again over their version (``save_again(their version)``); *Cancel* returns False
    and the form shows the one-line message with what was typed."""
    choice = ConflictDialog.ask(dialog, error)
    if choice is ConflictChoice.RELOAD:
        dialog.reload_asked = True  # type: ignore[attr-defined]
        QDialog.reject(dialog)  # without asking: the person chose to drop what they typed
        return True
    if choice is ConflictChoice.KEEP_MINE:
        save_again(error.version)
        return True
    return False


def answer_edit_conflict(dialog: QDialog, error: UserFacingError, save: Callable[[], object]) -> bool:
    """:func:`answer_conflict` for a form editing ``dialog.existing`` (frozen details with a ``version``):
    *Keep mine* saves again with their version. False when ``error`` is not a conflict, or on Cancel."""
    existing = getattr(dialog, "existing", None)
    if not isinstance(error, ConflictError) or existing is None:
        return False

    def again(version: int) -> None:
        dialog.existing = replace(existing, version=version)  # type: ignore[attr-defined]
        dialog.keep_mine = True  # type: ignore[attr-defined]  # a form whose service audits it says so
        save()

    return answer_conflict(dialog, error, again)


def answer_window_conflict(
    window: GuardedDialog,
    error: UserFacingError,
    *,
    show_theirs: Callable[[], None],
    save_mine: Callable[[], object],
    refuse: Callable[[UserFacingError], None],
) -> None:
    """The three choices for a window that stays open (a job, a request) whose fields someone else saved
    meanwhile. The window reloads first, keeping what is typed. Then *Reload* puts their values in the
    fields (``show_theirs``), *Keep mine* saves again against their version (``save_mine``), and *Cancel*
    leaves mine, unsaved, with ``refuse``'s one line. Errors that are not conflicts go to ``refuse``."""
    if not isinstance(error, ConflictError):
        refuse(error)
        return
    choice = ConflictDialog.ask(window, error)
    window.reload()  # type: ignore[attr-defined]  # as saved now; what is being typed is kept
    if choice is ConflictChoice.RELOAD:
        show_theirs()
        window.mark_clean()
    elif choice is ConflictChoice.KEEP_MINE:
        save_mine()
    else:
        refuse(error)


def edit_until_settled(open_form: Callable[[], QDialog]) -> QDialog:
    """Run the edit form ``open_form`` makes (reading the record as saved now); while the person answers a
    conflict with *Reload*, run a fresh one. Returns the last form, closed."""
    while True:
        dialog = open_form()
        dialog.exec()
        if not getattr(dialog, "reload_asked", False):
            return dialog


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


__all__ = [
    "ConflictChoice",
    "ConflictDialog",
    "answer_conflict",
    "answer_edit_conflict",
    "answer_window_conflict",
    "edit_until_settled",
]
