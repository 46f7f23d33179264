"""When a promise counts as slipping, under each of the shop's rules."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.slipping import (
    DEFAULT_DAYS,
    SlipRule,
    days_late,
    is_slipping,
    needs_owner,
    parse_days,
    parse_rule,
)

FIRST = date(2026, 3, 3)


@pytest.mark.parametrize(
    ("current", "moves", "rule", "days", "slipping"),
    [
        (date(2026, 3, 3), 0, SlipRule.ONCE, 7, False),  # as promised
        (date(2026, 3, 7), 1, SlipRule.ONCE, 7, True),  # "in 3 days" became 7
        (date(2026, 3, 1), 1, SlipRule.ONCE, 7, False),  # moved earlier: good news, not a slip
        (date(2026, 3, 7), 1, SlipRule.TWICE, 7, False),
        (date(2026, 4, 2), 2, SlipRule.TWICE, 7, True),  # 7 days, then a month
        (date(2026, 3, 10), 1, SlipRule.DAYS, 7, False),  # exactly 7 days later: not more than 7
        (date(2026, 3, 11), 1, SlipRule.DAYS, 7, True),
        (date(2026, 3, 4), 5, SlipRule.DAYS, 7, False),
    ],
)
def test_the_rules(current: date, moves: int, rule: SlipRule, days: int, slipping: bool) -> None:
    assert is_slipping(FIRST, current, moves, rule, days) is slipping


def test_a_third_move_asks_for_the_owner() -> None:
    assert not needs_owner(2) and needs_owner(3)
    assert days_late(FIRST, date(2026, 4, 2)) == 30 and days_late(FIRST, date(2026, 3, 1)) == 0


def test_settings_written_by_hand_fall_back_to_the_defaults() -> None:
    assert parse_rule(" Twice ") is SlipRule.TWICE and parse_rule("sometimes") is SlipRule.ONCE
    assert parse_rule(None) is SlipRule.ONCE
    assert parse_days("14") == 14 and parse_days("0") == DEFAULT_DAYS and parse_days("x") == DEFAULT_DAYS
