"""Visits and the technician's day.

A visit is a time slot on a job: a technician, a day, a time window, in the shop or on site at an
address (the customer's address unless another one is given). The technician's day is "my jobs and
visits today": the visits of that day, and the open jobs assigned to them (most neglected first). The
week view is the visits of seven days from a Monday.

Times are the shop's wall-clock times (the computer's time zone); they are stored as UTC instants.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain import dates
from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import JobStatus, VisitStatus
from crm_desktop.domain.job_workflow import is_final
from crm_desktop.domain.numbers import JOB_PREFIX, format_number
from crm_desktop.domain.timeline import JOB_STATUS_SENTENCE, JOB_STATUS_TEXT, job_state
from crm_desktop.errors import ConflictError, FieldChange, ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import acting, audit, checked_text, last_saved
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, ServiceJob, Staff, Visit

ADDRESS_MAX: Final = 2_000
OUTCOME_MAX: Final = 10_000

__all__ = [
    "DayJob",
    "TechnicianDay",
    "VisitDetails",
    "VisitInput",
    "close_visit",
    "job_visits",
    "schedule_visit",
    "technician_day",
    "technician_week",
]


# A visit's state in words (a conflict names it)
_VISIT_WORDS: Final = {
    VisitStatus.SCHEDULED: N_("scheduled"),
    VisitStatus.DONE: N_("done"),
    VisitStatus.CANCELLED: N_("cancelled"),
}


@dataclass(frozen=True, kw_only=True)
class VisitInput:
    job_id: int
    technician_id: int | None
    day: date
    start: time
    end: time
    on_site: bool = False
    address: str | None = None  # on site, blank: the customer's address


@dataclass(frozen=True)
class VisitDetails:
    id: int
    job_id: int
    job_number_text: str
    customer_id: int
    customer_name: str
    unit_description: str
    technician_id: int | None
    technician_name: str | None
    day: date
    start: time
    end: time
    on_site: bool
    address: str | None
    status: VisitStatus
    outcome: str | None

    @property
    def window_text(self) -> str:
        return f"{dates.clock_time(self.start)}–{dates.clock_time(self.end)}"

    @property
    def place_text(self) -> str:
        if not self.on_site:
            return _("In the shop")
        return (
            _("On site: {address}").format(address=self.address)
            if self.address
            else _("On site (no address given)")
        )


@dataclass(frozen=True)
class DayJob:
    """An open job on the technician's list."""

    id: int
    number_text: str
    customer_id: int
    customer_name: str
    unit_description: str
    status: JobStatus
    status_text: str
    days_since_action: int
    technician_id: int | None


@dataclass(frozen=True)
class TechnicianDay:
    day: date
    technician_id: int | None  # None: the whole team
    technician_name: str
    visits: tuple[VisitDetails, ...]
    jobs: tuple[DayJob, ...]  # open jobs assigned (all open jobs for the whole team)

    @property
    def job_ids(self) -> tuple[int, ...]:
        """The jobs to print for the day, each once: visited jobs first in time order, then the rest."""
        seen: dict[int, None] = {}
        for visit in self.visits:
            if visit.status is not VisitStatus.CANCELLED:
                seen.setdefault(visit.job_id)
        for job in self.jobs:
            seen.setdefault(job.id)
        return tuple(seen)


def schedule_visit(
    database: Database, data: VisitInput, now: datetime, *, staff_id: int | None = None
) -> VisitDetails:
    """Book a visit on an open job. The end must be after the start, the technician active."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if not isinstance(data.day, date) or isinstance(data.day, datetime):
        raise ValidationError(_("Pick the day of the visit."))
    if data.end <= data.start:
        raise ValidationError(
            _("The visit ends at {end}, before it starts at {start}; check the time window.").format(
                end=dates.clock_time(data.end), start=dates.clock_time(data.start)
            )
        )
    address = (data.address or "").strip() or None
    if address is not None and len(address) > ADDRESS_MAX:
        raise ValidationError(
            _("The address is {length} characters long; the most is {most}.").format(
                length=f"{len(address):,}", most=f"{ADDRESS_MAX:,}"
            )
        )
    checked_text(address, _("The address"), ADDRESS_MAX, required=False)  # no NUL: no database keeps one
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        job = session.get(ServiceJob, data.job_id)
        if job is None:
            raise ValidationError(_("There is no service job #{id}.").format(id=data.job_id))
        if is_final(job.status):
            raise ValidationError(
                _("Job {number} {state}; visits are booked on open jobs only.").format(
                    number=format_number(JOB_PREFIX, job.number), state=_(JOB_STATUS_SENTENCE[job.status])
                )
            )
        if data.technician_id is not None:
            tech = session.get(Staff, data.technician_id)
            if tech is None:
                raise ValidationError(_("There is no staff member #{id}.").format(id=data.technician_id))
            if not tech.active:
                raise ValidationError(
                    _("{name} no longer works here; pick another technician.").format(name=tech.name)
                )
        if data.on_site and address is None:
            address = session.scalar(select(Customer.address).where(Customer.id == job.customer_id))
            address = (address or "").strip() or None
        visit = Visit(
            job_id=job.id,
            technician_id=data.technician_id,
            booked_by_id=staff_id,
            scheduled_start=_instant(data.day, data.start),
            scheduled_end=_instant(data.day, data.end),
            on_site=bool(data.on_site),
            address=address if data.on_site else None,
            status=VisitStatus.SCHEDULED,
        )
        session.add(visit)
        if job.technician_id is None and data.technician_id is not None:
            job.technician_id = data.technician_id
        job.last_action_at = now
        session.flush()
        window = f"{data.day.isoformat()} {data.start:%H:%M}-{data.end:%H:%M}"
        audit(
            session,
            staff_id,
            AuditEntity.SERVICE_JOB,
            job.id,
            AuditAction.VISIT_SCHEDULED,
            at=now,
            field="visit",
            new=window,
        )
        details = _visit_details(session, visit)
        uow.commit()
    return details


def close_visit(
    database: Database,
    visit_id: int,
    status: VisitStatus,
    now: datetime,
    *,
    outcome: str | None = None,
    staff_id: int | None = None,
) -> VisitDetails:
    """Mark a scheduled visit done (with what happened) or cancelled."""
    target = VisitStatus(status)
    if target is VisitStatus.SCHEDULED:
        raise ValidationError(_("A visit can be marked done or cancelled."))
    text = (outcome or "").strip() or None
    if text is not None and len(text) > OUTCOME_MAX:
        raise ValidationError(
            _("The outcome is {length} characters long; the most is {most}.").format(
                length=f"{len(text):,}", most=f"{OUTCOME_MAX:,}"
            )
        )
    checked_text(text, _("The outcome"), OUTCOME_MAX, required=False)  # no NUL: no database keeps one
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        visit = session.get(Visit, visit_id, with_for_update=True)
        if visit is None:
            raise ValidationError(_("Visit #{id} does not exist (was it removed?).").format(id=visit_id))
        if visit.status is not VisitStatus.SCHEDULED:  # someone closed it since the list showed it
            job = session.get(ServiceJob, visit.job_id)
            assert job is not None
            by, at = last_saved(session, AuditEntity.SERVICE_JOB, job.id)
            raise ConflictError(
                _("The visit for job {number}").format(number=format_number(JOB_PREFIX, job.number)),
                version=visit.version,
                by=by,
                at=at,
                changes=(FieldChange(_("Visit"), _(_VISIT_WORDS[visit.status]), _(_VISIT_WORDS[target])),),
            )
        visit.status = target
        visit.outcome = text
        job = session.get(ServiceJob, visit.job_id)
        assert job is not None
        job.last_action_at = now
        audit(
            session,
            staff_id,
            AuditEntity.SERVICE_JOB,
            job.id,
            AuditAction(f"visit_{target}"),
            at=now,
            field="visit",
            old=VisitStatus.SCHEDULED,
            new=target,
            reason=text,
        )
        session.flush()
        details = _visit_details(session, visit)
        uow.commit()
    return details


def job_visits(database: Database, job_id: int) -> tuple[VisitDetails, ...]:
    with database.reading() as uow:
        rows = uow.session.scalars(
            select(Visit).where(Visit.job_id == job_id).order_by(Visit.scheduled_start, Visit.id)
        )
        return tuple(_visit_details(uow.session, v) for v in rows)


def technician_day(database: Database, technician_id: int | None, day: date) -> TechnicianDay:
    """The day's visits (in time order) and the open jobs of one technician, or of everyone."""
    with database.reading() as uow:
        session = uow.session
        name = _("Everyone")
        if technician_id is not None:
            tech = session.get(Staff, technician_id)
            if tech is None:
                raise ValidationError(_("There is no staff member #{id}.").format(id=technician_id))
            name = tech.name
        visits = _visits_between(session, technician_id, day, day + timedelta(days=1))
        query = (
            select(ServiceJob, Customer.name)
            .join(Customer, Customer.id == ServiceJob.customer_id)
            .where(ServiceJob.status.not_in((JobStatus.COLLECTED, JobStatus.CANCELLED)))
            .order_by(ServiceJob.last_action_at, ServiceJob.number)
        )
        if technician_id is not None:
            query = query.where(ServiceJob.technician_id == technician_id)
        jobs = tuple(
            DayJob(
                id=job.id,
                number_text=format_number(JOB_PREFIX, job.number),
                customer_id=job.customer_id,
                customer_name=customer_name,
                unit_description=job.unit_description,
                status=job.status,
                status_text=_(JOB_STATUS_TEXT[job.status]),
                days_since_action=job_state(job.status, job.last_action_at.astimezone().date(), day)[1] or 0,
                technician_id=job.technician_id,
            )
            for job, customer_name in session.execute(query)
        )
        return TechnicianDay(day, technician_id, name, visits, jobs)


def technician_week(
    database: Database, technician_id: int | None, any_day: date
) -> tuple[tuple[date, tuple[VisitDetails, ...]], ...]:
    """Monday to Sunday of the week holding ``any_day``: each day with its visits in time order."""
    monday = any_day - timedelta(days=any_day.weekday())
    with database.reading() as uow:
        visits = _visits_between(uow.session, technician_id, monday, monday + timedelta(days=7))
    return tuple(
        (monday + timedelta(days=n), tuple(v for v in visits if v.day == monday + timedelta(days=n)))
        for n in range(7)
    )


# ------------------------------------------------------------------------------------------ helpers


def _instant(day: date, at: time) -> datetime:
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def _visits_between(
    session: Session, technician_id: int | None, first: date, end: date
) -> tuple[VisitDetails, ...]:
    query = (
        select(Visit)
        .where(
            Visit.scheduled_start >= _instant(first, time()), Visit.scheduled_start < _instant(end, time())
        )
        .order_by(Visit.scheduled_start, Visit.id)
    )
    if technician_id is not None:
        query = query.where(Visit.technician_id == technician_id)
    return tuple(_visit_details(session, v) for v in session.scalars(query))


def _visit_details(session: Session, visit: Visit) -> VisitDetails:
    job = session.get(ServiceJob, visit.job_id)
    assert job is not None
    customer_name = session.scalar(select(Customer.name).where(Customer.id == job.customer_id)) or ""
    tech_name = (
        session.scalar(select(Staff.name).where(Staff.id == visit.technician_id))
        if visit.technician_id is not None
        else None
    )
    return visit_details_of(visit, job, customer_name, tech_name)


class _VisitFields(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def technician_id(self) -> int | None: ...
    @property
    def scheduled_start(self) -> datetime: ...
    @property
    def scheduled_end(self) -> datetime: ...
    @property
    def on_site(self) -> bool: ...
    @property
    def address(self) -> str | None: ...
    @property
    def status(self) -> VisitStatus: ...
    @property
    def outcome(self) -> str | None: ...


class _JobFields(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def number(self) -> int: ...
    @property
    def customer_id(self) -> int: ...
    @property
    def unit_description(self) -> str: ...


def visit_details_of(
    visit: _VisitFields, job: _JobFields, customer_name: str, tech_name: str | None
) -> VisitDetails:
    """A visit's details from what is already read: its job, the customer's and technician's names."""
    start = visit.scheduled_start.astimezone()
    end = visit.scheduled_end.astimezone()
    return VisitDetails(
        id=visit.id,
        job_id=job.id,
        job_number_text=format_number(JOB_PREFIX, job.number),
        customer_id=job.customer_id,
        customer_name=customer_name,
        unit_description=job.unit_description,
        technician_id=visit.technician_id,
        technician_name=tech_name,
        day=start.date(),
        start=start.time().replace(tzinfo=None),
        end=end.time().replace(tzinfo=None),
        on_site=visit.on_site,
        address=visit.address,
        status=visit.status,
        outcome=visit.outcome,
    )
