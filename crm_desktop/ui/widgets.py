"""Small widget helpers shared by the dialogs, so every dialog speaks in the same way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import UserFacingError, ValidationError

ERROR_STYLE = "color:#b00020"


def error_label(parent: QWidget, name: str = "error") -> QLabel:
    """A red, wrapping message line, hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def save_cancel(
    parent: QWidget, on_save: Callable[[], object], on_cancel: Callable[[], object]
) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(on_cancel)
    return buttons


def date_field(parent: QWidget, initial: date) -> QDateEdit:
    field = QDateEdit(parent)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    field.setDate(QDate(initial.year, initial.month, initial.day))
    return field


def ask_date(parent: QWidget, title: str, prompt: str, initial: date) -> date | None:
    """A date typed as YYYY-MM-DD; None when cancelled, :class:`ValidationError` when not a date."""
    text, ok = QInputDialog.getText(parent, title, prompt, text=initial.isoformat())
    if not ok:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"“{text}” is not a date like {initial.isoformat()}.") from None


def ask_new_date(parent: QWidget, title: str, what: str, initial: date) -> tuple[date, str] | None:
    """A promise's new date and the reason for it (told to the customer, kept in the history); None
    when either question is cancelled, :class:`ValidationError` when the date is not one."""
    new_date = ask_date(parent, title, f"New date for {what} (YYYY-MM-DD):", initial)
    if new_date is None:
        return None
    reason, ok = QInputDialog.getMultiLineText(
        parent, title, "Why does the date move? (told to the customer, kept in the history)"
    )
    return (new_date, reason) if ok else None


class FormDialog(QDialog):
    """A small form with Save/Cancel: ``save()`` does the work; a user-facing error is shown in the
    dialog, which stays open with what was typed."""

    title = ""
    writes = True  # saving names the person at the keyboard; False for forms that only read or print

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self, self._save, self.reject))

    def save(self) -> object:
        raise NotImplementedError

    def _save(self) -> None:
        try:
            context = getattr(self, "context", None)
            if context is not None and self.writes:  # a write names the person (asked once)
                from crm_desktop.ui.people import ensure_person

                ensure_person(self, context)
            self.save()
        except UserFacingError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.adjustSize()
            return
        self.accept()
