"""The one-screen customer page: who they are, what they are worth, and everything that happened,
newest first.

Loaded in a fixed number of queries whatever the size of the history (the customer, the shop's country,
phones, tags, one for all the header figures, then one per kind of event plus one each for the items of
the sales and the date changes of the promises: 14 at most): no query per row, so a customer with a
thousand events opens about as fast as one with three. Money stays in integer minor units and dates
are ``date`` values; instants are aware UTC, and the day an instant is filed under is the day on the
shop's clock.

One line per event: the contact a follow-up's completion logged (linked to it, at the instant it was
done or skipped) is part of the follow-up's line, and the contact that brought a request (linked to it,
at the instant it was opened) part of the request's line; neither has a line of its own. Other contacts
about a request say which one in their title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from crm_desktop.domain.enums import (
    Channel,
    CustomerKind,
    Direction,
    FollowUpStatus,
    PromiseStatus,
    RequestStatus,
    SaleStatus,
    VisitStatus,
)
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, SALE_PREFIX, format_number
from crm_desktop.domain.requests import LIVE as LIVE_REQUEST_STATES
from crm_desktop.domain.requests import request_state
from crm_desktop.domain.timeline import (
    CLOSED_JOB_STATES,
    Tone,
    follow_up_state,
    idle_text,
    job_state,
    promise_chain,
    promise_state,
    short_date,
    visit_state,
    warranty_state,
)
from crm_desktop.errors import ValidationError
from crm_desktop.services.customers import PhoneDetails, phone_details
from crm_desktop.services.settings import shop_country
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    CustomerRequest,
    FollowUp,
    Interaction,
    Promise,
    RequestKind,
    Sale,
    SaleItem,
    ServiceJob,
    Staff,
    Visit,
)

SALE: Final = "sale"
FOLLOW_UP: Final = "follow_up"
PROMISE: Final = "promise"
JOB: Final = "job"
VISIT: Final = "visit"
INTERACTION: Final = "interaction"
REQUEST: Final = "request"
KINDS: Final = frozenset({SALE, FOLLOW_UP, PROMISE, JOB, VISIT, INTERACTION, REQUEST})

# Same day, same instant: the thing that happened first in a shop's day sits lowest.
_KIND_RANK: Final = {SALE: 0, REQUEST: 1, JOB: 2, VISIT: 3, PROMISE: 4, FOLLOW_UP: 5, INTERACTION: 6}
_FINISHED_FOLLOW_UP: Final = (FollowUpStatus.DONE, FollowUpStatus.SKIPPED)
_TITLE_SUMMARY_MAX: Final = 60  # a request's title quotes the customer's words up to this many characters
_CHANNEL_TITLES: Final = {
    Channel.CALL: ("Call from the customer", "Call to the customer"),
    Channel.EMAIL: ("Email from the customer", "Email to the customer"),
    Channel.MESSAGE: ("Message from the customer", "Message to the customer"),
    Channel.IN_STORE: ("Customer came in", "Seen in the shop"),
    Channel.VISIT: ("Customer visit", "Visit to the customer"),
}
# How a follow-up was carried out, from the contact it logged: "done by phone".
_CHANNEL_HOW: Final = {
    Channel.CALL: "by phone",
    Channel.EMAIL: "by email",
    Channel.MESSAGE: "by message",
    Channel.IN_STORE: "in the shop",
    Channel.VISIT: "on a visit",
}


@dataclass(frozen=True)
class HistoryHeader:
    customer_id: int
    name: str
    company: str | None
    kind: CustomerKind
    phones: tuple[str, ...]  # ready to show: "0470 12 34 56 (mobile)"
    phone_numbers: tuple[PhoneDetails, ...]
    email: str | None
    address: str | None
    notes: str | None
    tags: tuple[str, ...]
    customer_since: date  # first (non-void) sale, else the day the record was created
    total_spent_minor: int  # items of non-void sales
    open_items: int  # open follow-ups + open promises + open service jobs + open requests
    open_follow_ups: int
    open_promises: int
    open_jobs: int
    open_requests: int  # open or waiting on someone (not resolved nor cancelled)
    last_contact: datetime | None  # the latest logged contact
    average_satisfaction: float | None  # over follow-ups with a score (1-5); None without any
    satisfaction_count: int
    archived: bool


@dataclass(frozen=True)
class SaleLine:
    """An item of a sale with its warranty as it stands on ``today``."""

    sale_item_id: int
    description: str
    serial: str | None
    quantity: int
    amount_minor: int  # quantity x unit price
    warranty_end: date | None
    warranty: str  # "active", "ending", "expired", "none"
    warranty_text: str  # "active until 3 Mar 2027", "ends in 12 days", "expired 3 Mar", "no warranty"
    warranty_tone: str


@dataclass(frozen=True)
class TimelineEvent:
    """One line of the timeline. ``kind`` + ``id`` identify the row it shows; ``ref_kind`` +
    ``ref_id`` is what opening it should show (a visit opens its job, a contact what it was about)."""

    kind: str  # sale, follow_up, promise, job, visit, interaction, request
    id: int
    day: date  # sort key; the shop's calendar day
    at: datetime | None  # the exact instant (aware UTC) when there is one
    title: str
    detail: str
    status: str
    tone: str  # neutral, good, warning, danger, muted
    ref_kind: str
    ref_id: int
    amount_minor: int | None = None  # sales: the total of the items
    score: int | None = None  # follow-ups: satisfaction 1-5
    lines: tuple[SaleLine, ...] = ()  # sales: the items
    notes: tuple[str, ...] = ()  # more lines: a promise's date changes with their reasons
    is_open: bool = False  # an open item: a follow-up to do, a promise, job or request still running


@dataclass(frozen=True)
class CustomerHistory:
    header: HistoryHeader
    timeline: tuple[TimelineEvent, ...]  # newest first
    today: date


def customer_history(
    database: Database,
    customer_id: int,
    today: date,
    kinds: frozenset[str] | None = None,
    *,
    tz: tzinfo | None = None,
) -> CustomerHistory:
    """Everything the shop knows about one customer, for the customer page.

    ``kinds`` keeps only those kinds of event (``None``: all of them); the header is always complete.
    ``tz``: the shop's time zone, which decides the calendar day of an instant (default: the computer's).
    Raises :class:`ValidationError` for an unknown customer.
    """
    wanted = KINDS if kinds is None else frozenset(kinds)
    unknown = wanted - KINDS
    if unknown:
        raise ValueError(f"unknown timeline kinds {sorted(unknown)}; known: {sorted(KINDS)}")
    with database.reading() as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(f"There is no customer #{customer_id}.")
        context = _Context(today=today, day_of=_day_in(tz))
        header = _header(session, customer, shop_country(session), context)
        events: list[TimelineEvent] = []
        for kind in sorted(wanted, key=_KIND_RANK.__getitem__):
            events.extend(_LOADERS[kind](session, customer_id, context))
    events.sort(key=_newest_first_key, reverse=True)
    return CustomerHistory(header=header, timeline=tuple(events), today=today)


# ----------------------------------------------------------------------------------------- header


def _header(session: Session, customer: Customer, country: str, ctx: _Context) -> HistoryHeader:
    cid = customer.id
    active_sale = (Sale.customer_id == cid, Sale.status == SaleStatus.ACTIVE)

    figures = session.execute(
        select(
            select(func.min(Sale.sale_date)).where(*active_sale).scalar_subquery(),
            select(func.coalesce(func.sum(SaleItem.quantity * SaleItem.unit_price_minor), 0))
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(*active_sale)
            .scalar_subquery(),
            select(func.count())
            .select_from(FollowUp)
            .where(FollowUp.customer_id == cid, FollowUp.status == FollowUpStatus.OPEN)
            .scalar_subquery(),
            select(func.count())
            .select_from(Promise)
            .where(Promise.customer_id == cid, Promise.status == PromiseStatus.OPEN)
            .scalar_subquery(),
            select(func.count())
            .select_from(ServiceJob)
            .where(ServiceJob.customer_id == cid, ServiceJob.status.not_in(CLOSED_JOB_STATES))
            .scalar_subquery(),
            select(func.count())
            .select_from(CustomerRequest)
            .where(CustomerRequest.customer_id == cid, CustomerRequest.status.in_(LIVE_REQUEST_STATES))
            .scalar_subquery(),
            select(func.sum(FollowUp.satisfaction))
            .where(FollowUp.customer_id == cid, FollowUp.satisfaction.is_not(None))
            .scalar_subquery(),
            select(func.count(FollowUp.satisfaction))
            .where(FollowUp.customer_id == cid, FollowUp.satisfaction.is_not(None))
            .scalar_subquery(),
            select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == cid).scalar_subquery(),
        )
    ).one()
    first_sale, spent, follow_ups, promises, jobs, requests, score_sum, score_count, last_contact = figures
    phones = phone_details(sorted(customer.phones, key=lambda p: (p.position, p.id)), country)
    return HistoryHeader(
        customer_id=cid,
        name=customer.name,
        company=customer.company,
        kind=CustomerKind(customer.kind),
        phones=tuple(f"{p.display} ({p.label})" for p in phones),
        phone_numbers=phones,
        email=customer.email,
        address=customer.address,
        notes=customer.notes,
        tags=tuple(sorted((t.tag for t in customer.tags), key=lambda t: (t.casefold(), t))),
        customer_since=first_sale if first_sale is not None else ctx.day_of(customer.created_at),
        total_spent_minor=int(spent or 0),
        open_items=int(follow_ups) + int(promises) + int(jobs) + int(requests),
        open_follow_ups=int(follow_ups),
        open_promises=int(promises),
        open_jobs=int(jobs),
        open_requests=int(requests),
        last_contact=last_contact,
        average_satisfaction=int(score_sum) / int(score_count) if score_count else None,
        satisfaction_count=int(score_count),
        archived=customer.archived,
    )


# --------------------------------------------------------------------------------------- timeline


@dataclass(frozen=True)
class _Context:
    today: date
    day_of: Callable[[datetime], date]


def _day_in(tz: tzinfo | None) -> Callable[[datetime], date]:
    def day_of(instant: datetime) -> date:
        return instant.astimezone(tz).date()

    return day_of


def _newest_first_key(event: TimelineEvent) -> tuple[int, float, int, int]:
    at = event.at.timestamp() if event.at is not None else float("-inf")
    return (event.day.toordinal(), at, _KIND_RANK[event.kind], event.id)


def _sales(session: Session, customer_id: int, ctx: _Context) -> Iterable[TimelineEvent]:
    sales = session.scalars(
        select(Sale).where(Sale.customer_id == customer_id).options(selectinload(Sale.items))
    )
    for sale in sales:
        lines = tuple(_sale_line(item, ctx.today) for item in sale.items)
        void = sale.status is SaleStatus.VOID
        if void:
            tone = Tone.MUTED
        elif any(line.warranty == "ending" for line in lines):
            tone = Tone.WARNING
        else:
            tone = Tone.NEUTRAL
        what = lines[0].description if lines else "no items"
        if len(lines) > 1:
            what += f" and {len(lines) - 1} more"
        detail = "; ".join(_line_text(line) for line in lines)
        if void:
            detail = f"Voided: {sale.void_reason}. {detail}".strip()
        yield TimelineEvent(
            kind=SALE,
            id=sale.id,
            day=sale.sale_date,
            at=None,
            title=f"{format_number(SALE_PREFIX, sale.number)} · {what}",
            detail=detail,
            status=str(sale.status),
            tone=str(tone),
            ref_kind=SALE,
            ref_id=sale.id,
            amount_minor=sum(line.amount_minor for line in lines),
            lines=lines,
        )


def _line_text(line: SaleLine) -> str:
    """``Phone X (356789012345678): warranty ends in 12 days``; items without a warranty say nothing of it."""
    text = f"{line.description} ({line.serial})" if line.serial else line.description
    return text if line.warranty == "none" else f"{text}: warranty {line.warranty_text}"


def _sale_line(item: SaleItem, today: date) -> SaleLine:
    warranty = warranty_state(item.warranty_end, today)
    return SaleLine(
        sale_item_id=item.id,
        description=item.description,
        serial=item.serial,
        quantity=item.quantity,
        amount_minor=item.quantity * item.unit_price_minor,
        warranty_end=item.warranty_end,
        warranty=warranty.code,
        warranty_text=warranty.text,
        warranty_tone=str(warranty.tone),
    )


def _completion_contact() -> ColumnElement[bool]:
    """The contact a follow-up's completion logged: linked to it, at the instant it was done or skipped
    (:func:`crm_desktop.services.follow_ups.complete_follow_up` writes both in one go)."""
    return and_(
        Interaction.follow_up_id == FollowUp.id,
        Interaction.occurred_at == FollowUp.completed_at,
        FollowUp.status.in_(_FINISHED_FOLLOW_UP),
    )


def _opening_contact() -> ColumnElement[bool]:
    """The contact that brought a request: linked to it, at the instant it was opened
    (:func:`crm_desktop.services.requests.open_request` writes both in one go)."""
    return and_(
        Interaction.request_id == CustomerRequest.id, Interaction.occurred_at == CustomerRequest.opened_at
    )


def _follow_ups(session: Session, customer_id: int, ctx: _Context) -> Iterable[TimelineEvent]:
    rows = session.execute(
        select(FollowUp, Interaction)
        .outerjoin(Interaction, _completion_contact())
        .where(FollowUp.customer_id == customer_id)
        .order_by(FollowUp.id, Interaction.id)
    )
    for (item,), contacts in _grouped(rows):
        state = follow_up_state(item.status, item.due_date, ctx.today)
        finished = item.status in _FINISHED_FOLLOW_UP
        at = item.completed_at if finished else None
        parts = []
        if item.status is FollowUpStatus.OPEN:
            parts.append(f"due {short_date(item.due_date, ctx.today)}")
        # The contact it logged says how it was done, and what was said when that is not the outcome.
        for contact in contacts:
            how = _CHANNEL_HOW[contact.channel]
            parts.append(how if contact.summary == item.outcome else f"{how}: {contact.summary}")
        if item.satisfaction is not None:
            score = f"satisfaction {item.satisfaction}/5"
            parts.append(f"{score}: {item.satisfaction_comment}" if item.satisfaction_comment else score)
        if item.outcome:
            parts.append(item.outcome)
        yield TimelineEvent(
            kind=FOLLOW_UP,
            id=item.id,
            day=ctx.day_of(at) if at is not None else item.due_date,
            at=at,
            title=item.title,
            detail=" · ".join(parts),
            status=state.status,
            tone=str(state.tone),
            ref_kind=FOLLOW_UP,
            ref_id=item.id,
            score=item.satisfaction,
            is_open=item.status is FollowUpStatus.OPEN,
        )


def _grouped(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[list[Any], list[Interaction]]]:
    """Rows of an outer join ordered by their first column and ending with a contact (or None): each
    first-column thing once, with the rest of its row and all its contacts."""
    head: list[Any] | None = None
    contacts: list[Interaction] = []
    for row in rows:
        *front, contact = row
        if head is None or front[0] is not head[0]:  # the session hands back one object per row id
            if head is not None:
                yield head, contacts
            head, contacts = front, []
        if contact is not None:
            contacts.append(contact)
    if head is not None:
        yield head, contacts


def _promises(session: Session, customer_id: int, ctx: _Context) -> Iterable[TimelineEvent]:
    promises = session.execute(
        select(Promise, CustomerRequest.number)
        .outerjoin(CustomerRequest, CustomerRequest.id == Promise.request_id)
        .where(Promise.customer_id == customer_id)
        .options(selectinload(Promise.changes))
    )
    for promise, request_number in promises:
        state = promise_state(promise.status, promise.due_date, ctx.today)
        changes = sorted(promise.changes, key=lambda c: (c.changed_at, c.id))
        at = promise.resolved_at
        chain = promise_chain(promise.original_due_date, [c.new_date for c in changes], ctx.today)
        if request_number is not None:
            chain = f"{chain} · for {format_number(REQUEST_PREFIX, request_number)}"
        yield TimelineEvent(
            kind=PROMISE,
            id=promise.id,
            day=ctx.day_of(at) if at is not None else promise.due_date,
            at=at,
            title=promise.description,
            detail=chain,
            status=state.status,
            tone=str(state.tone),
            ref_kind=PROMISE,
            ref_id=promise.id,
            is_open=promise.status is PromiseStatus.OPEN,
            notes=tuple(
                f"{short_date(c.old_date, ctx.today)} → {short_date(c.new_date, ctx.today)}: {c.reason}"
                for c in changes
            ),
        )


def _jobs(session: Session, customer_id: int, ctx: _Context) -> Iterable[TimelineEvent]:
    for job in session.scalars(select(ServiceJob).where(ServiceJob.customer_id == customer_id)):
        state, idle = job_state(job.status, ctx.day_of(job.last_action_at), ctx.today)
        parts = [job.reported_problem] if job.reported_problem else []
        if idle is not None:
            parts.append(idle_text(idle))
        yield TimelineEvent(
            kind=JOB,
            id=job.id,
            day=ctx.day_of(job.received_at),
            at=job.received_at,
            title=_job_title(job.number, job.unit_description),
            detail=" · ".join(parts),
            status=state.status,
            tone=str(state.tone),
            ref_kind=JOB,
            ref_id=job.id,
            is_open=idle is not None,
        )


def _job_title(number: int, unit: str) -> str:
    code = format_number(JOB_PREFIX, number)
    return f"{code} · {unit}" if unit else code


def _visits(session: Session, customer_id: int, ctx: _Context) -> Iterable[TimelineEvent]:
    rows = session.execute(
        select(Visit, ServiceJob.number, ServiceJob.unit_description)
        .join(ServiceJob, ServiceJob.id == Visit.job_id)
        .where(ServiceJob.customer_id == customer_id)
    )
    for visit, number, unit in rows:
        day = ctx.day_of(visit.scheduled_start)
        state = visit_state(visit.status, day, ctx.today)
        where = "On-site visit" if visit.on_site else "Workshop appointment"
        detail = visit.outcome or (
            visit.address if visit.on_site and visit.status is VisitStatus.SCHEDULED else ""
        )
        yield TimelineEvent(
            kind=VISIT,
            id=visit.id,
            day=day,
            at=visit.scheduled_start,
            title=f"{where} for {_job_title(number, unit)}",
            detail=detail or "",
            status=state.status,
            tone=str(state.tone),
            ref_kind=JOB,
            ref_id=visit.job_id,
        )


def _requests(session: Session, customer_id: int, ctx: _Context) -> Iterable[TimelineEvent]:
    rows = session.execute(
        select(CustomerRequest, RequestKind.name, Staff.name, ServiceJob.number, Interaction)
        .join(RequestKind, RequestKind.id == CustomerRequest.kind_id)
        .outerjoin(Staff, Staff.id == CustomerRequest.owner_id)
        .outerjoin(ServiceJob, ServiceJob.id == CustomerRequest.job_id)
        .outerjoin(Interaction, _opening_contact())
        .where(CustomerRequest.customer_id == customer_id)
        .order_by(CustomerRequest.id, Interaction.id)
    )
    for (request, kind_name, owner_name, job_number), contacts in _grouped(rows):
        state, idle = request_state(request.status, ctx.day_of(request.last_action_at), ctx.today)
        words = " ".join(request.summary.split())
        short = _shortened(words, _TITLE_SUMMARY_MAX)
        parts = [words] if short != words else []
        for contact in contacts:
            inbound, outbound = _CHANNEL_TITLES[contact.channel]
            title = inbound if contact.direction is Direction.INBOUND else outbound
            parts.append(f"{title}: {contact.summary}")
        parts.append(f"owner {owner_name}" if owner_name else "nobody owns it")
        if idle is not None:
            parts.append(idle_text(idle))
        if request.resolution and request.status in (RequestStatus.RESOLVED, RequestStatus.CANCELLED):
            parts.append(f"{state.status}: {request.resolution}")
        job = format_number(JOB_PREFIX, job_number) if job_number is not None else None
        if job is not None and job not in (request.resolution or ""):
            parts.append(f"became service job {job}")
        yield TimelineEvent(
            kind=REQUEST,
            id=request.id,
            day=ctx.day_of(request.opened_at),
            at=request.opened_at,
            title=f"{format_number(REQUEST_PREFIX, request.number)} · {kind_name}: {short}",
            detail=" · ".join(parts),
            status=state.status,
            tone=str(state.tone),
            ref_kind=REQUEST,
            ref_id=request.id,
            is_open=idle is not None,
        )


def _shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, between words when there is a space."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def _interactions(session: Session, customer_id: int, ctx: _Context) -> Iterable[TimelineEvent]:
    rows = session.execute(
        select(Interaction, CustomerRequest.number)
        .outerjoin(FollowUp, _completion_contact())
        .outerjoin(CustomerRequest, CustomerRequest.id == Interaction.request_id)
        .where(
            Interaction.customer_id == customer_id,
            FollowUp.id.is_(None),  # not the contact a follow-up logged: that is on the follow-up's line
            or_(CustomerRequest.id.is_(None), ~_opening_contact()),  # nor the one that brought a request
        )
    )
    for contact, request_number in rows:
        inbound, outbound = _CHANNEL_TITLES[contact.channel]
        title = inbound if contact.direction is Direction.INBOUND else outbound
        ref_kind, ref_id = INTERACTION, contact.id
        for kind, linked in (
            (SALE, contact.sale_id),
            (JOB, contact.job_id),
            (REQUEST, contact.request_id),
            (FOLLOW_UP, contact.follow_up_id),
            (PROMISE, contact.promise_id),
        ):
            if linked is not None:
                ref_kind, ref_id = kind, linked  # the most specific link wins
        if request_number is not None:
            title = f"{title} about {format_number(REQUEST_PREFIX, request_number)}"
        yield TimelineEvent(
            kind=INTERACTION,
            id=contact.id,
            day=ctx.day_of(contact.occurred_at),
            at=contact.occurred_at,
            title=title,
            detail=contact.summary,
            status=str(contact.direction),
            tone=str(Tone.NEUTRAL),
            ref_kind=ref_kind,
            ref_id=ref_id,
        )


_LOADERS: Final[dict[str, Callable[[Session, int, _Context], Iterable[TimelineEvent]]]] = {
    SALE: _sales,
    FOLLOW_UP: _follow_ups,
    PROMISE: _promises,
    JOB: _jobs,
    VISIT: _visits,
    INTERACTION: _interactions,
    REQUEST: _requests,
}
