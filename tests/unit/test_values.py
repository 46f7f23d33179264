"""Exact values: document numbers, UTC timestamps, exact quantities."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from crm_desktop.domain.numbers import format_number, parse_number
from crm_desktop.errors import ValidationError
from crm_desktop.storage.types import Hundredths, UTCDateTime


@pytest.mark.parametrize(
    ("typed", "expected"), [("J-0042", 42), ("j42", 42), (" J 0042 ", 42), ("J-12345", 12345)]
)
def test_job_numbers_read_as_staff_type_them(typed: str, expected: int) -> None:
    assert parse_number("J", typed) == expected


@pytest.mark.parametrize("typed", ["S-0042", "J-", "J-0", "42", "J-42x", ""])
def test_wrong_numbers_are_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError, match="J-0042"):
        parse_number("J", typed)


def test_numbers_are_padded_for_reading_out_and_grow_past_9999() -> None:
    assert format_number("S", 42) == "S-0042"
    assert format_number("J", 123456) == "J-123456"


def test_timestamps_are_stored_in_utc_and_come_back_aware() -> None:
    column = UTCDateTime()
    paris = timezone(timedelta(hours=1))
    local = datetime(2026, 3, 1, 10, 30, tzinfo=paris)
    stored = column.process_bind_param(local, sqlite.dialect())
    assert stored == datetime(2026, 3, 1, 9, 30)  # UTC wall time, sortable as text
    back = column.process_result_value(stored, sqlite.dialect())
    assert back == local and back.tzinfo is UTC
    assert column.process_bind_param(local, postgresql.dialect()) == local


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        UTCDateTime().process_bind_param(datetime(2026, 3, 1, 10, 30), sqlite.dialect())


def test_quantities_are_exact_hundredths() -> None:
    column = Hundredths()
    assert column.process_bind_param(Decimal("1.5"), sqlite.dialect()) == 150
    assert column.process_result_value(150, sqlite.dialect()) == Decimal("1.50")
    total = sum(column.process_result_value(10, sqlite.dialect()) for _ in range(3))
    assert total == Decimal("0.30")  # 0.1 + 0.1 + 0.1 is exactly 0.3


def test_float_quantities_are_refused() -> None:
    with pytest.raises(TypeError, match="never float"):
        Hundredths().process_bind_param(1.5, sqlite.dialect())
