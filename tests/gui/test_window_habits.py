"""Window habits a shopkeeper notices: the navigation follows the page shown, a scanned number leaves no
results popup behind, and the sample-shop banner names only menu items that are there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from tests.gui.test_counter import _zoe, shop, window  # noqa: F401  (fixtures)


def _highlighted(main: MainWindow) -> list[str]:
    return [item.text() for item in main.nav.selectedItems()]


def _click_nav(qtbot: QtBot, main: MainWindow, label: str) -> None:
    nav = main.nav
    item = next(nav.item(r) for r in range(nav.count()) if nav.item(r).text() == label)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())


def test_the_navigation_highlights_the_section_of_the_page_shown(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
) -> None:
    zoe = _zoe(shop)
    assert window.current_page() == "today" and _highlighted(window) == ["Today"]
    qtbot.keyClicks(window.search_box, "zoe oster")
    qtbot.waitUntil(lambda: window.search_box.results.count() > 0)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_page() == "customer" and window.pages["customer"].customer_id == zoe
    assert _highlighted(window) == ["Customers"]  # not "Today", where the search started

    _click_nav(qtbot, window, "Customers")  # the highlighted section still leads back to its list
    assert window.current_page() == "customers" and _highlighted(window) == ["Customers"]

    _click_nav(qtbot, window, "Service")
    window.open_customer(zoe)  # e.g. from a job's customer link
    assert _highlighted(window) == ["Customers"]
    window.show_page("welcome")  # no section of its own: nothing highlighted
    assert _highlighted(window) == []
