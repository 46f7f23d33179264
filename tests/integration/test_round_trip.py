"""Export → import changes nothing: a customer list exported as CSV or Excel imports into an empty shop
as the same customers (phones with their + and leading zeros, formula-looking text, accents, several
phones, tags, the old system's reference), and into the shop it came from as "already here"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crm_desktop.interchange.mapping import ImportKind, guess_mapping
from crm_desktop.interchange.readers import open_table
from crm_desktop.paths import resolve
from crm_desktop.services.customers import CustomerInput, PhoneInput, create_customer
from crm_desktop.services.exports import ExportFormat, ExportKind, customers_table, export_to_file
from crm_desktop.services.imports import import_table
from crm_desktop.services.settings import set_settings
from crm_desktop.storage.engine import Database
from crm_desktop.storage.startup import OpenedDatabase, open_database

TODAY = date(2026, 11, 2)
PEOPLE = (
    CustomerInput(
        name="Zoë Øster-Łukasiewicz",
        company="Øster Cykler ApS",
        email="zoe@example.dk",
        address="Nørregade 3\n1165 København",
        phones=(PhoneInput("mobile", "+45 20 12 34 56"), PhoneInput("work", "0033 1 23 45 67 89")),
        tags=("vip", "bikes"),
        notes='=HYPERLINK("http://evil") — said at the counter',
        contact_consent=True,
    ),
    CustomerInput(
        name="-Dash Person",
        email="dash@example.com",
        phones=(PhoneInput("home", "0470 12 34 56"),),
        contact_consent=False,  # the answers travel with the file: "no" stays no
    ),
    CustomerInput(
        name="Smith & Sons <VIP>", company="@corp", phones=(PhoneInput("mobile", "06 12 34 56 78"),)
    ),
)


def _shop(opened: OpenedDatabase) -> Database:
    set_settings(opened.database, {"shop.country": "BE"})
    for person in PEOPLE:
        create_customer(opened.database, person)
    return opened.database


def _rows(database: Database) -> list[tuple[object, ...]]:
    """What a customer export shows, without the day each record was made."""
    table = customers_table(database)
    keep = [i for i, name in enumerate(table.header) if name != "Customer since"]
    return sorted(tuple(row[i] for i in keep) for row in table.rows)


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.XLSX])
def test_an_exported_customer_list_imports_back_unchanged(
    opened: OpenedDatabase, tmp_path: Path, fmt: ExportFormat
) -> None:
    source = _shop(opened)
    file = tmp_path / f"customers.{fmt.value}"
    export_to_file(source, file, ExportKind.CUSTOMERS, fmt, today=TODAY)
    table = open_table(file)
    mapping = guess_mapping(ImportKind.CUSTOMERS, table.header)

    again = import_table(source, open_table(file), mapping, staff_id=None, today=TODAY)
    assert (again.added, again.already_here) == (0, len(PEOPLE))  # the shop it came from: nothing new

    fresh = open_database(resolve(db=str(tmp_path / "fresh.sqlite3")), lock=False, daily_backup=False)
    try:
        set_settings(fresh.database, {"shop.country": "BE"})
        report = import_table(fresh.database, open_table(file), mapping, staff_id=None, today=TODAY)
        assert (report.added, report.bad) == (len(PEOPLE), 0), report.summary()
        assert _rows(fresh.database) == _rows(source)
    finally:
        fresh.close()
