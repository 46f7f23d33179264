"""The Service page says how many job sheets "Print the day's job sheets" will print before building
any: "Print 2 job sheets (1 visit, 1 job due)?", with the open jobs left out counted."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.jobs import JobInput, open_job
from crm_desktop.services.staff import list_staff
from crm_desktop.services.visits import VisitInput, schedule_visit
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.main_window import MainWindow
from tests.gui.test_counter import _zoe, shop, window  # noqa: F401  (fixtures)
from tests.support import GUI_NOW, GUI_TODAY


def test_the_day_says_how_many_sheets_before_printing(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
    shop: OpenedDatabase,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crm_desktop.ui import printing
    from crm_desktop.ui.service_page import ServicePage

    tech = next(m for m in list_staff(shop.database) if m.role == "technician")
    zoe = _zoe(shop)

    def job(unit: str, ready_by: object) -> int:
        data = JobInput(
            customer_id=zoe,
            unit_description=unit,
            reported_problem="Leaks",
            technician_id=tech.id,
            ready_by=ready_by,
        )  # type: ignore[arg-type]
        return open_job(shop.database, data, GUI_TODAY, GUI_NOW).id

    visited = job("Dishwasher", None)
    schedule_visit(
        shop.database,
        VisitInput(job_id=visited, technician_id=tech.id, day=GUI_TODAY, start=time(9), end=time(10)),
        GUI_NOW,
    )
    job("Dryer", GUI_TODAY)  # due today
    job("Fridge", GUI_TODAY + timedelta(days=7))  # not due yet: counted, not printed
    window.show_page("service")
    page: ServicePage = window.pages["service"].content  # type: ignore[attr-defined]
    page.technician.setCurrentIndex(page.technician.findData(tech.id))

    asked: list[str] = []
    built: list[object] = []
    monkeypatch.setattr(printing, "print_document", lambda *a, **kw: built.append(kw))
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No
    )
    page.print_button.click()
    assert len(asked) == 1 and built == []  # asked first; "No" prints nothing
    assert asked[0].startswith("Print 2 job sheets (1 visit, 1 job due)?")
    assert "And 1 more open job is not printed" in asked[0]

    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    page.print_button.click()
    assert len(built) == 1  # "Yes" goes on to the print preview

    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    page.day.setDate(page.day.date().addDays(-30))  # nothing visited, nothing due then
    page.print_button.click()
    assert len(asked) == 2 and "nothing to print" in informed[0]
