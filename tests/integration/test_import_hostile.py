"""Hostile text through the importer (markup, formulas, SQL, every script, emoji, a 10,000-character
word), from CSV and from .xlsx: each value is stored exactly as written or its row is refused with a
sentence naming the line; and the same import on PostgreSQL as on SQLite."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_desktop.interchange.csv_write import csv_bytes
from crm_desktop.interchange.mapping import ImportKind, guess_mapping, header_words
from crm_desktop.interchange.readers import open_table
from crm_desktop.interchange.xlsx_write import xlsx_bytes
from crm_desktop.paths import AppPaths
from crm_desktop.services.imports import ImportOptions, ImportReport, import_table
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import open_database

TODAY = date(2024, 6, 30)
HEADER = ["Name", "Phone", "Notes", "Address"]


def _import(db: Database, path: Path) -> ImportReport:
    table = open_table(path, None, header_words=header_words())
    mapping = guess_mapping(ImportKind.CUSTOMERS, table.header)
    return import_table(
        db, table, mapping, staff_id=None, today=TODAY, options=ImportOptions(skip_bad_rows=True)
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_hostile_text_is_imported_exactly_or_refused_with_its_line(
    db_paths: AppPaths, hostile_lines: list[str], tmp_path: Path, fmt: str
) -> None:
    lines = [line for line in hostile_lines if line.strip()]
    rows = [(line, f"+32 470 00 00 {n:02d}", line, line) for n, line in enumerate(lines)]
    path = tmp_path / f"hostile.{fmt}"
    path.write_bytes(csv_bytes(HEADER, rows) if fmt == "csv" else xlsx_bytes(HEADER, rows))
    opened = open_database(db_paths, lock=False, daily_backup=False)
    try:
        report = _import(opened.database, path)
        with opened.database.reading() as uow:
            stored = {c.name: c for c in uow.session.scalars(select(Customer)).all()}
            got = {name: (c.notes, c.address) for name, c in stored.items()}
    finally:
        opened.close()
    refused = {p.line: p.message for p in report.problems}
    too_long = {n + 2 for n, line in enumerate(lines) if len(line) > 200}  # a name holds 200 characters
    assert too_long and set(refused) == too_long
    assert all(m.startswith("Name is too long: 10,000 characters, at most 200.") for m in refused.values())
    assert report.added == len(lines) - len(too_long)
    for n, line in enumerate(lines):
        if n + 2 not in refused:
            assert got.get(line) == (line, line), (n, line[:60])


@pytest.mark.postgres
def test_an_import_on_postgresql_matches_sqlite(
    pg_paths: AppPaths, db_paths: AppPaths, tmp_path: Path
) -> None:
    """Customers then sales, imported twice: the same report and rows on both databases, nothing added
    the second time, and search entries those a rebuild makes."""
    from crm_desktop.services.search import search
    from crm_desktop.storage import search_index
    from crm_desktop.storage.models import Sale, SaleItem, SearchEntry

    people = tmp_path / "people.csv"
    people.write_text(
        "Customer ID,Name,Phone,Email\n"
        + "".join(f"C{n},Person {n},+32 470 00 {n:04d},p{n}@example.com\n" for n in range(60)),
        encoding="utf-8",
    )
    sales = tmp_path / "sales.csv"
    sales.write_text(
        "Invoice,Customer ID,Date,Description,Serial,Qty,Price\n"
        + "".join(
            f"I{n // 2},C{n // 2 % 60},2024-0{1 + n // 2 % 6}-15,Repair,SN{n},1,19.99\n" for n in range(200)
        ),
        encoding="utf-8",
    )

    def run(paths: AppPaths) -> tuple[object, ...]:
        opened = open_database(paths, lock=False, daily_backup=False)
        try:
            db = opened.database
            reports = []
            for kind, path in ((ImportKind.CUSTOMERS, people), (ImportKind.SALES, sales)) * 2:
                table = open_table(path, None, header_words=header_words())
                mapping = guess_mapping(kind, table.header)
                report = import_table(db, table, mapping, staff_id=None, today=TODAY)
                reports.append((report.added, report.already_here, report.bad))
            with db.reading() as uow:
                counted = tuple(
                    len(uow.session.scalars(select(model.id)).all())
                    for model in (Customer, Sale, SaleItem, SearchEntry)
                )
                entries = sorted(
                    tuple(r) for r in uow.session.execute(
                        select(SearchEntry.kind, SearchEntry.label, SearchEntry.folded)
                    )
                )  # fmt: skip
            with db.writing() as uow:
                search_index.rebuild(uow.session)
                uow.commit()
            with db.reading() as uow:
                rebuilt = sorted(
                    tuple(r) for r in uow.session.execute(
                        select(SearchEntry.kind, SearchEntry.label, SearchEntry.folded)
                    )
                )  # fmt: skip
            assert entries == rebuilt
            found = [h.label for h in search(db, "SN199")]
            return tuple(reports), counted, found
        finally:
            opened.close()

    on_sqlite = run(db_paths)
    assert on_sqlite[0] == ((60, 0, 0), (100, 0, 0), (0, 60, 0), (0, 100, 0))
    assert on_sqlite[2] == ["Repair · S-0100 · Person 39"]
    assert run(pg_paths) == on_sqlite
