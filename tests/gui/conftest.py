"""GUI tests keep window state (QSettings) in a private folder, never in the user's real settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True, scope="session")
def private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Writes run off the GUI thread: a test's last save finishes (and reaches the window) before
    pytest-qt closes the test's widgets and the database file is closed."""
    yield
    from tests.gui.waiting import settle

    settle()


@pytest.fixture(autouse=True, scope="session")
def mnemonics_everywhere(qapp: QApplication) -> None:
    """As the app does at start (crm_desktop.ui.app.ensure_app): every window gets its mnemonics."""
    from crm_desktop.ui import mnemonics

    mnemonics.install(qapp)


@pytest.fixture(autouse=True)
def window_in_english(qapp: QApplication) -> Iterator[None]:
    """As the app does once the shop is open: English words, numbers as the shop's country writes them
    (a test that switches the language is put back to English after it)."""
    from crm_desktop import i18n
    from crm_desktop.ui import i18n as ui_i18n

    ui_i18n.follow_shop_locale()
    yield
    if i18n.current_language() != i18n.ENGLISH:
        ui_i18n.install(qapp, i18n.ENGLISH)
    i18n.use_shop_locale("en_GB")
    ui_i18n.follow_shop_locale()
