"""Requests: what a customer asked the shop to do or solve that is not a repair (an activation, a
duplicate SIM, a number transfer, a billing question, a complaint), numbered R-0042.

A request is an open item like a job: it has an owner, a priority, a status whose every move is audited
with who, when and why, usually a promise with its date chain, and a checklist copied from its kind's
procedure when it opens (lost phone: verify the ID, block the line, order the duplicate SIM...). It can
be opened from a contact that "needs action" (the contact is logged and linked in the same transaction),
and it can become a service job when a unit must be taken in: the job is opened, the request is resolved
as "taken in as J-0042", and its open promises follow the job, chains intact.

Each action is one unit of work, takes plain values and the person acting, and returns a frozen
:class:`RequestDetails`; a :class:`ValidationError` carries a sentence for the user.

Rules:
* resolving closes the request's open promises: kept when on or before their date, broken after it
  (as a job's "ready by" promise is closed when the job is ready); cancelling cancels them with the
  request's reason; reopening reopens nothing (a new promise is made if one is needed);
* anything done on a request (a move, a tick, a note, a contact about it) is its last action, which
  Today's "no action for N days" reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import JobPriority, PromiseKind, PromiseStatus, RequestStatus, SaleStatus
from crm_desktop.domain.numbers import JOB_PREFIX, REQUEST_PREFIX, SALE_PREFIX, format_number, parse_number
from crm_desktop.domain.requests import (
    DEFAULT_KINDS,
    STATUS_TEXT,
    allowed_moves,
    is_live,
    needs_reason,
    request_state,
)
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import (
    acting,
    audit,
    changed_fields,
    check_version,
    checked_text,
    details_changes,
    require_aware,
)
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.jobs import JobDetails, JobInput, get_job, take_in
from crm_desktop.services.promises import PromiseChainDetails, add_promise, load_chain, resolve_promise
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    AuditEntry,
    Customer,
    CustomerRequest,
    Interaction,
    Procedure,
    Promise,
    RequestChecklistItem,
    RequestKind,
    Sale,
    SaleItem,
    ServiceJob,
    Staff,
)
from crm_desktop.storage.sequences import REQUEST, next_number

SUMMARY_MAX: Final = 10_000
NOTES_MAX: Final = 10_000
REASON_MAX: Final = 2_000
PROMISE_MAX: Final = 2_000
KIND_NAME_MAX: Final = 80

__all__ = [
    "RequestChecklistDetails",
    "RequestDetails",
    "RequestEvent",
    "RequestInput",
    "RequestKindDetails",
    "RequestListing",
    "ensure_default_request_kinds",
    "find_request_by_number",
    "get_request",
    "list_request_kinds",
    "list_requests",
    "move_request",
    "open_request",
    "request_to_job",
    "save_request_kind",
    "tick_request_item",
    "update_request",
]


# ------------------------------------------------------------------------------------------- values


@dataclass(frozen=True, kw_only=True)
class RequestInput:
    """The "New request" form. ``owner_id`` None: whoever opens it owns it. A ``promise_date`` makes a
    promise to the customer (its text defaults to the kind and the request's first words)."""

    customer_id: int
    kind_id: int
    summary: str
    priority: JobPriority = JobPriority.NORMAL
    owner_id: int | None = None
    sale_item_id: int | None = None
    notes: str | None = None
    promise_date: date | None = None
    promise_text: str | None = None


@dataclass(frozen=True)
class RequestKindDetails:
    id: int
    name: str
    procedure_id: int | None
    procedure_name: str | None
    active: bool
    position: int


@dataclass(frozen=True)
class RequestChecklistDetails:
    id: int
    text: str
    done: bool
    done_by_name: str | None
    done_at: datetime | None


@dataclass(frozen=True)
class RequestEvent:
    """One line of the request's own history: a status move, a contact, a reassignment."""

    at: datetime
    who: str | None
    text: str


@dataclass(frozen=True)
class RequestDetails:
    id: int
    number: int
    number_text: str  # "R-0042"
    customer_id: int
    customer_name: str
    kind_id: int
    kind_name: str
    summary: str
    priority: JobPriority
    status: RequestStatus
    status_text: str  # "waiting for a third party"
    next_states: tuple[RequestStatus, ...]
    owner_id: int | None
    owner_name: str | None
    opened_by_name: str | None
    opened_at: datetime
    last_action_at: datetime
    closed_at: datetime | None
    resolution: str | None
    notes: str | None
    sale_item_id: int | None
    item_text: str | None  # "Phone X · IMEI 35… · S-0012"
    job_id: int | None
    job_number_text: str | None
    checklist: tuple[RequestChecklistDetails, ...]
    promises: tuple[PromiseChainDetails, ...]  # oldest first
    history: tuple[RequestEvent, ...]  # oldest first
    version: int = 0  # sent back when saving: a save over someone else's is refused

    @property
    def is_open(self) -> bool:
        return is_live(self.status)

    @property
    def checklist_done(self) -> int:
        return sum(1 for item in self.checklist if item.done)

    @property
    def open_promise(self) -> PromiseChainDetails | None:
        return next((p for p in reversed(self.promises) if p.status is PromiseStatus.OPEN), None)


@dataclass(frozen=True)
class RequestListing:
    id: int
    number_text: str
    customer_id: int
    customer_name: str
    kind_name: str
    summary: str
    priority: JobPriority
    status: RequestStatus
    status_text: str
    owner_id: int | None
    owner_name: str | None
    opened_at: datetime
    closed_at: datetime | None
    days_without_action: int | None  # None once closed
    promised_for: date | None  # the open promise's date


# ------------------------------------------------------------------------------------------ actions


def open_request(
    database: Database,
    data: RequestInput,
    *,
    today: date,
    now: datetime,
    staff_id: int | None,
    contact: ContactInput | None = None,
) -> RequestDetails:
    """Open a request (R-number, checklist from its kind's procedure, promise if dated). With
    ``contact``, the contact that brought it is logged and linked to it in the same transaction."""
    require_aware(now)
    summary = checked_text(data.summary, _("What the customer asked"), SUMMARY_MAX)
    notes = checked_text(data.notes, _("The notes"), NOTES_MAX, required=False)
    promise_text = checked_text(data.promise_text, _("The promise"), PROMISE_MAX, required=False)
    if data.promise_date is not None and data.promise_date < today:
        raise ValidationError(_("A promise cannot be due in the past; pick today or a later date."))
    contact_summary = (
        checked_text(contact.summary, _("The contact's summary"), SUMMARY_MAX)
        if contact is not None
        else None
    )
    priority = JobPriority(data.priority)
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        customer = session.get(Customer, data.customer_id)
        if customer is None:
            raise ValidationError(_("There is no customer #{id}.").format(id=data.customer_id))
        if customer.archived:
            raise ValidationError(
                _("{name} is archived; restore them before opening a request.").format(name=customer.name)
            )
        kind = session.get(RequestKind, data.kind_id)
        if kind is None:
            raise ValidationError(_("Pick what kind of request this is."))
        if not kind.active:
            raise ValidationError(
                _("The kind “{name}” is no longer used; pick another one.").format(name=kind.name)
            )
        owner_id = data.owner_id if data.owner_id is not None else staff_id
        if data.owner_id is not None:
            _active_person(session, data.owner_id, _("own the request"))
        item = _customer_item(session, data.sale_item_id, customer) if data.sale_item_id is not None else None
        request = CustomerRequest(
            number=next_number(session, REQUEST),
            customer_id=customer.id,
            kind_id=kind.id,
            summary=summary,
            priority=priority,
            status=RequestStatus.OPEN,
            owner_id=owner_id,
            opened_by_id=staff_id,
            sale_id=item.sale_id if item is not None else None,
            sale_item_id=item.id if item is not None else None,
            notes=notes,
            opened_at=now,
            last_action_at=now,
        )
        session.add(request)
        session.flush()
        audit(session, staff_id, AuditEntity.REQUEST, request.id, AuditAction.CREATED, at=now,
              field="status", new=RequestStatus.OPEN)  # fmt: skip
        procedure = session.get(Procedure, kind.procedure_id) if kind.procedure_id is not None else None
        if procedure is not None and procedure.active:
            for position, step in enumerate(procedure.steps):
                request.checklist.append(
                    RequestChecklistItem(procedure_id=procedure.id, position=position, text=step.text)
                )
            audit(session, staff_id, AuditEntity.REQUEST, request.id, AuditAction.PROCEDURE_APPLIED, at=now,
                  field="checklist", new=procedure.name)  # fmt: skip
        if data.promise_date is not None:
            add_promise(
                session,
                customer_id=customer.id,
                description=promise_text or f"{kind.name}: {_short(summary, 120)}",
                due_date=data.promise_date,
                kind=PromiseKind.GENERAL,
                job_id=None,
                sale_id=request.sale_id,
                staff_id=staff_id,
                now=now,
                request_id=request.id,
            )
        if contact is not None and contact_summary is not None:
            when = contact.occurred_at or now
            require_aware(when)
            session.add(
                Interaction(
                    customer_id=customer.id,
                    occurred_at=when,
                    channel=contact.channel,
                    direction=contact.direction,
                    summary=contact_summary,
                    staff_id=staff_id,
                    request_id=request.id,
                    sale_id=request.sale_id,
                )
            )
        session.flush()
        details = _details(session, request, today)
        uow.commit()
    return details


def move_request(
    database: Database,
    request_id: int,
    status: RequestStatus,
    *,
    now: datetime,
    staff_id: int | None,
    note: str | None = None,
) -> RequestDetails:
    """Move a request to ``status``. Cancelling and reopening need ``note`` (why); resolving keeps it as
    what was done. Closing resolves the request's open promises (see the module's rules)."""
    require_aware(now)
    status = RequestStatus(status)
    text = checked_text(note, _("The reason"), REASON_MAX, required=False)
    today = _local_day(now)
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        request = _request(session, request_id)
        old = request.status
        if status not in allowed_moves(old):
            raise ValidationError(
                _("{number} is {status}; it cannot be marked “{new}”. Refresh to see its state.").format(
                    number=_number(request), status=_(STATUS_TEXT[old]), new=_(STATUS_TEXT[status])
                )
            )
        if needs_reason(old, status) and text is None:
            if status is RequestStatus.CANCELLED:
                say_why = _("Say why you are cancelling {number}.")
            else:
                say_why = _("Say why you are reopening {number}.")
            raise ValidationError(say_why.format(number=_number(request)))
        request.status = status
        request.last_action_at = now
        if is_live(status):
            request.closed_at = None
            request.closed_by_id = None
        else:
            request.closed_at = now
            request.closed_by_id = staff_id
            request.resolution = text
            for promise in _open_promises(session, request.id):
                if status is RequestStatus.CANCELLED:
                    outcome = PromiseStatus.CANCELLED
                elif today <= promise.due_date:
                    outcome = PromiseStatus.KEPT
                else:
                    outcome = PromiseStatus.BROKEN
                why = text if outcome is PromiseStatus.CANCELLED else f"{_number(request)} {status}"
                resolve_promise(session, promise, outcome, now, staff_id, why)
        audit(session, staff_id, AuditEntity.REQUEST, request.id, AuditAction.STATUS_CHANGED, at=now,
              field="status", old=old, new=status, reason=text)  # fmt: skip
        session.flush()
        details = _details(session, request, today)
        if status is RequestStatus.RESOLVED:
            from crm_desktop.services.messages import Links, queue_automatic

            queue_automatic(session, "request_resolved", request.customer_id,
                            lambda: request_message_values(details), Links(request_id=request.id), now,
                            staff_id)  # fmt: skip
        uow.commit()
    return details


def update_request(
    database: Database,
    request_id: int,
    *,
    now: datetime,
    staff_id: int | None,
    owner_id: int | None,
    priority: JobPriority,
    notes: str | None,
    expected_version: int | None = None,
    keep_mine: bool = False,
) -> RequestDetails:
    """Save who owns the request, its priority and its notes; a new owner is audited.
    ``expected_version``: the version the window showed (saved by someone else since: ConflictError).
    ``keep_mine``: saved over someone else's on purpose, after such a conflict; the audit trail says so."""
    require_aware(now)
    text = checked_text(notes, _("The notes"), NOTES_MAX, required=False)
    priority = JobPriority(priority)
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        request = _request(session, request_id)
        theirs = _details(session, request, _local_day(now))
        changed = False
        if keep_mine:
            overwritten = changed_fields(
                (
                    ("owner", request.owner_id, owner_id),
                    ("priority", request.priority, priority),
                    ("notes", request.notes, text),
                )
            )
            audit(session, staff_id, AuditEntity.REQUEST, request.id, AuditAction.KEPT_MINE, at=now,
                  field=overwritten)  # fmt: skip
        if owner_id != request.owner_id:
            if not is_live(request.status):
                raise ValidationError(
                    _("{number} is closed; reopen it before handing it on.").format(number=_number(request))
                )
            if owner_id is not None:
                _active_person(session, owner_id, _("own the request"))
            audit(session, staff_id, AuditEntity.REQUEST, request.id, AuditAction.REASSIGNED, at=now,
                  field="owner_id", old=request.owner_id, new=owner_id)  # fmt: skip
            request.owner_id = owner_id
            changed = True
        if priority is not request.priority:
            audit(session, staff_id, AuditEntity.REQUEST, request.id, AuditAction.UPDATED, at=now,
                  field="priority", old=request.priority, new=priority)  # fmt: skip
            request.priority = priority
            changed = True
        if text != request.notes:
            audit(session, staff_id, AuditEntity.REQUEST, request.id, AuditAction.NOTES_CHANGED, at=now,
                  field="notes")  # fmt: skip
            request.notes = text
            changed = True
        check_version(
            session, AuditEntity.REQUEST, request, expected_version, what=_number(request),
            changes=lambda: details_changes(
                theirs, _details(session, request, _local_day(now)), only=("owner_name", "priority", "notes"),
                labels={"owner_name": N_("Owner"), "priority": N_("Priority"), "notes": N_("Notes")},
            ),
        )  # fmt: skip
        if changed:
            request.last_action_at = now
        session.flush()
        details = _details(session, request, _local_day(now))
        uow.commit()
    return details


def tick_request_item(
    database: Database, item_id: int, done: bool, *, now: datetime, staff_id: int | None
) -> RequestDetails:
    """Tick (or untick) a step of the request's checklist; who and when are kept."""
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        item = session.get(RequestChecklistItem, item_id, with_for_update=True)
        if item is None:
            raise ValidationError(
                _("Checklist step #{id} does not exist (was it removed?).").format(id=item_id)
            )
        request = _request(session, item.request_id)
        if not is_live(request.status):
            raise ValidationError(
                _("{number} is closed; reopen it to change its checklist.").format(number=_number(request))
            )
        item.done = bool(done)
        item.done_by_id = staff_id if done else None
        item.done_at = now if done else None
        request.last_action_at = now
        audit(session, staff_id, AuditEntity.REQUEST_CHECKLIST_ITEM, item.id,
              AuditAction.CHECKED if done else AuditAction.UNCHECKED, at=now, field="done",
              new=item.text[:200])  # fmt: skip
        session.flush()
        details = _details(session, request, _local_day(now))
        uow.commit()
    return details


def request_message_values(request: RequestDetails) -> dict[str, str]:
    """A request's placeholders in messages: its number and its kind."""
    return {"request_number": request.number_text, "request_kind": request.kind_name.lower()}


def request_to_job(
    database: Database, request_id: int, data: JobInput, *, today: date, now: datetime
) -> JobDetails:
    """Take a unit in for a request: the job is opened (``data`` as at the counter, by
    ``data.staff_id``), the request is resolved as "taken in as J-0042" and its open promises follow
    the job, all in one transaction."""
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        acting(session, data.staff_id)
        request = _request(session, request_id)
        if not is_live(request.status):
            raise ValidationError(
                _("{number} is {status}; reopen it first.").format(
                    number=_number(request), status=_(STATUS_TEXT[request.status])
                )
            )
        if data.customer_id != request.customer_id:
            raise ValidationError(_("{number} belongs to another customer.").format(number=_number(request)))
        job = take_in(session, data, today, now)
        shown = format_number(JOB_PREFIX, job.number)
        old = request.status
        request.job_id = job.id
        request.status = RequestStatus.RESOLVED
        request.resolution = f"Taken in for service as {shown}."
        request.closed_at = now
        request.closed_by_id = data.staff_id
        request.last_action_at = now
        for promise in _open_promises(session, request.id):
            promise.job_id = job.id
        audit(session, data.staff_id, AuditEntity.REQUEST, request.id, AuditAction.TAKEN_IN, at=now,
              field="status", old=old, new=RequestStatus.RESOLVED, reason=request.resolution)  # fmt: skip
        session.flush()
        job_id = job.id
        uow.commit()
    return get_job(database, job_id, today)


# ------------------------------------------------------------------------------------------ reading


def get_request(database: Database, request_id: int, today: date) -> RequestDetails:
    with database.reading() as uow:
        return _details(uow.session, _request(uow.session, request_id, lock=False), today)


def find_request_by_number(database: Database, text: str, today: date) -> RequestDetails | None:
    """The request numbered as staff type it (``R-0042``, ``r42``); None when there is no such request."""
    number = parse_number(REQUEST_PREFIX, text)
    with database.reading() as uow:
        found = uow.session.scalars(select(CustomerRequest).where(CustomerRequest.number == number)).first()
        return _details(uow.session, found, today) if found is not None else None


def list_requests(
    database: Database,
    today: date,
    *,
    open_only: bool = False,
    customer_id: int | None = None,
    owner_id: int | None = None,
) -> tuple[RequestListing, ...]:
    """Requests newest first (open ones first when not only open ones), with what Today and the
    command line show of them."""
    owner = Staff.__table__.alias("owner")
    promised = (
        select(func.min(Promise.due_date))
        .where(Promise.request_id == CustomerRequest.id, Promise.status == PromiseStatus.OPEN)
        .correlate(CustomerRequest)
        .scalar_subquery()
    )
    query = (
        select(CustomerRequest, Customer.name, RequestKind.name, owner.c.name, promised)
        .join(Customer, Customer.id == CustomerRequest.customer_id)
        .join(RequestKind, RequestKind.id == CustomerRequest.kind_id)
        .outerjoin(owner, owner.c.id == CustomerRequest.owner_id)
        .order_by(CustomerRequest.closed_at.is_not(None), CustomerRequest.number.desc())
    )
    if open_only:
        query = query.where(CustomerRequest.closed_at.is_(None))
    if customer_id is not None:
        query = query.where(CustomerRequest.customer_id == customer_id)
    if owner_id is not None:
        query = query.where(CustomerRequest.owner_id == owner_id)
    with database.reading() as uow:
        return tuple(_listing(row, today) for row in uow.session.execute(query))


def _listing(row: Any, today: date) -> RequestListing:
    r, customer_name, kind_name, owner_name, promised_for = row
    return RequestListing(
        id=r.id,
        number_text=_number(r),
        customer_id=r.customer_id,
        customer_name=customer_name,
        kind_name=kind_name,
        summary=r.summary,
        priority=r.priority,
        status=r.status,
        status_text=_(STATUS_TEXT[r.status]),
        owner_id=r.owner_id,
        owner_name=owner_name,
        opened_at=r.opened_at,
        closed_at=r.closed_at,
        days_without_action=request_state(r.status, _local_day(r.last_action_at), today)[1],
        promised_for=promised_for,
    )


# -------------------------------------------------------------------------------------------- kinds


def list_request_kinds(
    database: Database, *, include_retired: bool = False
) -> tuple[RequestKindDetails, ...]:
    with database.reading() as uow:
        query = (
            select(RequestKind, Procedure.name)
            .outerjoin(Procedure, Procedure.id == RequestKind.procedure_id)
            .order_by(RequestKind.position, func.lower(RequestKind.name))
        )
        if not include_retired:
            query = query.where(RequestKind.active.is_(True))
        return tuple(
            RequestKindDetails(k.id, k.name, k.procedure_id, procedure, k.active, k.position)
            for k, procedure in uow.session.execute(query)
        )


def save_request_kind(
    database: Database,
    kind_id: int | None,
    *,
    name: str,
    procedure_id: int | None = None,
    active: bool = True,
    staff_id: int | None = None,
) -> RequestKindDetails:
    """Add (``kind_id`` None) or change a kind of request. Kinds in use are retired, never deleted."""
    clean = checked_text(name, _("The name of the kind"), KIND_NAME_MAX).strip()
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        same = session.scalars(
            select(RequestKind).where(func.lower(RequestKind.name) == clean.lower())
        ).first()
        if same is not None and same.id != kind_id:
            raise ValidationError(_("There is already a kind called “{name}”.").format(name=same.name))
        if procedure_id is not None and session.get(Procedure, procedure_id) is None:
            raise ValidationError(_("There is no procedure #{id}.").format(id=procedure_id))
        if kind_id is None:
            position = session.scalar(select(func.coalesce(func.max(RequestKind.position), -1))) or 0
            kind = RequestKind(name=clean, position=int(position) + 1)
            session.add(kind)
            action = AuditAction.CREATED
        else:
            found = session.get(RequestKind, kind_id)
            if found is None:
                raise ValidationError(_("There is no request kind #{id}.").format(id=kind_id))
            kind = found
            action = AuditAction.UPDATED
        kind.name = clean
        kind.procedure_id = procedure_id
        kind.active = bool(active)
        session.flush()
        audit(session, staff_id, AuditEntity.REQUEST_KIND, kind.id, action, field="name", new=clean)
        procedure_name = session.get(Procedure, procedure_id).name if procedure_id is not None else None  # type: ignore[union-attr]
        details = RequestKindDetails(
            kind.id, kind.name, kind.procedure_id, procedure_name, kind.active, kind.position
        )
        uow.commit()
    return details


def ensure_default_request_kinds(database: Database) -> int:
    """Create the starting list of kinds when the shop has none; how many were created. A kind's
    procedure is linked by name when the shop has it."""
    with database.writing() as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(RequestKind)):
            return 0
        procedures = {p.name: p.id for p in session.scalars(select(Procedure))}
        for position, (name, procedure) in enumerate(DEFAULT_KINDS):  # in the shop's first language
            linked = procedures.get(_(procedure)) if procedure else None
            session.add(RequestKind(name=_(name), position=position, procedure_id=linked))
        uow.commit()
    return len(DEFAULT_KINDS)


# ------------------------------------------------------------------------------------------ helpers


def _request(session: Session, request_id: int, *, lock: bool = True) -> CustomerRequest:
    found = session.get(CustomerRequest, request_id, with_for_update=lock)
    if found is None:
        raise ValidationError(_("Request #{id} does not exist (was it removed?).").format(id=request_id))
    return found


def _number(request: CustomerRequest) -> str:
    return format_number(REQUEST_PREFIX, request.number)


def _active_person(session: Session, staff_id: int, what: str) -> Staff:
    person = session.get(Staff, staff_id)
    if person is None:
        raise ValidationError(_("There is no staff member #{id}.").format(id=staff_id))
    if not person.active:
        raise ValidationError(
            _("{name} has retired and cannot {what}; choose someone still here.").format(
                name=person.name, what=what
            )
        )
    return person


def _customer_item(session: Session, sale_item_id: int, customer: Customer) -> SaleItem:
    item = session.get(SaleItem, sale_item_id)
    if item is None:
        raise ValidationError(_("There is no sold item #{id}.").format(id=sale_item_id))
    sale = session.get(Sale, item.sale_id)
    assert sale is not None
    if sale.customer_id != customer.id:
        raise ValidationError(
            _("Sale {number} was not made to {name}.").format(
                number=format_number(SALE_PREFIX, sale.number), name=customer.name
            )
        )
    if sale.status is not SaleStatus.ACTIVE:
        raise ValidationError(
            _("Sale {number} is void; pick another item.").format(
                number=format_number(SALE_PREFIX, sale.number)
            )
        )
    return item


def _open_promises(session: Session, request_id: int) -> list[Promise]:
    return list(
        session.scalars(
            select(Promise)
            .where(Promise.request_id == request_id, Promise.status == PromiseStatus.OPEN)
            .order_by(Promise.id)
            .with_for_update()
        )
    )


def _local_day(moment: datetime) -> date:
    """The shop's calendar day of an instant (the computer's time zone)."""
    return moment.astimezone().date()


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _details(session: Session, request: CustomerRequest, today: date) -> RequestDetails:
    names: dict[int, str] = {sid: name for sid, name in session.execute(select(Staff.id, Staff.name))}
    customer_name = session.scalar(select(Customer.name).where(Customer.id == request.customer_id)) or ""
    kind_name = session.scalar(select(RequestKind.name).where(RequestKind.id == request.kind_id)) or ""
    item_text: str | None = None
    if request.sale_item_id is not None:
        item = session.get(SaleItem, request.sale_item_id)
        if item is not None:
            sale = session.get(Sale, item.sale_id)
            parts = [
                item.description,
                item.serial or "",
                format_number(SALE_PREFIX, sale.number) if sale else "",
            ]
            item_text = " · ".join(p for p in parts if p)
    job_number = (
        session.scalar(select(ServiceJob.number).where(ServiceJob.id == request.job_id))
        if request.job_id is not None
        else None
    )
    checklist = tuple(
        RequestChecklistDetails(c.id, c.text, c.done, names.get(c.done_by_id or -1), c.done_at)
        for c in session.scalars(
            select(RequestChecklistItem)
            .where(RequestChecklistItem.request_id == request.id)
            .order_by(RequestChecklistItem.position, RequestChecklistItem.id)
        )
    )
    promises = tuple(
        load_chain(session, p, today)
        for p in session.scalars(select(Promise).where(Promise.request_id == request.id).order_by(Promise.id))
    )
    return RequestDetails(
        id=request.id,
        number=request.number,
        number_text=_number(request),
        customer_id=request.customer_id,
        customer_name=customer_name,
        kind_id=request.kind_id,
        kind_name=kind_name,
        summary=request.summary,
        priority=request.priority,
        status=request.status,
        status_text=_(STATUS_TEXT[request.status]),
        next_states=allowed_moves(request.status),
        owner_id=request.owner_id,
        owner_name=names.get(request.owner_id or -1),
        opened_by_name=names.get(request.opened_by_id or -1),
        opened_at=request.opened_at,
        last_action_at=request.last_action_at,
        closed_at=request.closed_at,
        resolution=request.resolution,
        notes=request.notes,
        sale_item_id=request.sale_item_id,
        item_text=item_text,
        job_id=request.job_id,
        job_number_text=format_number(JOB_PREFIX, job_number) if job_number is not None else None,
        checklist=checklist,
        promises=promises,
        history=_history(session, request, names),
        version=request.version or 0,
    )


def _history(session: Session, request: CustomerRequest, names: dict[int, str]) -> tuple[RequestEvent, ...]:
    """Status moves and reassignments (from the audit trail) and contacts about the request."""
    events: list[RequestEvent] = []
    for entry in session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == str(AuditEntity.REQUEST), AuditEntry.entity_id == request.id)
        .order_by(AuditEntry.at, AuditEntry.id)
    ):
        who = names.get(entry.staff_id or -1)
        text = _audit_text(entry, names)
        if text is not None:
            events.append(RequestEvent(entry.at, who, text))
    for contact in session.scalars(
        select(Interaction).where(Interaction.request_id == request.id).order_by(Interaction.occurred_at)
    ):
        inbound, outbound = _CONTACT_TITLES[str(contact.channel)]
        title = _(inbound) if contact.direction == "inbound" else _(outbound)
        events.append(
            RequestEvent(
                contact.occurred_at,
                names.get(contact.staff_id or -1),
                f"{title}: {_short(contact.summary, 200)}",
            )
        )
    events.sort(key=lambda e: e.at)
    return tuple(events)


# A contact about a request in its history: (from the customer, to the customer), by channel
_CONTACT_TITLES: Final = {
    "call": (N_("Call from the customer"), N_("Call to the customer")),
    "email": (N_("Email from the customer"), N_("Email to the customer")),
    "message": (N_("Message from the customer"), N_("Message to the customer")),
    "in_store": (N_("In store from the customer"), N_("In store to the customer")),
    "visit": (N_("Visit from the customer"), N_("Visit to the customer")),
}


def _audit_text(entry: AuditEntry, names: dict[int, str]) -> str | None:
    if entry.action == AuditAction.CREATED:
        return _("Opened")
    if entry.action in (AuditAction.STATUS_CHANGED, AuditAction.TAKEN_IN) and entry.new_value:
        status = RequestStatus(entry.new_value)
        new = _(STATUS_TEXT[status]) if status in STATUS_TEXT else entry.new_value
        if entry.reason:  # the reason as it was written (stored)
            return _("Marked {status} — {reason}").format(status=new, reason=entry.reason)
        return _("Marked {status}").format(status=new)
    if entry.action == AuditAction.REASSIGNED:
        nobody = _("nobody")
        old = names.get(int(entry.old_value), nobody) if entry.old_value else nobody
        new = names.get(int(entry.new_value), nobody) if entry.new_value else nobody
        return _("Handed from {old} to {new}").format(old=old, new=new)
    if entry.action == AuditAction.PROCEDURE_APPLIED:
        return _("Checklist “{procedure}” applied").format(procedure=entry.new_value)
    if entry.action == AuditAction.UPDATED and entry.field == "priority":
        return _("Priority {old} → {new}").format(old=entry.old_value, new=entry.new_value)
    return None


# ------------------------------------------------------------------------------------------ listing


_LIST_CHUNK: Final = 500  # request ids per query (bound parameters stay few)


def open_request_promises(
    database: Database, request_ids: list[int], today: date
) -> dict[int, PromiseChainDetails]:
    """The open promise of each of these requests, with its chain and every move's reason, by request id
    (the newest when a request has several, as :attr:`RequestDetails.open_promise` picks it).

    For lists such as :func:`list_requests`, which would otherwise read each request whole: one query
    per 500 requests, and one per open promise for its moves.
    """
    ids = sorted(set(request_ids))
    found: dict[int, PromiseChainDetails] = {}
    with database.reading() as uow:
        session = uow.session
        for start in range(0, len(ids), _LIST_CHUNK):
            for promise in session.scalars(
                select(Promise)
                .where(
                    Promise.request_id.in_(ids[start : start + _LIST_CHUNK]),
                    Promise.status == PromiseStatus.OPEN,
                )
                .order_by(Promise.id)
            ):
                if promise.request_id is not None:
                    found[promise.request_id] = load_chain(session, promise, today)  # newest wins
    return found


__all__ += ["open_request_promises"]
