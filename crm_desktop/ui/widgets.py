"""Small widget helpers shared by the dialogs, so every dialog speaks in the same way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.errors import UserFacingError

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


class FormDialog(QDialog):
    """A small form with Save/Cancel: ``save()`` does the work; a user-facing error is shown in the
    dialog, which stays open with what was typed."""

    title = ""

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
            self.save()
        except UserFacingError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.adjustSize()
            return
        self.accept()
