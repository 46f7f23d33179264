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

from crm_desktop.domain import dates
from crm_desktop.domain.enums import FollowUpStatus, JobStatus, PromiseStatus, VisitStatus
from crm_desktop.i18n import N_, _, ngettext


class Tone(StrEnum):
    NEUTRAL = "neutral"
    GOOD = "good"
    WARNING = "warning"
    DANGER = "danger"
    MUTED = "muted"


WARRANTY_SOON_DAYS: Final = 30  # "ends in N days" from this many days before the end
JOB_IDLE_WARNING_DAYS: Final = 7  # an open job untouched this long is getting old...
JOB_IDLE_DANGER_DAYS: Final = 14  # ...and this long is the "support call sat for two weeks" case

# Marked for the catalogue, in English: translate where shown, ``_(JOB_STATUS_TEXT[status])``.
JOB_STATUS_TEXT: Final = {
    JobStatus.RECEIVED: N_("received"),
    JobStatus.DIAGNOSING: N_("diagnosing"),
    JobStatus.WAITING_PARTS: N_("waiting for parts"),
    JobStatus.WAITING_CUSTOMER: N_("waiting for the customer"),
    JobStatus.REPAIRING: N_("repairing"),
    JobStatus.READY: N_("ready to collect"),
    JobStatus.COLLECTED: N_("collected"),
    JobStatus.CANCELLED: N_("cancelled"),
}
# The same states as the end of a sentence about the unit ("Your washer (job J-0042) is being repaired."):
# the short words above are labels, and "is repairing" or "is received" would say the washer does it.
# Marked for the catalogue: translate where used, ``_(JOB_STATUS_SENTENCE[status])``.
JOB_STATUS_SENTENCE: Final = {
    JobStatus.RECEIVED: N_("has been received and is waiting for a technician"),
    JobStatus.DIAGNOSING: N_("is being diagnosed"),
    JobStatus.WAITING_PARTS: N_("is waiting for parts"),
    JobStatus.WAITING_CUSTOMER: N_("is waiting for your reply"),
    JobStatus.REPAIRING: N_("is being repaired"),
    JobStatus.READY: N_("is ready to collect"),
    JobStatus.COLLECTED: N_("has been collected"),
    JobStatus.CANCELLED: N_("has been cancelled"),
}
CLOSED_JOB_STATES: Final = frozenset({JobStatus.COLLECTED, JobStatus.CANCELLED})


@dataclass(frozen=True)
class State:
    """How something stands on a day: a short status word or two, and its tone."""

    status: str  # in the current language
    tone: Tone


@dataclass(frozen=True)
class WarrantyState:
    code: str  # "active", "ending", "expired", "none"
    text: str  # "active until 3 Mar 2027", "ends in 12 days", "expired 3 Mar", "no warranty" (translated)
    tone: Tone
    days_left: int | None  # None without a warranty; negative once expired


def written_date(day: date, *, weekday: bool = False) -> str:
    """``14 March 2028`` (``Tuesday, 14 March 2028`` with the weekday): a date in words, as documents and
    messages to customers write it, in the language of the moment (:mod:`crm_desktop.domain.dates`)."""
    return dates.full_date(day) if weekday else dates.long_date(day)


def short_date(day: date, today: date) -> str:
    """``3 Mar`` in ``today``'s year, ``3 Mar 2025`` otherwise (``3 mars``, ``3. März``)."""
    return dates.short_date(day, today)


def _day_month(day: date, *, with_year: bool) -> str:
    return dates.medium_date(day) if with_year else dates.day_month(day)


def warranty_state(end: date | None, today: date) -> WarrantyState:
    """A sold item's warranty on ``today``: active, ending within 30 days, expired, or none."""
    if end is None:
        return WarrantyState("none", _("no warranty"), Tone.MUTED, None)
    days = (end - today).days
    if days < 0:
        return WarrantyState(
            "expired", _("expired {date}").format(date=short_date(end, today)), Tone.MUTED, days
        )
    if days <= WARRANTY_SOON_DAYS:
        if days == 0:
            text = _("ends today")
        elif days == 1:
            text = _("ends tomorrow")
        else:
            text = ngettext("ends in {count} day", "ends in {count} days", days).format(count=days)
        return WarrantyState("ending", text, Tone.WARNING, days)
    text = _("active until {date}").format(date=short_date(end, today))
    return WarrantyState("active", text, Tone.GOOD, days)


def follow_up_state(status: FollowUpStatus, due: date, today: date) -> State:
    """done / skipped / cancelled, or for open ones: overdue (danger), due today, upcoming."""
    if status is FollowUpStatus.DONE:
        return State(_("done"), Tone.GOOD)
    if status is not FollowUpStatus.OPEN:  # skipped or cancelled
        return State(_("skipped") if status is FollowUpStatus.SKIPPED else _("cancelled"), Tone.MUTED)
    return _open_state(due, today, later=_("upcoming"))


def promise_state(status: PromiseStatus, due: date, today: date) -> State:
    """kept / broken / cancelled, or for open ones: overdue (danger), due today, open."""
    if status is PromiseStatus.KEPT:
        return State(_("kept"), Tone.GOOD)
    if status is PromiseStatus.BROKEN:
        return State(_("broken"), Tone.WARNING)
    if status is PromiseStatus.CANCELLED:
        return State(_("cancelled"), Tone.MUTED)
    return _open_state(due, today, later=_("open"))


def _open_state(due: date, today: date, *, later: str) -> State:
    if due < today:
        return State(_("overdue"), Tone.DANGER)
    if due == today:
        return State(_("due today"), Tone.WARNING)
    return State(later, Tone.NEUTRAL)


def promise_chain(original: date, moves: Sequence[date], today: date) -> str:
    """``promised 3 Mar → 7 Mar → 2 Apr``: the first date given, then each new date in turn.

    Every date carries its year as soon as one of them is outside ``today``'s year, so that a chain
    across New Year reads ``promised 28 Dec 2025 → 5 Jan 2026``.
    """
    days = [original, *moves]
    with_year = any(d.year != today.year for d in days)
    chain = " → ".join(_day_month(d, with_year=with_year) for d in days)
    return _("promised {dates}").format(dates=chain)


def job_state(status: JobStatus, last_action: date, today: date) -> tuple[State, int | None]:
    """The job's status in words and its tone, with the days since its last action while it is open
    (None once collected or cancelled). Open jobs left alone for 7 days warn, for 14 days alarm."""
    text = _(JOB_STATUS_TEXT[status])
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
        return _("last action today")
    if days == 1:
        return _("last action yesterday")
    return ngettext("last action {count} day ago", "last action {count} days ago", days).format(count=days)


def visit_state(status: VisitStatus, day: date, today: date) -> State:
    """done / cancelled / scheduled; a visit still "scheduled" after its day was never written up."""
    if status is VisitStatus.DONE:
        return State(_("done"), Tone.GOOD)
    if status is VisitStatus.CANCELLED:
        return State(_("cancelled"), Tone.MUTED)
    if day < today:
        return State(_("not written up"), Tone.WARNING)
    return State(_("scheduled"), Tone.NEUTRAL)
