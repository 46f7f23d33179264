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

import functools
import re
import typing
from collections import namedtuple
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import Any, Final, TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    String,
    and_,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)

from crm_desktop.domain.enums import (
    Channel,
    CustomerKind,
    Direction,
    FollowUpStatus,
    JobStatus,
    PromiseStatus,
    RequestStatus,
    SaleStatus,
    VisitStatus,
)
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, SALE_PREFIX, format_number
from crm_desktop.domain.phones import label_text
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
from crm_desktop.i18n import N_, _, ngettext, pgettext
from crm_desktop.services.common import count_of
from crm_desktop.services.customers import PhoneDetails, phone_details
from crm_desktop.services.settings import SHOP_COUNTRY, country_or_default
from crm_desktop.storage.engine import Database
from crm_desktop.storage.expressions import as_text
from crm_desktop.storage.models import (
    Customer,
    CustomerPhone,
    CustomerRequest,
    CustomerTag,
    FollowUp,
    Interaction,
    Promise,
    PromiseChange,
    RequestKind,
    Sale,
    SaleItem,
    ServiceJob,
    Setting,
    Staff,
    Visit,
)
from crm_desktop.storage.types import UTCDateTime

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
    Channel.CALL: (N_("Call from the customer"), N_("Call to the customer")),
    Channel.EMAIL: (N_("Email from the customer"), N_("Email to the customer")),
    Channel.MESSAGE: (N_("Message from the customer"), N_("Message to the customer")),
    Channel.IN_STORE: (N_("Customer came in"), N_("Seen in the shop")),
    Channel.VISIT: (N_("Customer visit"), N_("Visit to the customer")),
}
# How a follow-up was carried out, from the contact it logged: "done by phone".
_CHANNEL_HOW: Final = {
    Channel.CALL: N_("by phone"),
    Channel.EMAIL: N_("by email"),
    Channel.MESSAGE: N_("by message"),
    Channel.IN_STORE: N_("in the shop"),
    Channel.VISIT: N_("on a visit"),
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

    One statement, built once: a ``UNION ALL`` of plain rows (no ORM objects: the page only reads) for
    the customer with the header's figures and the shop's country, the phones, the tags, and every kind
    of event with what its line shows (a sale's items, a promise's moves, the contact that completed a
    follow-up or brought a request), grouped here.
    """
    wanted = KINDS if kinds is None else frozenset(kinds)
    unknown = wanted - KINDS
    if unknown:
        raise ValueError(f"unknown timeline kinds {sorted(unknown)}; known: {sorted(KINDS)}")
    with database.reading() as uow:
        connection = uow.session.connection()
        statement = as_text(("customer page", wanted), lambda: _statement(wanted), connection.dialect)
        found = connection.execute(statement, {"customer": customer_id}).all()
    rows: dict[str, list[Any]] = {}
    make = _Row._make  # plain tuples with names: reading a field costs a tenth of a result row's
    for row in found:
        rows.setdefault(row[0], []).append(make(row))
    if "customer" not in rows:
        raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
    (customer,) = rows["customer"]
    context = _Context(today=today, day_of=_day_in(tz))
    header = _header(customer, rows, context)
    events: list[TimelineEvent] = []
    for kind in sorted(wanted, key=_KIND_RANK.__getitem__):
        events.extend(_BUILDERS[kind](rows, context))
    events.sort(key=_newest_first_key, reverse=True)
    return CustomerHistory(header=header, timeline=tuple(events), today=today)


# ------------------------------------------------------------------------------------- statements


def _customer_part(cid: Any) -> Any:
    """The customer, the header's figures and the shop's country (as stored), as one row of the union."""
    active_sale = (Sale.customer_id == cid, Sale.status == _const(SaleStatus.ACTIVE))
    with_score = (FollowUp.customer_id == cid, FollowUp.satisfaction.is_not(None))
    return _part(
        "customer",
        Customer.id,
        s1=Customer.name,
        s2=Customer.company,
        s3=Customer.kind,
        s4=Customer.email,
        s5=Customer.address,
        s6=Customer.notes,
        t1=Customer.created_at,
        n1=cast(Customer.archived, Integer()),
        d1=select(func.min(Sale.sale_date)).where(*active_sale).scalar_subquery(),
        n2=select(func.coalesce(func.sum(SaleItem.quantity * SaleItem.unit_price_minor), 0))
        .join(Sale, Sale.id == SaleItem.sale_id)
        .where(*active_sale)
        .scalar_subquery(),
        n3=count_of(FollowUp, FollowUp.customer_id == cid, FollowUp.status == _const(FollowUpStatus.OPEN)),
        n4=count_of(Promise, Promise.customer_id == cid, Promise.status == _const(PromiseStatus.OPEN)),
        n5=count_of(
            ServiceJob, ServiceJob.customer_id == cid, ServiceJob.status.not_in(_consts(CLOSED_JOB_STATES))
        ),
        n6=count_of(
            CustomerRequest,
            CustomerRequest.customer_id == cid,
            CustomerRequest.status.in_(_consts(LIVE_REQUEST_STATES)),
        ),
        n7=select(func.sum(FollowUp.satisfaction)).where(*with_score).scalar_subquery(),
        n8=select(func.count(FollowUp.satisfaction)).where(*with_score).scalar_subquery(),
        t2=select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == cid).scalar_subquery(),
        s7=select(Setting.value).where(Setting.key == _const(SHOP_COUNTRY)).scalar_subquery(),
    ).where(Customer.id == cid)


def _const(value: str) -> Any:
    """A constant of the cached statements written into their SQL, not bound on every execution (the
    page's load is mostly SQLAlchemy's per-execution work). Only plain words: enum values, setting keys."""
    if not re.fullmatch(r"[a-z_.]+", value):
        raise ValueError(f"not a plain SQL constant: {value!r}")
    return literal_column(f"'{value}'")


def _consts(values: Iterable[str]) -> list[Any]:
    return [_const(value) for value in values]


# Every row of the second statement has these columns; each kind of row fills the ones it needs (see
# _rows_statement) and leaves the others NULL.
_SLOTS: Final[dict[str, Any]] = {
    "ref": Integer(),
    "d1": Date(),
    "d2": Date(),
    "t1": UTCDateTime(),
    "t2": UTCDateTime(),
    **{f"n{i}": Integer() for i in range(1, 9)},
    **{f"s{i}": String() for i in range(1, 8)},
}


_Row = namedtuple("_Row", ["kind", "id", *_SLOTS])  # type: ignore[misc]


def _part(kind: str, row_id: Any, **slots: Any) -> Any:
    columns: list[Any] = [
        type_coerce(_const(kind), String()).label("kind"),
        type_coerce(row_id, Integer()).label("id"),
    ]
    for name, type_ in _SLOTS.items():
        value = slots.pop(name, None)
        # A typed NULL: PostgreSQL matches a UNION's column types pairwise, and an untyped NULL there
        # is text. Values are not cast (SQLite would turn CAST(text AS DATETIME) into a number).
        columns.append((cast(null(), type_) if value is None else type_coerce(value, type_)).label(name))
    assert not slots, f"unknown slots {sorted(slots)}"
    return select(*columns)


@functools.cache
def _statement(wanted: frozenset[str]) -> Any:
    """The customer, phones, tags and the rows of each wanted kind of event, as one UNION ALL (see
    :data:`_SLOTS`)."""
    cid = bindparam("customer", type_=Integer())
    parts = [
        _customer_part(cid),
        _part(
            "phone",
            CustomerPhone.id,
            n1=CustomerPhone.position,
            s1=CustomerPhone.label,
            s2=CustomerPhone.number_raw,
            s3=CustomerPhone.number_normalized,
        ).where(CustomerPhone.customer_id == cid),
        _part("tag", literal_column("0"), s1=CustomerTag.tag).where(CustomerTag.customer_id == cid),
    ]
    if SALE in wanted:
        parts += [
            _part(
                SALE, Sale.id, n1=Sale.number, d1=Sale.sale_date, s1=Sale.status, s2=Sale.void_reason
            ).where(Sale.customer_id == cid),
            _part(
                "sale_item",
                SaleItem.id,
                ref=SaleItem.sale_id,
                s1=SaleItem.description,
                s2=SaleItem.serial,
                n1=SaleItem.quantity,
                n2=SaleItem.unit_price_minor,
                n3=SaleItem.position,
                d1=SaleItem.warranty_end,
            )
            .join(Sale, Sale.id == SaleItem.sale_id)
            .where(Sale.customer_id == cid),
        ]
    if FOLLOW_UP in wanted:
        parts += [
            _part(
                FOLLOW_UP,
                FollowUp.id,
                s1=FollowUp.status,
                d1=FollowUp.due_date,
                t1=FollowUp.completed_at,
                s2=FollowUp.title,
                s3=FollowUp.outcome,
                n1=FollowUp.satisfaction,
                s4=FollowUp.satisfaction_comment,
            ).where(FollowUp.customer_id == cid),
            _part(
                "completion", Interaction.id, ref=FollowUp.id, s1=Interaction.channel, s2=Interaction.summary
            )
            .select_from(FollowUp)
            .join(Interaction, _completion_contact())
            .where(FollowUp.customer_id == cid),
        ]
    if PROMISE in wanted:
        parts += [
            _part(
                PROMISE,
                Promise.id,
                s1=Promise.status,
                d1=Promise.due_date,
                d2=Promise.original_due_date,
                t1=Promise.resolved_at,
                s2=Promise.description,
                n1=CustomerRequest.number,
            )
            .select_from(Promise)
            .outerjoin(CustomerRequest, CustomerRequest.id == Promise.request_id)
            .where(Promise.customer_id == cid),
            _part(
                "change",
                PromiseChange.id,
                ref=PromiseChange.promise_id,
                t1=PromiseChange.changed_at,
                d1=PromiseChange.old_date,
                d2=PromiseChange.new_date,
                s1=PromiseChange.reason,
            )
            .join(Promise, Promise.id == PromiseChange.promise_id)
            .where(Promise.customer_id == cid),
        ]
    if JOB in wanted:
        parts.append(
            _part(
                JOB,
                ServiceJob.id,
                s1=ServiceJob.status,
                t1=ServiceJob.last_action_at,
                t2=ServiceJob.received_at,
                s2=ServiceJob.reported_problem,
                n1=ServiceJob.number,
                s3=ServiceJob.unit_description,
            ).where(ServiceJob.customer_id == cid)
        )
    if VISIT in wanted:
        parts.append(
            _part(
                VISIT,
                Visit.id,
                ref=Visit.job_id,
                t1=Visit.scheduled_start,
                s1=Visit.status,
                n1=cast(Visit.on_site, Integer()),
                s2=Visit.outcome,
                s3=Visit.address,
                n2=ServiceJob.number,
                s4=ServiceJob.unit_description,
            )
            .join(ServiceJob, ServiceJob.id == Visit.job_id)
            .where(ServiceJob.customer_id == cid)
        )
    if REQUEST in wanted:
        parts += [
            _part(
                REQUEST,
                CustomerRequest.id,
                s1=CustomerRequest.status,
                t1=CustomerRequest.last_action_at,
                t2=CustomerRequest.opened_at,
                s2=CustomerRequest.summary,
                s3=RequestKind.name,
                s4=Staff.name,
                n1=ServiceJob.number,
                n2=CustomerRequest.number,
                s5=CustomerRequest.resolution,
            )
            .select_from(CustomerRequest)
            .join(RequestKind, RequestKind.id == CustomerRequest.kind_id)
            .outerjoin(Staff, Staff.id == CustomerRequest.owner_id)
            .outerjoin(ServiceJob, ServiceJob.id == CustomerRequest.job_id)
            .where(CustomerRequest.customer_id == cid),
            _part(
                "opening",
                Interaction.id,
                ref=CustomerRequest.id,
                s1=Interaction.channel,
                s2=Interaction.direction,
                s3=Interaction.summary,
            )
            .select_from(CustomerRequest)
            .join(Interaction, _opening_contact())
            .where(CustomerRequest.customer_id == cid),
        ]
    if INTERACTION in wanted:
        parts.append(
            _part(
                INTERACTION,
                Interaction.id,
                t1=Interaction.occurred_at,
                s1=Interaction.channel,
                s2=Interaction.direction,
                s3=Interaction.summary,
                n1=CustomerRequest.number,
                n2=Interaction.sale_id,
                n3=Interaction.job_id,
                n4=Interaction.request_id,
                n5=Interaction.follow_up_id,
                n6=Interaction.promise_id,
            )
            .select_from(Interaction)
            .outerjoin(FollowUp, _completion_contact())
            .outerjoin(CustomerRequest, CustomerRequest.id == Interaction.request_id)
            .where(
                Interaction.customer_id == cid,
                FollowUp.id.is_(None),  # not the contact a follow-up logged: on the follow-up's line
                or_(CustomerRequest.id.is_(None), ~_opening_contact()),  # nor the one that brought a request
            )
        )
    return union_all(*parts)


# ----------------------------------------------------------------------------------------- header


def _header(customer: Any, rows: dict[str, list[Any]], ctx: _Context) -> HistoryHeader:
    """The header, from the customer's row (see :func:`_customer_part` for its columns)."""
    phones = phone_details(
        (_Phone(row.s1, row.s2, row.s3) for row in sorted(rows.get("phone", ()), key=lambda r: (r.n1, r.id))),
        country_or_default(customer.s7),
    )
    follow_ups, promises, jobs, requests = (
        int(n) for n in (customer.n3, customer.n4, customer.n5, customer.n6)
    )
    score_count = int(customer.n8)
    return HistoryHeader(
        customer_id=customer.id,
        name=customer.s1,
        company=customer.s2,
        kind=CustomerKind(customer.s3),
        phones=tuple(f"{p.display} ({label_text(p.label)})" for p in phones),
        phone_numbers=phones,
        email=customer.s4,
        address=customer.s5,
        notes=customer.s6,
        tags=tuple(sorted((row.s1 for row in rows.get("tag", ())), key=lambda t: (t.casefold(), t))),
        customer_since=customer.d1 if customer.d1 is not None else ctx.day_of(customer.t1),
        total_spent_minor=int(customer.n2 or 0),
        open_items=follow_ups + promises + jobs + requests,
        open_follow_ups=follow_ups,
        open_promises=promises,
        open_jobs=jobs,
        open_requests=requests,
        last_contact=customer.t2,
        average_satisfaction=int(customer.n7) / score_count if score_count else None,
        satisfaction_count=score_count,
        archived=bool(customer.n1),
    )


@dataclass(frozen=True)
class _Phone:
    label: str
    number_raw: str
    number_normalized: str


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


_E = TypeVar("_E", bound=StrEnum)


def _member(enum: type[_E], value: str) -> _E:
    """The member of a stored value (``enum(value)`` without its slow path: the page reads thousands)."""
    return typing.cast(_E, enum._value2member_map_[value])


def _children(rows: dict[str, list[Any]], kind: str, key: Callable[[Any], Any]) -> dict[int, list[Any]]:
    """The rows of ``kind`` by the id of what they belong to (``ref``), each list sorted by ``key``."""
    found: dict[int, list[Any]] = {}
    for row in sorted(rows.get(kind, ()), key=key):
        found.setdefault(row.ref, []).append(row)
    return found


def _sales(rows: dict[str, list[Any]], ctx: _Context) -> Iterable[TimelineEvent]:
    items = _children(rows, "sale_item", lambda r: (r.n3, r.id))
    for sale in rows.get(SALE, ()):
        lines = tuple(_sale_line(item, ctx.today) for item in items.get(sale.id, ()))
        status = _member(SaleStatus, sale.s1)
        void = status is SaleStatus.VOID
        if void:
            tone = Tone.MUTED
        elif any(line.warranty == "ending" for line in lines):
            tone = Tone.WARNING
        else:
            tone = Tone.NEUTRAL
        what = lines[0].description if lines else _("no items")
        if len(lines) > 1:
            what = ngettext("{item} and {count} more", "{item} and {count} more", len(lines) - 1).format(
                item=what, count=len(lines) - 1
            )
        detail = "; ".join(_line_text(line) for line in lines)
        if void:
            detail = _("Voided: {reason}. {items}").format(reason=sale.s2, items=detail).strip()
        yield TimelineEvent(
            kind=SALE,
            id=sale.id,
            day=sale.d1,
            at=None,
            title=f"{format_number(SALE_PREFIX, sale.n1)} · {what}",
            detail=detail,
            status=str(status),
            tone=str(tone),
            ref_kind=SALE,
            ref_id=sale.id,
            amount_minor=sum(line.amount_minor for line in lines),
            lines=lines,
        )


def _sale_line(item: Any, today: date) -> SaleLine:
    warranty = warranty_state(item.d1, today)
    return SaleLine(
        sale_item_id=item.id,
        description=item.s1,
        serial=item.s2,
        quantity=item.n1,
        amount_minor=item.n1 * item.n2,
        warranty_end=item.d1,
        warranty=warranty.code,
        warranty_text=warranty.text,
        warranty_tone=str(warranty.tone),
    )


def _line_text(line: SaleLine) -> str:
    """``Phone X (356789012345678): warranty ends in 12 days``; items without a warranty say nothing of it."""
    text = f"{line.description} ({line.serial})" if line.serial else line.description
    if line.warranty == "none":
        return text
    return _("{item}: warranty {warranty}").format(item=text, warranty=line.warranty_text)


def _completion_contact() -> ColumnElement[bool]:
    """The contact a follow-up's completion logged: linked to it, at the instant it was done or skipped
    (:func:`crm_desktop.services.follow_ups.complete_follow_up` writes both in one go)."""
    return and_(
        Interaction.follow_up_id == FollowUp.id,
        Interaction.occurred_at == FollowUp.completed_at,
        FollowUp.status.in_(_consts(_FINISHED_FOLLOW_UP)),
    )


def _opening_contact() -> ColumnElement[bool]:
    """The contact that brought a request: linked to it, at the instant it was opened
    (:func:`crm_desktop.services.requests.open_request` writes both in one go)."""
    return and_(
        Interaction.request_id == CustomerRequest.id, Interaction.occurred_at == CustomerRequest.opened_at
    )


def _follow_ups(rows: dict[str, list[Any]], ctx: _Context) -> Iterable[TimelineEvent]:
    contacts = _children(rows, "completion", lambda r: r.id)
    for item in rows.get(FOLLOW_UP, ()):
        status = _member(FollowUpStatus, item.s1)
        state = follow_up_state(status, item.d1, ctx.today)
        finished = status in _FINISHED_FOLLOW_UP
        at = item.t1 if finished else None
        parts = []
        if status is FollowUpStatus.OPEN:
            parts.append(_("due {date}").format(date=short_date(item.d1, ctx.today)))
        # The contact it logged says how it was done, and what was said when that is not the outcome.
        for contact in contacts.get(item.id, ()):
            how = _(_CHANNEL_HOW[_member(Channel, contact.s1)])
            parts.append(how if contact.s2 == item.s3 else f"{how}: {contact.s2}")
        if item.n1 is not None:
            if item.s4:
                parts.append(_("satisfaction {score}/5: {comment}").format(score=item.n1, comment=item.s4))
            else:
                parts.append(_("satisfaction {score}/5").format(score=item.n1))
        if item.s3:
            parts.append(item.s3)
        yield TimelineEvent(
            kind=FOLLOW_UP,
            id=item.id,
            day=ctx.day_of(at) if at is not None else item.d1,
            at=at,
            title=item.s2,
            detail=" · ".join(parts),
            status=state.status,
            tone=str(state.tone),
            ref_kind=FOLLOW_UP,
            ref_id=item.id,
            score=item.n1,
            is_open=status is FollowUpStatus.OPEN,
        )


def _promises(rows: dict[str, list[Any]], ctx: _Context) -> Iterable[TimelineEvent]:
    moves = _children(rows, "change", lambda r: (r.t1, r.id))
    for promise in rows.get(PROMISE, ()):
        status = _member(PromiseStatus, promise.s1)
        state = promise_state(status, promise.d1, ctx.today)
        changes = moves.get(promise.id, [])
        at = promise.t1
        chain = promise_chain(promise.d2, [c.d2 for c in changes], ctx.today)
        if promise.n1 is not None:
            chain = f"{chain} · " + _("for {request}").format(
                request=format_number(REQUEST_PREFIX, promise.n1)
            )
        yield TimelineEvent(
            kind=PROMISE,
            id=promise.id,
            day=ctx.day_of(at) if at is not None else promise.d1,
            at=at,
            title=promise.s2,
            detail=chain,
            status=state.status,
            tone=str(state.tone),
            ref_kind=PROMISE,
            ref_id=promise.id,
            is_open=status is PromiseStatus.OPEN,
            notes=tuple(
                f"{short_date(c.d1, ctx.today)} → {short_date(c.d2, ctx.today)}: {c.s1}" for c in changes
            ),
        )


def _jobs(rows: dict[str, list[Any]], ctx: _Context) -> Iterable[TimelineEvent]:
    for job in rows.get(JOB, ()):
        state, idle = job_state(_member(JobStatus, job.s1), ctx.day_of(job.t1), ctx.today)
        parts = [job.s2] if job.s2 else []
        if idle is not None:
            parts.append(idle_text(idle))
        yield TimelineEvent(
            kind=JOB,
            id=job.id,
            day=ctx.day_of(job.t2),
            at=job.t2,
            title=_job_title(job.n1, job.s3),
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


def _visits(rows: dict[str, list[Any]], ctx: _Context) -> Iterable[TimelineEvent]:
    for visit in rows.get(VISIT, ()):
        day = ctx.day_of(visit.t1)
        status = _member(VisitStatus, visit.s1)
        state = visit_state(status, day, ctx.today)
        on_site = bool(visit.n1)
        if on_site:
            title = _("On-site visit for {job}").format(job=_job_title(visit.n2, visit.s4))
        else:
            title = _("Workshop appointment for {job}").format(job=_job_title(visit.n2, visit.s4))
        detail = visit.s2 or (visit.s3 if on_site and status is VisitStatus.SCHEDULED else "")
        yield TimelineEvent(
            kind=VISIT,
            id=visit.id,
            day=day,
            at=visit.t1,
            title=title,
            detail=detail or "",
            status=state.status,
            tone=str(state.tone),
            ref_kind=JOB,
            ref_id=visit.ref,
        )


def _requests(rows: dict[str, list[Any]], ctx: _Context) -> Iterable[TimelineEvent]:
    openings = _children(rows, "opening", lambda r: r.id)
    for request in rows.get(REQUEST, ()):
        status = _member(RequestStatus, request.s1)
        state, idle = request_state(status, ctx.day_of(request.t1), ctx.today)
        words = " ".join(request.s2.split())
        short = _shortened(words, _TITLE_SUMMARY_MAX)
        parts = [words] if short != words else []
        for contact in openings.get(request.id, ()):
            inbound, outbound = _CHANNEL_TITLES[_member(Channel, contact.s1)]
            title = _(inbound) if _member(Direction, contact.s2) is Direction.INBOUND else _(outbound)
            parts.append(f"{title}: {contact.s3}")
        owner_name = request.s4
        parts.append(_("owner {name}").format(name=owner_name) if owner_name else _("nobody owns it"))
        if idle is not None:
            parts.append(idle_text(idle))
        resolution = request.s5
        if resolution and status in (RequestStatus.RESOLVED, RequestStatus.CANCELLED):
            parts.append(f"{state.status}: {resolution}")
        job = format_number(JOB_PREFIX, request.n1) if request.n1 is not None else None
        if job is not None and job not in (resolution or ""):
            parts.append(_("became service job {job}").format(job=job))
        yield TimelineEvent(
            kind=REQUEST,
            id=request.id,
            day=ctx.day_of(request.t2),
            at=request.t2,
            title=f"{format_number(REQUEST_PREFIX, request.n2)} · {request.s3}: {short}",
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


def _interactions(rows: dict[str, list[Any]], ctx: _Context) -> Iterable[TimelineEvent]:
    for contact in rows.get(INTERACTION, ()):
        inbound, outbound = _CHANNEL_TITLES[_member(Channel, contact.s1)]
        direction = _member(Direction, contact.s2)
        title = _(inbound) if direction is Direction.INBOUND else _(outbound)
        ref_kind, ref_id = INTERACTION, contact.id
        for kind, linked in (
            (SALE, contact.n2),
            (JOB, contact.n3),
            (REQUEST, contact.n4),
            (FOLLOW_UP, contact.n5),
            (PROMISE, contact.n6),
        ):
            if linked is not None:
                ref_kind, ref_id = kind, linked  # the most specific link wins
        if contact.n1 is not None:
            title = _("{contact} about {request}").format(
                contact=title, request=format_number(REQUEST_PREFIX, contact.n1)
            )
        yield TimelineEvent(
            kind=INTERACTION,
            id=contact.id,
            day=ctx.day_of(contact.t1),
            at=contact.t1,
            title=title,
            detail=contact.s3,
            status=pgettext("a contact", "inbound")
            if direction is Direction.INBOUND
            else pgettext("a contact", "outbound"),
            tone=str(Tone.NEUTRAL),
            ref_kind=ref_kind,
            ref_id=ref_id,
        )


_BUILDERS: Final[dict[str, Callable[[dict[str, list[Any]], _Context], Iterable[TimelineEvent]]]] = {
    SALE: _sales,
    FOLLOW_UP: _follow_ups,
    PROMISE: _promises,
    JOB: _jobs,
    VISIT: _visits,
    INTERACTION: _interactions,
    REQUEST: _requests,
}
