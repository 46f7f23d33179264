"""Month arithmetic and working days for repeating follow-ups and recovery calls."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.recurrence import add_months, next_due, next_working_day


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 31), 1, date(2027, 1, 31)),
        (date(2026, 5, 31), 24, date(2028, 5, 31)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 10), -13, date(2024, 12, 10)),
        (date(2026, 6, 5), 0, date(2026, 6, 5)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 2), date(2026, 11, 3)),  # Monday -> Tuesday
        (date(2026, 11, 5), date(2026, 11, 6)),  # Thursday -> Friday
        (date(2026, 11, 6), date(2026, 11, 9)),  # Friday -> Monday
        (date(2026, 11, 7), date(2026, 11, 9)),  # Saturday -> Monday
        (date(2026, 11, 8), date(2026, 11, 9)),  # Sunday -> Monday
        (date(2026, 12, 31), date(2027, 1, 1)),  # Thursday -> Friday across the year
    ],
)
def test_next_working_day_is_monday_to_friday(day: date, expected: date) -> None:
    assert next_working_day(day) == expected


def test_next_due_keeps_the_series_day_after_a_short_month() -> None:
    drifting = [date(2026, 1, 31)]
    kept = [date(2026, 1, 31)]
    for _ in range(3):
        drifting.append(next_due(drifting[-1], 1))
        kept.append(next_due(kept[-1], 1, day_of_month=31))
    assert drifting == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 28), date(2026, 4, 28)]
    assert kept == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    assert next_due(date(2027, 8, 29), 6, day_of_month=29) == date(2028, 2, 29)


@pytest.mark.parametrize(("every", "day"), [(0, None), (-1, None), (1, 0), (1, 32)])
def test_next_due_refuses_nonsense(every: int, day: int | None) -> None:
    with pytest.raises(ValueError):
        next_due(date(2026, 1, 1), every, day_of_month=day)
