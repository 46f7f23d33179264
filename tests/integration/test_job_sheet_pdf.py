"""The technician's job sheet PDF, read back as a user would see it: the text with poppler's
pdftotext, the QR code and Code128 barcode decoded from the rendered page with zxing-cpp; and the
`crm-desktop print job-sheet` / `print day` commands run as separate processes."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.domain.enums import JobLineKind, JobStatus
from crm_desktop.paths import AppPaths
from crm_desktop.reports.job_sheet import job_sheet_pdf
from crm_desktop.services.job_sheets import job_sheets
from crm_desktop.services.jobs import (
    LineInput,
    add_line,
    apply_procedure,
    ensure_default_procedures,
    move_job,
    open_job,
    tick,
    update_notes,
)
from crm_desktop.services.promises import change_promise_date
from crm_desktop.services.settings import set_settings
from crm_desktop.services.visits import VisitInput, schedule_visit
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerPhone, Procedure
from crm_desktop.storage.startup import OpenedDatabase, open_database
from tests.integration.test_jobs import NOW, TODAY, Shop, _intake, _shop
from tests.integration.test_warranty_pdf import _crm, _drawable, _printed, _text
from tests.support import database_option

needs_poppler = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdftotext", "pdftoppm", "pdfinfo")),
    reason="poppler-utils is not installed: apt-get install poppler-utils",
)
pytestmark = needs_poppler


def _full_job(shop: Shop) -> int:
    db = shop.database
    with db.writing() as uow:
        customer = uow.session.get(Customer, shop.customer)
        assert customer is not None
        customer.name = "Smith & Sons <VIP>"
        customer.email = "zoe@example.org"
        customer.address = "4 Mill Lane\nLeeds LS1 4AB"
        uow.session.add(
            CustomerPhone(
                customer_id=shop.customer,
                label="mobile",
                number_raw="07700 900123",
                number_normalized="+447700900123",
            )
        )
        uow.commit()
    set_settings(
        db, {"business.name": "Fix-It & Co", "currency": "GBP", "shop.country": "GB", "shop.locale": "en_GB"}
    )
    job = open_job(
        db,
        _intake(
            shop,
            sale_item_id=shop.covered_item,
            reported_problem="Screen flickers when <warm> & the battery drains overnight",
            accessories="Charger, pink case",
            condition="Scratch on the back, corner dented",
            ready_by=date(2026, 3, 19),
        ),
        TODAY,
        NOW,
    )
    assert job.ready_promise is not None
    change_promise_date(db, job.ready_promise.id, date(2026, 3, 23), "Part out of stock", TODAY)
    ensure_default_procedures(db)
    with db.reading() as uow:
        charging = uow.session.query(Procedure).filter_by(name="Device not charging").one().id
    details = apply_procedure(db, job.id, charging, now=NOW)
    tick(db, details.checklist[0].id, True, shop.tech, NOW)
    add_line(
        db, job.id, LineInput(kind=JobLineKind.PART, description="Battery", unit_price_minor=124550), NOW
    )
    add_line(
        db,
        job.id,
        LineInput(
            kind=JobLineKind.LABOUR, description="Fit battery", quantity=Decimal("0.5"), unit_price_minor=6000
        ),
        NOW,
    )
    update_notes(db, job.id, NOW, diagnosis="Battery swollen", work_done=None, technician_id=shop.tech)
    schedule_visit(
        db, VisitInput(job_id=job.id, technician_id=shop.tech, day=TODAY, start=time(9), end=time(10)), NOW
    )
    return job.id


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.M)
    assert match is not None
    return int(match.group(1))


def _page_size(path: Path) -> str:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^Page size:\s+([\d.]+ x [\d.]+)", out, re.M)
    assert match is not None
    return match.group(1)


def _page_text(path: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


def _codes(path: Path, page: int, tmp_path: Path) -> set[tuple[str, str]]:
    """Every barcode found on the rendered page, as (format, text)."""
    import zxingcpp
    from PIL import Image

    stem = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(path),
            str(stem),
        ],
        check=True,
    )
    with Image.open(f"{stem}.png") as image:
        return {(str(code.format), code.text) for code in zxingcpp.read_barcodes(image)}


def _write(pdf: bytes, tmp_path: Path, name: str = "sheet.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _sheets(db: Database, *job_ids: int) -> bytes:
    return job_sheet_pdf(job_sheets(db, list(job_ids), TODAY), printed_on=TODAY)


def test_a_job_sheet_prints_everything_on_one_page_with_readable_codes(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    shop = _shop(opened.database)
    job_id = _full_job(shop)
    path = _write(_sheets(opened.database, job_id), tmp_path)
    assert _pages(path) == 1
    assert _page_size(path) == "595.276 x 841.89"  # A4
    text = _text(path.read_bytes(), tmp_path)
    for expected in (
        "Fix-It & Co",
        "J-0001",
        "Smith & Sons <VIP>",
        "mobile: 07700 900123",
        "zoe@example.org",
        "4 Mill Lane",
        "Leeds LS1 4AB",
        "Phone One",
        "IMEI-1",
        "S-0001",
        "under warranty (ends 15",
        "23 March 2026",
        "→",
        "Screen flickers when <warm> & the battery drains overnight",
        "Charger, pink case",
        "Scratch on the back, corner dented",
        "☑ Try a known-good charger and cable",
        "☐ Inspect and clean the charging port",
        "Battery swollen",
        "Battery",
        "£1,245.50",  # grouped, as the shop's locale writes it
        "Fit battery",
        "0.5",
        "£30.00",
        "In the shop",
        "09:00–10:00",
        "Technician: Tim Tech",
        "Customer: Smith & Sons <VIP>",
        "Printed 16 March 2026",
        "J-0001 page 1",
    ):
        assert _printed(expected, text), expected
    assert "&amp;" not in text and "&lt;" not in text
    codes = _codes(path, 1, tmp_path)
    assert ("QR Code", "J-0001") in codes and ("Code 128", "J-0001") in codes, codes


def test_an_empty_job_gets_blank_rows_and_letter_paper_in_the_us(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    shop = _shop(opened.database)
    set_settings(opened.database, {"shop.country": "US"})
    job = open_job(opened.database, _intake(shop, unit_description="Bike", technician_id=None), TODAY, NOW)
    path = _write(_sheets(opened.database, job.id), tmp_path)
    assert _pages(path) == 1 and _page_size(path) == "612 x 792"
    text = _text(path.read_bytes(), tmp_path)
    assert _printed("Write parts and hours above", text)
    assert _printed("Technician:", text) and _printed("Customer: Zoë Øster", text)
    assert text.count("☐") == 3  # blank tick boxes to fill in by hand


def test_long_hostile_notes_flow_on_and_signatures_stay_on_the_first_page(
    opened: OpenedDatabase, tmp_path: Path, hostile_lines: list[str]
) -> None:
    shop = _shop(opened.database)
    short = [line for line in hostile_lines if line.strip() and len(line) < 1_000 and _drawable(line)]
    problem = "\n".join(line for line in hostile_lines if line.strip())[:10_000]
    job = open_job(
        opened.database,
        _intake(
            shop,
            unit_description=short[0],
            reported_problem=problem,
            accessories=short[1],
            condition=short[2],
        ),
        TODAY,
        NOW,
    )
    update_notes(
        opened.database, job.id, NOW, diagnosis="\n".join(short), work_done=None, technician_id=shop.tech
    )
    path = _write(_sheets(opened.database, job.id), tmp_path)
    pages = _pages(path)
    assert pages >= 2
    first = _page_text(path, 1)
    assert _printed("Technician: Tim Tech", first) and _printed("Customer: Zoë Øster", first)
    assert not any(_printed("Technician: Tim Tech", _page_text(path, n)) for n in range(2, pages + 1))
    assert _printed(f"J-0001 page {pages}", _page_text(path, pages))
    text = _text(path.read_bytes(), tmp_path)
    for line in short:
        shown = "".join(ch for ch in line if unicodedata.category(ch) != "Cc" or ch == "\t")
        assert _printed(shown, text), line


def test_a_day_of_job_sheets_starts_each_job_on_its_own_page(opened: OpenedDatabase, tmp_path: Path) -> None:
    shop = _shop(opened.database)
    ids = [
        open_job(opened.database, _intake(shop, unit_description=f"Unit {n}"), TODAY, NOW).id
        for n in range(3)
    ]
    move_job(opened.database, ids[2], JobStatus.DIAGNOSING, NOW)
    path = _write(_sheets(opened.database, *ids), tmp_path)
    assert _pages(path) == 3
    for page, number in enumerate(("J-0001", "J-0002", "J-0003"), start=1):
        text = _page_text(path, page)
        assert _printed(f"{number} page 1", text) and _printed("Technician: Tim Tech", text)
        assert ("QR Code", number) in _codes(path, page, tmp_path)


def test_cli_prints_a_job_sheet_and_a_technicians_day(db_paths: AppPaths, tmp_path: Path) -> None:
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        shop = _shop(opened.database)
        _full_job(shop)
        open_job(opened.database, _intake(shop, unit_description="Dryer", technician_id=None), TODAY, NOW)
    finally:
        opened.close()
    db = database_option(db_paths)
    sheet = tmp_path / "j1.pdf"
    result = _crm("print", "job-sheet", "J-0001", "-o", str(sheet), *db)
    assert result.returncode == 0, result.stderr
    assert "J-0001" in result.stdout and _printed("Smith & Sons <VIP>", _text(sheet.read_bytes(), tmp_path))
    assert _crm("print", "job-sheet", "1", "-o", str(tmp_path / "same.pdf"), *db).returncode == 0

    day = tmp_path / "day.pdf"
    result = _crm("print", "day", "--technician", "tim", "--date", TODAY.isoformat(), "-o", str(day), *db)
    assert result.returncode == 0, result.stderr
    assert "1 job sheet (1 visit, 0 jobs due) of Tim Tech" in result.stdout and _pages(day) == 1
    # The whole team: the unassigned dryer has no ready-by date, so it is counted, not printed.
    result = _crm("print", "day", "--date", TODAY.isoformat(), "-o", str(day), *db)
    assert result.returncode == 0 and _pages(day) == 1
    assert "And 1 more open job is not printed" in result.stdout

    for args, message in (
        (["print", "job-sheet", "J-0099", "-o", str(sheet)], "There is no service job J-0099"),
        (["print", "job-sheet", "S-0001", "-o", str(sheet)], "is not a J-number"),
        (["print", "day", "--technician", "Nobody", "-o", str(day)], "There is no staff member called"),
        (["print", "day", "--technician", "Tim", "--date", "2030-01-01", "-o", str(day)], None),
        (["print", "day", "--technician", "Tim", "--date", "2026-03-17", "-o", str(day)], "nothing to print"),
        (["print", "day", "--date", "31/12/2026", "-o", str(day)], "is not a date like"),
    ):
        result = _crm(*args, *db)
        if message is None:  # a day without visits still prints the open jobs due by then
            assert result.returncode == 0, result.stderr
            continue
        assert result.returncode in (1, 2), args
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_the_shop_logo_prints_and_a_missing_one_is_skipped(opened: OpenedDatabase, tmp_path: Path) -> None:
    from PIL import Image

    from crm_desktop.errors import ValidationError

    shop = _shop(opened.database)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 100), "red").save(logo)
    set_settings(opened.database, {"business.logo": str(logo), "print.paper": "Letter"})
    job = open_job(opened.database, _intake(shop, unit_description="Bike"), TODAY, NOW)
    path = _write(_sheets(opened.database, job.id), tmp_path)
    assert _page_size(path) == "612 x 792"
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    sizes = {tuple(line.split()[3:5]) for line in out.splitlines()[2:]}
    assert ("400", "100") in sizes, out  # the logo is embedded at its own resolution
    logo.unlink()  # moved away later: the sheet still prints, without it
    assert _pages(_write(_sheets(opened.database, job.id), tmp_path, "again.pdf")) == 1
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        set_settings(opened.database, {"business.logo": str(tmp_path / "logo.gif")})
    with pytest.raises(ValidationError, match="paper size"):
        set_settings(opened.database, {"print.paper": "A5"})


def _flat(flowables: list[Any]) -> list[Any]:
    """Every flowable of a story, tables' cells and kept-together groups opened."""
    from reportlab.platypus import KeepTogether, Table

    out: list[Any] = []
    for item in flowables:
        out.append(item)
        if isinstance(item, KeepTogether):
            out += _flat(list(item._content))
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    out += _flat(cell if isinstance(cell, list) else [cell])
    return out


def test_three_visits_a_checklist_and_parts_fit_one_page_with_room_to_write(
    opened: OpenedDatabase, tmp_path: Path
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Table

    from crm_desktop.reports import job_sheet
    from crm_desktop.reports.common import styles

    shop = _shop(opened.database)
    job_id = _full_job(shop)  # a checklist of five, two lines, a diagnosis, one visit
    for hour in (11, 14):
        schedule_visit(
            opened.database,
            VisitInput(
                job_id=job_id, technician_id=shop.tech, day=TODAY, start=time(hour), end=time(hour + 1)
            ),
            NOW,
        )
    add_line(
        opened.database,
        job_id,
        LineInput(kind=JobLineKind.PART, description="Charging port flex", unit_price_minor=2500),
        NOW,
    )
    (sheet,) = job_sheets(opened.database, [job_id], TODAY)
    assert len(sheet.visits) == 3 and len(sheet.job.checklist) == 5 and len(sheet.job.lines) == 3
    path = _write(job_sheet_pdf([sheet], printed_on=TODAY), tmp_path)
    assert _pages(path) == 1
    text = _page_text(path, 1)
    for expected in ("09:00–10:00", "11:00–12:00", "14:00–15:00", "Charging port flex", "Work done"):
        assert _printed(expected, text), expected

    story = _flat(job_sheet._sheet(sheet, styles(), A4[0] - 2 * job_sheet.SIDE))
    tables = [f for f in story if isinstance(f, Table)]
    parts = next(
        t for t in tables if any("Charging port flex" in repr(c) for row in t._cellvalues for c in row)
    )
    blank = [row for row in parts._cellvalues if all(cell == "" for cell in row)]
    assert len(blank) >= 6  # rows to write the parts and hours used by hand
    ruled = [t for t in tables if len(t._cellvalues[0]) == 1 and all(r == [""] for r in t._cellvalues)]
    # The work done is blank: several lines to write it; the diagnosis is written: lines to add to it.
    assert sorted(len(t._cellvalues) for t in ruled) == [
        job_sheet.WRITING_LINES_MORE,
        job_sheet.WRITING_LINES_EMPTY,
    ]
    assert job_sheet.WRITING_LINES_EMPTY >= 4


def test_the_days_sheets_are_its_visits_and_the_jobs_due_by_then(opened: OpenedDatabase) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from crm_desktop.domain.enums import PromiseStatus, StaffRole, VisitStatus
    from crm_desktop.services.job_sheets import day_sheets
    from crm_desktop.services.staff import StaffInput, add_staff
    from crm_desktop.services.visits import close_visit
    from crm_desktop.storage.models import Promise, ServiceJob

    db = opened.database
    shop = _shop(db)
    other = add_staff(db, StaffInput("Olga Other", (StaffRole.TECHNICIAN,)), staff_id=None).id
    later = TODAY + timedelta(days=30)

    def job(unit: str, ready_by: date | None, technician: int | None = None) -> int:
        data = _intake(shop, unit_description=unit, ready_by=ready_by, technician_id=technician or shop.tech)
        return open_job(db, data, TODAY, NOW).id

    def visit(job_id: int, hour: int) -> int:
        data = VisitInput(
            job_id=job_id, technician_id=shop.tech, day=TODAY, start=time(hour), end=time(hour + 1)
        )
        return schedule_visit(db, data, NOW).id

    visited_late, visited_early = job("visited at 15", later), job("visited at 9", None)
    visit(visited_late, 15)
    visit(visited_early, 9)
    overdue, due_today, _due_tomorrow, _no_date = (
        job("overdue", later),
        job("due today", TODAY),
        job("due tomorrow", TODAY + timedelta(days=1)),
        job("no date", None),
    )
    very_overdue, collected = job("very overdue", later), job("collected", later)
    cancelled_visit, olgas = job("cancelled visit", later), job("Olga's, due", TODAY, other)
    close_visit(db, visit(cancelled_visit, 11), VisitStatus.CANCELLED, NOW)
    with db.writing() as uow:  # dates in the past, as weeks of a real shop leave them
        for job_id, due in ((overdue, TODAY - timedelta(days=2)), (very_overdue, TODAY - timedelta(days=9))):
            uow.session.execute(update(Promise).where(Promise.job_id == job_id).values(due_date=due))
        # Collected with its promise still marked broken: closed jobs never print, whatever their date.
        uow.session.execute(
            update(Promise)
            .where(Promise.job_id == collected)
            .values(due_date=TODAY - timedelta(days=3), status=PromiseStatus.BROKEN, resolved_at=NOW)
        )
        uow.session.execute(
            update(ServiceJob)
            .where(ServiceJob.id == collected)
            .values(status=JobStatus.COLLECTED, closed_at=NOW)
        )
        uow.commit()

    tims = day_sheets(db, shop.tech, TODAY)
    assert tims.visit_job_ids == (visited_early, visited_late)  # in the order of the day
    assert tims.due_job_ids == (very_overdue, overdue, due_today)  # most overdue first
    assert tims.describe() == "5 job sheets (2 visits, 3 jobs due)"
    # Not printed, counted: due tomorrow, no date, the cancelled visit's job (its date is later).
    assert tims.open_not_printed == 3 and tims.over_limit == 0
    assert "And 3 more open jobs are not printed" in tims.left_out()

    everyone = day_sheets(db, None, TODAY)
    assert everyone.due_job_ids == (very_overdue, overdue, due_today, olgas)

    capped = day_sheets(db, shop.tech, TODAY, limit=3)
    assert capped.job_ids == (visited_early, visited_late, very_overdue)
    assert capped.over_limit == 2 and capped.open_not_printed == 5
    assert "2 due but past the limit of 3 sheets" in capped.left_out()
    assert day_sheets(db, shop.tech, TODAY - timedelta(days=30)).count == 0
