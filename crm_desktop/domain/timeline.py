"""Date rules of the customer timeline: what a warranty, a follow-up, a promise, a job or a visit
looks like on a given day, and the "promised 3 Mar → 7 Mar → 2 Apr" chain of a promise that slipped.

Pure functions of plain values and ``today``; the tone tells a screen how to colour the state
(danger: something is late now; warning: soon, or went wrong; good: done; muted: over and unimportant).
Dates are written in English, day before month (``3 Mar``), with the year when it is not ``today``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from crm_desktop.domain.enums import FollowUpStatus, JobStatus, PromiseStatus, VisitStatus


class Tone(StrEnum):
    NEUTRAL = "neutral"
    GOOD = "good"
    WARNING = "warning"
    DANGER = "danger"
    MUTED = "muted"


WARRANTY_SOON_DAYS: Final = 30  # "ends in N days" from this many days before the end
JOB_IDLE_WARNING_DAYS: Final = 7  # an open job untouched this long is getting old...
JOB_IDLE_DANGER_DAYS: Final = 14  # ...and this long is the "support call sat for two weeks" case

_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

JOB_STATUS_TEXT: Final = {
    JobStatus.RECEIVED: "received",
    JobStatus.DIAGNOSING: "diagnosing",
    JobStatus.WAITING_PARTS: "waiting for parts",
    JobStatus.WAITING_CUSTOMER: "waiting for the customer",
    JobStatus.REPAIRING: "repairing",
    JobStatus.READY: "ready to collect",
    JobStatus.COLLECTED: "collected",
    JobStatus.CANCELLED: "cancelled",
}
# The same states as the end of a sentence about the unit ("Your washer (job J-0042) is being repaired."):
# the short words above are labels, and "is repairing" or "is received" would say the washer does it.
JOB_STATUS_SENTENCE: Final = {
    JobStatus.RECEIVED: "has been received and is waiting for a technician",
    JobStatus.DIAGNOSING: "is being diagnosed",
    JobStatus.WAITING_PARTS: "is waiting for parts",
    JobStatus.WAITING_CUSTOMER: "is waiting for your reply",
    JobStatus.REPAIRING: "is being repaired",
    JobStatus.READY: "is ready to collect",
    JobStatus.COLLECTED: "has been collected",
    JobStatus.CANCELLED: "has been cancelled",
}
CLOSED_JOB_STATES: Final = frozenset({JobStatus.COLLECTED, JobStatus.CANCELLED})


@dataclass(frozen=True)
class State:
    """How something stands on a day: a short status word or two, and its tone."""

    status: str
    tone: Tone


@dataclass(frozen=True)
class WarrantyState:
    code: str  # "active", "ending", "expired", "none"
    text: str  # "active until 3 Mar 2027", "ends in 12 days", "expired 3 Mar", "no warranty"
    tone: Tone
    days_left: int | None  # None without a warranty; negative once expired


MONTH_NAMES: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def written_date(day: date, *, weekday: bool = False) -> str:
    """``14 March 2028`` (``Tuesday 14 March 2028`` with the weekday): a date in words, in English
    whatever the locale, as documents and messages to customers write it."""
    text = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{WEEKDAY_NAMES[day.weekday()]} {text}" if weekday else text


def short_date(day: date, today: date) -> str:
    """``3 Mar`` in ``today``'s year, ``3 Mar 2025`` otherwise."""
    return _day_month(day, with_year=day.year != today.year)


def _day_month(day: date, *, with_year: bool) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def warranty_state(end: date | None, today: date) -> WarrantyState:
    """A sold item's warranty on ``today``: active, ending within 30 days, expired, or none."""
    if end is None:
        return WarrantyState("none", "no warranty", Tone.MUTED, None)
    days = (end - today).days
    if days < 0:
        return WarrantyState("expired", f"expired {short_date(end, today)}", Tone.MUTED, days)
    if days <= WARRANTY_SOON_DAYS:
        text = "ends today" if days == 0 else "ends tomorrow" if days == 1 else f"ends in {days} days"
        return WarrantyState("ending", text, Tone.WARNING, days)
    return WarrantyState("active", f"active until {short_date(end, today)}", Tone.GOOD, days)


def follow_up_state(status: FollowUpStatus, due: date, today: date) -> State:
    """done / skipped / cancelled, or for open ones: overdue (danger), due today, upcoming."""
    if status is FollowUpStatus.DONE:
        return State("done", Tone.GOOD)
    if status is not FollowUpStatus.OPEN:
        return State(str(status), Tone.MUTED)
    return _open_state(due, today, later="upcoming")


def promise_state(status: PromiseStatus, due: date, today: date) -> State:
    """kept / broken / cancelled, or for open ones: overdue (danger), due today, open."""
    if status is PromiseStatus.KEPT:
        return State("kept", Tone.GOOD)
    if status is PromiseStatus.BROKEN:
        return State("broken", Tone.WARNING)
    if status is PromiseStatus.CANCELLED:
        return State("cancelled", Tone.MUTED)
    return _open_state(due, today, later="open")


def _open_state(due: date, today: date, *, later: str) -> State:
    if due < today:
        return State("overdue", Tone.DANGER)
    if due == today:
        return State("due today", Tone.WARNING)
    return State(later, Tone.NEUTRAL)


def promise_chain(original: date, moves: Sequence[date], today: date) -> str:
    """``promised 3 Mar → 7 Mar → 2 Apr``: the first date given, then each new date in turn.

    Every date carries its year as soon as one of them is outside ``today``'s year, so that a chain
    across New Year reads ``promised 28 Dec 2025 → 5 Jan 2026``.
    """
    days = [original, *moves]
    with_year = any(d.year != today.year for d in days)
    return "promised " + " → ".join(_day_month(d, with_year=with_year) for d in days)


def job_state(status: JobStatus, last_action: date, today: date) -> tuple[State, int | None]:
    """The job's status in words and its tone, with the days since its last action while it is open
    (None once collected or cancelled). Open jobs left alone for 7 days warn, for 14 days alarm."""
    text = JOB_STATUS_TEXT[status]
    if status is JobStatus.COLLECTED:
        return State(text, Tone.GOOD), None
    if status is JobStatus.CANCELLED:
        return State(text, Tone.MUTED), None
    idle = max(0, (today - last_action).days)
    if idle >= JOB_IDLE_DANGER_DAYS:
        tone = Tone.DANGER
    elif idle >= JOB_IDLE_WARNING_DAYS:
        tone = Tone.WARNING
    else:
        tone = Tone.GOOD if status is JobStatus.READY else Tone.NEUTRAL
    return State(text, tone), idle


def idle_text(days: int) -> str:
    """``last action today`` / ``yesterday`` / ``12 days ago``."""
    if days <= 0:
        return "last action today"
    if days == 1:
        return "last action yesterday"
    return f"last action {days} days ago"


def visit_state(status: VisitStatus, day: date, today: date) -> State:
    """done / cancelled / scheduled; a visit still "scheduled" after its day was never written up."""
    if status is VisitStatus.DONE:
        return State("done", Tone.GOOD)
    if status is VisitStatus.CANCELLED:
        return State("cancelled", Tone.MUTED)
    if day < today:
        return State("not written up", Tone.WARNING)
    return State("scheduled", Tone.NEUTRAL)
