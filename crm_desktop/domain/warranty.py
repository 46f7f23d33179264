"""Warranty dates: calendar months added the way people count them, and the last day a warranty covers.

Convention: a warranty of N months covers the day of purchase and ends on the day *before* the same
date N months later, so a 24-month warranty bought on 15 March 2026 covers up to and including
14 March 2028 (the shop's certificate says "valid until 14 Mar 2028"). When the later month is shorter
(bought 31 January, one month), the same date is the month's last day (28 or 29 February), and the
warranty ends the day before that. Zero months (or none) means no warranty.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Final

from crm_desktop.domain.enums import WarrantyDecision, WarrantyStatus

MAX_WARRANTY_MONTHS: Final = 240  # twenty years: more is a typing mistake, not a warranty


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months (negative: minus); past the end of a short month the result is
    that month's last day: 31 January + 1 month = 28 February (29 in a leap year)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def warranty_end(start: date, months: int | None) -> date | None:
    """The last day covered by a warranty of ``months`` starting on ``start``; None for no warranty."""
    if months is None or months == 0:
        return None
    if months < 0:
        raise ValueError(f"a warranty cannot last {months} months")
    return add_months(start, months) - timedelta(days=1)


def intake_check(
    end: date | None, today: date, *, sold_here: bool, serial_known: bool
) -> tuple[WarrantyStatus, WarrantyDecision]:
    """The warranty status of a unit brought in ``today`` and the decision intake proposes for it.

    ``end``: the last day covered by the warranty of the item sold here (None: sold without one);
    ``sold_here``: the unit is an item of an active sale; ``serial_known``: a serial was given.
    """
    if sold_here:
        status = WarrantyStatus.COVERED if end is not None and today <= end else WarrantyStatus.EXPIRED
    elif serial_known:
        status = WarrantyStatus.NOT_SOLD_HERE
    else:
        status = WarrantyStatus.UNKNOWN
    decision = WarrantyDecision.COVERED if status is WarrantyStatus.COVERED else WarrantyDecision.BILLABLE
    return status, decision


__all__ = ["MAX_WARRANTY_MONTHS", "add_months", "intake_check", "warranty_end"]
