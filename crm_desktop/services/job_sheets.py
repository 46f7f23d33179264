"""What a technician's job sheet prints: the job (with lines, checklist and "ready by" promise), the
customer and how to reach them, the job's visits, and the shop's header. Plain values only; escaping
and layout are the report's job (:mod:`crm_desktop.reports.job_sheet`).

Also which sheets "the day's job sheets" prints (:func:`day_sheets`): the jobs visited that day, then the
open jobs due by then (their "ready by" date on or before the day, or already past it), most overdue
first, never more than :data:`MAX_DAY_SHEETS` in all; the open jobs left out are counted, not printed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from typing import Any, Final

from sqlalchemy import BindParameter, bindparam, func, select
from sqlalchemy.orm import Session

from crm_desktop import i18n
from crm_desktop.domain.enums import JobStatus, PromiseKind, PromiseStatus, VisitStatus
from crm_desktop.domain.money import ShopMoney
from crm_desktop.domain.phones import label_text
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _, ngettext
from crm_desktop.services.jobs import JobDetails, details_of_jobs
from crm_desktop.services.settings import money_from
from crm_desktop.services.visits import VisitDetails, _instant, visit_details_of
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerPhone, Promise, ServiceJob, Setting, Staff, Visit

PAPER_KEY: Final = "print.paper"  # "a4" or "letter"; blank: from the shop's country
LOGO_KEY: Final = "business.logo"  # path to a PNG/JPEG, optional
MAX_DAY_SHEETS: Final = 50  # a day's printout; the rest of a long backlog is counted, not printed
_LETTER_COUNTRIES: Final = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR"})


@dataclass(frozen=True)
class ShopHeader:
    name: str
    address: str | None
    phone: str | None
    email: str | None
    logo_path: str | None
    paper: str  # "a4" or "letter"
    currency: str
    locale: str  # how amounts are written (see services.settings.money_of)

    @property
    def money(self) -> ShopMoney:
        return ShopMoney(self.currency, self.locale)


@dataclass(frozen=True)
class JobSheetData:
    shop: ShopHeader
    job: JobDetails
    customer_company: str | None
    customer_phones: tuple[str, ...]  # "mobile: +44 7700 900123", as typed
    customer_email: str | None
    customer_address: str | None
    visits: tuple[VisitDetails, ...]
    language: str | None = None  # the customer's (a sheet printed alone is in it); None: the shop's


def shop_header(database: Database) -> ShopHeader:
    with database.reading() as uow:
        return _shop_header(uow.session)


def _shop_header(session: Session) -> ShopHeader:
    stored = dict(session.connection().execute(_SETTINGS).all())
    settings = {k: v.strip() for k, v in stored.items() if v is not None and v.strip()}
    money = money_from(stored)
    paper = settings.get(PAPER_KEY, "").lower()
    if paper not in ("a4", "letter"):
        paper = "letter" if settings.get("shop.country", "").upper() in _LETTER_COUNTRIES else "a4"
    return ShopHeader(
        name=settings.get("business.name") or _("Our shop"),
        address=settings.get("business.address"),
        phone=settings.get("business.phone"),
        email=settings.get("business.email"),
        logo_path=settings.get(LOGO_KEY),
        paper=paper,
        currency=money.currency,
        locale=money.locale,
    )


def job_sheets(
    database: Database, job_ids: tuple[int, ...] | list[int], today: date
) -> tuple[JobSheetData, ...]:
    """The sheets of the given jobs, in that order, read in one transaction as plain rows with a fixed
    number of statements however many jobs (a technician's day prints them together). One job's sheet
    is in its customer's language when their record names one; a day's sheets are in the shop's."""
    language = None
    if len(job_ids) == 1:
        with database.reading() as uow:
            language = uow.session.scalar(
                select(Customer.language)
                .join(ServiceJob, ServiceJob.customer_id == Customer.id)
                .where(ServiceJob.id == job_ids[0])
            )
    with i18n.language(language):
        sheets = _job_sheets(database, job_ids, today)
    return tuple(replace(sheet, language=language) for sheet in sheets) if language else sheets


def _job_sheets(
    database: Database, job_ids: tuple[int, ...] | list[int], today: date
) -> tuple[JobSheetData, ...]:
    wanted = list(dict.fromkeys(job_ids))
    with database.reading() as uow:
        session = uow.session
        shop = _shop_header(session)
        details = {job.id: job for job in details_of_jobs(session, wanted, today)}
        missing = [job_id for job_id in wanted if job_id not in details]
        if missing:
            raise ValidationError(_("There is no service job #{id}.").format(id=missing[0]))
        customers_sql, phones_sql, visits_sql = _sheet_statements()
        connection = session.connection()
        asked = {"ids": wanted}
        customers = {row.id: row for row in connection.execute(customers_sql, asked)}
        phones: dict[int, list[str]] = {}
        for customer_id, label, raw in connection.execute(phones_sql, asked):
            phones.setdefault(customer_id, []).append(f"{label_text(label)}: {raw}" if label else raw)
        visits: dict[int, list[VisitDetails]] = {}
        for visit in connection.execute(visits_sql, asked):
            job = details[visit.job_id]
            visits.setdefault(job.id, []).append(
                visit_details_of(visit, job, job.customer_name, visit.technician_name)
            )
    sheets = []
    for job_id in job_ids:
        job = details[job_id]
        customer = customers[job.customer_id]
        sheets.append(
            JobSheetData(
                shop=shop,
                job=job,
                customer_company=customer.company or None,
                customer_phones=tuple(phones.get(job.customer_id, ())),
                customer_email=customer.email or None,
                customer_address=customer.address or None,
                visits=tuple(visits.get(job_id, ())),
            )
        )
    return tuple(sheets)


_SETTINGS: Final = select(Setting.key, Setting.value)


@functools.cache
def _sheet_statements() -> tuple[Any, Any, Any]:
    """What a sheet shows beyond the job's details, built once (the job ids are expanding)."""
    ids: BindParameter[int] = bindparam("ids", expanding=True)
    of_jobs = select(ServiceJob.customer_id).where(ServiceJob.id.in_(ids))
    customers = select(Customer.id, Customer.company, Customer.email, Customer.address).where(
        Customer.id.in_(of_jobs)
    )
    phones = (
        select(CustomerPhone.customer_id, CustomerPhone.label, CustomerPhone.number_raw)
        .where(CustomerPhone.customer_id.in_(of_jobs))
        .order_by(CustomerPhone.position, CustomerPhone.id)
    )
    visits = (
        select(
            Visit.id,
            Visit.job_id,
            Visit.technician_id,
            Staff.name.label("technician_name"),
            Visit.scheduled_start,
            Visit.scheduled_end,
            Visit.on_site,
            Visit.address,
            Visit.status,
            Visit.outcome,
        )
        .outerjoin(Staff, Staff.id == Visit.technician_id)
        .where(Visit.job_id.in_(ids))
        .order_by(Visit.scheduled_start, Visit.id)
    )
    return customers, phones, visits


@dataclass(frozen=True)
class DaySheets:
    """The job sheets of a technician's day (or the team's), and what was left out."""

    day: date
    technician_id: int | None  # None: the whole team
    technician_name: str
    visit_job_ids: tuple[int, ...]  # jobs visited that day, in the order of their first visit
    due_job_ids: tuple[int, ...]  # then open jobs due by the day, most overdue first
    open_not_printed: int  # the technician's other open jobs: not due yet, no date, or past the limit
    over_limit: int  # of those, due ones left out because the day already has ``limit`` sheets
    limit: int = MAX_DAY_SHEETS

    @property
    def job_ids(self) -> tuple[int, ...]:
        return self.visit_job_ids + self.due_job_ids

    @property
    def count(self) -> int:
        return len(self.visit_job_ids) + len(self.due_job_ids)

    def describe(self) -> str:
        """``12 job sheets (3 visits, 9 jobs due)``."""
        visits, due = len(self.visit_job_ids), len(self.due_job_ids)
        return _("{sheets} ({visits}, {due})").format(
            sheets=ngettext("{count} job sheet", "{count} job sheets", self.count).format(
                count=f"{self.count:,}"
            ),
            visits=ngettext("{count} visit", "{count} visits", visits).format(count=f"{visits:,}"),
            due=ngettext("{count} job due", "{count} jobs due", due).format(count=f"{due:,}"),
        )

    def left_out(self) -> str:
        """``And 1,480 more open jobs are not printed (not due yet or without a ready-by date; 30 due but
        past the limit of 50 sheets).``; blank when nothing was left out."""
        if not self.open_not_printed:
            return ""
        more = self.open_not_printed
        if self.over_limit:
            text = ngettext(
                "And {count} more open job is not printed (not due yet or without a ready-by date; "
                "{over} due but past the limit of {limit} sheets).",
                "And {count} more open jobs are not printed (not due yet or without a ready-by date; "
                "{over} due but past the limit of {limit} sheets).",
                more,
            )
        else:
            text = ngettext(
                "And {count} more open job is not printed (not due yet or without a ready-by date).",
                "And {count} more open jobs are not printed (not due yet or without a ready-by date).",
                more,
            )
        return text.format(count=f"{more:,}", over=f"{self.over_limit:,}", limit=self.limit)


def day_sheets(
    database: Database, technician_id: int | None, day: date, *, limit: int = MAX_DAY_SHEETS
) -> DaySheets:
    """Which job sheets the day's printout holds: the jobs with a visit that day (not cancelled), then
    the open jobs whose "ready by" promise (open, or already broken) falls on or before ``day``, most
    overdue first, up to ``limit`` sheets in all. Four queries, whatever the size of the backlog."""
    final = (JobStatus.COLLECTED, JobStatus.CANCELLED)
    with database.reading() as uow:
        session = uow.session
        name = _("Everyone")
        if technician_id is not None:
            member = session.get(Staff, technician_id)
            if member is None:
                raise ValidationError(_("There is no staff member #{id}.").format(id=technician_id))
            name = member.name
        visited = (
            select(Visit.job_id, ServiceJob.status)
            .join(ServiceJob, ServiceJob.id == Visit.job_id)
            .where(
                Visit.scheduled_start >= _instant(day, _MIDNIGHT),
                Visit.scheduled_start < _instant(day + _ONE_DAY, _MIDNIGHT),
                Visit.status != VisitStatus.CANCELLED,
            )
            .order_by(Visit.scheduled_start, Visit.id)
        )
        due_by = func.min(Promise.due_date)
        due = (
            select(ServiceJob.id)
            .join(Promise, Promise.job_id == ServiceJob.id)
            .where(
                ServiceJob.status.not_in(final),
                Promise.kind == PromiseKind.JOB_READY,
                Promise.status.in_((PromiseStatus.OPEN, PromiseStatus.BROKEN)),
                Promise.due_date <= day,
            )
            .group_by(ServiceJob.id, ServiceJob.number)
            .order_by(due_by, ServiceJob.number)
        )
        open_jobs = select(func.count()).select_from(ServiceJob).where(ServiceJob.status.not_in(final))
        if technician_id is not None:
            visited = visited.where(Visit.technician_id == technician_id)
            due = due.where(ServiceJob.technician_id == technician_id)
            open_jobs = open_jobs.where(ServiceJob.technician_id == technician_id)
        visits: dict[int, bool] = {}  # job id -> still open
        for job_id, status in session.execute(visited):
            visits.setdefault(job_id, status not in final)
        due_ids = [job_id for job_id in session.scalars(due) if job_id not in visits]
        open_total = session.scalar(open_jobs) or 0
    room = max(limit - len(visits), 0)
    printed_open = sum(visits.values()) + min(room, len(due_ids))
    return DaySheets(
        day=day,
        technician_id=technician_id,
        technician_name=name,
        visit_job_ids=tuple(visits),
        due_job_ids=tuple(due_ids[:room]),
        open_not_printed=max(open_total - printed_open, 0),
        over_limit=max(len(due_ids) - room, 0),
        limit=limit,
    )


_MIDNIGHT: Final = time()
_ONE_DAY: Final = timedelta(days=1)
