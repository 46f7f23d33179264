"""S-0042 / J-0042: numbers staff read out on the phone never repeat, on either database."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.numbers import format_number
from crm_desktop.paths import AppPaths
from crm_desktop.storage.models import Customer, Sale
from crm_desktop.storage.sequences import JOB, SALE, next_number
from crm_desktop.storage.startup import open_database


def _allocate(paths: AppPaths) -> None:
    opened = open_database(paths, lock=False, daily_backup=False)
    try:
        with opened.database.writing() as uow:
            customer = Customer(name="Ana")
            uow.session.add(customer)
            uow.session.flush()
            uow.session.add(Sale(number=41, customer_id=customer.id, sale_date=date(2026, 1, 2)))
            uow.commit()
        with opened.database.writing() as uow:
            assert next_number(uow.session, SALE) == 42  # continues after existing numbers
            uow.commit()
        with opened.database.writing() as uow:
            assert next_number(uow.session, SALE) == 43
            # not committed: the number is given back
        with opened.database.writing() as uow:
            numbers = [next_number(uow.session, SALE) for _ in range(3)]
            assert next_number(uow.session, JOB) == 1
            uow.commit()
        assert [format_number("S", n) for n in numbers] == ["S-0043", "S-0044", "S-0045"]
        with pytest.raises(ValueError), opened.database.writing() as uow:
            next_number(uow.session, "invoice")
    finally:
        opened.close()


def test_numbers_on_sqlite(db_paths: AppPaths) -> None:
    _allocate(db_paths)


@pytest.mark.postgres
def test_numbers_on_postgresql(pg_paths: AppPaths) -> None:
    _allocate(pg_paths)
