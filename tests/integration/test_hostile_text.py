"""Hostile text (markup, formulas, SQL, every script, emoji, 10,000-character words) is stored and read
back exactly as written, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from crm_desktop.paths import AppPaths
from crm_desktop.storage.models import Customer
from crm_desktop.storage.startup import open_database


def _round_trip(paths: AppPaths, lines: list[str]) -> None:
    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        with opened.database.writing() as uow:
            for line in lines:
                if line.strip():
                    uow.session.add(Customer(name=line[:200], notes=line, address=line))
            uow.commit()
        with opened.database.reading() as uow:
            stored = uow.session.query(Customer).order_by(Customer.id).all()
            expected = [line for line in lines if line.strip()]
            assert [c.notes for c in stored] == expected
            assert [c.address for c in stored] == expected
            assert [c.name for c in stored] == [line[:200] for line in expected]
    finally:
        opened.close()


def test_hostile_text_round_trips_on_sqlite(db_paths: AppPaths, hostile_lines: list[str]) -> None:
    assert any(len(line) >= 10_000 for line in hostile_lines)
    _round_trip(db_paths, hostile_lines)


@pytest.mark.postgres
def test_hostile_text_round_trips_on_postgresql(pg_paths: AppPaths, hostile_lines: list[str]) -> None:
    _round_trip(pg_paths, hostile_lines)
