"""Every metrics formula on small cases worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.metrics import (
    annual_account_value,
    contacts_pay,
    longevity_years,
    mean,
    median,
    minor_units,
    per_account,
    percentile,
    share,
    value_per_contact,
)

REPORT = date(2026, 11, 23)


def test_longevity_is_at_least_one_year() -> None:
    assert longevity_years(date(2026, 11, 22), REPORT) == 1  # a one-day-old account
    assert longevity_years(REPORT, REPORT) == 1  # bought today
    assert longevity_years(date(2022, 11, 23), REPORT) == Decimal(1461) / Decimal("365.25") == 4
    assert longevity_years(date(2024, 5, 23), REPORT) == Decimal(914) / Decimal("365.25")


def test_annual_account_value() -> None:
    # 1,200.00 over four years is 300.00 a year; a new account's whole spend counts as one year
    assert annual_account_value(120_000, date(2022, 11, 23), REPORT) == 30_000
    assert annual_account_value(50_000, date(2026, 11, 1), REPORT) == 50_000


def test_median_odd_even_ties_and_empty() -> None:
    assert median([5, 1, 3]) == 3
    assert median([4, 1, 3, 2]) == Decimal("2.5")
    assert median([7, 7, 1, 7]) == 7  # ties in the middle
    assert median([2, 2]) == 2
    assert median([]) is None
    assert median([Decimal("0.1"), Decimal("0.2")]) == Decimal("0.15")


def test_mean_is_exact_and_empty_is_none() -> None:
    assert mean([]) is None
    assert mean([2, 4, 12, 6, 24]) == Decimal("9.6")
    assert mean([Decimal(1), Decimal(2), Decimal(3), Decimal(31)]) == Decimal("9.25")  # not rounded here
    assert mean([Decimal(1), Decimal(2)]) == Decimal("1.5")


def test_percentile_interpolates_like_percentile_inc() -> None:
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert percentile(values, 90) == Decimal("9.1")  # =PERCENTILE.INC(1..10, 0.9)
    assert percentile(values, 50) == Decimal("5.5")
    assert percentile([4], 90) == 4
    assert percentile([], 90) is None
    with pytest.raises(ValueError):
        percentile(values, 101)


def test_contacts_and_their_value() -> None:
    assert per_account(30, 12) == Decimal("2.5")
    assert per_account(0, 12) == 0
    assert per_account(5, 0) is None
    # MAV 300.00, 2.5 contacts a year: a contact is worth 120.00
    assert value_per_contact(Decimal(30_000), Decimal("2.5")) == 12_000
    assert value_per_contact(Decimal(30_000), Decimal(0)) is None  # zero contacts: no value per contact
    assert value_per_contact(None, Decimal(2)) is None
    assert contacts_pay(Decimal(12_000), 450) is True
    assert contacts_pay(Decimal(400), 450) is False
    assert contacts_pay(Decimal(450), 450) is True
    assert contacts_pay(None, 450) is None and contacts_pay(Decimal(1), None) is None


def test_shares_and_rounding() -> None:
    assert share(2, 3) == Decimal("66.7")
    assert share(0, 5) == 0
    assert share(1, 0) is None
    assert (
        minor_units(Decimal("12.5")) == 13
        and minor_units(Decimal("12.49")) == 12
        and minor_units(None) is None
    )


def test_the_value_from_days_is_the_account_value_from_dates() -> None:
    """The metrics compute each account's value from its age in days: exactly the formula on dates,
    around a year, across leap days, for small and large earnings."""
    from datetime import timedelta

    from crm_desktop.domain.metrics import annual_value

    report = date(2028, 3, 1)
    for days in [*range(0, 3), *range(360, 372), 730, 1461, 3653, 20_000]:
        for earned in (0, 1, 99_999, 123_456_789):
            first = report - timedelta(days=days)
            assert annual_value(earned, days) == annual_account_value(earned, first, report), (days, earned)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.integers(0, 10**9), st.sampled_from([0, 1, 99_999])),
            st.one_of(st.integers(0, 20_000), st.sampled_from([364, 365, 366, 730, 731])),
        ),
        max_size=300,
    )
)
def test_median_and_mean_of_account_values_are_those_of_every_account(
    accounts: list[tuple[int, int]],
) -> None:
    """The metrics take the median and the mean of 100,000 account values without making a Decimal of
    each: the same figures as the plain formulas on every account's value."""
    from crm_desktop.domain.metrics import annual_value, mean, mean_annual_value, median, median_annual_value

    values = [annual_value(earned, days) for earned, days in accounts]
    assert median_annual_value(accounts) == median(values)
    assert minor_units(mean_annual_value(accounts)) == minor_units(mean(values))


def test_the_median_of_account_values_tells_apart_values_a_float_cannot() -> None:
    """Two accounts whose values differ past a float's precision are still ordered exactly."""
    from crm_desktop.domain.metrics import annual_value, median, median_annual_value

    # 10**15 over 366 and 367 days against nearly the same earnings: floats of these tie or misorder
    accounts = [(10**15, 400), (10**15 + 1, 400), (10**15 - 1, 400), (1, 10), (10**16, 5000)]
    assert median_annual_value(accounts) == median([annual_value(e, d) for e, d in accounts])
    assert median_annual_value(accounts[:4]) == median([annual_value(e, d) for e, d in accounts[:4]])


def test_the_cycle_collector_is_back_on_after_the_metrics_read_also_after_an_error() -> None:
    import gc

    from crm_desktop.services.common import no_gc_pauses

    assert gc.isenabled()
    with pytest.raises(RuntimeError), no_gc_pauses():
        assert not gc.isenabled()
        with no_gc_pauses():  # nested: the outer one turns it back on
            pass
        assert not gc.isenabled()
        raise RuntimeError("a read failed")
    assert gc.isenabled()
