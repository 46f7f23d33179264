"""Promises to customers that cannot slip silently: recorded with a date, moved only with a reason,
closed as kept or broken, and readable as the chain "promised 3 Mar → 7 Mar → 2 Apr".

Each action is one unit of work, takes plain values, returns a frozen :class:`PromiseChainDetails` and
raises :class:`ValidationError` with a sentence for the user. Every date move is a
:class:`PromiseChange` row (old date, new date, reason, who, when) and an :class:`AuditEntry`
(entity ``promise``, action ``date_changed``, field ``due_date``); every status change is audited too.
Only an open promise can be moved or closed; its row is read ``FOR UPDATE`` (PostgreSQL; SQLite's
writing units hold the write lock from BEGIN IMMEDIATE), so two workstations cannot both move it.

The session-level helpers (``resolve_promise``, ``load_chain``) are shared with the job service, so
that a job moving to "ready" closes its "ready by" promise inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import (
    Channel,
    Direction,
    FollowUpKind,
    JobStatus,
    PromiseKind,
    PromiseStatus,
    RequestStatus,
)
from crm_desktop.domain.numbers import JOB_PREFIX, format_number
from crm_desktop.domain.timeline import JOB_STATUS_SENTENCE, written_date
from crm_desktop.domain.timeline import promise_chain as chain_text
from crm_desktop.errors import FieldChange, ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import acting, audit, checked_text, conflict, require_aware
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    CustomerRequest,
    FollowUp,
    Interaction,
    Promise,
    PromiseChange,
    RequestKind,
    Sale,
    ServiceJob,
    Setting,
    Staff,
)
from crm_desktop.storage.types import utcnow

DESCRIPTION_MAX: Final = 2_000
REASON_MAX: Final = 2_000
MESSAGE_MAX: Final = 10_000
SHOP_NAME_KEY: Final = "business.name"
FALLBACK_SHOP_NAME: Final = N_("your service team")

_STATUS_WORDS: Final = {
    PromiseStatus.KEPT: N_("already kept"),
    PromiseStatus.BROKEN: N_("already marked broken"),
    PromiseStatus.CANCELLED: N_("cancelled"),
}

__all__ = [
    "PromiseChainDetails",
    "PromiseChangeDetails",
    "break_promise",
    "cancel_promise",
    "change_promise_date",
    "keep_promise",
    "list_promises",
    "log_message_sent",
    "promise_chain",
    "record_promise",
    "status_message",
]


@dataclass(frozen=True)
class PromiseChangeDetails:
    old_date: date
    new_date: date
    reason: str
    changed_by_id: int | None
    changed_at: datetime


@dataclass(frozen=True)
class PromiseChainDetails:
    """A promise with its whole history: where it started, every move and why, how it ended."""

    id: int
    customer_id: int
    kind: PromiseKind
    job_id: int | None
    sale_id: int | None
    description: str
    promised_by_id: int | None
    promised_at: datetime
    original_due_date: date
    due_date: date
    status: PromiseStatus
    resolved_at: datetime | None
    changes: tuple[PromiseChangeDetails, ...]  # oldest first
    text: str  # "promised 3 Mar → 7 Mar → 2 Apr"
    request_id: int | None = None

    @property
    def times_moved(self) -> int:
        return len(self.changes)


# ------------------------------------------------------------------------------------------ actions


def record_promise(
    database: Database,
    customer_id: int,
    description: str,
    due_date: date,
    today: date,
    *,
    job_id: int | None = None,
    sale_id: int | None = None,
    staff_id: int | None = None,
    kind: PromiseKind = PromiseKind.GENERAL,
    now: datetime | None = None,
    request_id: int | None = None,
) -> PromiseChainDetails:
    """Record a dated commitment to a customer (due today or later), optionally about a job, a sale or
    a request."""
    what = checked_text(description, _("The promise"), DESCRIPTION_MAX)
    kind = PromiseKind(kind)
    if due_date < today:
        raise ValidationError(_("A promise cannot be due in the past; pick today or a later date."))
    if kind is PromiseKind.JOB_READY and job_id is None:
        raise ValidationError(_("A “ready by” promise belongs to a job; say which job."))
    now = now or utcnow()
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ValidationError(_("There is no customer #{id}.").format(id=customer_id))
        if customer.archived:
            raise ValidationError(
                _("{name} is archived; restore them before promising anything.").format(name=customer.name)
            )
        if job_id is not None:
            job = session.get(ServiceJob, job_id)
            if job is None:
                raise ValidationError(_("There is no service job #{id}.").format(id=job_id))
            if job.customer_id != customer_id:
                raise ValidationError(
                    _("Job {number} belongs to another customer.").format(
                        number=format_number(JOB_PREFIX, job.number)
                    )
                )
        if sale_id is not None:
            sale = session.get(Sale, sale_id)
            if sale is None:
                raise ValidationError(_("There is no sale #{id}.").format(id=sale_id))
        if request_id is not None:
            request = session.get(CustomerRequest, request_id)
            if request is None or request.customer_id != customer_id:
                raise ValidationError(_("That request is not this customer's."))
            request.last_action_at = now
        acting(session, staff_id)
        promise = add_promise(
            session,
            customer_id=customer_id,
            description=what,
            due_date=due_date,
            kind=kind,
            job_id=job_id,
            sale_id=sale_id,
            staff_id=staff_id,
            now=now,
            request_id=request_id,
        )
        session.flush()
        details = load_chain(session, promise, today)
        uow.commit()
    return details


def change_promise_date(
    database: Database,
    promise_id: int,
    new_date: date,
    reason: str,
    today: date,
    *,
    staff_id: int | None = None,
    now: datetime | None = None,
    expected_date: date | None = None,
) -> PromiseChainDetails:
    """Move an open promise to ``new_date`` (today or later) for ``reason`` (required: it is what the
    customer is told). Writes a :class:`PromiseChange` and an audit entry.

    ``expected_date``: the date the person saw. When someone else has moved the promise since, the move
    would start from a date that is no longer the promise's: :class:`ConflictError`, nothing saved."""
    why = checked_text(reason, _("The reason for the new date"), REASON_MAX)
    if new_date < today:
        raise ValidationError(_("A promise cannot be moved into the past; pick today or a later date."))
    now = now or utcnow()
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        promise = _open_promise(session, promise_id, _("move"))
        acting(session, staff_id)
        old = promise.due_date
        if expected_date is not None and old != expected_date:
            raise conflict(
                session, AuditEntity.PROMISE, promise,
                what=_("The promise “{promise}”").format(promise=_short(promise.description)),
                changes=(FieldChange(_("Date"), long_date(old), long_date(new_date)),),
            )  # fmt: skip
        if old == new_date:
            raise ValidationError(
                _("“{promise}” is already promised for {date}.").format(
                    promise=_short(promise.description), date=long_date(new_date)
                )
            )
        promise.due_date = new_date
        session.add(
            PromiseChange(
                promise_id=promise.id,
                old_date=old,
                new_date=new_date,
                reason=why,
                changed_by_id=staff_id,
                changed_at=now,
            )
        )
        audit(
            session,
            staff_id,
            AuditEntity.PROMISE,
            promise.id,
            AuditAction.DATE_CHANGED,
            at=now,
            field="due_date",
            old=old.isoformat(),
            new=new_date.isoformat(),
            reason=why,
        )
        session.flush()
        from crm_desktop.services.messages import Links, queue_automatic

        description = promise.description
        links = Links(promise_id=promise.id, job_id=promise.job_id, request_id=promise.request_id)

        def values() -> dict[str, str]:  # in the customer's language (queue_automatic)
            return moved_values(description, old, new_date, why)

        queue_automatic(session, "promise_moved", promise.customer_id, values, links, now, staff_id)
        details = load_chain(session, promise, today)
        uow.commit()
    return details


def moved_values(description: str, old: date, new: date, reason: str) -> dict[str, str]:
    """A moved promise's placeholders in the apology: what, the dates as written to a customer, why."""
    return {
        "what": description.strip(),
        "old_date": written_date(old, weekday=True),
        "new_date": written_date(new, weekday=True),
        "reason": reason,
    }


def keep_promise(
    database: Database, promise_id: int, now: datetime, *, staff_id: int | None = None
) -> PromiseChainDetails:
    """The shop did what it promised: close the promise as kept."""
    return _close(database, promise_id, PromiseStatus.KEPT, None, now, staff_id, _("mark kept"))


def break_promise(
    database: Database, promise_id: int, reason: str, now: datetime, *, staff_id: int | None = None
) -> PromiseChainDetails:
    """The promise was not kept (and will not be moved again): close it as broken, saying what the shop
    will do about it. A broken promise books a **recovery call** for the owner on the next working day,
    in the same transaction: someone senior calls the customer (see :func:`_book_recovery`)."""
    why = checked_text(reason, _("What the shop will do about the broken promise"), REASON_MAX)
    return _close(database, promise_id, PromiseStatus.BROKEN, why, now, staff_id, _("mark broken"))


def cancel_promise(
    database: Database, promise_id: int, reason: str, now: datetime, *, staff_id: int | None = None
) -> PromiseChainDetails:
    """Nothing is owed any more (the customer withdrew, the job was cancelled): close it as cancelled."""
    why = checked_text(reason, _("The reason for cancelling"), REASON_MAX)
    return _close(database, promise_id, PromiseStatus.CANCELLED, why, now, staff_id, _("cancel"))


def promise_chain(database: Database, promise_id: int, today: date) -> PromiseChainDetails:
    """The promise with every date it was given and why it moved."""
    with database.reading() as uow:
        promise = uow.session.get(Promise, promise_id)
        if promise is None:
            raise ValidationError(_("Promise #{id} does not exist (was it removed?).").format(id=promise_id))
        return load_chain(uow.session, promise, today)


def status_message(
    database: Database,
    today: date,
    *,
    promise_id: int | None = None,
    job_id: int | None = None,
    request_id: int | None = None,
) -> str:
    """A plain-text message, ready to send, telling the customer where a promise, a job (and its
    "ready by" promise) or a request (and its open promise) stands; signed with the shop's name."""
    if sum(ref is not None for ref in (promise_id, job_id, request_id)) != 1:
        raise ValueError("give exactly one of promise_id, job_id and request_id")
    with database.reading() as uow:
        session = uow.session
        job: ServiceJob | None = None
        promise: Promise | None = None
        request: CustomerRequest | None = None
        if job_id is not None:
            job = session.get(ServiceJob, job_id)
            if job is None:
                raise ValidationError(_("There is no service job #{id}.").format(id=job_id))
            customer_id = job.customer_id
            promise = session.scalars(
                select(Promise)
                .where(Promise.job_id == job.id, Promise.kind == PromiseKind.JOB_READY)
                .order_by(Promise.id.desc())
                .limit(1)
            ).first()
        elif request_id is not None:
            request = session.get(CustomerRequest, request_id)
            if request is None:
                raise ValidationError(
                    _("Request #{id} does not exist (was it removed?).").format(id=request_id)
                )
            customer_id = request.customer_id
            promise = session.scalars(
                select(Promise)
                .where(Promise.request_id == request.id, Promise.status == PromiseStatus.OPEN)
                .order_by(Promise.id.desc())
                .limit(1)
            ).first()
        else:
            promise = session.get(Promise, promise_id)
            if promise is None:
                raise ValidationError(
                    _("Promise #{id} does not exist (was it removed?).").format(id=promise_id)
                )
            customer_id = promise.customer_id
            if promise.kind is PromiseKind.JOB_READY and promise.job_id is not None:
                job = session.get(ServiceJob, promise.job_id)
        name = session.scalar(select(Customer.name).where(Customer.id == customer_id)) or ""
        shop = session.scalar(select(Setting.value).where(Setting.key == SHOP_NAME_KEY))
        changes = list(_changes(session, promise.id)) if promise is not None else []
        signed = (shop or "").strip() or _(FALLBACK_SHOP_NAME)
        if request is not None:
            kind = session.scalar(select(RequestKind.name).where(RequestKind.id == request.kind_id)) or ""
            return _request_message(name, signed, request, kind, promise, changes, today)
        return _message(name, signed, job, promise, changes, today)


def log_message_sent(
    database: Database,
    message: str,
    channel: Channel,
    now: datetime,
    *,
    promise_id: int | None = None,
    job_id: int | None = None,
    request_id: int | None = None,
    staff_id: int | None = None,
) -> int:
    """Keep a status message that was sent (copied or handed to the mail client) as an outgoing
    interaction on the customer's history, linked to its job, promise or request; returns its id."""
    if sum(ref is not None for ref in (promise_id, job_id, request_id)) != 1:
        raise ValueError("give exactly one of promise_id, job_id and request_id")
    require_aware(now)
    text = checked_text(message, _("The message"), MESSAGE_MAX)
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        if job_id is not None:
            job = session.get(ServiceJob, job_id)
            if job is None:
                raise ValidationError(_("There is no service job #{id}.").format(id=job_id))
            customer_id = job.customer_id
        elif request_id is not None:
            request = session.get(CustomerRequest, request_id)
            if request is None:
                raise ValidationError(
                    _("Request #{id} does not exist (was it removed?).").format(id=request_id)
                )
            customer_id = request.customer_id
            request.last_action_at = now  # telling the customer is doing something about it
        else:
            promise = session.get(Promise, promise_id)
            if promise is None:
                raise ValidationError(
                    _("Promise #{id} does not exist (was it removed?).").format(id=promise_id)
                )
            customer_id = promise.customer_id
            job_id = promise.job_id
            request_id = promise.request_id
        row = Interaction(
            customer_id=customer_id,
            occurred_at=now,
            channel=Channel(channel),
            direction=Direction.OUTBOUND,
            staff_id=staff_id,
            summary=text,
            job_id=job_id,
            promise_id=promise_id,
            request_id=request_id,
        )
        session.add(row)
        session.flush()
        uow.commit()
        return row.id


# ------------------------------------------------------------------------------------------ listing


@dataclass(frozen=True)
class PromiseListing:
    """One promise as the ``promises`` command lists it: first date, current date, every move."""

    id: int
    customer_id: int
    customer_name: str
    description: str
    owner: str | None  # who promised it
    status: PromiseStatus
    first_date: date
    due_date: date
    moves: tuple[PromiseChangeDetails, ...]  # oldest first
    slipping: bool  # under the shop's rule (crm_desktop.domain.slipping)
    needs_owner: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "customer_id": self.customer_id,
            "customer": self.customer_name,
            "promise": self.description,
            "owner": self.owner,
            "status": str(self.status),
            "first_date": self.first_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "moves": [
                {"from": m.old_date.isoformat(), "to": m.new_date.isoformat(), "reason": m.reason}
                for m in self.moves
            ],
            "slipping": self.slipping,
            "needs_owner": self.needs_owner,
        }


def list_promises(
    database: Database, *, slipping_only: bool = False, include_closed: bool = False
) -> tuple[PromiseListing, ...]:
    """Promises (open ones unless ``include_closed``), each with every move and its reason; with
    ``slipping_only``, those slipping under the shop's rule. Soonest due first."""
    from crm_desktop.domain.slipping import is_slipping, needs_owner, parse_days, parse_rule
    from crm_desktop.services.settings import SLIPPING_DAYS, SLIPPING_RULE

    with database.reading() as uow:
        session = uow.session
        settings = dict(
            session.execute(
                select(Setting.key, Setting.value).where(Setting.key.in_((SLIPPING_RULE, SLIPPING_DAYS)))
            ).all()
        )
        rule, days = parse_rule(settings.get(SLIPPING_RULE)), parse_days(settings.get(SLIPPING_DAYS))
        query = (
            select(Promise, Customer.name, Staff.name)
            .join(Customer, Customer.id == Promise.customer_id)
            .outerjoin(Staff, Staff.id == Promise.promised_by_id)
            .order_by(Promise.due_date, Promise.id)
        )
        if not include_closed:
            query = query.where(Promise.status == PromiseStatus.OPEN)
        rows = session.execute(query).all()
        moves: dict[int, list[PromiseChangeDetails]] = {}
        for change in session.scalars(
            select(PromiseChange)
            .where(PromiseChange.promise_id.in_([row.id for row, _, _ in rows]))
            .order_by(PromiseChange.changed_at, PromiseChange.id)
        ):
            moves.setdefault(change.promise_id, []).append(
                PromiseChangeDetails(
                    change.old_date, change.new_date, change.reason, change.changed_by_id, change.changed_at
                )
            )
        listed = []
        for row, customer, owner in rows:
            chain = tuple(moves.get(row.id, ()))
            open_ = row.status is PromiseStatus.OPEN
            slipping = open_ and is_slipping(row.original_due_date, row.due_date, len(chain), rule, days)
            if slipping_only and not slipping:
                continue
            listed.append(
                PromiseListing(
                    id=row.id,
                    customer_id=row.customer_id,
                    customer_name=customer,
                    description=row.description,
                    owner=owner,
                    status=row.status,
                    first_date=row.original_due_date,
                    due_date=row.due_date,
                    moves=chain,
                    slipping=slipping,
                    needs_owner=slipping and needs_owner(len(chain)),
                )
            )
        return tuple(listed)


# ------------------------------------------------------------------------- shared with other services


def add_promise(
    session: Session,
    *,
    customer_id: int,
    description: str,
    due_date: date,
    kind: PromiseKind,
    job_id: int | None,
    sale_id: int | None,
    staff_id: int | None,
    now: datetime,
    request_id: int | None = None,
) -> Promise:
    """Add a promise (already checked) and its "promised" audit entry to the session."""
    promise = Promise(
        customer_id=customer_id,
        kind=kind,
        job_id=job_id,
        sale_id=sale_id,
        request_id=request_id,
        description=description,
        promised_by_id=staff_id,
        promised_at=now,
        original_due_date=due_date,
        due_date=due_date,
        status=PromiseStatus.OPEN,
    )
    session.add(promise)
    session.flush()
    audit(
        session,
        staff_id,
        AuditEntity.PROMISE,
        promise.id,
        AuditAction.PROMISED,
        at=now,
        field="due_date",
        old=None,
        new=due_date.isoformat(),
    )
    return promise


def resolve_promise(
    session: Session,
    promise: Promise,
    status: PromiseStatus,
    now: datetime,
    staff_id: int | None,
    reason: str | None,
) -> None:
    """Close an open promise as kept, broken or cancelled, with its audit entry."""
    promise.status = status
    promise.resolved_at = now
    audit(
        session,
        staff_id,
        AuditEntity.PROMISE,
        promise.id,
        AuditAction(status),
        at=now,
        field="status",
        old=str(PromiseStatus.OPEN),
        new=str(status),
        reason=reason,
    )


def load_chain(session: Session, promise: Promise, today: date) -> PromiseChainDetails:
    return chain_of(promise, _changes(session, promise.id), today)


def chain_of(promise: Promise, moves: Sequence[PromiseChange], today: date) -> PromiseChainDetails:
    """A promise's chain from its moves (in the order they were made), already read."""
    changes = tuple(
        PromiseChangeDetails(c.old_date, c.new_date, c.reason, c.changed_by_id, c.changed_at) for c in moves
    )
    return PromiseChainDetails(
        id=promise.id,
        customer_id=promise.customer_id,
        kind=promise.kind,
        job_id=promise.job_id,
        sale_id=promise.sale_id,
        description=promise.description,
        promised_by_id=promise.promised_by_id,
        promised_at=promise.promised_at,
        original_due_date=promise.original_due_date,
        due_date=promise.due_date,
        status=promise.status,
        resolved_at=promise.resolved_at,
        changes=changes,
        text=chain_text(promise.original_due_date, [c.new_date for c in changes], today),
        request_id=promise.request_id,
    )


def long_date(day: date) -> str:
    """``Tuesday 7 April 2026``: the way a date is written to a customer (English, not the locale)."""
    return written_date(day, weekday=True)


# ------------------------------------------------------------------------------------------ helpers


def _close(
    database: Database,
    promise_id: int,
    status: PromiseStatus,
    reason: str | None,
    now: datetime,
    staff_id: int | None,
    verb: str,
) -> PromiseChainDetails:
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        promise = _open_promise(session, promise_id, verb)
        acting(session, staff_id)
        resolve_promise(session, promise, status, now, staff_id, reason)
        if status is PromiseStatus.BROKEN:
            _book_recovery(session, promise, now.astimezone().date(), staff_id, reason)
        session.flush()
        details = load_chain(session, promise, now.astimezone().date())
        uow.commit()
    return details


def _book_recovery(
    session: Session, promise: Promise, today: date, staff_id: int | None, what_now: str | None
) -> FollowUp:
    """The owner's recovery call after a broken promise, due the next working day."""
    from crm_desktop.domain.recurrence import next_working_day
    from crm_desktop.services.staff import first_owner

    title = f"Recovery call: promise broken — {_short(promise.description, 120)}"
    recovery = FollowUp(
        customer_id=promise.customer_id,
        sale_id=promise.sale_id,
        job_id=promise.job_id,
        kind=FollowUpKind.RECOVERY,
        title=title[:200],
        due_date=next_working_day(today),
        assignee_id=first_owner(session),
        outcome=None,
    )
    session.add(recovery)
    session.flush()
    audit(session, staff_id, AuditEntity.FOLLOW_UP, recovery.id, AuditAction.SCHEDULED, field="due_date",
          new=recovery.due_date.isoformat(), reason=what_now)  # fmt: skip
    return recovery


def _changes(session: Session, promise_id: int) -> list[PromiseChange]:
    return list(
        session.scalars(
            select(PromiseChange)
            .where(PromiseChange.promise_id == promise_id)
            .order_by(PromiseChange.changed_at, PromiseChange.id)
        )
    )


def _open_promise(session: Session, promise_id: int, verb: str) -> Promise:
    promise = session.get(Promise, promise_id, with_for_update=True)
    if promise is None:
        raise ValidationError(_("Promise #{id} does not exist (was it removed?).").format(id=promise_id))
    if promise.status is not PromiseStatus.OPEN:
        state = _(_STATUS_WORDS[promise.status]) if promise.status in _STATUS_WORDS else str(promise.status)
        raise ValidationError(
            # Translators: {action} is what was asked, e.g. "mark kept"; {state} e.g. "cancelled".
            _("Cannot {action} “{title}”: it is {state}. Refresh to see its state.").format(
                action=verb, title=_short(promise.description), state=state
            )
        )
    return promise


_UNDER_WAY = frozenset(JobStatus) - {JobStatus.READY, JobStatus.COLLECTED, JobStatus.CANCELLED}


def _message(
    customer_name: str,
    shop: str,
    job: ServiceJob | None,
    promise: Promise | None,
    changes: list[PromiseChange],
    today: date,
) -> str:
    lines = [_hello(customer_name), ""]
    if job is not None:
        unit = job.unit_description.strip() or _("unit")  # "Your unit (job J-0042)…", not "Your your unit"
        ref = format_number(JOB_PREFIX, job.number)
        if job.status is JobStatus.CANCELLED:
            body = _("The repair of your {unit} (job {number}) has been cancelled.").format(
                unit=unit, number=ref
            )
        else:
            body = _("Your {unit} (job {number}) {state}.").format(
                unit=unit, number=ref, state=_(JOB_STATUS_SENTENCE[job.status])
            )
        if job.status is JobStatus.COLLECTED:
            body += " " + _("Thank you for your visit.")
        elif job.status in _UNDER_WAY and promise is not None and promise.status is PromiseStatus.OPEN:
            body += " " + _open_sentence(promise, changes, today)
        lines.append(body)
    elif promise is not None:
        what = promise.description.strip()
        if promise.status is PromiseStatus.OPEN:
            lines.append(
                _("About “{promise}”: {news}").format(
                    promise=what, news=_open_sentence(promise, changes, today, starts=False)
                )
            )
        elif promise.status is PromiseStatus.KEPT:
            lines.append(_("About “{promise}”: it is done.").format(promise=what))
        elif promise.status is PromiseStatus.BROKEN:
            lines.append(
                _(
                    "About “{promise}”: we did not manage it by {date} as promised. "
                    "We are sorry, and we will call you to agree on what happens next."
                ).format(promise=what, date=long_date(promise.due_date))
            )
        else:
            lines.append(_("About “{promise}”: this has been cancelled.").format(promise=what))
    lines += ["", _("Kind regards,"), shop]
    return "\n".join(lines)


def _hello(customer_name: str) -> str:
    """``Hello Zoë,`` (the first word of the name), ``Hello,`` without one."""
    first = customer_name.split()[0] if customer_name.split() else ""
    return _("Hello {name},").format(name=first) if first else _("Hello,")


def _request_message(
    customer_name: str,
    shop: str,
    request: CustomerRequest,
    kind: str,
    promise: Promise | None,
    changes: list[PromiseChange],
    today: date,
) -> str:
    from crm_desktop.domain.numbers import REQUEST_PREFIX
    from crm_desktop.domain.requests import CUSTOMER_SENTENCE

    ref = format_number(REQUEST_PREFIX, request.number)
    state = _(CUSTOMER_SENTENCE[request.status])
    if kind:
        # the kind as the shop named it (stored), in lower case inside the sentence
        body = _("About your request {number} ({kind}): {state}.").format(
            number=ref, kind=kind.lower(), state=state
        )
    else:
        body = _("About your request {number}: {state}.").format(number=ref, state=state)
    if promise is not None and request.status not in (RequestStatus.RESOLVED, RequestStatus.CANCELLED):
        body += " " + _open_sentence(promise, changes, today)
    lines = [_hello(customer_name), "", body, "", _("Kind regards,"), shop]
    return "\n".join(lines)


def _open_sentence(
    promise: Promise, changes: list[PromiseChange], today: date, *, starts: bool = True
) -> str:
    """Where an open promise stands, as a sentence (``starts``: at the start of one, "It ..."; else
    after a colon, "it ...")."""
    due = long_date(promise.due_date)
    if promise.due_date < today:
        if starts:
            late = _(
                "It was promised for {date} and is running late; we are sorry, and we will call you with a "
                "new date."
            )
        else:
            late = _(
                "it was promised for {date} and is running late; we are sorry, and we will call you with a "
                "new date."
            )
        return late.format(date=due)
    if changes:
        last = changes[-1]
        if starts:
            moved = _("It is now expected on {date} instead of {old}: {reason}. We are sorry for the delay.")
        else:
            moved = _("it is now expected on {date} instead of {old}: {reason}. We are sorry for the delay.")
        return moved.format(date=due, old=long_date(last.old_date), reason=last.reason.strip().rstrip("."))
    return (_("It is expected on {date}.") if starts else _("it is expected on {date}.")).format(date=due)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
