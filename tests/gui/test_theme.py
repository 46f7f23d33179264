"""Any theme: the colours that say something (late, good, a banner, a chart) read on a light window and
on a dark one — measured as WCAG contrast ratios — and Today follows a dark system theme."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services.demo import fill_demo
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui import theme
from tests.support import GUI_TODAY, context_of

LIGHT_WINDOW, DARK_WINDOW, DARK_BASE = QColor("#efefef"), QColor("#2d2d2d"), QColor("#1e1e1e")
TEXT_TONES = ("danger", "warning", "good", "muted", "notice")  # text: at least 4.5:1 (WCAG AA)
GRAPHIC_TONES = ("accent", "void")  # chart bars, a void sale's grey: at least 3:1 (WCAG 1.4.11)


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, DARK_WINDOW),
        (QPalette.ColorRole.WindowText, QColor("#eeeeee")),
        (QPalette.ColorRole.Base, DARK_BASE),
        (QPalette.ColorRole.AlternateBase, QColor("#262626")),
        (QPalette.ColorRole.Text, QColor("#eeeeee")),
        (QPalette.ColorRole.Button, QColor("#3a3a3a")),
        (QPalette.ColorRole.ButtonText, QColor("#eeeeee")),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb4")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Mid, QColor("#555555")),
    ):
        palette.setColor(role, colour)
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = QGuiApplication.palette()
    QApplication.setPalette(_dark_palette())
    yield
    QApplication.setPalette(before)


@pytest.mark.parametrize("name", TEXT_TONES + GRAPHIC_TONES)
def test_each_tone_reads_on_a_light_and_on_a_dark_window(name: str) -> None:
    light, dark = (QColor(c) for c in theme.TONES[name])
    least = 4.5 if name in TEXT_TONES else 3.0
    assert theme.contrast(light, LIGHT_WINDOW) >= least
    assert theme.contrast(dark, DARK_WINDOW) >= least and theme.contrast(dark, DARK_BASE) >= least


def test_banners_and_section_rows_read_in_both_themes() -> None:
    for light, dark in theme.BANNERS.values():
        for background, text, _border in (light, dark):
            assert theme.contrast(QColor(text), QColor(background)) >= 4.5
    assert theme.contrast(QColor("#000000"), QColor(theme.SECTION[0])) >= 4.5
    assert theme.contrast(QColor("#eeeeee"), QColor(theme.SECTION[1])) >= 4.5


def test_the_colours_follow_the_palette(qapp: QApplication, dark: None) -> None:
    assert theme.is_dark() and theme.tone("danger") == theme.TONES["danger"][1]
    assert "#43121a" in theme.banner_style("error")


def test_today_in_a_dark_theme(qtbot: QtBot, opened: OpenedDatabase, dark: None, tmp_path: Path) -> None:
    """Today's late rows and section titles use the dark theme's colours; the page is saved as a picture
    (``CRM_SCREENSHOTS``: a folder to keep it in, to look at)."""
    from PySide6.QtCore import Qt

    from crm_desktop.ui.today_page import TodayPage

    fill_demo(opened.database, customers=40, seed=4, today=GUI_TODAY)
    page = TodayPage(context_of(opened))
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.show()
    rows = page.model.rows
    late = next(n for n, r in enumerate(rows) if getattr(r, "tone", "") == "danger")
    section = next(n for n, r in enumerate(rows) if not hasattr(r, "tone"))
    foreground = page.model.data(page.model.index(late, 0), Qt.ItemDataRole.ForegroundRole)
    assert foreground.name() == theme.TONES["danger"][1]
    background = page.model.data(page.model.index(section, 0), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == theme.SECTION[1]
    assert theme.TONES["danger"][1] in page.summary.text()
    folder = Path(os.environ.get("CRM_SCREENSHOTS", tmp_path))
    assert page.grab().save(str(folder / "today-dark.png"))
