"""Odd text typed into every field of every form, then saved: NUL and other control characters,
right-to-left marks and scripts, emoji, and a megabyte pasted in. Each form either saves it or says in
the window why not; nothing raises, and the shop's file stays sound."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import widgets
from tests.gui.test_counter import shop  # noqa: F401  (fixture)
from tests.gui.test_discard import BEFORE_TYPING, FACTORIES, _open_job
from tests.gui.waiting import settle
from tests.support import context_of

ODD = {
    "controls": "Zoë\x00 \x07bell\x1b[31m red\x7f\u200b",
    "right to left": "\u202eZoë\u202c שלום مرحبا \u200f(1)",
    "emoji": "Zoë 🙂👍🏽 🇧🇪 family 👨‍👩‍👧",
    "a megabyte": "long " * 200_000,
}
SAVE_WORDS = {
    "Save",
    "OK",
    "Save notes",
    "Save and close",
    "Add",
    "Take in",
    "Record",
    "Record sale",
    "Save e-mail settings",
}


def _fields(dialog: QWidget) -> list[QWidget]:
    found = []
    for widget in dialog.findChildren(QWidget):
        inner = isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        typed = isinstance(widget, QLineEdit | QPlainTextEdit) and not inner
        if typed and widget.isVisible() and widget.isEnabled() and not widget.isReadOnly():  # type: ignore[attr-defined]
            found.append(widget)
    return found


def _save_button(dialog: QWidget) -> QAbstractButton | None:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if role in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole):
                return button
    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") in SAVE_WORDS and button.isVisible() and button.isEnabled():
            return button
    return None


def _said(dialog: QWidget, boxes: list[str]) -> list[str]:
    """What the window says about the save: its visible message lines, and message boxes shown."""
    lines = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text() and label.styleSheet() and "b00020" in label.styleSheet()
    ]
    return lines + boxes


@pytest.mark.parametrize("kind", list(ODD))
@pytest.mark.parametrize("name", list(FACTORIES))
def test_odd_text_in_every_field_is_saved_or_refused_in_the_window(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    kind: str,
) -> None:
    boxes: list[str] = []

    def box(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        boxes.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.No

    for method in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, method, box)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("", False))
    monkeypatch.setattr(widgets, "confirm_discard", lambda *_args, **_kwargs: True)
    _kind, factory, _what = FACTORIES[name]
    customer, job = _open_job(shop.database)
    dialog = factory(context_of(shop), customer, job)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    BEFORE_TYPING.get(name, lambda _d: None)(dialog)
    fields = _fields(dialog)
    assert fields, f"{name}: no field to type in"
    for field in fields:
        if isinstance(field, QLineEdit):
            field.setText(ODD[kind])
        else:
            field.setPlainText(ODD[kind])  # type: ignore[attr-defined]
    button = _save_button(dialog)
    if button is None:
        pytest.skip(f"{name} saves nothing of its own (it reads, or each change is kept as made)")
    button.click()
    settle()
    if dialog.isVisible():  # a window that stays open (a job, a request, the lists of kinds): saved,
        said = _said(dialog, boxes)  # so nothing is left unsaved, or it says why not
        saved = not dialog.is_modified()  # type: ignore[attr-defined]
        assert saved or said, f"{name}: the form stayed open, unsaved, and said nothing about {kind}"
        assert all("Traceback" not in line for line in said)
    with shop.database.reading() as uow:
        assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    if dialog.isVisible():
        dialog.discard()  # type: ignore[attr-defined]
