"""Quick actions from the customer page: log a contact, schedule a follow-up, record a promise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, PromiseKind
from crm_desktop.errors import ValidationError
from crm_desktop.services.common import audit
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import Customer, FollowUp, Interaction, Promise

MAX_TEXT = 10_000


@dataclass(frozen=True)
class ContactInput:
    channel: Channel
    direction: Direction
    summary: str
    occurred_at: datetime | None = None  # now when None


@dataclass(frozen=True)
class FollowUpInput:
    kind: FollowUpKind
    title: str
    due_date: date


@dataclass(frozen=True)
class PromiseInput:
    description: str
    due_date: date


def _text(value: str, what: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    value = value.strip()
    if required and not value:
        raise ValidationError(f"{what} cannot be empty.")
    if len(value) > limit:
        raise ValidationError(f"{what} is {len(value):,} characters long; the most is {limit:,}.")
    return value


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValidationError(f"Customer #{customer_id} does not exist (was it merged or removed?).")
    return customer


def log_contact(database: Database, customer_id: int, data: ContactInput) -> int:
    summary = _text(data.summary, "The summary")
    when = data.occurred_at or datetime.now(UTC)
    if when.tzinfo is None:
        raise ValidationError("The time of the contact needs a time zone.")
    with database.writing() as uow:
        _customer(uow.session, customer_id)
        row = Interaction(
            customer_id=customer_id,
            channel=data.channel,
            direction=data.direction,
            summary=summary,
            occurred_at=when,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def schedule_follow_up(database: Database, customer_id: int, data: FollowUpInput, today: date) -> int:
    title = _text(data.title, "The title", limit=200)
    if data.due_date < today:
        raise ValidationError("A follow-up cannot be scheduled in the past; pick today or a later date.")
    with database.writing() as uow:
        _customer(uow.session, customer_id)
        row = FollowUp(customer_id=customer_id, kind=data.kind, title=title, due_date=data.due_date)
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def record_promise(database: Database, customer_id: int, data: PromiseInput, today: date) -> int:
    description = _text(data.description, "What was promised")
    if data.due_date < today:
        raise ValidationError("A promise needs a date from today on.")
    with database.writing() as uow:
        _customer(uow.session, customer_id)
        row = Promise(
            customer_id=customer_id,
            kind=PromiseKind.GENERAL,
            description=description,
            original_due_date=data.due_date,
            due_date=data.due_date,
        )
        uow.session.add(row)
        uow.session.flush()
        audit(
            uow.session, None, AuditEntity.PROMISE, row.id, AuditAction.CREATED, new=data.due_date.isoformat()
        )
        uow.commit()
        return row.id
