"""`crm-desktop print receipt / label / metrics`: the numbers people see in (J-0042, 42, R-0042, a serial),
a PDF out, one line on success and one clear line on a mistake."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.paths import AppPaths
from crm_desktop.services.requests import (
    RequestInput,
    ensure_default_request_kinds,
    list_request_kinds,
    open_request,
)
from crm_desktop.services.settings import set_settings
from crm_desktop.storage.startup import open_database
from tests.integration.test_job_sheet_pdf import _codes, _page_size, _pages, needs_poppler
from tests.integration.test_jobs import NOW, TODAY
from tests.integration.test_receipts import _counter_shop, _flowed, _job, _size_mm
from tests.integration.test_warranty_pdf import _crm, _printed, _text
from tests.support import database_option

pytestmark = needs_poppler


@pytest.fixture
def shop_db(db_paths: AppPaths) -> list[str]:
    """A shop with job J-0001 (serial IMEI-1) and request R-0001; the --db arguments that reach it."""
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        shop = _counter_shop(opened.database)
        _job(shop)
        ensure_default_request_kinds(opened.database)
        open_request(
            opened.database,
            RequestInput(
                customer_id=shop.customer,
                kind_id=list_request_kinds(opened.database)[0].id,
                summary="Port my number",
                promise_date=TODAY + timedelta(days=2),
            ),
            today=TODAY,
            now=NOW,
            staff_id=shop.tech,
        )
    finally:
        opened.close()
    return database_option(db_paths)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_print_receipt_in_both_formats(
    shop_db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    half = tmp_path / "half.pdf"
    code, out, err = _run(capsys, "print", "receipt", "J-0001", "-o", str(half), *shop_db)
    assert code == 0, err
    assert "Intake receipt J-0001 (Smith & Sons <VIP>, half page) written to" in out
    assert _page_size(half) == "595.276 x 841.89"
    assert _printed(
        "Screen flickers when <warm> & the battery drains overnight", _text(half.read_bytes(), tmp_path)
    )

    roll = tmp_path / "roll.pdf"
    code, out, err = _run(capsys, "print", "receipt", "1", "--format", "thermal", "-o", str(roll), *shop_db)
    assert code == 0, err  # a bare number is the job's number: 1 is J-0001
    assert "80 mm roll" in out and _size_mm(roll)[0] == 80.0
    assert ("Code 128", "J-0001") in _codes(roll, 1, tmp_path)

    request = tmp_path / "request.pdf"
    code, out, err = _run(capsys, "print", "receipt", "r1", "-o", str(request), *shop_db)
    assert code == 0, err
    assert "Request receipt R-0001" in out
    assert _flowed("Port my number", _text(request.read_bytes(), tmp_path))


def test_the_shops_receipt_format_is_the_default_and_the_file_is_named_after_the_number(
    shop_db: list[str],
    db_paths: AppPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        set_settings(opened.database, {"print.receipt_format": "thermal", "print.label_size": "102x51"})
    finally:
        opened.close()
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "print", "receipt", "J-0001", *shop_db)
    assert code == 0, err
    assert _size_mm(tmp_path / "receipt-J-0001.pdf")[0] == 80.0
    code, out, err = _run(capsys, "print", "label", "J-0001", *shop_db)
    assert code == 0, err
    assert "Job label J-0001 (102 × 51 mm)" in out
    assert _size_mm(tmp_path / "label-J-0001.pdf") == (102.0, 51.0)


def test_print_labels(shop_db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    job = tmp_path / "job.pdf"
    code, out, err = _run(capsys, "print", "label", "J-0001", "-o", str(job), *shop_db)
    assert code == 0, err
    assert "Job label J-0001 (62 × 29 mm)" in out and _size_mm(job) == (62.0, 29.0)
    assert ("Code 128", "J-0001") in _codes(job, 1, tmp_path)
    serial = tmp_path / "serial.pdf"
    code, out, err = _run(capsys, "print", "label", "--serial", "imei-1", "-o", str(serial), *shop_db)
    assert code == 0, err
    assert "Serial label IMEI-1" in out and _pages(serial) == 1
    assert _printed("Phone One", _text(serial.read_bytes(), tmp_path))


def test_print_metrics(shop_db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "metrics.pdf"
    code, out, err = _run(
        capsys, "print", "metrics", "--from", "2025-03-16", "--to", "2026-03-16", "-o", str(target), *shop_db
    )
    assert code == 0, err
    assert "Metrics report to 2026-03-16 written to" in out
    text = _text(target.read_bytes(), tmp_path)
    assert _printed("After-sales metrics", text) and _printed("Fix-It & Co", text)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["print", "receipt", "J-0099"], "There is no service job J-0099"),
        (["print", "receipt", "S-0001"], "is not a J-number"),
        (["print", "receipt", "R-0042"], "There is no request R-0042"),
        (["print", "label", "J-0099"], "There is no service job J-0099"),
        (["print", "label", "--serial", "NOPE"], "has the serial NOPE"),
        (["print", "label"], "Give a job number"),
        (["print", "label", "J-0001", "--serial", "IMEI-1"], "Give a job number"),
        (["print", "metrics", "--from", "2026-04-01", "--to", "2026-03-01"], "after it ends"),
    ],
)
def test_mistakes_are_one_clear_line(
    shop_db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = _run(capsys, *args, "-o", str(tmp_path / "x.pdf"), *shop_db)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_runs_as_installed(shop_db: list[str], tmp_path: Path) -> None:
    """One real process: the command is wired up and loads no Qt (test_cli checks the latter)."""
    target = tmp_path / "r.pdf"
    result = _crm("print", "receipt", "J-0001", "--format", "thermal", "-o", str(target), *shop_db)
    assert result.returncode == 0, result.stderr
    assert "Intake receipt J-0001" in result.stdout and _pages(target) == 1
