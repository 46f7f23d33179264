"""The after-sales formulas, exactly as the README states them, on plain numbers (no database).

* Cumulative earnings of an account: its non-voided sales plus billable service charges, to the report
  date (computed by the service; here it is an input).
* Longevity: years from the account's first sale to the report date, at least 1 year. A year is 365.25
  days, so a four-year-old account is 4.0 years across a leap day.
* Annual account value (AAV) = cumulative earnings / longevity, per account with at least one sale.
* Median account value (MAV): the median of the AAVs (the mean of the two middle values when their number
  is even).
* Annual contacts per account = interactions in the 12 months before the report date / number of
  accounts with a sale; its median is the median of the per-account counts.
* Value per contact = MAV / annual contacts per account (None without contacts), set against the cost per
  contact: contacts pay for themselves when the value is at least the cost.
* Means (of a request's first response and time to resolve) are plain arithmetic means, unrounded here.
* Percentiles (the 90th of turnaround) interpolate linearly between the closest ranks, as spreadsheets'
  PERCENTILE.INC does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

DAYS_PER_YEAR: Final = Decimal("365.25")


def longevity_years(first_sale: date, report_date: date) -> Decimal:
    """Years from the first sale to the report date, at least 1."""
    years = Decimal((report_date - first_sale).days) / DAYS_PER_YEAR
    return max(Decimal(1), years)


def annual_account_value(cumulative_minor: int, first_sale: date, report_date: date) -> Decimal:
    """AAV in minor units (not rounded: the median is taken on exact values)."""
    return Decimal(cumulative_minor) / longevity_years(first_sale, report_date)


def annual_value(cumulative_minor: int, days: int) -> Decimal:
    """:func:`annual_account_value` of an account whose first sale was ``days`` before the report date
    (the same value: the metrics compute it for every account)."""
    earned = Decimal(cumulative_minor)
    if days <= 365:  # less than a year of 365.25 days: longevity 1
        return earned / _ONE
    return earned / (Decimal(days) / DAYS_PER_YEAR)


_ONE: Final = Decimal(1)


def median_annual_value(accounts: Sequence[tuple[int, int]]) -> Decimal | None:
    """``median([annual_value(earned, days) for earned, days in accounts])``, the same Decimal, without
    making a Decimal of every account (100,000 of them at a big shop).

    The accounts are ordered by a float of their value, whose error is a few parts in 10^16. Outside a
    band of a part in 10^9 around the middle floats, that is their exact order, so the accounts below
    the band are only counted; those in the band get their exact value and are ordered by it."""
    n = len(accounts)
    if not n:
        return None
    approx = [float(earned) if days <= 365 else earned * 365.25 / days for earned, days in accounts]
    ordered = sorted(approx)
    low_rank, high_rank = (n - 1) // 2, n // 2
    margin = 1e-9 * max(abs(ordered[low_rank]), abs(ordered[high_rank]), 1.0)
    bottom, top = ordered[low_rank] - margin, ordered[high_rank] + margin
    below = bisect_left(ordered, bottom)
    band = sorted(
        annual_value(earned, days)
        for value, (earned, days) in zip(approx, accounts, strict=True)
        if bottom <= value <= top
    )
    return (band[low_rank - below] + band[high_rank - below]) / 2 if n % 2 == 0 else band[low_rank - below]


def mean_annual_value(accounts: Sequence[tuple[int, int]]) -> Decimal | None:
    """The mean of the accounts' values: the earnings of the accounts of the same age divided once
    (accounts share their age by the thousand). Equal to the mean of every account's Decimal, to far
    more places than the whole minor units it is shown in."""
    if not accounts:
        return None
    earned_by_age: dict[int, int] = {}
    for earned, days in accounts:
        age = days if days > 365 else 0  # up to a year: divided by 1
        earned_by_age[age] = earned_by_age.get(age, 0) + earned
    total = sum((annual_value(earned, age) for age, earned in earned_by_age.items()), Decimal(0))
    return total / len(accounts)


def median(values: Sequence[Decimal | int | float]) -> Decimal | None:
    """The middle value; the mean of the two middle values for an even count; None when empty."""
    if not values:
        return None
    if any(isinstance(v, float) for v in values):
        ordered: list[Decimal | int] = sorted(Decimal(str(v)) if isinstance(v, float) else v for v in values)
    else:
        ordered = sorted(values)  # type: ignore[arg-type]  # no float here: Decimals and ints compare exactly
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Decimal(ordered[middle])
    return (Decimal(ordered[middle - 1]) + Decimal(ordered[middle])) / 2


def mean(values: Sequence[Decimal | int]) -> Decimal | None:
    """The arithmetic mean (not rounded); None when empty."""
    if not values:
        return None
    return sum((Decimal(v) for v in values), Decimal(0)) / len(values)


def percentile(values: Sequence[Decimal | int | float], p: float) -> Decimal | None:
    """The p-th percentile (0-100), linear between closest ranks (PERCENTILE.INC); None when empty."""
    if not values:
        return None
    if not 0 <= p <= 100:
        raise ValueError(f"a percentile is between 0 and 100, not {p}")
    ordered = sorted(Decimal(str(v)) if isinstance(v, float) else Decimal(v) for v in values)
    rank = Decimal(str(p)) / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def per_account(total: int, accounts: int) -> Decimal | None:
    """A yearly count shared out over the accounts; None without accounts."""
    return Decimal(total) / accounts if accounts else None


def value_per_contact(mav_minor: Decimal | None, contacts_per_account: Decimal | None) -> Decimal | None:
    """MAV / annual contacts per account, in minor units; None when either is missing or zero contacts."""
    if mav_minor is None or not contacts_per_account:
        return None
    return mav_minor / contacts_per_account


def contacts_pay(value_minor: Decimal | None, cost_minor: int | None) -> bool | None:
    """True when a contact is worth at least what it costs; None when either is unknown."""
    if value_minor is None or cost_minor is None:
        return None
    return value_minor >= cost_minor


def share(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` as a percentage with one decimal; None when ``whole`` is zero."""
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def minor_units(value: Decimal | None) -> int | None:
    """An exact amount rounded half-up to whole minor units, for display and JSON."""
    return None if value is None else int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
