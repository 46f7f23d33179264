"""The Reports page: metrics computed off the GUI thread, the verdict, charts fed, tables filled, CSV
export and the PDF."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.metrics import compute_metrics
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from tests.gui.test_counter import shop, window  # noqa: F401  (fixtures)


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
    assert page.models["trend"].rowCount() == 12
    assert page.models["categories"].rowCount() == len(expected.by_category)
    shown = [page.figures.itemAt(i).widget().text() for i in range(page.figures.count())]
    assert "Median account value (MAV, a year)" in shown

    written = page.export_csv(str(tmp_path / "m.csv"))
    assert sorted(p.name for p in written) == [
        "m-categories.csv",
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
