"""The command line shows and takes the numbers people see (J-0041, S-0042, R-0042), never row ids:
`crm-desktop search` prints no id column, and `print job-sheet 17` means J-0017 whatever row it is."""

from __future__ import annotations

import re
import shutil

import pytest

from crm_desktop.paths import AppPaths
from crm_desktop.services.jobs import open_job
from crm_desktop.storage.models import NumberSequence
from crm_desktop.storage.sequences import JOB
from crm_desktop.storage.startup import open_database
from tests.integration.test_jobs import NOW, TODAY, _intake, _shop
from tests.integration.test_warranty_pdf import _crm, _printed, _text
from tests.support import database_option


def _jobs_numbered_unlike_their_rows(paths: AppPaths) -> None:
    """Row 1 is J-0041 and row 2 is J-0001 (as after an import that kept the shop's old numbers)."""
    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        shop = _shop(opened.database)

        def job_numbered(number: int, unit: str) -> int:
            with opened.database.writing() as uow:  # the next number the shop's counter hands out
                uow.session.merge(NumberSequence(name=JOB, last_value=number - 1))
                uow.commit()
            return open_job(opened.database, _intake(shop, unit_description=unit), TODAY, NOW).id

        assert (job_numbered(41, "Kettle"), job_numbered(1, "Toaster")) == (1, 2)
    finally:
        opened.close()


def test_search_shows_the_numbers_people_see_never_ids(db_paths: AppPaths) -> None:
    _jobs_numbered_unlike_their_rows(db_paths)
    db = database_option(db_paths)
    result = _crm("search", "J-0041", *db)
    assert result.returncode == 0, result.stderr
    assert re.match(r"^job\s+J-0041 · Kettle", result.stdout), result.stdout
    for text in ("1", "41", "zoe", "S-0001", "IMEI-1"):
        out = _crm("search", text, *db).stdout
        assert out.strip() and out.strip() != "No matches.", text
        for line in out.splitlines():
            # kind, then the label: never a bare number (a row id) in between
            assert not re.match(r"^\w+\s+\d+\s", line), line
    out = _crm("search", "1", *db).stdout
    assert "J-0001 · Toaster" in out and "S-0001" in out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("typed", ["J-0001", "j1", "J 1", "1", "0001"])
def test_print_job_sheet_takes_the_job_number_as_typed(db_paths: AppPaths, tmp_path, typed: str) -> None:  # type: ignore[no-untyped-def]
    _jobs_numbered_unlike_their_rows(db_paths)
    target = tmp_path / "sheet.pdf"
    result = _crm("print", "job-sheet", typed, "-o", str(target), *database_option(db_paths))
    assert result.returncode == 0, result.stderr
    assert "Job sheet J-0001" in result.stdout
    text = _text(target.read_bytes(), tmp_path)
    assert _printed("Toaster", text) and not _printed("Kettle", text)  # J-0001, not row 1


def test_print_history_takes_what_the_search_finds(db_paths: AppPaths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _jobs_numbered_unlike_their_rows(db_paths)
    db = database_option(db_paths)
    target = tmp_path / "history.pdf"
    for customer in ("Zoë Øster", "zoe", "J-0041", "S-0001", "IMEI-1"):
        result = _crm("print", "history", customer, "--all", "-o", str(target), *db)
        assert result.returncode == 0, (customer, result.stderr)
        assert result.stdout.startswith("History of Zoë Øster (customer's copy"), result.stdout
    result = _crm("print", "history", "J-0099", "-o", str(target), *db)
    assert result.returncode == 1 and "No customer matches 'J-0099'" in result.stderr
