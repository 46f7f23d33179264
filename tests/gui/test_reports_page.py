"""The Reports page: metrics computed off the GUI thread, the verdict, charts fed, tables filled, CSV
export and the PDF."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFormLayout, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.metrics import compute_metrics
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.reports_page import ReportsPage
from crm_desktop.ui.theme import tone_color
from tests.gui.test_counter import shop, window  # noqa: F401  (fixtures)
from tests.support import context_of


def test_reports_page_shows_exports_and_prints(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.show_page("reports")
    page = window.pages["reports"].content  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.metrics is not None, timeout=30_000)
    start, end = page._dates()
    expected = compute_metrics(shop.database, end, start)
    assert page.metrics == expected
    assert page.verdict.text() == expected.verdict
    assert len(page.trend_chart.points) == 12
    assert [v for _, v in page.score_chart.points] == [
        float(expected.satisfaction_distribution[n]) for n in range(1, 6)
    ]
    # A screen reader reads each chart's figures as text.
    assert page.score_chart.accessibleName().startswith("Satisfaction scores")
    assert page.score_chart.accessibleDescription() == "; ".join(
        f"{n} {expected.satisfaction_distribution.get(n, 0):,}" for n in range(1, 6)
    )
    assert page.trend_chart.accessibleDescription().count(";") == 11
    assert page.models["trend"].rowCount() == 12
    assert page.models["categories"].rowCount() == len(expected.by_category)
    shown = [page.figures.itemAt(i).widget().text() for i in range(page.figures.count())]
    assert "Median account value (MAV, a year)" in shown
    assert "Request first response (median / mean)" in shown  # the requests' figures are listed too
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs[-2:] == ["Requests by kind", "Requests by owner"]
    assert page.models["request_kinds"].rowCount() == len(expected.requests_by_kind)
    assert page.models["request_owners"].columnCount() == 10

    written = page.export_csv(str(tmp_path / "m.csv"))
    assert sorted(p.name for p in written) == [
        "m-categories.csv",
        "m-request_kinds.csv",
        "m-request_owners.csv",
        "m-staff.csv",
        "m-summary.csv",
        "m-trend.csv",
    ]
    with (tmp_path / "m-trend.csv").open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) == 13

    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    target = tmp_path / "metrics.pdf"
    page.save_pdf(str(target), open_after=False)
    qtbot.waitUntil(lambda: bool(problems) or "Saved to" in page.status.text(), timeout=30_000)
    assert problems == []
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "After-sales metrics" in text and "Median account value" in text


def _accent_runs(image: QImage, x: int) -> int:
    """How many separate stretches of the chart's line colour a pixel column crosses (top to bottom)."""
    runs, inside = 0, False
    accent = tone_color("accent")
    for y in range(image.height()):
        pixel = image.pixelColor(x, y)
        near = abs(pixel.red() - accent.red()) + abs(pixel.green() - accent.green()) < 60
        near = near and abs(pixel.blue() - accent.blue()) < 40
        runs += near and not inside
        inside = near
    return runs


def test_the_trend_draws_a_month_not_over_as_so_far_not_as_a_fall(
    qtbot: QtBot,
    shop: OpenedDatabase,  # noqa: F811
) -> None:
    page = ReportsPage(context_of(shop))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.metrics is not None, timeout=30_000)
    chart = page.trend_chart
    step = (chart.width() - 16) / 12
    last_x = round(8 + step * 11.5)  # the column of the last month's point

    page.show_metrics(compute_metrics(shop.database, date(2026, 10, 15)))  # October half over
    assert chart.partial is not None and chart.partial.startswith("1–15 Oct")  # named under the axis
    assert _accent_runs(chart.grab().toImage(), last_x) == 2  # a hollow ring: its top and bottom arcs

    page.show_metrics(compute_metrics(shop.database, date(2026, 10, 31)))  # October whole
    assert chart.partial is None
    assert _accent_runs(chart.grab().toImage(), last_x) == 1  # a filled point, like every other month


def test_the_requests_tabs_list_kinds_and_owners(
    qtbot: QtBot, opened: OpenedDatabase, qtmodeltester: object
) -> None:
    from tests.integration.test_metrics import REPORT, REQUESTS_FROM, _shop_with_requests

    _shop_with_requests(opened)
    page = ReportsPage(context_of(opened))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.metrics is not None, timeout=30_000)
    page.show_metrics(compute_metrics(opened.database, REPORT, REQUESTS_FROM))
    kinds, owners = page.models["request_kinds"], page.models["request_owners"]
    for model in (kinds, owners):
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    assert [kinds.index(r, 0).data() for r in range(kinds.rowCount())] == [
        "Activation",
        "SIM or number",
        "Account or billing",
        "Complaint",
        "Question",
        "Other",
    ]
    assert [owners.index(2, c).data() for c in range(owners.columnCount())][:6] == [
        "Nobody",
        "1",
        "0",
        "0",
        "1",
        "0",
    ]
    shown = {
        page.figures.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().text(): page.figures.itemAt(
            i, QFormLayout.ItemRole.FieldRole
        )
        .widget()
        .text()
        for i in range(page.figures.rowCount())
    }
    assert shown["Request first response (median / mean)"] == "6.0 / 9.6 hours (5 of 7 answered)"
