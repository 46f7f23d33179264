"""Small widget helpers shared by the dialogs, so every dialog speaks in the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

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
