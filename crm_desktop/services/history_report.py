"""What the printed customer history holds: the customer's details and summary, then every section
(items owned, sales, service jobs with visits and lines, requests with their promises and resolution,
promises with their date-change chains, follow-ups with outcomes and satisfaction, the interaction log),
oldest first, as plain values.

Read in one unit of work with a fixed number of queries (no query per row), so a customer with a
thousand events reads as quickly as one with ten. A date range keeps the events of those days (the
summary stays the whole account's).

Two copies. The **customer's copy** (the default) is handed over the counter, so it carries nothing the
shop wrote for itself: the values of :data:`INTERNAL_FIELDS` are left out here, before any layout sees
them, so no layout can print them. The **shop's copy** (``include_internal=True``) keeps everything.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from crm_desktop import i18n
from crm_desktop.domain import dates
from crm_desktop.domain.enums import JobLineKind, PromiseStatus, RequestStatus, SaleStatus
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, SALE_PREFIX, format_number
from crm_desktop.domain.requests import STATUS_TEXT as REQUEST_STATUS_TEXT
from crm_desktop.domain.timeline import JOB_STATUS_TEXT, promise_chain, warranty_state
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.history import HistoryHeader, customer_history
from crm_desktop.services.job_sheets import ShopHeader, shop_header
from crm_desktop.services.receipts import language_of
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    CustomerRequest,
    FollowUp,
    Interaction,
    JobLine,
    Promise,
    RequestKind,
    Sale,
    ServiceJob,
    Staff,
    Visit,
)

# What the customer's copy leaves out: everything staff wrote for the shop's own use, the shop's labels
# and scores, and who on the staff did what. What the customer said (the problem reported, a request in
# their words), what was done for them (work done, parts and labour, a request's resolution), what they
# were promised and why a date moved (the reason given to them) stay. README "Print history" lists these.
INTERNAL_FIELDS: Final = (
    "the customer's tags",
    "the customer record's notes",
    "the reasons given for warranty overrides (who pays stays)",
    "the technician's diagnosis (the problem reported and the work done stay)",
    "a visit's outcome note and the technician's name",
    "a request's notes and the staff member who owns it",
    "why a sale was voided (that it was voided stays)",
    "follow-ups: the whole section (the shop's calls, their outcome notes, satisfaction scores) and "
    "the average satisfaction",
    "what was said in each contact (the date, the kind of contact and the request it was about stay)",
)

_CHANNEL: dict[str, tuple[str, str]] = {
    "call": (N_("Call from the customer"), N_("Call to the customer")),
    "email": (N_("E-mail from the customer"), N_("E-mail to the customer")),
    "message": (N_("Message from the customer"), N_("Message to the customer")),
    "in_store": (N_("Customer came in"), N_("Seen in the shop")),
    "visit": (N_("Customer visit"), N_("Visit to the customer")),
}


@dataclass(frozen=True)
class ItemRow:
    description: str
    serial: str | None
    sale_number_text: str
    sale_date: date
    warranty_end: date | None
    warranty_text: str  # "active until 3 Mar 2027", "expired 3 Mar", "no warranty"


@dataclass(frozen=True)
class SaleLineRow:
    description: str
    serial: str | None
    quantity: int
    amount_minor: int


@dataclass(frozen=True)
class SaleRow:
    number_text: str
    sale_date: date
    void: bool
    void_reason: str | None  # internal: None on the customer's copy
    total_minor: int
    lines: tuple[SaleLineRow, ...]


@dataclass(frozen=True)
class JobLineRow:
    kind: JobLineKind
    description: str
    quantity: Decimal
    price_minor: int
    covered: bool


@dataclass(frozen=True)
class VisitRow:
    day: date
    window: str
    place: str
    technician: str | None  # internal: None on the customer's copy
    status: str
    outcome: str | None  # internal: None on the customer's copy


@dataclass(frozen=True)
class JobRow:
    number_text: str
    received: date
    closed: date | None
    unit: str
    serial: str | None
    replacement_serial: str | None
    status_text: str
    problem: str
    who_pays: str  # "covered by the warranty", "billable", "goodwill"
    override_reason: str | None  # internal: None unless internal notes are included
    diagnosis: str | None  # internal: None unless internal notes are included
    work_done: str | None
    lines: tuple[JobLineRow, ...]
    billable_minor: int
    visits: tuple[VisitRow, ...]


@dataclass(frozen=True)
class PromiseMoveRow:
    old_date: date
    new_date: date
    reason: str
    changed_on: date


@dataclass(frozen=True)
class PromiseRow:
    description: str
    promised_on: date
    original_due: date
    due: date
    status: str  # open, kept, broken, cancelled
    resolved_on: date | None
    chain: str  # "promised 3 Mar → 7 Mar → 2 Apr"
    moves: tuple[PromiseMoveRow, ...]
    request_number_text: str | None = None  # "R-0042" when it was made for a request

    @property
    def outcome(self) -> str:
        if self.status == "kept":
            late = self.resolved_on is not None and self.resolved_on > self.original_due
            return _("kept, later than first promised") if late and self.moves else _("kept on time")
        if self.status == "broken":
            return _("broken")
        if self.status == "cancelled":
            return _("cancelled")
        return _("open")


@dataclass(frozen=True)
class RequestRow:
    number_text: str  # "R-0042"
    kind: str
    opened: date
    summary: str  # what the customer asked, in their words
    owner: str | None  # internal: None on the customer's copy
    status: RequestStatus
    status_text: str  # "waiting for a third party", "resolved"
    closed: date | None
    resolution: str | None  # what was done, or why it was cancelled
    job_number_text: str | None  # the service job it became
    promises: tuple[PromiseRow, ...]  # made for it, oldest first
    notes: str | None  # internal: None unless internal notes are included


@dataclass(frozen=True)
class FollowUpRow:
    due: date
    title: str
    status: str
    completed_on: date | None
    outcome: str | None
    satisfaction: int | None
    comment: str | None


@dataclass(frozen=True)
class InteractionRow:
    day: date
    title: str
    summary: str | None  # internal: None on the customer's copy


@dataclass(frozen=True)
class HistoryReport:
    shop: ShopHeader
    header: HistoryHeader
    printed_on: date
    start: date | None
    end: date | None
    include_internal: bool
    items: tuple[ItemRow, ...]
    sales: tuple[SaleRow, ...]
    jobs: tuple[JobRow, ...]
    requests: tuple[RequestRow, ...]
    promises: tuple[PromiseRow, ...]
    follow_ups: tuple[FollowUpRow, ...]  # internal: empty on the customer's copy
    interactions: tuple[InteractionRow, ...]
    language: str | None = None  # the customer's: the history is printed in it (None: the shop's)

    @property
    def event_count(self) -> int:
        return (
            len(self.sales)
            + len(self.jobs)
            + len(self.requests)
            + len(self.promises)
            + len(self.follow_ups)
            + len(self.interactions)
        )


def twelve_months_before(today: date) -> date:
    """The first day of "the last 12 months" ending ``today``: the same date a year earlier (28 February
    for 29 February). The period the customer's copy is printed for unless someone asks otherwise."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def history_report(
    database: Database,
    customer_id: int,
    today: date,
    *,
    start: date | None = None,
    end: date | None = None,
    include_internal: bool = False,
) -> HistoryReport:
    """The printed history's content, in the customer's language when their record names one;
    :class:`ValidationError` for an unknown customer or a range whose end comes before its start."""
    with database.reading() as uow:
        language = language_of(uow.session, customer_id)
    with i18n.language(language):
        report = _history_report(
            database, customer_id, today, start=start, end=end, include_internal=include_internal
        )
    return replace(report, language=language)


def _history_report(
    database: Database,
    customer_id: int,
    today: date,
    *,
    start: date | None,
    end: date | None,
    include_internal: bool,
) -> HistoryReport:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            _("The period ends ({end}) before it starts ({start}); swap the dates.").format(
                end=dates.medium_date(end), start=dates.medium_date(start)
            )
        )

    def within(day: date) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    header = customer_history(database, customer_id, today, kinds=frozenset()).header
    if not include_internal:
        header = replace(header, notes=None, tags=(), average_satisfaction=None, satisfaction_count=0)
    shop = shop_header(database)
    with database.reading() as uow:
        session = uow.session
        staff: dict[int, str] = {sid: name for sid, name in session.execute(select(Staff.id, Staff.name))}
        sales = list(
            session.scalars(
                select(Sale)
                .where(Sale.customer_id == customer_id)
                .options(selectinload(Sale.items))
                .order_by(Sale.sale_date, Sale.number)
            )
        )
        items = tuple(
            ItemRow(
                item.description,
                item.serial,
                format_number(SALE_PREFIX, sale.number),
                sale.sale_date,
                item.warranty_end,
                warranty_state(item.warranty_end, today).text,
            )
            for sale in sales
            if sale.status is SaleStatus.ACTIVE and (end is None or sale.sale_date <= end)
            for item in sorted(sale.items, key=lambda i: (i.position, i.id))
        )
        sale_rows = tuple(
            SaleRow(
                format_number(SALE_PREFIX, sale.number),
                sale.sale_date,
                sale.status is SaleStatus.VOID,
                sale.void_reason if include_internal else None,
                sum(i.quantity * i.unit_price_minor for i in sale.items),
                tuple(
                    SaleLineRow(i.description, i.serial, i.quantity, i.quantity * i.unit_price_minor)
                    for i in sorted(sale.items, key=lambda i: (i.position, i.id))
                ),
            )
            for sale in sales
            if within(sale.sale_date)
        )
        jobs = [
            job
            for job in session.scalars(
                select(ServiceJob)
                .where(ServiceJob.customer_id == customer_id)
                .order_by(ServiceJob.received_at, ServiceJob.number)
            )
            if within(_day(job.received_at))
        ]
        job_ids = [job.id for job in jobs]
        lines: dict[int, list[JobLine]] = defaultdict(list)
        visits: dict[int, list[Visit]] = defaultdict(list)
        if job_ids:
            for line in session.scalars(
                select(JobLine).where(JobLine.job_id.in_(job_ids)).order_by(JobLine.position, JobLine.id)
            ):
                lines[line.job_id].append(line)
            for visit in session.scalars(
                select(Visit).where(Visit.job_id.in_(job_ids)).order_by(Visit.scheduled_start, Visit.id)
            ):
                visits[visit.job_id].append(visit)
        job_rows = tuple(
            _job_row(job, lines[job.id], visits[job.id], staff, include_internal) for job in jobs
        )
        requests = list(
            session.execute(
                select(CustomerRequest, RequestKind.name, ServiceJob.number)
                .join(RequestKind, RequestKind.id == CustomerRequest.kind_id)
                .outerjoin(ServiceJob, ServiceJob.id == CustomerRequest.job_id)
                .where(CustomerRequest.customer_id == customer_id)
                .order_by(CustomerRequest.opened_at, CustomerRequest.number)
            )
        )
        request_numbers = {r.id: format_number(REQUEST_PREFIX, r.number) for r, _, _ in requests}
        promises = [
            (promise, _promise_row(promise, today, request_numbers.get(promise.request_id or -1)))
            for promise in session.scalars(
                select(Promise)
                .where(Promise.customer_id == customer_id)
                .options(selectinload(Promise.changes))
                .order_by(Promise.promised_at, Promise.id)
            )
        ]
        promise_rows = tuple(row for promise, row in promises if within(_day(promise.promised_at)))
        request_promises: dict[int, list[PromiseRow]] = defaultdict(list)
        for promise, row in promises:
            if promise.request_id is not None:
                request_promises[promise.request_id].append(row)
        request_rows = tuple(
            RequestRow(
                number_text=request_numbers[r.id],
                kind=kind,
                opened=_day(r.opened_at),
                summary=r.summary,
                owner=staff.get(r.owner_id) if include_internal and r.owner_id is not None else None,
                status=r.status,
                status_text=_(REQUEST_STATUS_TEXT[r.status]),
                closed=_day(r.closed_at) if r.closed_at else None,
                resolution=r.resolution,
                job_number_text=format_number(JOB_PREFIX, job) if job is not None else None,
                promises=tuple(request_promises[r.id]),
                notes=r.notes if include_internal else None,
            )
            for r, kind, job in requests
            if within(_day(r.opened_at))
        )
        # The shop's calls and what staff noted of them are internal: not even read for the customer's copy.
        follow_ups = (
            tuple(
                FollowUpRow(
                    f.due_date,
                    f.title,
                    str(f.status),
                    _day(f.completed_at) if f.completed_at else None,
                    f.outcome,
                    f.satisfaction,
                    f.satisfaction_comment,
                )
                for f in session.scalars(
                    select(FollowUp)
                    .where(FollowUp.customer_id == customer_id)
                    .order_by(FollowUp.due_date, FollowUp.id)
                )
                if within(f.due_date)
            )
            if include_internal
            else ()
        )
        interactions = tuple(
            InteractionRow(
                _day(c.occurred_at),
                _contact_title(
                    str(c.channel),
                    str(c.direction),
                    request_numbers.get(c.request_id) if c.request_id is not None else None,
                ),
                c.summary if include_internal else None,
            )
            for c in session.scalars(
                select(Interaction)
                .where(Interaction.customer_id == customer_id)
                .order_by(Interaction.occurred_at, Interaction.id)
            )
            if within(_day(c.occurred_at))
        )
    return HistoryReport(
        shop=shop,
        header=header,
        printed_on=today,
        start=start,
        end=end,
        include_internal=include_internal,
        items=items,
        sales=sale_rows,
        jobs=job_rows,
        requests=request_rows,
        promises=promise_rows,
        follow_ups=follow_ups,
        interactions=interactions,
    )


def _day(moment: datetime) -> date:
    return moment.astimezone().date()


def _contact_title(channel: str, direction: str, request: str | None) -> str:
    """``Call from the customer``, ``... about R-0042`` when it was about a request."""
    title = _(_CHANNEL[channel][0 if direction == "inbound" else 1])
    return _("{contact} about {request}").format(contact=title, request=request) if request else title


def _job_row(
    job: ServiceJob, lines: list[JobLine], visits: list[Visit], staff: dict[int, str], internal: bool
) -> JobRow:
    from crm_desktop.services.jobs import _money

    rows = tuple(
        JobLineRow(
            line.kind,
            line.description,
            line.quantity,
            _money(line.quantity, line.unit_price_minor),
            line.covered_by_warranty,
        )
        for line in lines
    )
    who_pays = {
        "covered": _("covered by the warranty"),
        "billable": _("billable"),
        "goodwill": _("goodwill (free)"),
    }
    return JobRow(
        number_text=format_number(JOB_PREFIX, job.number),
        received=_day(job.received_at),
        closed=_day(job.closed_at) if job.closed_at else None,
        unit=job.unit_description,
        serial=job.unit_serial,
        replacement_serial=job.replacement_serial,
        status_text=_(JOB_STATUS_TEXT[job.status]),
        problem=job.reported_problem,
        who_pays=who_pays.get(str(job.warranty_decision), str(job.warranty_decision)),
        override_reason=job.warranty_reason if internal else None,
        diagnosis=job.diagnosis if internal else None,
        work_done=job.work_done,
        lines=rows,
        billable_minor=sum(r.price_minor for r in rows if not r.covered),
        visits=tuple(
            VisitRow(
                _day(v.scheduled_start),
                f"{dates.clock_time(v.scheduled_start)}–{dates.clock_time(v.scheduled_end)}",
                (_("on site: {address}").format(address=v.address) if v.address else _("on site"))
                if v.on_site
                else _("in the shop"),
                staff.get(v.technician_id) if internal and v.technician_id is not None else None,
                str(v.status),
                v.outcome if internal else None,
            )
            for v in visits
        ),
    )


def _promise_row(promise: Promise, today: date, request_number_text: str | None = None) -> PromiseRow:
    changes = sorted(promise.changes, key=lambda c: (c.changed_at, c.id))
    return PromiseRow(
        description=promise.description,
        promised_on=_day(promise.promised_at),
        original_due=promise.original_due_date,
        due=promise.due_date,
        status=str(promise.status) if promise.status is not PromiseStatus.OPEN else "open",
        resolved_on=_day(promise.resolved_at) if promise.resolved_at else None,
        chain=promise_chain(promise.original_due_date, [c.new_date for c in changes], today),
        moves=tuple(PromiseMoveRow(c.old_date, c.new_date, c.reason, _day(c.changed_at)) for c in changes),
        request_number_text=request_number_text,
    )
