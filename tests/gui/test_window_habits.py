"""Window habits a shopkeeper notices: the navigation follows the page shown, a scanned number leaves no
results popup behind, and the sample-shop banner names only menu items that are there."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.storage.models import Customer, ServiceJob, Setting
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.search_box import DEBOUNCE_MS
from tests.gui.test_counter import _zoe, shop, window  # noqa: F401  (fixtures)
from tests.gui.waiting import settle
from tests.support import context_of


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


def test_a_scanned_job_number_leaves_no_results_popup_behind(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
) -> None:
    with shop.database.reading() as uow:
        jobs = uow.session.execute(
            select(ServiceJob.id, ServiceJob.number, ServiceJob.customer_id).limit(2)
        ).all()
    box = window.search_box
    box.setFocus()
    page = None
    for job, wait_for_popup in zip(jobs, (False, True), strict=True):
        box.clear()
        qtbot.keyClicks(box, f"J-{job.number:04d}")
        if wait_for_popup:  # a slower scanner: the as-you-type results are up when Enter comes
            qtbot.waitUntil(box.results.isVisible)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        page = window.pages["customer"]
        assert window.current_page() == "customer" and page.customer_id == job.customer_id
        qtbot.wait(DEBOUNCE_MS * 3)  # the search the typing had started would have finished by now
        assert not box.results.isVisible(), f"results still shown after opening J-{job.number:04d}"
        selected = page.timeline.selectionModel().selectedRows()
        assert selected and page.timeline_model.events[selected[0].row()].ref_id == job.id


def _menus(main: MainWindow) -> dict[str, list[str]]:
    """What a user can reach now: each visible menu's title and its visible actions' texts."""
    found: dict[str, list[str]] = {}
    for menu_action in main.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and menu_action.isVisible():
            found[menu_action.text().replace("&", "")] = [
                a.text().replace("&", "") for a in menu.actions() if a.isVisible() and not a.isSeparator()
            ]
    return found


def _unreachable_paths(text: str, main: MainWindow) -> list[str]:
    """Each "Menu → Item" in ``text`` (tags stripped) whose menu or item the window does not show."""
    plain = re.sub(r"<[^>]+>", "", text)
    menus = _menus(main)
    wrong = []
    for named in re.finditer(r"(\w+) → ", plain):
        rest = plain[named.end() :]
        items = menus.get(named.group(1), [])
        if not any(rest.startswith(item) for item in items):
            wrong.append(plain[named.start() : named.end() + 30])
    return wrong


def test_the_sample_banner_names_only_menu_items_that_exist(qtbot: QtBot, opened: OpenedDatabase) -> None:
    with opened.database.writing() as uow:  # a sample opened directly (--db sample.sqlite3)
        uow.session.add_all([Customer(name="Ana"), Setting(key="demo", value="1")])
        uow.commit()
    main = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(main)
    main.show()
    assert main.sample_banner.isVisible()
    assert not main.home_action.isVisible()  # there is no other database to go back to
    assert _unreachable_paths(main.sample_banner.text(), main) == []
    assert "made up" in main.sample_banner.text()
    for key in ("sales",):  # the empty page points to menus too
        assert _unreachable_paths(main.pages[key].explanation.text(), main) == [], key


def test_the_sample_banner_of_an_explored_sample_points_home(qtbot: QtBot, opened: OpenedDatabase) -> None:
    main = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(main)
    main.show()
    main.welcome.sample_button.click()
    qtbot.waitUntil(lambda: getattr(main, "replacement", None) is not None, timeout=60_000)
    sample = main.replacement
    qtbot.addWidget(sample)
    banner = sample.sample_banner.text()
    assert "File → Back to my shop's database" in banner  # the way back to the shop's own data
    assert _unreachable_paths(banner, sample) == []
