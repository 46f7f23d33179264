"""Warranty dates: calendar months and the last day covered."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.enums import WarrantyDecision, WarrantyStatus
from crm_desktop.domain.warranty import add_months, intake_check, warranty_end


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),  # over the year end
        (date(2026, 3, 15), -3, date(2025, 12, 15)),
        (date(2026, 5, 31), 0, date(2026, 5, 31)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_warranty_ends_the_day_before_the_same_date_n_months_later() -> None:
    assert warranty_end(date(2026, 3, 15), 24) == date(2028, 3, 14)
    assert warranty_end(date(2026, 1, 1), 12) == date(2026, 12, 31)


def test_warranty_from_a_month_end() -> None:
    assert warranty_end(date(2026, 1, 31), 1) == date(2026, 2, 27)  # 28 Feb is not covered
    assert warranty_end(date(2024, 1, 31), 1) == date(2024, 2, 28)
    assert warranty_end(date(2024, 2, 29), 12) == date(2025, 2, 27)


def test_no_warranty() -> None:
    assert warranty_end(date(2026, 3, 15), 0) is None
    assert warranty_end(date(2026, 3, 15), None) is None
    with pytest.raises(ValueError):
        warranty_end(date(2026, 3, 15), -1)


@pytest.mark.parametrize(
    ("end", "sold_here", "serial_known", "status", "decision"),
    [
        (date(2026, 3, 14), True, True, WarrantyStatus.COVERED, WarrantyDecision.COVERED),  # its last day
        (date(2026, 3, 13), True, True, WarrantyStatus.EXPIRED, WarrantyDecision.BILLABLE),
        (None, True, False, WarrantyStatus.EXPIRED, WarrantyDecision.BILLABLE),  # sold without one
        (None, False, True, WarrantyStatus.NOT_SOLD_HERE, WarrantyDecision.BILLABLE),
        (None, False, False, WarrantyStatus.UNKNOWN, WarrantyDecision.BILLABLE),
    ],
)
def test_intake_proposes_covered_only_for_a_unit_sold_here_under_warranty(
    end: date | None,
    sold_here: bool,
    serial_known: bool,
    status: WarrantyStatus,
    decision: WarrantyDecision,
) -> None:
    today = date(2026, 3, 14)
    assert intake_check(end, today, sold_here=sold_here, serial_known=serial_known) == (status, decision)
