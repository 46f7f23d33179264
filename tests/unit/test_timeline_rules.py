"""Date rules of the customer timeline, on plain dates."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.enums import FollowUpStatus, JobStatus, PromiseStatus, VisitStatus
from crm_desktop.domain.timeline import (
    State,
    Tone,
    WarrantyState,
    follow_up_state,
    idle_text,
    job_state,
    promise_chain,
    promise_state,
    short_date,
    visit_state,
    warranty_state,
)

TODAY = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        (None, WarrantyState("none", "no warranty", Tone.MUTED, None)),
        (date(2027, 3, 3), WarrantyState("active", "active until 3 Mar 2027", Tone.GOOD, 122)),
        (date(2026, 12, 2), WarrantyState("active", "active until 2 Dec", Tone.GOOD, 31)),
        (date(2026, 12, 1), WarrantyState("ending", "ends in 30 days", Tone.WARNING, 30)),
        (date(2026, 11, 13), WarrantyState("ending", "ends in 12 days", Tone.WARNING, 12)),
        (date(2026, 11, 2), WarrantyState("ending", "ends tomorrow", Tone.WARNING, 1)),
        (date(2026, 11, 1), WarrantyState("ending", "ends today", Tone.WARNING, 0)),
        (date(2026, 10, 31), WarrantyState("expired", "expired 31 Oct", Tone.MUTED, -1)),
        (date(2025, 3, 3), WarrantyState("expired", "expired 3 Mar 2025", Tone.MUTED, -608)),
    ],
)
def test_warranty_state(end: date | None, expected: WarrantyState) -> None:
    assert warranty_state(end, TODAY) == expected


@pytest.mark.parametrize(
    ("status", "due", "expected"),
    [
        (FollowUpStatus.OPEN, date(2026, 10, 31), State("overdue", Tone.DANGER)),
        (FollowUpStatus.OPEN, TODAY, State("due today", Tone.WARNING)),
        (FollowUpStatus.OPEN, date(2026, 11, 2), State("upcoming", Tone.NEUTRAL)),
        (FollowUpStatus.DONE, date(2026, 10, 1), State("done", Tone.GOOD)),
        (FollowUpStatus.SKIPPED, date(2026, 10, 1), State("skipped", Tone.MUTED)),
        (FollowUpStatus.CANCELLED, date(2026, 10, 1), State("cancelled", Tone.MUTED)),
    ],
)
def test_follow_up_state(status: FollowUpStatus, due: date, expected: State) -> None:
    assert follow_up_state(status, due, TODAY) == expected


@pytest.mark.parametrize(
    ("status", "due", "expected"),
    [
        (PromiseStatus.OPEN, date(2026, 10, 20), State("overdue", Tone.DANGER)),
        (PromiseStatus.OPEN, TODAY, State("due today", Tone.WARNING)),
        (PromiseStatus.OPEN, date(2026, 11, 5), State("open", Tone.NEUTRAL)),
        (PromiseStatus.KEPT, date(2026, 10, 20), State("kept", Tone.GOOD)),
        (PromiseStatus.BROKEN, date(2026, 10, 20), State("broken", Tone.WARNING)),
        (PromiseStatus.CANCELLED, date(2026, 10, 20), State("cancelled", Tone.MUTED)),
    ],
)
def test_promise_state(status: PromiseStatus, due: date, expected: State) -> None:
    assert promise_state(status, due, TODAY) == expected


def test_promise_chain_lists_every_date_given() -> None:
    moves = [date(2026, 3, 7), date(2026, 4, 2)]
    assert promise_chain(date(2026, 3, 3), moves, TODAY) == "promised 3 Mar → 7 Mar → 2 Apr"
    assert promise_chain(date(2026, 3, 3), [], TODAY) == "promised 3 Mar"


def test_promise_chain_across_new_year_shows_the_years() -> None:
    chain = promise_chain(date(2025, 12, 28), [date(2026, 1, 5)], TODAY)
    assert chain == "promised 28 Dec 2025 → 5 Jan 2026"


def test_short_date() -> None:
    assert short_date(date(2026, 1, 9), TODAY) == "9 Jan"
    assert short_date(date(2024, 12, 25), TODAY) == "25 Dec 2024"


@pytest.mark.parametrize(
    ("status", "last", "expected"),
    [
        (JobStatus.REPAIRING, date(2026, 10, 30), (State("repairing", Tone.NEUTRAL), 2)),
        (JobStatus.WAITING_PARTS, date(2026, 10, 25), (State("waiting for parts", Tone.WARNING), 7)),
        (JobStatus.RECEIVED, date(2026, 10, 18), (State("received", Tone.DANGER), 14)),
        (JobStatus.READY, TODAY, (State("ready to collect", Tone.GOOD), 0)),
        (JobStatus.COLLECTED, date(2026, 1, 1), (State("collected", Tone.GOOD), None)),
        (JobStatus.CANCELLED, date(2026, 1, 1), (State("cancelled", Tone.MUTED), None)),
    ],
)
def test_job_state(status: JobStatus, last: date, expected: tuple[State, int | None]) -> None:
    assert job_state(status, last, TODAY) == expected


def test_idle_text() -> None:
    assert [idle_text(d) for d in (0, 1, 12)] == [
        "last action today",
        "last action yesterday",
        "last action 12 days ago",
    ]


@pytest.mark.parametrize(
    ("status", "day", "expected"),
    [
        (VisitStatus.SCHEDULED, date(2026, 11, 3), State("scheduled", Tone.NEUTRAL)),
        (VisitStatus.SCHEDULED, date(2026, 10, 30), State("not written up", Tone.WARNING)),
        (VisitStatus.DONE, date(2026, 10, 30), State("done", Tone.GOOD)),
        (VisitStatus.CANCELLED, date(2026, 10, 30), State("cancelled", Tone.MUTED)),
    ],
)
def test_visit_state(status: VisitStatus, day: date, expected: State) -> None:
    assert visit_state(status, day, TODAY) == expected
