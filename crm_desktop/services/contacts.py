"""Quick actions from the customer page: log a contact, schedule a follow-up.

(Promises are recorded by :func:`crm_desktop.services.promises.record_promise`, the one path for them.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import Channel, Direction, FollowUpKind
from crm_desktop.errors import ValidationError
from crm_desktop.i18n import _
from crm_desktop.services.common import acting, audit, checked_text
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, CustomerRequest, FollowUp, Interaction

MAX_TEXT = 10_000


@dataclass(frozen=True)
class ContactInput:
    channel: Channel
    direction: Direction
    summary: str
    occurred_at: datetime | None = None  # now when None
    request_id: int | None = None  # the request it was about (counts as an action on it)


@dataclass(frozen=True)
class FollowUpInput:
    kind: FollowUpKind
    title: str
    due_date: date
    assignee_id: int | None = None  # default: the person scheduling it


def _text(value: str, what: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    value = value.strip()
    if required and not value:
        raise ValidationError(_("{what} cannot be empty.").format(what=what))
    if len(value) > limit:
        raise ValidationError(
            _("{what} is {length} characters long; the most is {limit}.").format(
                what=what, length=f"{len(value):,}", limit=f"{limit:,}"
            )
        )
    if value:
        checked_text(value, what, limit)  # no NUL or lone surrogate: no database keeps one
    return value


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValidationError(
            _("Customer #{id} does not exist (was it merged or removed?).").format(id=customer_id)
        )
    return customer


def log_contact(
    database: Database, customer_id: int, data: ContactInput, *, staff_id: int | None = None
) -> int:
    """Log a contact with the customer; ``staff_id`` is who had it."""
    summary = _text(data.summary, "The summary")
    when = data.occurred_at or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValidationError(_("The time of the contact needs a time zone."))
    with database.writing() as uow:
        acting(uow.session, staff_id)
        _customer(uow.session, customer_id)
        if data.request_id is not None:
            request = uow.session.get(CustomerRequest, data.request_id)
            if request is None or request.customer_id != customer_id:
                raise ValidationError(_("That request is not this customer's."))
            request.last_action_at = max(request.last_action_at, when)
        row = Interaction(
            customer_id=customer_id,
            channel=data.channel,
            direction=data.direction,
            summary=summary,
            occurred_at=when,
            staff_id=staff_id,
            request_id=data.request_id,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def schedule_follow_up(
    database: Database, customer_id: int, data: FollowUpInput, today: date, *, staff_id: int | None = None
) -> int:
    """Schedule a follow-up by hand. It goes to ``data.assignee_id``, else to the person scheduling it
    (``staff_id``), who is named in the audit trail."""
    title = _text(data.title, "The title", limit=200)
    if data.due_date < today:
        raise ValidationError(_("A follow-up cannot be scheduled in the past; pick today or a later date."))
    with database.writing() as uow:
        session = uow.session
        acting(session, staff_id)
        _customer(session, customer_id)
        assignee = data.assignee_id if data.assignee_id is not None else staff_id
        if data.assignee_id is not None:
            acting(session, data.assignee_id)
        row = FollowUp(
            customer_id=customer_id, kind=data.kind, title=title, due_date=data.due_date, assignee_id=assignee
        )
        session.add(row)
        session.flush()
        audit(
            session, staff_id, AuditEntity.FOLLOW_UP, row.id, AuditAction.SCHEDULED,
            field="due_date", new=data.due_date.isoformat(),
        )  # fmt: skip
        uow.commit()
        return row.id


__all__ = ["ContactInput", "FollowUpInput", "log_contact", "schedule_follow_up"]
