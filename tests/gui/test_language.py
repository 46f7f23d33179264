"""The window in the shop's language: Settings → Language is kept and offers a restart, and a window
started in French or German shows its menus, pages, dates and the services' messages in that language."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from crm_desktop import i18n
from crm_desktop.app import AppContext
from crm_desktop.domain import dates
from crm_desktop.errors import UserFacingError
from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import i18n as ui_i18n
from crm_desktop.ui import staff_page
from crm_desktop.ui.i18n import tr
from crm_desktop.ui.language_dialog import LanguageChoice, LanguageDialog
from crm_desktop.ui.main_window import RESTART_PROPERTY, MainWindow
from crm_desktop.ui.staff_page import SettingsPage
from tests.gui.waiting import settle
from tests.support import context_of

TODAY = date(2026, 3, 3)


@pytest.fixture
def shop(opened: OpenedDatabase) -> OpenedDatabase:
    fill_demo(opened.database, customers=20, seed=3, today=TODAY)
    return opened


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    settle()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if isinstance(action.menu(), QMenu)]


def test_settings_language_is_kept_for_this_computer_and_offers_a_restart(
    qtbot: QtBot, shop: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, context_of(shop))
    window.show_page("settings")
    page = window.pages["settings"].ensure_built()  # type: ignore[attr-defined]
    assert isinstance(page, SettingsPage)
    monkeypatch.setattr(LanguageDialog, "ask", classmethod(lambda cls, *args: LanguageChoice("de")))
    asked: list[str] = []
    monkeypatch.setattr(staff_page, "ask_to_restart", lambda parent, name: asked.append(name) or True)
    page.choose_language()
    saved = json.loads((shop.paths.data_dir / i18n.PREFERENCES_FILE).read_text(encoding="utf-8"))
    assert saved["language"] == "de"
    assert asked == ["Deutsch"]
    assert "Deutsch from the next start" in page.language_label.text()
    app = QApplication.instance()
    assert app is not None and app.property(RESTART_PROPERTY) is True  # run_gui starts again after close
    app.setProperty(RESTART_PROPERTY, False)
    assert i18n.choose_language(None, shop.paths.data_dir) == "de"
    assert i18n.choose_language("fr", shop.paths.data_dir) == "fr"  # --language beats it for one run


@pytest.mark.parametrize(("code", "month"), [("fr", "mars"), ("de", "März")])
def test_a_window_started_in_another_language_speaks_it_everywhere(
    qtbot: QtBot, shop: OpenedDatabase, code: str, month: str
) -> None:
    english_menus = ["&File", "&Edit", "&Go", "&Help"]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_i18n.install(app, code)
    i18n.use_shop_locale("fr_BE" if code == "fr" else "de_DE")
    window = _window(qtbot, context_of(shop))
    menus = _menu_titles(window)
    assert menus == [tr(title) for title in english_menus]
    assert not set(menus) & set(english_menus), menus  # translated, not left in English
    today = window.today_page
    assert month in dates.long_date(TODAY)
    assert tr("Today — {date}") != "Today — {date}"
    with pytest.raises(UserFacingError) as raised:  # a service's message, through gettext
        i18n.parse_language("klingon")
    assert "is not a language crm_desktop speaks" not in str(raised.value)
    assert today.isVisible()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", {0: "0 days", 1: "1 day", 2: "2 days"}),  # English forms without a catalogue
        ("fr", {0: "0 jour", 1: "1 jour", 2: "2 jours"}),  # French: zero is singular
        ("de", {0: "0 Tagen", 1: "1 Tag", 2: "2 Tagen"}),
    ],
)
def test_the_window_picks_the_plural_form_of_its_language(code: str, expected: dict[int, str]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_i18n.install(app, code)
    assert {n: tr("%n day(s)", None, n) for n in expected} == expected
