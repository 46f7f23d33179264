"""The import wizard driven end to end: file, columns, check (nothing saved yet), import; each step is
also saved as a PNG (set CRM_SCREENSHOTS=folder) to be looked at."""

from __future__ import annotations

import os
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.interchange.mapping import ImportKind
from crm_desktop.services.settings import set_setting
from crm_desktop.storage.models import Customer, Sale
from crm_desktop.storage.startup import OpenedDatabase
from crm_desktop.ui.import_wizard import ImportWizard
from tests.gui.waiting import settle
from tests.support import context_of

FILES = Path(__file__).resolve().parents[1] / "resources" / "import"


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("CRM_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"import-{name}.png"))


def _count(opened: OpenedDatabase, model: object) -> int:
    with opened.database.reading() as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path: Path) -> None:
    QSettings().remove("import")


def _wizard(qtbot: QtBot, opened: OpenedDatabase, kind: ImportKind = ImportKind.CUSTOMERS) -> ImportWizard:
    wizard = ImportWizard(context_of(opened), kind)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _open(qtbot: QtBot, wizard: ImportWizard, path: Path | str) -> None:
    """Choose ``path`` and wait for its header, read off the GUI thread."""
    wizard.file_page.path.setText(str(path))
    wizard.file_page.open_file(str(path))
    qtbot.waitUntil(lambda: not wizard.file_page.reading, timeout=15_000)


def _wait_checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.report is not None and not wizard.check_page.checking, timeout=15_000)


def test_customers_end_to_end(qtbot: QtBot, opened: OpenedDatabase) -> None:
    set_setting(opened.database, "shop.country", "BE")
    wizard = _wizard(qtbot, opened)
    page = wizard.file_page
    page.path.setText(str(FILES / "customers_title_row.xlsx"))
    page.open_file(page.path.text())
    assert "Reading customers_title_row.xlsx" in page.found.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # until the header is read
    qtbot.waitUntil(lambda: not page.reading, timeout=15_000)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Column names found on line 3" in page.found.text()
    assert page.sheet.isEnabled() and page.sheet.currentText() == "Export 2024"
    _shot(wizard, "1-file")
    wizard.next()
    columns = wizard.columns_page
    assert columns.boxes["external_ref"].currentText() == "Kundennummer"
    assert columns.boxes["phone"].currentText() == "Telefon"
    assert columns.boxes["company"].currentText() == "(not imported)"
    _shot(wizard, "2-columns")
    wizard.next()
    _wait_checked(qtbot, wizard)
    check = wizard.check_page
    assert (
        "2 customers could be added" in check.summary.text()
        or "2 customers would be added" in check.summary.text()
    )
    assert check.preview.item(0, 0).text() == "4" and check.preview.item(0, 2).text() == "Greta Gärtner"
    assert _count(opened, Customer) == 0  # nothing saved while checking
    _shot(wizard, "3-check")
    with patch.object(QMessageBox, "information") as told:
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: wizard.saved is not None, timeout=15_000)
    assert "2 customers added" in told.call_args.args[2]
    assert _count(opened, Customer) == 2
    # The mapping is remembered for the next file of the same kind.
    assert "Kundennummer" in str(QSettings().value("import/mapping/customers"))
    settle()


def test_problems_and_duplicates_are_shown_and_block_until_skipped(
    qtbot: QtBot, opened: OpenedDatabase
) -> None:
    set_setting(opened.database, "shop.country", "BE")
    wizard = _wizard(qtbot, opened)
    _open(qtbot, wizard, FILES / "customers_missing_extra.csv")
    wizard.next()
    wizard.next()
    _wait_checked(qtbot, wizard)
    text = wizard.check_page.details.toPlainText()
    assert "⚠ Line 5: Name is required." in text
    _shot(wizard, "4-problems")
    with patch.object(QMessageBox, "warning") as warned:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "Some rows have problems" in warned.call_args.args[2]
    assert _count(opened, Customer) == 0
    wizard.check_page.skip_bad.setChecked(True)
    _wait_checked(qtbot, wizard)
    with patch.object(QMessageBox, "information"):
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: wizard.saved is not None, timeout=15_000)
    assert _count(opened, Customer) == 3
    settle()


def test_sales_need_the_date_order_when_it_is_ambiguous(qtbot: QtBot, opened: OpenedDatabase) -> None:
    wizard = _wizard(qtbot, opened, ImportKind.SALES)
    _open(qtbot, wizard, FILES / "sales_ambiguous_dates.csv")
    wizard.next()
    wizard.next()
    _wait_checked(qtbot, wizard)
    assert "choose the date order" in wizard.check_page.details.toPlainText()
    assert wizard.check_page.future_only.isVisible()
    _shot(wizard, "5-dates")
    wizard.back()
    columns = wizard.columns_page
    columns.order.setCurrentIndex(columns.order.findData("DMY"))
    wizard.next()
    _wait_checked(qtbot, wizard)
    assert wizard.report is not None and wizard.report.bad == 0
    with patch.object(QMessageBox, "information"):
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: wizard.saved is not None, timeout=15_000)
    assert _count(opened, Sale) == 2
    settle()


def test_a_file_that_cannot_be_read_says_why_and_keeps_next_disabled(
    qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, opened)
    fake = tmp_path / "customers.xlsx"
    fake.write_text("this is not a spreadsheet", encoding="utf-8")
    _open(qtbot, wizard, fake)
    assert "cannot be read as a spreadsheet" in wizard.file_page.found.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _open(qtbot, wizard, FILES / "customers_missing_extra.csv")  # a good file next: on it goes
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _many_customers(folder: Path, count: int) -> Path:
    path = folder / "many.csv"
    path.write_text(
        "Name,Phone,Email\n"
        + "".join(f"Person {n},+32 470 {n:06d},p{n}@example.com\n" for n in range(count)),
        encoding="utf-8",
    )
    return path


def test_the_check_can_be_stopped_and_run_again(qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, opened)
    _open(qtbot, wizard, _many_customers(tmp_path, 30_000))
    wizard.next()
    wizard.next()
    check = wizard.check_page
    assert check.cancel_button.isVisible() and check.cancel_button.text().replace("&", "") == "Stop checking"
    check.cancel_button.click()
    qtbot.waitUntil(lambda: not check.checking, timeout=30_000)
    assert "Checking stopped" in check.summary.text()
    assert check.again_button.isVisible() and not check.cancel_button.isVisible()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # nothing checked: no Import
    _shot(wizard, "6-check-stopped")
    check.again_button.click()
    _wait_checked(qtbot, wizard)
    assert wizard.report is not None and wizard.report.added == 30_000
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    settle()


def test_cancelling_an_import_under_way_saves_nothing_and_says_so(
    qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, opened)
    _open(qtbot, wizard, _many_customers(tmp_path, 30_000))
    wizard.next()
    wizard.next()
    _wait_checked(qtbot, wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.check_page.saving
    wizard.reject()  # Esc or the close box while saving: cancels, the wizard stays to say so
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.check_page.saving, timeout=30_000)
    assert "cancelled; nothing was saved" in wizard.check_page.summary.text()
    assert wizard.saved is None and _count(opened, Customer) == 0
    _shot(wizard, "7-cancelled")
    wizard.reject()
    assert not wizard.isVisible()
    settle()


def test_welcome_page_and_file_menu_open_the_wizard(qtbot: QtBot, opened: OpenedDatabase) -> None:
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(context_of(opened))
    settle()  # Today loads on a worker thread once the window is built
    qtbot.addWidget(window)
    assert window.welcome.import_button.isEnabled()
    with patch.object(ImportWizard, "run") as run:
        window.welcome.import_button.click()
        window.import_action.trigger()
    assert [c.args[2] for c in run.call_args_list] == [ImportKind.CUSTOMERS, ImportKind.CUSTOMERS]
    assert Qt.AlignmentFlag  # Qt loaded
