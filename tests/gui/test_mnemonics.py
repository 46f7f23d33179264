"""Every button, tick box, labelled field and menu entry can be reached with Alt and a letter, and no
two in one window share a letter."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.mnemonics import mnemonic_of, with_mnemonic
from tests.gui.test_counter import shop  # noqa: F401  (fixture)
from tests.gui.test_discard import FACTORIES, _open_job
from tests.gui.waiting import settle
from tests.support import context_of


def test_a_mnemonic_goes_on_the_first_free_word_start() -> None:
    taken: set[str] = {"s"}
    assert with_mnemonic("Save notes", taken) == "Save &notes" and taken == {"s", "n"}
    assert with_mnemonic("Send", taken) == "S&end"  # no word start free: the next free letter
    assert with_mnemonic("Vélo && Co", taken) == "&Vélo && Co"  # "&&" stays a literal ampersand
    assert with_mnemonic("Se&nd", taken) == "Se&nd" and mnemonic_of("Vélo && Co") is None


def _check(window: QWidget) -> None:
    seen: dict[str, str] = {}
    shown = [w for w in window.findChildren(QWidget) if w.window() is window and w.isVisibleTo(window)]
    controls = [w for w in shown if isinstance(w, QAbstractButton) and w.text()]
    controls += [w for w in shown if isinstance(w, QLabel) and w.buddy() is not None and "<" not in w.text()]
    for control in controls:
        text = control.text()  # type: ignore[attr-defined]
        letter = mnemonic_of(text)
        if letter is None:  # only when more controls than letters and digits could go round
            assert len(controls) > 36, f"{window.windowTitle()}: “{text}” has no mnemonic"
            continue
        assert letter not in seen, f"{window.windowTitle()}: “{text}” and “{seen[letter]}” share Alt+{letter}"
        seen[letter] = text


def test_the_main_window_and_its_menus(qtbot: QtBot, opened: OpenedDatabase) -> None:
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(context_of(opened))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _check(window)
    for page in ("customers", "sales", "service", "warranties", "reports", "settings", "today"):
        window.show_page(page)  # a page built when first shown gets its letters too
        settle()
        qtbot.wait(10)
        _check(window)
    for menu_action in window.menuBar().actions():
        assert mnemonic_of(menu_action.text()) is not None, menu_action.text()
        menu = menu_action.menu()
        menu.popup(window.mapToGlobal(window.rect().center()))  # type: ignore[union-attr]
        letters = [mnemonic_of(a.text()) for a in menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]
        menu.hide()  # type: ignore[union-attr]
        assert None not in letters and len(set(letters)) == len(letters), menu_action.text()


@pytest.mark.parametrize("name", list(FACTORIES))
def test_every_dialog(qtbot: QtBot, shop: OpenedDatabase, name: str) -> None:  # noqa: F811
    _kind, factory, _what = FACTORIES[name]
    customer, job = _open_job(shop.database)
    dialog = factory(context_of(shop), customer, job)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _check(dialog)


def _unnamed(window: QWidget) -> list[str]:
    """The window's shown fields and lists that a screen reader could not name."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    return [
        f"{type(w).__name__} {w.objectName() or '(no name)'}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.window() is window
        and w.isVisibleTo(window)
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
        and not w.accessibleName()
        and type(w).__name__ != "QHeaderView"  # read with its table
    ]


def test_every_field_and_list_has_an_accessible_name(qtbot: QtBot, shop: OpenedDatabase) -> None:  # noqa: F811
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(context_of(shop))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for page in ("today", "customers", "sales", "service", "warranties", "reports", "settings"):
        window.show_page(page)
        settle()
        qtbot.wait(10)
        assert _unnamed(window) == [], page
    customer, job = _open_job(shop.database)
    for name, (_kind, factory, _what) in FACTORIES.items():
        dialog = factory(context_of(shop), customer, job)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _unnamed(dialog) == [], name
        dialog.hide()


def test_a_button_keeps_its_own_shortcut_and_the_menu_bar_keeps_its_letters(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
) -> None:
    from PySide6.QtGui import QKeySequence

    from crm_desktop.ui.job_dialogs import JobWindow
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(context_of(shop))
    qtbot.addWidget(window)
    window.show()
    window.show_page("today")
    settle()
    qtbot.wait(10)
    today = window.today_page
    assert today.call_list_shortcut.key().toString() == "Ctrl+L" and mnemonic_of(
        today.call_list_button.text()
    )
    menus = {mnemonic_of(a.text()) for a in window.menuBar().actions()}
    shown = [w for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    assert not menus & {mnemonic_of(b.text()) for b in shown}  # Alt+H opens Help, and nothing else
    _customer, job = _open_job(shop.database)
    sheet = JobWindow(context_of(shop), job)
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.wait(10)
    assert sheet.print_shortcut.key() == QKeySequence(QKeySequence.StandardKey.Print)
    assert mnemonic_of(sheet.print_button.text()) is not None
    printed: list[bool] = []
    sheet.print_button.clicked.disconnect()
    sheet.print_button.clicked.connect(lambda: printed.append(True))
    qtbot.keySequence(sheet, QKeySequence(QKeySequence.StandardKey.Print))  # Ctrl+P still prints
    assert printed == [True]
