"""Acting on a follow-up from the Today page or the customer page: complete, reschedule, skip.

Each function is one user action and one unit of work, takes plain values and raises
:class:`ValidationError` with a sentence for the user. Only an open follow-up can be acted on; the row
is read ``FOR UPDATE`` (PostgreSQL; SQLite's writing units already hold the write lock from BEGIN
IMMEDIATE), so two workstations completing the same call cannot both succeed, and the next occurrence
or the recovery call it creates is made once.

Text (outcome, comment, reason) is stored exactly as typed: only what no database can hold (NUL,
unpaired surrogates) is refused, and lengths are capped with the count in the message. Every status
change and date change leaves an :class:`AuditEntry`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, Protocol, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.domain.audit import AuditAction, AuditEntity
from crm_desktop.domain.enums import Channel, Direction, FollowUpKind, FollowUpStatus
from crm_desktop.domain.recurrence import next_due, next_working_day
from crm_desktop.domain.timeline import written_date
from crm_desktop.errors import FieldChange, ValidationError
from crm_desktop.i18n import N_, _
from crm_desktop.services.common import acting, audit, audit_now, checked_text, conflict, require_aware
from crm_desktop.services.staff import first_owner
from crm_desktop.storage.engine import Database
from crm_desktop.storage.models import (
    Customer,
    FollowUp,
    FollowUpPlanStep,
    Interaction,
)
from crm_desktop.storage.types import utcnow

OUTCOME_MAX: Final = 10_000
COMMENT_MAX: Final = 10_000
REASON_MAX: Final = 2_000
TITLE_MAX: Final = 200  # follow_up.title
LOW_SATISFACTION: Final = 2  # a score of 1 or 2 asks for a recovery call

_STATUS_WORDS: Final = {
    FollowUpStatus.DONE: N_("already done"),
    FollowUpStatus.SKIPPED: N_("already skipped"),
    FollowUpStatus.CANCELLED: N_("cancelled"),
}


@dataclass(frozen=True)
class CompletionInput:
    """What staff record when they have made the call (or sent the message, or paid the visit)."""

    outcome: str
    channel: Channel
    satisfaction: int | None = None  # 1..5, or None when not asked
    satisfaction_comment: str | None = None
    staff_id: int | None = None  # who did it


@dataclass(frozen=True)
class CompletionResult:
    follow_up_id: int
    interaction_id: int
    next_occurrence_id: int | None  # the next follow-up of a repeating plan step, made now
    recovery_follow_up_id: int | None  # the recovery call a score of 1 or 2 asked for


def complete_follow_up(
    database: Database, follow_up_id: int, data: CompletionInput, today: date, now: datetime
) -> CompletionResult:
    """Mark an open follow-up done and log the contact; schedule what it calls for next.

    * an :class:`Interaction` (outbound, ``data.channel``, summary = the outcome) linked to it;
    * from a repeating plan step: the next occurrence, due ``every`` months later, unless it exists
      already or the step's ``repeat_limit`` (the total number of occurrences) is reached;
    * a satisfaction of 1 or 2: a recovery call, due the next working day after ``today``, for the
      first active owner (unassigned if the shop has none).
    """
    outcome = checked_text(data.outcome, _("The outcome"), OUTCOME_MAX)
    if not isinstance(data.channel, Channel):
        raise ValidationError(
            _("'{channel}' is not a way of contacting a customer.").format(channel=data.channel)
        )
    score = data.satisfaction
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5):
        raise ValidationError(
            _("Satisfaction is a score from 1 to 5, not {score}.").format(score=repr(score))
        )
    comment = checked_text(
        data.satisfaction_comment, _("The satisfaction comment"), COMMENT_MAX, required=False
    )
    if comment is not None and score is None:
        raise ValidationError(_("A satisfaction comment needs a score from 1 to 5."))
    require_aware(now)
    with database.writing() as uow:
        # The busiest action of the shop, written with prepared statements rather than ORM objects: the
        # follow-up read as a plain row (FOR UPDATE on PostgreSQL), then one UPDATE that checks its version,
        # one INSERT for the contact and one for the audit row.
        session = uow.session
        connection = session.connection()
        item = connection.execute(_FOR_COMPLETION, {"follow_up_id": follow_up_id}).first()
        if item is None:
            raise _missing(follow_up_id)
        _refuse_unless_open(item.status, item.title, _("complete"))
        acting(session, data.staff_id)
        marked = connection.execute(
            _MARK_DONE,
            {
                "follow_up_id": item.id,
                "read_version": item.version,
                "status": FollowUpStatus.DONE,
                "outcome": outcome,
                "satisfaction": score,
                "satisfaction_comment": comment,
                "completed_at": now,
                "completed_by_id": data.staff_id,
            },
        )
        if marked.rowcount != 1:  # changed since it was read: cannot happen while the row is locked
            # never shown: storage.errors.translate turns it into the conflict message
            changed = f"follow-up {item.id} changed while it was being completed"  # untranslated: internal
            raise StaleDataError(changed)
        contact = connection.execute(
            _LOG_CONTACT,
            {
                "customer_id": item.customer_id,
                "occurred_at": now,
                "channel": data.channel,
                "direction": Direction.OUTBOUND,
                "staff_id": data.staff_id,
                "summary": outcome,
                "sale_id": item.sale_id,
                "job_id": item.job_id,
                "follow_up_id": item.id,
                "created_at": now,
            },
        ).scalar_one()
        audit_now(
            session,
            data.staff_id,
            AuditEntity.FOLLOW_UP,
            item.id,
            AuditAction.DONE,
            at=now,
            field="status",
            old=str(FollowUpStatus.OPEN),
            new=str(FollowUpStatus.DONE),
        )
        following = _next_occurrence(session, item)
        recovery = _recovery(session, item, score, today) if score is not None else None
        result = CompletionResult(
            follow_up_id=item.id,
            interaction_id=contact,
            next_occurrence_id=following,
            recovery_follow_up_id=recovery,
        )
        uow.commit()
    return result


def reschedule_follow_up(
    database: Database,
    follow_up_id: int,
    new_date: date,
    reason: str,
    staff_id: int | None,
    today: date,
    *,
    expected_date: date | None = None,
) -> None:
    """Move an open follow-up to ``new_date`` (today or later), keeping the reason in the audit trail.
    ``expected_date``: the due date the person saw; moved by someone else since: :class:`ConflictError`."""
    why = checked_text(reason, _("The reason for the new date"), REASON_MAX)
    if new_date < today:
        raise ValidationError(_("A follow-up cannot be moved into the past; pick today or a later date."))
    with database.writing() as uow:
        session = uow.session
        item = open_follow_up(session, follow_up_id, _("reschedule"))
        acting(session, staff_id)
        if expected_date is not None and item.due_date != expected_date:
            shown = (written_date(item.due_date, weekday=True), written_date(new_date, weekday=True))
            raise conflict(
                session, AuditEntity.FOLLOW_UP, item,
                what=_("The follow-up “{title}”").format(title=item.title),
                changes=(FieldChange(_("Due date"), *shown),),
            )  # fmt: skip
        move_follow_up(session, item, new_date, why, staff_id)
        uow.commit()


def skip_follow_up(
    database: Database,
    follow_up_id: int,
    reason: str,
    staff_id: int | None,
    today: date,
    *,
    now: datetime | None = None,
) -> None:
    """Close an open follow-up without doing it; the reason becomes its outcome.

    Skipping is allowed whatever the due date (``today`` is taken for symmetry with the other
    actions); ``now`` is when it was skipped, default the current time.
    """
    why = checked_text(reason, _("The reason for skipping"), REASON_MAX)
    now = now or utcnow()
    require_aware(now)
    with database.writing() as uow:
        session = uow.session
        item = open_follow_up(session, follow_up_id, _("skip"))
        acting(session, staff_id)
        item.status = FollowUpStatus.SKIPPED
        item.outcome = why
        item.completed_at = now
        item.completed_by_id = staff_id
        _audit_status(session, item, staff_id, now, reason=why)
        uow.commit()


# ------------------------------------------------------------------------- shared with other services
# Session-level steps, so that a use case elsewhere (the call list's "no answer, try tomorrow") acts on a
# follow-up inside its own unit of work by the same rules and with the same audit rows.


def open_follow_up(session: Session, follow_up_id: int, verb: str) -> FollowUp:
    """The follow-up, read ``FOR UPDATE``; :class:`ValidationError` unless it exists and is open.
    ``verb``: what was to be done, translated ("reschedule"), as in "Cannot reschedule …"."""
    item = session.get(FollowUp, follow_up_id, with_for_update=True)
    if item is None:
        raise _missing(follow_up_id)
    _refuse_unless_open(item.status, item.title, verb)
    return item


def _missing(follow_up_id: int) -> ValidationError:
    return ValidationError(_("Follow-up #{id} does not exist (was it removed?).").format(id=follow_up_id))


def _refuse_unless_open(status: FollowUpStatus, title: str, verb: str) -> None:
    if status is not FollowUpStatus.OPEN:
        state = _(_STATUS_WORDS[status]) if status in _STATUS_WORDS else str(status)
        raise ValidationError(
            # Translators: {action} is what was asked, e.g. "reschedule"; {state} e.g. "already done".
            _("Cannot {action} “{title}”: it is {state}. Refresh to see its state.").format(
                action=verb, title=title, state=state
            )
        )


def move_follow_up(
    session: Session,
    item: FollowUp,
    new_date: date,
    reason: str,
    staff_id: int | None,
    *,
    at: datetime | None = None,
) -> None:
    """Move an open follow-up to ``new_date`` (a checked reason), with its "rescheduled" audit row."""
    old = item.due_date
    if old == new_date:
        raise ValidationError(_("The follow-up is already due on {date}.").format(date=new_date.isoformat()))
    item.due_date = new_date
    audit(
        session,
        staff_id,
        AuditEntity.FOLLOW_UP,
        item.id,
        AuditAction.RESCHEDULED,
        at=at,
        field="due_date",
        old=old.isoformat(),
        new=new_date.isoformat(),
        reason=reason,
    )


# ------------------------------------------------------------------------------------------ helpers


class _Series(Protocol):
    """What the next occurrence and a recovery call take from the follow-up done: a :class:`FollowUp`,
    or the plain row a completion reads."""

    @property
    def id(self) -> int: ...
    @property
    def customer_id(self) -> int: ...
    @property
    def sale_id(self) -> int | None: ...
    @property
    def sale_item_id(self) -> int | None: ...
    @property
    def job_id(self) -> int | None: ...
    @property
    def plan_step_id(self) -> int | None: ...
    @property
    def occurrence(self) -> int: ...
    @property
    def kind(self) -> FollowUpKind: ...
    @property
    def title(self) -> str: ...
    @property
    def due_date(self) -> date: ...
    @property
    def assignee_id(self) -> int | None: ...


# The contact a completion logs, written by one prepared INSERT (an ORM object costs a flush of its own).
_LOG_CONTACT: Final = insert(cast(Table, Interaction.__table__)).returning(Interaction.id)
# What completing a follow-up reads of it, and the UPDATE that marks it done if nobody changed it since.
_FOR_COMPLETION: Final = (
    select(
        FollowUp.id,
        FollowUp.customer_id,
        FollowUp.sale_id,
        FollowUp.sale_item_id,
        FollowUp.job_id,
        FollowUp.plan_step_id,
        FollowUp.occurrence,
        FollowUp.kind,
        FollowUp.title,
        FollowUp.due_date,
        FollowUp.assignee_id,
        FollowUp.status,
        FollowUp.version,
    )
    .where(FollowUp.id == bindparam("follow_up_id"))
    .with_for_update()
)
_FOLLOW_UPS: Final = cast(Table, FollowUp.__table__)
_MARK_DONE: Final = (
    update(_FOLLOW_UPS)
    .where(_FOLLOW_UPS.c.id == bindparam("follow_up_id"), _FOLLOW_UPS.c.version == bindparam("read_version"))
    .values(version=_FOLLOW_UPS.c.version + 1)
)
_NEW_FOLLOW_UP: Final = insert(_FOLLOW_UPS).returning(_FOLLOW_UPS.c.id)
# The occurrences of a series (same customer, step and sold item, or sale for steps not tied to an item)
# that a next occurrence needs: the first (its day of the month) and the next (made already?).
_SERIES: Final = select(FollowUp.occurrence, FollowUp.due_date).where(
    FollowUp.customer_id == bindparam("customer_id"),
    FollowUp.plan_step_id == bindparam("plan_step_id"),
    FollowUp.sale_item_id.is_not_distinct_from(bindparam("sale_item_id")),
    FollowUp.sale_id.is_not_distinct_from(bindparam("sale_id")),
    FollowUp.occurrence.in_((1, bindparam("next"))),
)
_STEP_REPEATS: Final = select(FollowUpPlanStep.repeat_every_months, FollowUpPlanStep.repeat_limit).where(
    FollowUpPlanStep.id == bindparam("id")
)


def _audit_status(
    session: Session, item: FollowUp, staff_id: int | None, now: datetime, *, reason: str | None
) -> None:
    audit(
        session,
        staff_id,
        AuditEntity.FOLLOW_UP,
        item.id,
        AuditAction(item.status),
        at=now,
        field="status",
        old=str(FollowUpStatus.OPEN),
        new=str(item.status),
        reason=reason,
    )


def _next_occurrence(session: Session, item: _Series) -> int | None:
    """The next follow-up of a repeating plan step, or None (not repeating, limit reached, exists)."""
    if item.plan_step_id is None:
        return None
    step = session.connection().execute(_STEP_REPEATS, {"id": item.plan_step_id}).first()
    if step is None or step.repeat_every_months is None:
        return None
    if step.repeat_limit is not None and item.occurrence >= step.repeat_limit:
        return None
    series = {
        "customer_id": item.customer_id,
        "plan_step_id": item.plan_step_id,
        "sale_item_id": item.sale_item_id,
        "sale_id": item.sale_id,
        "next": item.occurrence + 1,
    }
    found: dict[int, date] = {n: due for n, due in session.connection().execute(_SERIES, series)}
    if item.occurrence + 1 in found:
        return None
    first = found.get(1)
    return _new_follow_up(
        session,
        item,
        plan_step_id=item.plan_step_id,
        occurrence=item.occurrence + 1,
        kind=item.kind,
        title=item.title,
        due_date=next_due(
            item.due_date,
            step.repeat_every_months,
            day_of_month=first.day if first is not None else None,
        ),
        assignee_id=item.assignee_id,
    )


def _recovery(session: Session, item: _Series, score: int, today: date) -> int | None:
    if score > LOW_SATISFACTION:
        return None
    # the title is stored: written in English, as the plan's titles are
    name = session.scalar(select(Customer.name).where(Customer.id == item.customer_id)) or "customer"
    return _new_follow_up(
        session,
        item,
        kind=FollowUpKind.RECOVERY,
        title=recovery_title(name, score),
        due_date=next_working_day(today),
        assignee_id=first_owner(session),
    )


def _new_follow_up(session: Session, item: _Series, **values: object) -> int:
    """A follow-up made from the one done (same customer, sale, item and job), by one prepared INSERT;
    its id."""
    origin = {
        "customer_id": item.customer_id,
        "sale_id": item.sale_id,
        "sale_item_id": item.sale_item_id,
        "job_id": item.job_id,
    }
    return int(session.connection().execute(_NEW_FOLLOW_UP, {**origin, **values}).scalar_one())


def recovery_title(name: str, score: int) -> str:
    """``Recovery call: <name> rated <n>/5``, the name shortened with … to fit the title column."""
    prefix, suffix = "Recovery call: ", f" rated {score}/5"
    room = TITLE_MAX - len(prefix) - len(suffix)
    shown = name if len(name) <= room else name[: room - 1] + "…"
    return f"{prefix}{shown}{suffix}"


__all__ = [
    "CompletionInput",
    "CompletionResult",
    "complete_follow_up",
    "recovery_title",
    "reschedule_follow_up",
    "skip_follow_up",
]
