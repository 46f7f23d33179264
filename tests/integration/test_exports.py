"""Exports as a user meets them: a CSV or Excel file read back gives what was typed (phones with their
+ and leading zeros, text that looks like a formula guarded), the calendar is read by a second,
independent parser (vobject) with the same UIDs every time, vCards carry labelled phones, e-mail,
address and company, and the command writes the file it is told to."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import vobject
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from crm_desktop.cli import main
from crm_desktop.domain.enums import CustomerKind, VisitStatus
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.validation import CustomerInput, PhoneInput
from crm_desktop.errors import UserFacingError
from crm_desktop.interchange.csv_safe import guard_cell, unguard_cell
from crm_desktop.paths import AppPaths
from crm_desktop.services.customers import create_customer, get_customer
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.exports import (
    CALENDAR_FILE,
    ExportFormat,
    ExportKind,
    customers_table,
    export_bytes,
    keep_calendar,
    write_atomically,
)
from crm_desktop.services.follow_ups import skip_follow_up
from crm_desktop.services.settings import set_setting
from crm_desktop.services.visits import VisitInput, schedule_visit
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import FollowUp, Promise, Sale, ServiceJob, Staff, Visit
from crm_desktop.storage.startup import OpenedDatabase
from tests.support import database_option

TODAY = date(2026, 3, 16)

HOSTILE = {
    "name": '=HYPERLINK("http://evil.example","Click")',
    "company": "Smith & Sons <VIP>; Leeds, UK",
    "notes": "-2+3 owes nothing\nsecond line, with \"quotes\" and 'apostrophes'",
    "address": "Flat 2; 14 Mill Lane\nLeeds, LS1 4AP",
}


def _customers(db: Database) -> tuple[int, int]:
    set_setting(db, "shop.country", "GB")
    hostile = create_customer(
        db,
        CustomerInput(
            name=HOSTILE["name"],
            company=HOSTILE["company"],
            email="ann@example.co.uk",
            phones=(
                PhoneInput("mobile", "+44 7700 900123"),
                PhoneInput("home", "0113 496 0000"),
                PhoneInput("work", "020 7946 0958"),
            ),
            address=HOSTILE["address"],
            notes=HOSTILE["notes"],
            tags=("vip", "@trade"),
        ),
    )
    plain = create_customer(
        db,
        CustomerInput(
            kind=CustomerKind.BUSINESS,
            name="Ørsted Ltd",
            phones=(PhoneInput("office", "07700 900456"),),
            notes="'quoted already",
        ),
    )
    return hostile.id, plain.id


def _read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, so spreadsheets read accents"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_customers_csv_reads_back_exactly_with_phones_as_typed_and_formulas_guarded(
    opened: OpenedDatabase,
) -> None:
    db = opened.database
    hostile_id, _plain_id = _customers(db)
    data = export_bytes(db, ExportKind.CUSTOMERS, ExportFormat.CSV, today=TODAY).data
    rows = _read_csv(data)
    assert list(rows[0])[:8] == [
        "Name",
        "Kind",
        "Company",
        "Email",
        "Phone 1",
        "Phone 1 label",
        "Phone 2",
        "Phone 2 label",
    ]
    assert {"Address", "Tags", "Notes", "Reference"} <= set(rows[0])
    by_name = {unguard_cell(r["Name"]): r for r in rows}
    ann = by_name[HOSTILE["name"]]
    # What a spreadsheet would run is guarded; the guard comes off exactly.
    assert ann["Name"] == "'" + HOSTILE["name"]
    assert ann["Notes"] == "'" + HOSTILE["notes"]
    assert ann["Phone 1"] == "'+44 7700 900123"
    assert ann["Tags"] == "'@trade, vip"
    for column, value in (("Company", HOSTILE["company"]), ("Address", HOSTILE["address"])):
        assert ann[column] == value
    assert [unguard_cell(ann[f"Phone {n}"]) for n in (1, 2, 3)] == [
        "+44 7700 900123",
        "0113 496 0000",
        "020 7946 0958",
    ]
    assert [ann[f"Phone {n} label"] for n in (1, 2, 3)] == ["mobile", "home", "work"]
    # The importer reading the phones back gets the very numbers the shop has.
    stored = get_customer(db, hostile_id)
    assert [normalize_phone(unguard_cell(ann[f"Phone {n}"]), "GB").e164 for n in (1, 2, 3)] == [
        p.e164 for p in stored.phones
    ]
    orsted = by_name["Ørsted Ltd"]
    assert orsted["Kind"] == "business" and orsted["Phone 1"] == "07700 900456" and orsted["Phone 3"] == ""
    assert orsted["Notes"] == "''quoted already" and unguard_cell(orsted["Notes"]) == "'quoted already"


def test_the_guard_is_reversible_for_any_text() -> None:
    for text in ("=1+1", "+32 470", "-5", "@x", "\tx", "\rx", "'", "''=", "'x", "plain", "", "0044"):
        assert unguard_cell(str(guard_cell(text))) == text
    assert guard_cell(42) == 42


def test_customers_xlsx_reads_back_exactly_as_text_cells(opened: OpenedDatabase) -> None:
    db = opened.database
    _customers(db)
    data = export_bytes(db, ExportKind.CUSTOMERS, ExportFormat.XLSX, today=TODAY).data
    sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python()
    header, *rows = sheet
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    ann = by_name[HOSTILE["name"]]  # no apostrophe: a text cell is never calculated
    assert ann["Company"] == HOSTILE["company"] and ann["Notes"] == HOSTILE["notes"]
    assert ann["Address"] == HOSTILE["address"]
    assert (ann["Phone 1"], ann["Phone 2"], ann["Phone 3"]) == (
        "+44 7700 900123",
        "0113 496 0000",
        "020 7946 0958",
    )
    assert by_name["Ørsted Ltd"]["Phone 1"] == "07700 900456"
    assert isinstance(ann["Customer since"], date)
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheet_xml = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml, "no cell is a formula"


@pytest.fixture
def demo(opened: OpenedDatabase) -> Database:
    """The sample shop, with an on-site visit booked on an open job for its technician."""
    db = opened.database
    fill_demo(db, customers=40, seed=3, today=TODAY)
    with db.reading() as uow:
        job_id, tech = uow.session.execute(
            select(ServiceJob.id, ServiceJob.technician_id)
            .where(ServiceJob.closed_at.is_(None), ServiceJob.technician_id.is_not(None))
            .order_by(ServiceJob.id)
        ).first()  # type: ignore[misc]
    schedule_visit(
        db,
        VisitInput(
            job_id=job_id,
            technician_id=tech,
            day=TODAY + timedelta(days=2),
            start=time(9, 30),
            end=time(11),
            on_site=True,
            address="Mill Lane; 4",
        ),
        datetime(2026, 3, 16, 9, tzinfo=UTC),
    )
    return db


def test_every_table_shows_the_numbers_people_see(demo: Database) -> None:
    with demo.reading() as uow:
        sale_numbers = {f"S-{n:04d}" for n in uow.session.scalars(select(Sale.number))}
    for kind in (
        ExportKind.SALES,
        ExportKind.FOLLOW_UPS,
        ExportKind.JOBS,
        ExportKind.REQUESTS,
        ExportKind.CONTACTS,
    ):
        csv_rows = _read_csv(export_bytes(demo, kind, ExportFormat.CSV, today=TODAY).data)
        book = export_bytes(demo, kind, ExportFormat.XLSX, today=TODAY).data
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(book)).get_sheet_by_index(0).to_python()
        assert len(sheet) - 1 == len(csv_rows) > 0, kind
        assert "id" not in {name.lower() for name in sheet[0]}
    sales = _read_csv(export_bytes(demo, ExportKind.SALES, ExportFormat.CSV, today=TODAY).data)
    assert {r["Sale"] for r in sales} == sale_numbers
    assert all(r["Unit price (EUR)"] == "" or "." in r["Unit price (EUR)"] for r in sales)
    jobs = _read_csv(export_bytes(demo, ExportKind.JOBS, today=TODAY).data)
    assert all(r["Job"].startswith("J-") for r in jobs)
    requests = _read_csv(export_bytes(demo, ExportKind.REQUESTS, today=TODAY).data)
    assert all(r["Request"].startswith("R-") for r in requests)


def _events(data: bytes) -> dict[str, vobject.base.Component]:
    calendar = vobject.readOne(data.decode("utf-8"))
    events = list(calendar.vevent_list)
    uids = [e.uid.value for e in events]
    assert len(uids) == len(set(uids)), "one event per record"
    return {e.uid.value: e for e in events}


def test_the_calendar_is_read_back_by_another_parser_with_stable_uids(demo: Database) -> None:
    first = export_bytes(demo, ExportKind.CALENDAR, today=TODAY).data
    again = export_bytes(demo, ExportKind.CALENDAR, today=TODAY).data
    assert first == again, "nothing changed, nothing differs: a subscribed calendar sees no change"
    events = _events(first)
    with demo.reading() as uow:
        s = uow.session
        follow_up = s.scalars(select(FollowUp).where(FollowUp.status == "open").order_by(FollowUp.id)).first()
        promise = s.scalars(select(Promise).where(Promise.status == "open").order_by(Promise.id)).first()
        visit = s.scalars(
            select(Visit).where(Visit.status == VisitStatus.SCHEDULED).order_by(Visit.id)
        ).first()
        assert follow_up is not None and promise is not None and visit is not None
        f_id, f_title, f_due = follow_up.id, follow_up.title, follow_up.due_date
        p_id, p_due = promise.id, promise.due_date
        v_id, v_start, v_end = visit.id, visit.scheduled_start, visit.scheduled_end
        open_count = len(s.scalars(select(FollowUp.id).where(FollowUp.status == "open")).all())
    assert sum(1 for uid in events if uid.startswith("follow-up-")) == open_count
    f = events[f"follow-up-{f_id}@crm-desktop"]
    assert f.dtstart.value == f_due and not isinstance(f.dtstart.value, datetime), "all day"
    assert f.summary.value.startswith(f_title)
    p = events[f"promise-{p_id}@crm-desktop"]
    assert p.dtstart.value == p_due and not isinstance(p.dtstart.value, datetime)
    assert p.summary.value.startswith("Promised: ")
    v = events[f"visit-{v_id}@crm-desktop"]
    assert isinstance(v.dtstart.value, datetime), "a visit has its hours"
    assert v.dtstart.value == v_start and v.dtend.value == v_end
    assert v.summary.value.startswith("Visit J-") and v.location.value == "Mill Lane; 4"

    # A follow-up done: its event leaves, every other keeps its UID and its bytes.
    skip_follow_up(demo, f_id, "Customer moved away", None, TODAY)
    after = _events(export_bytes(demo, ExportKind.CALENDAR, today=TODAY).data)
    assert set(after) == set(events) - {f"follow-up-{f_id}@crm-desktop"}


def test_one_persons_calendar_holds_only_their_work(demo: Database) -> None:
    everyone = _events(export_bytes(demo, ExportKind.CALENDAR, today=TODAY).data)
    seen: set[str] = set()
    with demo.reading() as uow:
        staff = list(uow.session.execute(select(Staff.id, Staff.name)))
    for staff_id, _name in staff:
        mine = _events(export_bytes(demo, ExportKind.CALENDAR, today=TODAY, staff_id=staff_id).data)
        assert set(mine) <= set(everyone)
        with demo.reading() as uow:
            s = uow.session
            for uid in mine:
                kind, record = uid.split("@")[0].rsplit("-", 1)
                model, column = {
                    "follow-up": (FollowUp, FollowUp.assignee_id),
                    "visit": (Visit, Visit.technician_id),
                    "promise": (Promise, Promise.promised_by_id),
                }[kind]
                owner = s.scalar(select(column).where(model.id == int(record)))  # type: ignore[attr-defined]
                assert owner == staff_id, uid
        seen |= set(mine)
    assert seen, "the sample shop's people have dated work"


def test_vcards_of_one_and_of_all_are_read_back(opened: OpenedDatabase) -> None:
    db = opened.database
    hostile_id, _plain_id = _customers(db)
    one = export_bytes(db, ExportKind.VCARD, today=TODAY, customer_ids=[hostile_id]).data
    (card,) = list(vobject.readComponents(one.decode("utf-8")))
    assert card.fn.value == HOSTILE["name"]
    assert card.org.value == [HOSTILE["company"]]
    assert card.email.value == "ann@example.co.uk"
    phones = {t.params["TYPE"][0]: t.value for t in card.contents["tel"]}
    assert phones == {"CELL": "+447700900123", "HOME": "+441134960000", "WORK": "+442079460958"}
    assert card.adr.value.street == HOSTILE["address"]
    assert "note" not in card.contents, "the shop's notes stay in the shop"
    everyone = list(
        vobject.readComponents(export_bytes(db, ExportKind.VCARD, today=TODAY).data.decode("utf-8"))
    )
    assert sorted(c.fn.value for c in everyone) == sorted([HOSTILE["name"], "Ørsted Ltd"])
    business = next(c for c in everyone if c.fn.value == "Ørsted Ltd")
    assert business.org.value == ["Ørsted Ltd"]
    assert business.tel.params["TYPE"] == ["WORK"]


def test_hostile_lines_survive_csv_and_vcard(opened: OpenedDatabase, hostile_lines: list[str]) -> None:
    db = opened.database
    names = [line for line in hostile_lines if line.strip() and "\x00" not in line][:30]
    created = []
    for name in names:
        try:
            created.append(create_customer(db, CustomerInput(name=name, notes=name)))
        except UserFacingError:
            continue
    rows = _read_csv(export_bytes(db, ExportKind.CUSTOMERS, today=TODAY).data)
    assert sorted(unguard_cell(r["Name"]) for r in rows) == sorted(c.name for c in created)
    cards = vobject.readComponents(export_bytes(db, ExportKind.VCARD, today=TODAY).data.decode("utf-8"))
    assert sorted(c.fn.value for c in cards) == sorted(c.name for c in created)


def test_archived_customers_only_when_asked(opened: OpenedDatabase) -> None:
    from crm_desktop.services.customers import archive_customer

    db = opened.database
    hostile_id, _plain_id = _customers(db)
    archive_customer(db, hostile_id, True, staff_id=None)
    assert [r[0] for r in customers_table(db).rows] == ["Ørsted Ltd"]
    table = customers_table(db, include_archived=True)
    assert len(table.rows) == 2 and table.header[-1] == "Archived"


def test_the_command_writes_each_kind_and_explains_bad_input(
    demo: Database, db_paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = database_option(db_paths)
    for kind, name in (
        ("customers", "c.csv"),
        ("sales", "s.xlsx"),
        ("calendar", "cal.ics"),
        ("vcard", "v.vcf"),
    ):
        target = tmp_path / name
        assert main([*db, "export", kind, "-o", str(target)]) == 0
        assert target.stat().st_size > 0
    out = capsys.readouterr().out
    assert "Customers (40 customers) written to" in out
    assert zipfile.is_zipfile(tmp_path / "s.xlsx"), "a .xlsx name gives an Excel file"
    assert main([*db, "export", "calendar", "--format", "xlsx", "-o", str(tmp_path / "x.ics")]) == 1
    assert main([*db, "export", "calendar", "--staff", "Nobody At All", "-o", str(tmp_path / "x.ics")]) == 1
    assert main([*db, "export", "customers", "-o", str(tmp_path / "missing" / "c.csv")]) == 1
    err = capsys.readouterr().err
    assert "--format xlsx is for tables" in err and "no staff member called" in err
    assert "does not exist" in err
    assert not (tmp_path / "x.ics").exists()


def test_files_are_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"], "no temporary file left behind"
    with pytest.raises(UserFacingError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "x.csv", b"x")


def test_the_kept_calendar_is_rewritten_only_when_it_changes(demo: Database, tmp_path: Path) -> None:
    assert keep_calendar(demo, tmp_path, TODAY) is True
    written = (tmp_path / CALENDAR_FILE).stat().st_mtime_ns
    assert keep_calendar(demo, tmp_path, TODAY) is False
    assert (tmp_path / CALENDAR_FILE).stat().st_mtime_ns == written
    with pytest.raises(UserFacingError, match="does not exist any more"):
        keep_calendar(demo, tmp_path / "gone", TODAY)
