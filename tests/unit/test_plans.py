"""Plan expansion: dates from the sale and from the warranty end, repeats, assignees."""

from __future__ import annotations

from datetime import date

from crm_desktop.domain.enums import AssigneeRule, FollowUpKind, StaffRole, StepAnchor
from crm_desktop.domain.plans import (
    DEFAULT_REPEAT_CAP,
    PlanStep,
    assignee_for,
    expand,
    next_occurrence,
    step_problems,
)
from crm_desktop.domain.warranty import warranty_end

STAFF = {StaffRole.OWNER: [1], StaffRole.SALES: [2, 3], StaffRole.TECHNICIAN: [4]}
THANKS = PlanStep(10, FollowUpKind.CALL, "Thank-you call", StepAnchor.SALE, 3)
NOTICE = PlanStep(
    11,
    FollowUpKind.WARRANTY_NOTICE,
    "Warranty ends",
    StepAnchor.WARRANTY_END,
    -30,
    assignee_rule=AssigneeRule.OWNER,
)
YEARLY = PlanStep(
    12,
    FollowUpKind.SERVICE_REMINDER,
    "Yearly service",
    StepAnchor.SALE,
    365,
    repeat_every_months=12,
    repeat_limit=3,
    assignee_rule=AssigneeRule.TECHNICIAN,
)


def _dates(steps: list[PlanStep], sale: date, end: date | None) -> list[tuple[int | None, int, date]]:
    return [(p.step_id, p.occurrence, p.due_date) for p in expand(steps, sale, end, 3, STAFF)]


def test_sale_anchored_step_over_a_month_end() -> None:
    assert _dates([THANKS], date(2026, 1, 30), None) == [(10, 1, date(2026, 2, 2))]


def test_warranty_step_before_and_after_the_end() -> None:
    sale = date(2026, 3, 15)
    end = warranty_end(sale, 24)
    after = PlanStep(13, FollowUpKind.CALL, "Extension offer", StepAnchor.WARRANTY_END, 7)
    assert _dates([NOTICE, after], sale, end) == [(11, 1, date(2028, 2, 13)), (13, 1, date(2028, 3, 21))]


def test_warranty_steps_are_skipped_without_a_warranty() -> None:
    assert _dates([THANKS, NOTICE], date(2026, 3, 15), None) == [(10, 1, date(2026, 3, 18))]


def test_warranty_step_that_would_fall_before_the_sale_is_skipped() -> None:
    sale = date(2026, 3, 15)
    assert _dates([NOTICE], sale, warranty_end(sale, 1)) == []


def test_repeats_stop_at_the_limit_and_keep_leap_days() -> None:
    sale = date(2023, 2, 28)  # + 365 days = 2024-02-28; then the same date every year
    assert _dates([YEARLY], sale, None) == [
        (12, 1, date(2024, 2, 28)),
        (12, 2, date(2025, 2, 28)),
        (12, 3, date(2026, 2, 28)),
    ]


def test_repeats_from_a_leap_day_are_counted_from_the_first_date() -> None:
    monthly = PlanStep(
        14, FollowUpKind.CALL, "Check", StepAnchor.SALE, 0, repeat_every_months=12, repeat_limit=5
    )
    due = [p.due_date for p in expand([monthly], date(2024, 2, 29), None, None, STAFF)]
    assert due == [
        date(2024, 2, 29),
        date(2025, 2, 28),
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 29),
    ]


def test_month_end_repeats_do_not_drift() -> None:
    monthly = PlanStep(
        15, FollowUpKind.CALL, "Monthly", StepAnchor.SALE, 0, repeat_every_months=1, repeat_limit=4
    )
    due = [p.due_date for p in expand([monthly], date(2026, 1, 31), None, None, STAFF)]
    assert due == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_repeats_without_a_limit_are_capped() -> None:
    endless = PlanStep(16, FollowUpKind.CALL, "Check", StepAnchor.SALE, 30, repeat_every_months=6)
    planned = expand([endless], date(2026, 1, 1), None, None, STAFF)
    assert [p.occurrence for p in planned] == list(range(1, DEFAULT_REPEAT_CAP + 1))


def test_next_occurrence() -> None:
    sale = date(2023, 2, 28)
    assert next_occurrence(YEARLY, sale, 1) == (2, date(2025, 2, 28))
    assert next_occurrence(YEARLY, sale, 3) is None
    assert next_occurrence(THANKS, sale, 1) is None


def test_output_is_in_date_order_with_assignees() -> None:
    sale = date(2026, 3, 15)
    planned = expand([YEARLY, NOTICE, THANKS], sale, warranty_end(sale, 24), 3, STAFF)
    assert [p.due_date for p in planned] == sorted(p.due_date for p in planned)
    by_step = {p.step_id: p.assignee_id for p in planned}
    assert by_step == {10: 3, 11: 1, 12: 4}


def test_assignee_falls_back_to_the_owner_then_the_seller() -> None:
    assert assignee_for(AssigneeRule.SELLER, None, STAFF) == 1
    assert assignee_for(AssigneeRule.TECHNICIAN, 3, {StaffRole.OWNER: [1]}) == 1
    assert assignee_for(AssigneeRule.TECHNICIAN, 3, {}) == 3
    assert assignee_for(AssigneeRule.SALES, None, {}) is None


def test_step_problems() -> None:
    assert step_problems(THANKS) == []
    assert step_problems(YEARLY) == []
    bad = PlanStep(None, FollowUpKind.CALL, "  ", StepAnchor.SALE, -1, repeat_every_months=0, repeat_limit=0)
    problems = " ".join(step_problems(bad))
    assert "title" in problems and "before it" in problems and "repeat every" in problems
    assert step_problems(PlanStep(None, FollowUpKind.CALL, "x", StepAnchor.SALE, 0, repeat_limit=2)) == [
        "Step 'x': a number of repeats needs a repeat interval."
    ]
    assert step_problems(PlanStep(None, "phone", "x", StepAnchor.SALE, 0))  # type: ignore[arg-type]
