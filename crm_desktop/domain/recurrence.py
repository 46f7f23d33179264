"""Calendar arithmetic for repeating follow-ups and for "call them back on the next working day".

Pure functions of ``date`` values. Months are added the way people count them: the 31st of January
plus one month is the last day of February (28th, or 29th in a leap year), never the 3rd of March. A
series that started on a month's last days keeps its day wherever the month is long enough: pass the
first occurrence's day as ``day_of_month`` to :func:`next_due`, so that 31 Jan → 28 Feb → 31 Mar
instead of drifting to the 28th for ever after February.

Working days are Monday to Friday; public holidays are not known here.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Final

from crm_desktop.domain.warranty import add_months  # one month rule for warranties and series

__all__ = ["add_months", "next_due", "next_working_day"]

_SATURDAY: Final = 5


def next_working_day(day: date) -> date:
    """The first Monday-to-Friday strictly after ``day``: Friday, Saturday and Sunday give Monday."""
    following = day + timedelta(days=1)
    while following.weekday() >= _SATURDAY:
        following += timedelta(days=1)
    return following


def next_due(previous_due: date, every_months: int, *, day_of_month: int | None = None) -> date:
    """The due date after ``previous_due`` in a series repeating every ``every_months`` months.

    ``day_of_month``: the day the series belongs on (its first occurrence's day), clamped to the
    length of the target month; default ``previous_due``'s own day.
    """
    if every_months < 1:
        raise ValueError(f"a series repeats every 1 month or more, not {every_months}")
    if day_of_month is not None and not 1 <= day_of_month <= 31:
        raise ValueError(f"{day_of_month} is not a day of a month")
    return _with_day(_shift_month(previous_due, every_months), day_of_month or previous_due.day)


def _shift_month(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _with_day(first_of_month: date, day: int) -> date:
    last = calendar.monthrange(first_of_month.year, first_of_month.month)[1]
    return first_of_month.replace(day=min(day, last))


__all__ = ["add_months", "next_due", "next_working_day"]
