"""Properties that must hold for every input, not only the examples other tests chose (Hypothesis):
validation, phone numbers, text folding, plan expansion, recurrence, warranty ends, money, and time
stamps across daylight-saving changes. Each failure Hypothesis finds is shrunk to its smallest case."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.enums import AssigneeRule, FollowUpKind, StaffRole, StepAnchor
from crm_desktop.domain.money import format_amount, minor_digits, parse_money
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.plans import PlanStep, due_date, expand, next_occurrence, occurrence_count
from crm_desktop.domain.recurrence import next_due, next_working_day
from crm_desktop.domain.text import compact, digits, fold
from crm_desktop.domain.validation import CustomerInput, FieldErrors, PhoneInput, validate_customer
from crm_desktop.domain.warranty import add_months, warranty_end
from crm_desktop.errors import ValidationError

SHOP_DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))
ANY_TEXT = st.text(max_size=300)  # every code point Hypothesis likes: controls, marks, surrogates excluded
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "fr_CH", "de_CH", "nl_BE", "pl_PL", "ja_JP", "ar_EG", "hi_IN"]
CURRENCIES = ["EUR", "USD", "GBP", "JPY", "CHF", "PLN", "KWD", "INR"]
# CRM_HYPOTHESIS_EXAMPLES=5000 for a longer hunt than the 150 cases each property gets in make test
SETTINGS = settings(
    max_examples=int(os.environ.get("CRM_HYPOTHESIS_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# -- text ------------------------------------------------------------------------------------------
@SETTINGS
@given(ANY_TEXT)
def test_folding_is_idempotent_and_ignores_case_and_accents(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()
    assert once == once.strip() and "  " not in once
    assert not any(ch in once for ch in "\n\t\r\x00")


@SETTINGS
@given(ANY_TEXT)
def test_digits_and_compact_keep_only_what_they_say(text: str) -> None:
    found = digits(text)
    assert found.isascii() and (found == "" or found.isdigit())
    assert compact(text) == compact(compact(text))


# -- validation --------------------------------------------------------------------------------------
@SETTINGS
@given(
    name=ANY_TEXT,
    company=st.none() | ANY_TEXT,
    email=st.none() | ANY_TEXT,
    notes=st.none() | st.text(max_size=2_000),
    phone=ANY_TEXT,
    tags=st.lists(ANY_TEXT, max_size=4),
)
def test_any_customer_form_is_either_cleaned_or_refused_field_by_field(
    name: str, company: str | None, email: str | None, notes: str | None, phone: str, tags: list[str]
) -> None:
    data = CustomerInput(
        name=name, company=company, email=email, notes=notes, phones=(PhoneInput("mobile", phone),),
        tags=tuple(tags),
    )  # fmt: skip
    try:
        cleaned = validate_customer(data, "FR")
    except FieldErrors as refused:
        assert refused.errors and all(isinstance(v, str) and v for v in refused.errors.values())
        return
    assert cleaned.name.strip() == cleaned.name and cleaned.name


@SETTINGS
@given(ANY_TEXT, st.sampled_from(["FR", "BE", "US", "GB", "DE", "JP", None]))
def test_any_phone_text_is_read_or_refused_in_a_sentence(text: str, country: str | None) -> None:
    try:
        number = normalize_phone(text, country)
    except ValidationError as refused:
        assert str(refused)
        return
    if number.e164 is not None:
        assert number.e164.startswith("+") and number.e164[1:].isdigit()
        again = normalize_phone(number.e164, country)
        assert again.e164 == number.e164, "the stored form reads back as itself"


# -- money -------------------------------------------------------------------------------------------
@SETTINGS
@given(currency=st.sampled_from(CURRENCIES), locale=st.sampled_from(LOCALES), data=st.data())
def test_an_amount_written_as_the_shop_writes_it_reads_back_exactly(
    currency: str, locale: str, data: st.DataObject
) -> None:
    largest = 10 ** (10 + minor_digits(currency)) - 1  # amounts go up to 9,999,999,999 and its decimals
    minor = data.draw(st.integers(min_value=0, max_value=largest), label="minor")
    shown = format_amount(minor, currency, locale)
    assert parse_money(shown, currency, locale) == minor


@SETTINGS
@given(ANY_TEXT, st.sampled_from(CURRENCIES), st.sampled_from(LOCALES))
def test_any_typed_amount_is_read_or_refused_in_a_sentence(text: str, currency: str, locale: str) -> None:
    try:
        minor = parse_money(text, currency, locale)
    except ValidationError as refused:
        assert str(refused)
        return
    assert isinstance(minor, int) and minor >= 0
    assert Decimal(minor).scaleb(-minor_digits(currency)) >= 0


# -- dates: warranty ends, recurrence, plans ---------------------------------------------------------
@SETTINGS
@given(SHOP_DAYS, st.integers(min_value=1, max_value=240))
def test_a_warranty_ends_the_day_before_the_same_day_months_later(start: date, months: int) -> None:
    end = warranty_end(start, months)
    assert end is not None and start <= end
    assert end + timedelta(days=1) == add_months(start, months)
    assert add_months(start, months) - timedelta(days=31) <= end  # never more than a month early


@SETTINGS
@given(SHOP_DAYS, st.integers(min_value=-240, max_value=240))
def test_adding_months_keeps_the_day_or_the_month_end(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + timedelta(days=1)).day == 1)


@SETTINGS
@given(SHOP_DAYS, st.integers(min_value=1, max_value=24), st.none() | st.integers(min_value=1, max_value=31))
def test_the_next_due_date_is_later_and_on_its_day(previous: date, every: int, day: int | None) -> None:
    following = next_due(previous, every, day_of_month=day)
    assert following > previous
    wanted = day or previous.day
    assert following.day == wanted or (following.day < wanted and (following + timedelta(days=1)).day == 1)


@SETTINGS
@given(SHOP_DAYS)
def test_the_next_working_day_is_a_weekday_within_three_days(day: date) -> None:
    following = next_working_day(day)
    assert following.weekday() < 5 and timedelta(days=1) <= following - day <= timedelta(days=3)


STEPS = st.builds(
    PlanStep,
    step_id=st.integers(min_value=1, max_value=99),
    kind=st.sampled_from(list(FollowUpKind)),
    title=st.text(min_size=1, max_size=20),
    anchor=st.sampled_from(list(StepAnchor)),
    offset_days=st.integers(min_value=-400, max_value=1_000),
    repeat_every_months=st.none() | st.integers(min_value=1, max_value=24),
    repeat_limit=st.none() | st.integers(min_value=1, max_value=10),
    assignee_rule=st.sampled_from(list(AssigneeRule)),
)


@SETTINGS
@given(
    st.lists(STEPS, max_size=5, unique_by=lambda step: step.step_id),
    SHOP_DAYS,
    st.none() | st.integers(min_value=1, max_value=60),
)
def test_a_plan_expands_in_date_order_and_matches_its_steps(
    steps: list[PlanStep], sold: date, months: int | None
) -> None:
    end = warranty_end(sold, months) if months else None
    planned = expand(steps, sold, end, seller_id=7, staff_by_role={StaffRole.OWNER: [1]})
    assert [p.due_date for p in planned] == sorted(p.due_date for p in planned)
    assert len(planned) <= sum(occurrence_count(step) for step in steps)
    for follow_up in planned:
        step = next(s for s in steps if s.step_id == follow_up.step_id)
        assert due_date(step, sold, end, follow_up.occurrence) is not None
        if step.anchor is StepAnchor.WARRANTY_END:
            assert follow_up.due_date > sold, "a warranty step falls after the sale"
        after = next_occurrence(step, sold, follow_up.occurrence, end)
        assert after is None or after[1] >= follow_up.due_date


# -- time stamps ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("zone", ["Europe/Paris", "America/New_York", "Australia/Sydney"])
@SETTINGS
@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)))
def test_a_time_stamp_is_the_same_instant_after_storage_across_daylight_saving(
    zone: str, wall: datetime
) -> None:
    """Wall-clock times on either side of (and inside) the daylight-saving changes, as the shop's clock
    gives them: stored as UTC and read back, the same instant, in order."""
    from sqlalchemy.dialects import postgresql, sqlite

    from crm_desktop.storage.types import UTCDateTime

    here = wall.replace(tzinfo=ZoneInfo(zone))
    later = here + timedelta(minutes=30)
    column = UTCDateTime()
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        stored = column.process_bind_param(here, dialect)
        back = column.process_result_value(stored, dialect)
        # (compared as instants: PEP 495 makes == across zones False for a wall time that occurs twice)
        assert back is not None and back.tzinfo == UTC and back.timestamp() == here.timestamp()
        stored_later = column.process_bind_param(later, dialect)
        assert stored is not None and stored_later is not None and stored < stored_later
